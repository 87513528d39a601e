import { describe, it } from "node:test";
import assert from "node:assert/strict";
import {
  enumerateInterleavings,
  raceStep,
  startRace,
  scheduleSteps,
  type RaceState,
} from "../../../src/lesson/analysis/interleavings";
import { embeddedSimulation, stepperHtml } from "../../../src/lesson/show/stepper";
import { PLAY_FUNCTIONS } from "../../../src/lesson/show/stepperPlay";
import { mountStepper } from "../../../src/lesson/show/stepperWidget";

interface Config {
  workers: number;
  names: string[];
  keep: string[];
  text: { effects: Record<string, string>; lost: Record<string, string>; summary: string[] };
}

/** The configuration object the widget's script reads (var C = …;). */
function configOf(html: string): Config {
  const match = html.match(/\nvar C = (\{.*\});\n/);
  assert.ok(match, "no configuration in the widget's script");
  return JSON.parse(match[1]!) as Config;
}

type Simulation = { startRace: typeof startRace; raceStep: typeof raceStep };

/** The widget's own copy of the simulation, evaluated the way the browser does. */
function widgetSimulation(html: string): Simulation {
  const script = html.match(/<script>([\s\S]*)<\/script>/)?.[1] ?? "";
  const start = script.indexOf("var startRace = ");
  const end = script.indexOf("\nvar C = ");
  assert.ok(start >= 0 && end > start, "no embedded simulation in the script");
  const simulation = new Function(`${script.slice(start, end)}\nreturn { startRace, raceStep };`) as () => Simulation;
  return simulation();
}

describe("stepperHtml", () => {
  it("embeds the very functions the lesson's tables use and the checked rules and page side, not copies", () => {
    const html = stepperHtml({ workers: 2 });
    assert.ok(html.includes(raceStep.toString()), "raceStep's compiled source is not in the widget");
    assert.ok(html.includes(startRace.toString()), "startRace's compiled source is not in the widget");
    assert.ok(html.includes(embeddedSimulation()));
    for (const [name, fn] of Object.entries(PLAY_FUNCTIONS)) {
      assert.ok(html.includes(`var ${name} = ${fn.toString()};`), `the play's rule ${name} is not in the widget`);
    }
    assert.ok(html.includes(mountStepper.toString()), "mountStepper's compiled source is not in the widget");
  });

  it("the embedded simulation gives every schedule's final count, as scheduleSteps does", () => {
    for (const workers of [2, 3]) {
      const sim = widgetSimulation(stepperHtml({ workers }));
      for (const { order, final } of enumerateInterleavings({ threads: workers, increments: 1 })) {
        let state: RaceState = sim.startRace(workers);
        for (const name of order) state = sim.raceStep(state, name.charCodeAt(0) - 65).state;
        assert.equal(state.count, final, order);
        assert.equal(scheduleSteps(order, workers).at(-1)?.count, final);
      }
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
