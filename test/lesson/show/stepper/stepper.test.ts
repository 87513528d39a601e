import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { stepperHtml } from "../../../../src/lesson/show/stepper/stepper";
import { CONFIG_ATTRIBUTE, type StepperConfig } from "../../../../src/lesson/show/stepper/play";
import { STEPPER_SCRIPT, stepperScript } from "../../../../src/lesson/show/stepper/script";

const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'" };

/** The configuration the widget's script reads from its attribute. */
function configOf(html: string): StepperConfig {
  const match = html.match(new RegExp(`${CONFIG_ATTRIBUTE}="([^"]*)"`));
  assert.ok(match, "no configuration on the widget");
  return JSON.parse(match[1]!.replace(/&(amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e]!)) as StepperConfig;
}

describe("stepperHtml", () => {
  it("inlines the build's bundle of its script, which finds its own widget and reaches for nothing else", () => {
    const html = stepperHtml({ workers: 2 });
    const script = stepperScript();
    assert.ok(html.includes(`<script>${script}</script>`), `${STEPPER_SCRIPT} is not the widget's script`);
    assert.match(script, /currentScript/);
    assert.doesNotMatch(script, /\brequire\(|\bimport\(|fetch\(|XMLHttpRequest|WebSocket/);
  });

  it("refuses in one line, naming the command, when the build has not made the bundle", () => {
    const empty = mkdtempSync(path.join(tmpdir(), "stepper-nobuild-"));
    try {
      assert.throws(
        () => stepperScript(empty),
        (error: Error) =>
          error.name === "SetupError" && error.message === "dist/browser/stepper.js is missing; run: npm run build",
      );
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it("tells its script the workers, the counter, the language and the challenges", () => {
    assert.deepEqual(configOf(stepperHtml({ workers: 2, lang: "en" })), {
      workers: 2,
      program: "unsafe",
      lang: "en",
      replayMs: 450,
      challenges: ["lose-one", "keep-all"],
    });
    assert.deepEqual(configOf(stepperHtml({ workers: 3, lang: "ko", replayMs: 0 })).challenges, [
      "lose-two",
      "keep-all",
    ]);
    assert.deepEqual(configOf(stepperHtml({ workers: 2, counter: "locked" })).challenges, ["lock-lose"]);
    assert.deepEqual(configOf(stepperHtml({ workers: 3, counter: "locked" })).program, "locked");
  });

  it("lists each challenge with its goal and an attribute a test can find it by", () => {
    const html = stepperHtml({ workers: 2, lang: "en" });
    const goals = [...html.matchAll(/<li data-lu-challenge="([\w-]+)"><span class="lu-goal">([^<]+)</g)];
    assert.deepEqual(
      goals.map((m) => [m[1], m[2]]),
      [
        ["lose-one", "Make two workers keep only 1 update."],
        ["keep-all", "Keep both updates, without a lock."],
      ],
    );
    assert.doesNotMatch(html, / data-met=/, "nothing is met before the student plays");
    assert.match(
      stepperHtml({ workers: 2, counter: "locked", lang: "ko" }),
      /data-lu-challenge="lock-lose"><span class="lu-goal">갱신을 하나 잃어 보자\.</,
    );
  });

  it("draws the lock word, five steps a worker and no keeping button for the locked counter", () => {
    const html = stepperHtml({ workers: 2, counter: "locked", lang: "en" });
    assert.match(html, /data-counter="locked"/);
    assert.match(
      html,
      /<output class="lu-word"[^>]*>0<\/output><div class="lu-word-state">free<\/div><div class="lu-holder">nobody holds it</,
    );
    const chips = [...html.matchAll(/<div class="lu-prog"[^>]*>(.*?)<\/div>/g)].map((m) =>
      [...m[1]!.matchAll(/>(\w+)<\/span>/g)].map((c) => c[1]).join(" "),
    );
    assert.deepEqual(chips, ["lock read add write unlock", "lock read add write unlock"]);
    assert.doesNotMatch(html, /class="lu-keep"/);
    assert.match(stepperHtml({ workers: 2 }), /class="lu-keep"/);
    assert.doesNotMatch(stepperHtml({ workers: 2 }), /class="lu-word"/);
  });

  it("makes room in the log for the longest schedule: 6 lines for two unsafe workers, 11 for two locked", () => {
    const rows = (html: string) => Number(html.match(/--lu-rows:(\d+)/)?.[1]);
    assert.equal(rows(stepperHtml({ workers: 2 })), 6, "one column of 6");
    assert.equal(rows(stepperHtml({ workers: 3 })), 5, "two columns of 9");
    assert.equal(rows(stepperHtml({ workers: 2, counter: "locked" })), 6, "two columns of 11");
    assert.equal(rows(stepperHtml({ workers: 3, counter: "locked" })), 9, "two columns of 17");
  });

  it("prints its first schedule's steps and how it ends, the lock's too", () => {
    const paper = (html: string) => html.slice(html.indexOf('<div class="lu-paper">'), html.indexOf("<script>"));
    const unsafe = paper(stepperHtml({ workers: 2, lang: "en" }));
    assert.match(unsafe, /Schedule ABABAB/);
    assert.match(unsafe, /the count is 1, not 2/);
    const locked = paper(stepperHtml({ workers: 2, counter: "locked", lang: "en" }));
    assert.match(locked, /Schedule ABAAAABBBBB/);
    assert.match(locked, /finds the lock held by A: word 1 → 2, sleeps/);
    assert.match(locked, /unlocks: word 2 → 0, wakes B/);
    assert.match(locked, /woken, takes the lock: word 0 → 2/);
    assert.match(locked, /All 2 updates kept, and the lock made B wait once\./);
  });

  it("offers each named schedule as a button labelled with it", () => {
    const html = stepperHtml({ workers: 2, schedules: ["ABABAB", "BBBAAA"] });
    const labels = [...html.matchAll(/<button type="button" class="lu-sched" data-schedule="(\w+)"[^>]*>(\w+)</g)];
    assert.deepEqual(
      labels.map((m) => [m[1], m[2]]),
      [
        ["ABABAB", "ABABAB"],
        ["BBBAAA", "BBBAAA"],
      ],
    );
    assert.match(stepperHtml({ workers: 3 }), /Show me one that keeps all 3/);
    const locked = stepperHtml({ workers: 3, counter: "locked" });
    assert.deepEqual(
      [...locked.matchAll(/data-schedule="(\w+)"/g)].map((m) => m[1]),
      ["ABCAAAABBBBBCCCCC", "ABAAAACBCCCCBBBBB", "AAAAABBBBBCCCCC"],
    );
  });

  it("is self-contained: nothing fetched, no id to clash with a second stepper on the page", () => {
    const html = stepperHtml();
    assert.doesNotMatch(html, /\bsrc\s*=|\bhref\s*=|@import|url\(|https?:/i);
    const markup = html.replace(/<script>[\s\S]*<\/script>/, "");
    assert.doesNotMatch(markup, /\bid\s*=/);
    assert.equal(html, stepperHtml(), "the same options must give the same HTML");
    // A string ending the script early would break the page.
    assert.equal((html.match(/<\/script>/g) ?? []).length, 1);
  });

  it("refuses bad options before building anything, naming the option and the rule", () => {
    assert.throws(() => stepperHtml({ workers: 4 }), /workers must be an integer from 2 to 3, got 4/);
    assert.throws(
      () => stepperHtml({ schedules: ["ABAB"] }),
      /schedules\[0\] is "ABAB"; a schedule names each of A, B exactly 3 times/,
    );
    assert.throws(() => stepperHtml({ schedules: ["ABCABC"] }), /schedules\[0\] is "ABCABC"/);
    assert.throws(() => stepperHtml({ replayMs: -1 }), /replayMs must be an integer from 0 to 5,000, got -1/);
    assert.throws(() => stepperHtml({ lang: "xx" as "en" }), /lang must be one of en, ko, got "xx"/);
    assert.throws(
      () => stepperHtml({ counter: "atomic" as "locked" }),
      /counter must be one of unsafe, locked, got "atomic"/,
    );
    // Under the lock B cannot read while A holds it: BB names B while it sleeps.
    assert.throws(
      () => stepperHtml({ counter: "locked", schedules: ["ABBAAAABBBB"] }),
      /schedules\[0\] is "ABBAAAABBBB"; a schedule runs each of A, B through lock, read, add, write and unlock, a step at a time, never naming a worker while it sleeps on the lock, e\.g\. ABAAAABBBBB/,
    );
    assert.throws(() => stepperHtml({ counter: "locked", schedules: ["AAAAABBBB"] }), /schedules\[0\] is "AAAAABBBB"/);
  });
});
