import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { enumerateInterleavings, raceStep, startRace } from "../../../../src/lesson/analysis/interleavings";
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

  it("has a sentence for every step of every schedule, and a summary for every end", () => {
    for (const workers of [2, 3]) {
      const C = configOf(stepperHtml({ workers, lang: "en" }));
      let erasing = 0;
      for (const { order, final } of enumerateInterleavings({ threads: workers, increments: 1 })) {
        let state = startRace(workers);
        for (const name of order) {
          const t = name.charCodeAt(0) - 65;
          const r = raceStep(state, t);
          state = r.state;
          const key = `${t}|${r.kind}|${r.value}|${r.erased ? `${r.erased.thread}|${r.erased.count}` : "-"}`;
          assert.ok(C.text.effects[key], `no sentence for ${key} in ${order}`);
          if (r.erased) {
            erasing++;
            assert.ok(C.text.lost[`${r.erased.thread}|${r.erased.count}`], `no lost mark for ${order}`);
          }
        }
        assert.ok(C.text.summary[final], `no summary for a final count of ${final}`);
      }
      assert.ok(erasing > 0);
    }
  });

  it("says the lost update the way the lesson's table does: B writes 1 over A's 1", () => {
    const C = configOf(stepperHtml({ workers: 2, lang: "en" }));
    assert.equal(C.text.effects["1|2|1|0|1"], "B writes 1 over A's 1");
    assert.equal(C.text.lost["0|1"], "A's update is lost");
    assert.match(C.text.summary[1]!, /the count is 1, not 2\. 1 of 2 updates kept, 1 lost/);
    assert.match(C.text.summary[2]!, /All 2 updates kept/);
  });

  it("offers each named schedule as a button labelled with it, and knows the schedules that keep all", () => {
    const html = stepperHtml({ workers: 2, schedules: ["ABABAB", "BBBAAA"] });
    const labels = [...html.matchAll(/<button type="button" class="lu-sched" data-schedule="(\w+)"[^>]*>(\w+)</g)];
    assert.deepEqual(
      labels.map((m) => [m[1], m[2]]),
      [
        ["ABABAB", "ABABAB"],
        ["BBBAAA", "BBBAAA"],
      ],
    );
    assert.deepEqual(configOf(html).keep, ["AAABBB", "BBBAAA"]);
    assert.equal(configOf(stepperHtml({ workers: 3 })).keep.length, 6);
    assert.match(stepperHtml({ workers: 3 }), /Show me one that keeps all 3/);
  });

  it("is self-contained: nothing fetched, no id to clash with a second stepper on the page", () => {
    const html = stepperHtml();
    assert.doesNotMatch(html, /\bsrc\s*=|\bhref\s*=|@import|url\(|https?:/i);
    assert.doesNotMatch(html, /\bid\s*=/);
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
  });
});
