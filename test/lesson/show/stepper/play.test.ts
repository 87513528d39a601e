// The stepper's rules in Node, without a browser: the same functions the widget's script bundles.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { enumerateInterleavings } from "../../../../src/lesson/analysis/interleavings";
import { stepperText } from "../../../../src/lesson/show/stepper/stepper";
import {
  keyWorker,
  playDone,
  playStep,
  playSummary,
  randomSchedule,
  startPlay,
  workerView,
  type Play,
} from "../../../../src/lesson/show/stepper/play";

const NAMES = { 2: ["A", "B"], 3: ["A", "B", "C"] } as const;
const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

/** Plays a schedule through the rules; returns the play and the log lines. */
function playOut(order: string, workers: 2 | 3) {
  const text = stepperText(workers, "en");
  let play: Play = startPlay(workers);
  const lines: string[] = [];
  for (const name of order) {
    const moved = playStep(play, NAMES[workers].indexOf(name as "A"), NAMES[workers], text);
    assert.ok(moved, `${name} refused a step in ${order}`);
    play = moved.play;
    lines.push(moved.line.lostMark === null ? moved.line.text : `${moved.line.text} [${moved.line.lostMark}]`);
  }
  return { play, lines, text };
}

describe("keyWorker", () => {
  it("maps a worker's letter in either case to the worker, and nothing else", () => {
    assert.equal(keyWorker(key("a"), NAMES[2]), 0);
    assert.equal(keyWorker(key("B"), NAMES[2]), 1);
    assert.equal(keyWorker(key("c"), NAMES[2]), -1, "no worker C among two");
    assert.equal(keyWorker(key("c"), NAMES[3]), 2);
    for (const other of ["Enter", " ", "ArrowRight", "ab", ""])
      assert.equal(keyWorker(key(other), NAMES[3]), -1, other);
  });

  it("leaves a key with Ctrl, Alt or Meta to the browser, the notebook or the deck", () => {
    for (const mod of ["ctrlKey", "metaKey", "altKey"] as const)
      assert.equal(keyWorker(key("a", { [mod]: true }), NAMES[2]), -1);
  });
});

describe("a play", () => {
  it("ABABAB: six log lines, B's write erases A's update, and the end says 1 of 2 kept", () => {
    const { play, lines, text } = playOut("ABABAB", 2);
    assert.deepEqual(lines, [
      "A reads 0",
      "B reads 0",
      "A adds 1 in its register → 1",
      "B adds 1 in its register → 1",
      "A writes 1",
      "B writes 1 over A's 1 [A's update is lost]",
    ]);
    assert.equal(play.order, "ABABAB");
    assert.equal(play.lost, 1);
    assert.equal(play.race.count, 1);
    assert.ok(playDone(play));
    const summary = playSummary(play, text);
    assert.equal(summary?.bad, true);
    assert.match(summary?.text ?? "", /the count is 1, not 2/);
  });

  it("counts each lost update, and reports no loss when the schedule keeps all", () => {
    for (const workers of [2, 3] as const) {
      for (const { order, final, lost } of enumerateInterleavings({ threads: workers, increments: 1 })) {
        const { play, text } = playOut(order, workers);
        assert.equal(play.race.count, final, order);
        assert.equal(workers - play.race.count, lost, order);
        assert.equal(playSummary(play, text)?.bad, final < workers, order);
        // A loss is marked at some write; one stale write can erase several updates (AABABCCCB: 2).
        assert.equal(play.lost > 0, lost > 0, `${order}: ${play.lost} marks for ${lost} lost`);
        assert.ok(play.lost <= lost, `${order}: ${play.lost} marks for ${lost} lost`);
      }
    }
  });

  it("has no summary before the end, and refuses a fourth step by a worker", () => {
    const { play, text } = playOut("AAAB", 2);
    assert.equal(playDone(play), false);
    assert.equal(playSummary(play, text), null);
    assert.equal(playStep(play, 0, NAMES[2], text), null);
    assert.ok(playStep(play, 1, NAMES[2], text));
  });

  it("shows each worker's next step, register and whether it is done", () => {
    const text = stepperText(2, "en");
    const before = workerView(startPlay(2), 0, text);
    assert.deepEqual(before, {
      taken: 0,
      next: "read",
      label: "Step worker A: read (key A)",
      register: "–",
      done: false,
    });
    const { play } = playOut("AAAB", 2);
    assert.deepEqual(workerView(play, 0, text), {
      taken: 3,
      next: "done",
      label: "Worker A is done",
      register: "1",
      done: true,
    });
    assert.deepEqual(workerView(play, 1, text), {
      taken: 1,
      next: "add",
      label: "Step worker B: add (key B)",
      register: "1",
      done: false,
    });
  });
});

describe("randomSchedule", () => {
  /** Every sequence of draws, each draw equally likely among its possible choices. */
  function everyDrawSequence(workers: 2 | 3): Map<string, number> {
    const steps = 3 * workers;
    const counts = new Map<string, number>();
    const picks: number[] = new Array<number>(steps).fill(0);
    const visit = (s: number) => {
      if (s === steps) {
        let i = 0;
        // The middle of each choice's interval: floor(u × remaining) lands on that choice.
        const order = randomSchedule(NAMES[workers], () => (picks[i]! + 0.5) / (steps - i++));
        counts.set(order, (counts.get(order) ?? 0) + 1);
        return;
      }
      for (let r = 0; r < steps - s; r++) {
        picks[s] = r;
        visit(s + 1);
      }
    };
    visit(0);
    return counts;
  }

  it("draws every complete schedule, each equally likely", () => {
    for (const workers of [2, 3] as const) {
      const all = enumerateInterleavings({ threads: workers, increments: 1 }).map((it) => it.order);
      const counts = everyDrawSequence(workers);
      assert.deepEqual([...counts.keys()].sort(), [...all].sort(), `${workers} workers: not every schedule drawn`);
      const ways = new Set(counts.values());
      assert.equal(ways.size, 1, `${workers} workers: schedules drawn unequally often: ${[...ways].join(", ")}`);
    }
  });
});
