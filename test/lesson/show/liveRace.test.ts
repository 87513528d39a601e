import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { liveRaceHtml } from "../../../src/lesson/show/liveRace";
import { LIVE_MAX_TRIALS, liveRaceSetup } from "../../../src/lesson/show/liveSetup";
import { phrasesFor } from "../../../src/lesson/narrate/phrases";

const NOTEBOOK_01 = { lang: "en", threads: 5, howMany: 100_000, trials: 5, sensorWork: 60 };

/** The setup a placeholder carries, read back as the browser reads it. */
function setupIn(html: string): unknown {
  const match = /data-lu-live="([^"]*)"/.exec(html);
  assert.ok(match?.[1], "the placeholder carries its setup");
  return JSON.parse(match[1].replace(/&quot;/g, '"').replace(/&amp;/g, "&"));
}

describe("liveRaceHtml", () => {
  it("carries the notebook's parameters, checked, and the line that says how to make it live", () => {
    const html = liveRaceHtml({ ...NOTEBOOK_01, counter: "unsafe" });
    assert.deepEqual(setupIn(html), {
      counter: "unsafe",
      threads: 5,
      howMany: 100_000,
      sensorWork: 60,
      trials: 5,
      lang: "en",
    });
    assert.match(html, /lang="en"/);
    assert.ok(html.includes("<code>npm run present</code>"), "the offline line, its commands as code");
    assert.ok(!html.includes("<script"), "the page's own script brings it to life, not the output");
  });

  it("speaks the edition's language; parameters beyond the race's are left out", () => {
    const html = liveRaceHtml({ ...NOTEBOOK_01, lang: "ko", counter: "locked", checkTrials: 3 } as never);
    assert.equal((setupIn(html) as { lang: string }).lang, "ko");
    assert.ok(!html.includes("checkTrials"));
    assert.ok(html.includes(phrasesFor("ko").live.heading));
  });

  it("refuses what the engine refuses, naming the parameter, before anything is shown", () => {
    assert.throws(() => liveRaceHtml({ ...NOTEBOOK_01, counter: "unsafe", threads: 0 }), /threads/);
    assert.throws(() => liveRaceHtml({ ...NOTEBOOK_01, counter: "fast" as never }), /counter/);
    assert.throws(() => liveRaceHtml({ ...NOTEBOOK_01, counter: "unsafe", lang: "fr" }), /lang/);
    assert.throws(() => liveRaceHtml({ ...NOTEBOOK_01, counter: "unsafe", trials: 0 }), /trials/);
  });

  it("keeps a live run short: more trials than a hall waits for start at the most it runs", () => {
    assert.equal(liveRaceSetup({ ...NOTEBOOK_01, counter: "unsafe", trials: 5_000 }).trials, LIVE_MAX_TRIALS);
  });
});
