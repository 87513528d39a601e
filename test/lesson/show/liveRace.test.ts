import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { exportedHistogram, liveRaceHtml } from "../../../src/lesson/show/liveRace";
import { liveEventLoopHtml } from "../../../src/lesson/show/liveEventLoop";
import { liveEventLoopSetup } from "../../../src/lesson/show/liveEventLoopSetup";
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

/** An attribute of the placeholder, read back as the browser reads it. */
function attribute(html: string, name: string): unknown {
  const match = new RegExp(`${name}="([^"]*)"`).exec(html);
  assert.ok(match?.[1], `the placeholder carries ${name}`);
  return JSON.parse(match[1].replace(/&quot;/g, '"').replace(/&amp;/g, "&"));
}

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47]);

describe("the exported run in a live race's placeholder", () => {
  it("carries the run as the histogram's data, and its picture with its words, above nothing else", () => {
    const data = { threads: 2, howMany: 10, expected: 20, unsafe: [3, 0] };
    const html = liveRaceHtml(
      { ...NOTEBOOK_01, counter: "unsafe" },
      { data, picture: { png: PNG, alt: 'Updates lost per trial (2 workers × 10 "increments")' } },
    );
    assert.deepEqual(attribute(html, "data-lu-exported"), data);
    assert.match(
      html,
      /<img class="lu-live-exported" src="data:image\/png;base64,iVBORw==" alt="Updates lost per trial \(2 workers × 10 &quot;increments&quot;\)"/,
    );
    assert.ok(html.indexOf("lu-live-note") < html.indexOf("<img"), "the line, then the picture");
  });

  it("reads notebook 1's race (its trials) and notebook 3's sweep (its losses per counter) alike", () => {
    const trial = (lost: number) => ({ lost }) as never;
    assert.deepEqual(
      exportedHistogram({ counter: "unsafe", threads: 5, howMany: 100, sensorWork: 0, trials: [trial(7), trial(0)] }),
      { threads: 5, howMany: 100, expected: 500, unsafe: [7, 0] },
    );
    const sweep = { threads: 4, howMany: 10, expected: 40, trials: 3, unsafe: [1, 2, 3], locked: [0], results: {} };
    assert.deepEqual(exportedHistogram(sweep as never), {
      threads: 4,
      howMany: 10,
      expected: 40,
      unsafe: [1, 2, 3],
      locked: [0],
    });
  });
});

describe("the event-loop race's placeholder", () => {
  const runs = (["sync", "unsafe", "locked"] as const).map((counter) => ({
    counter,
    tasks: 5,
    howMany: 100,
    expected: 500,
    found: counter === "unsafe" ? 100 : 500,
    lost: counter === "unsafe" ? 400 : 0,
    elapsedMs: 1,
  }));

  it("carries notebook 4's tasks and increments, the exported runs, their picture and the line", () => {
    const html = liveEventLoopHtml({ tasks: 5, howMany: 100, lang: "ko" }, { runs, png: PNG, alt: "막대" });
    assert.deepEqual(attribute(html, "data-lu-event-loop"), { tasks: 5, howMany: 100, lang: "ko" });
    assert.deepEqual(attribute(html, "data-lu-exported"), runs);
    assert.ok(html.includes(phrasesFor("ko").live.eventLoop.heading));
    assert.match(html, /<img class="lu-live-exported"[^>]* alt="막대"/);
  });

  it("refuses what the event-loop race refuses, naming the parameter", () => {
    assert.throws(() => liveEventLoopSetup({ tasks: 0, howMany: 100 }), /tasks/);
    assert.throws(() => liveEventLoopSetup({ tasks: 10_000, howMany: 10_000 }), /tasks × howMany/);
    assert.throws(() => liveEventLoopSetup({ tasks: 5, howMany: 100, lang: "fr" }), /lang/);
  });
});
