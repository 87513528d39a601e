// The stepper's rules in Node, without a browser: the same functions the widget's script bundles.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { everySchedule } from "../../../../src/lesson/analysis/everySchedule";
import { enumerateInterleavings, type Program } from "../../../../src/lesson/analysis/interleavings";
import {
  keyAction,
  pickSchedule,
  playable,
  playDone,
  playStep,
  startPlay,
  workerView,
  type Play,
} from "../../../../src/lesson/show/stepper/play";
import { playSchedule } from "../../../../src/lesson/show/stepper/stepper";

const NAMES = { 2: ["A", "B"], 3: ["A", "B", "C"] } as const;
const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

/** Presses the keys of `keys` in turn (a student's play); every press must be a step or a refusal. */
function press(keys: string, workers: 2 | 3, program: Program): { play: Play; refusals: string[] } {
  let play = startPlay(workers, program);
  const refusals: string[] = [];
  for (const name of keys) {
    const move = playStep(play, NAMES[workers].indexOf(name as "A"));
    assert.ok(move, `${name} did nothing in ${keys}`);
    if (move.kind === "refused") refusals.push(`${name} waits for ${NAMES[workers][move.holder]}`);
    play = move.play;
  }
  return { play, refusals };
}

describe("keyAction", () => {
  it("maps a worker's letter in either case to the worker, R to a new play, and nothing else", () => {
    assert.equal(keyAction(key("a"), NAMES[2]), 0);
    assert.equal(keyAction(key("B"), NAMES[2]), 1);
    assert.equal(keyAction(key("c"), NAMES[2]), null, "no worker C among two");
    assert.equal(keyAction(key("c"), NAMES[3]), 2);
    assert.equal(keyAction(key("r"), NAMES[3]), "reset");
    assert.equal(keyAction(key("R"), NAMES[2]), "reset");
    for (const other of ["Enter", " ", "ArrowRight", "ab", "", "n"])
      assert.equal(keyAction(key(other), NAMES[3]), null, other);
  });

  it("leaves a key with Ctrl, Alt or Meta to the browser, the notebook or the deck", () => {
    for (const mod of ["ctrlKey", "metaKey", "altKey"] as const) {
      assert.equal(keyAction(key("a", { [mod]: true }), NAMES[2]), null);
      assert.equal(keyAction(key("r", { [mod]: true }), NAMES[2]), null);
    }
  });
});

describe("an unsafe play", () => {
  it("ABABAB: B's write erases A's update, and the play ends at 1", () => {
    const { play } = press("ABABAB", 2, "unsafe");
    assert.equal(play.order, "ABABAB");
    assert.equal(play.lost, 1);
    assert.equal(play.race.count, 1);
    assert.ok(playDone(play));
    assert.equal(play.replayed, false);
  });

  it("counts each lost update, for every schedule of two and three workers", () => {
    for (const workers of [2, 3] as const) {
      for (const { order, final, lost } of enumerateInterleavings({ threads: workers, increments: 1 })) {
        const { play } = press(order, workers, "unsafe");
        assert.equal(play.race.count, final, order);
        // A loss is marked at some write; one stale write can erase several updates (AABABCCCB: 2).
        assert.equal(play.lost > 0, lost > 0, `${order}: ${play.lost} marks for ${lost} lost`);
        assert.ok(play.lost <= lost, `${order}: ${play.lost} marks for ${lost} lost`);
      }
    }
  });

  it("is not done before the end, and a done worker takes no fourth step", () => {
    const { play } = press("AAAB", 2, "unsafe");
    assert.equal(playDone(play), false);
    assert.equal(playStep(play, 0), null);
    assert.equal(playStep(play, 5), null, "no worker F");
    assert.equal(playStep(play, 1)?.kind, "step");
    assert.deepEqual(playable(play), [1]);
  });

  it("shows each worker's next step and register, none before its read", () => {
    assert.deepEqual(workerView(startPlay(2, "unsafe"), 0), {
      taken: 0,
      next: "read",
      waitsFor: -1,
      register: null,
      done: false,
    });
    const { play } = press("AAAB", 2, "unsafe");
    assert.deepEqual(workerView(play, 0), { taken: 3, next: null, waitsFor: -1, register: 1, done: true });
    assert.deepEqual(workerView(play, 1), { taken: 1, next: "add", waitsFor: -1, register: 1, done: false });
  });
});

describe("a locked play", () => {
  it("B finds A's lock held and sleeps; its key then runs nothing until A's unlock wakes it", () => {
    const start = press("AB", 2, "locked").play;
    assert.equal(start.order, "AB");
    assert.equal(start.race.word, 2);
    assert.equal(start.race.holder, 0);
    assert.deepEqual(start.race.sleeping, [1]);
    assert.deepEqual(start.waits, [0, 1]);
    assert.deepEqual(workerView(start, 1), { taken: 0, next: "lock", waitsFor: 0, register: null, done: false });
    assert.deepEqual(playable(start), [0], "only A, the holder, can step");

    const { play, refusals } = press("ABBBAAAB", 2, "locked");
    assert.deepEqual(refusals, ["B waits for A", "B waits for A", "B waits for A"]);
    assert.equal(play.order, "ABAAA", "a refused key adds nothing to the schedule");
    assert.deepEqual(play.tried, [1]);
    const woken = playStep(play, 0);
    assert.ok(woken?.kind === "step");
    assert.equal(woken.result.lock?.woke, 1, "A's unlock wakes B");
    assert.deepEqual(woken.play.tried, [], "the lock changed hands: the tries start again");
    assert.deepEqual(workerView(woken.play, 1).waitsFor, -1);
    const done = press("ABAAAABBBBB", 2, "locked").play;
    assert.ok(playDone(done));
    assert.equal(done.race.count, 2);
    assert.equal(done.race.word, 0);
  });

  it("plays every schedule of two and three locked workers to the end, every update kept", () => {
    for (const workers of [2, 3] as const) {
      const all = everySchedule({ threads: workers, program: "locked" });
      for (const { order, waits } of all) {
        const { play } = press(order, workers, "locked");
        assert.ok(playDone(play), order);
        assert.equal(play.race.count, workers, order);
        assert.equal(play.lost, 0, order);
        assert.equal(
          play.waits.reduce((a, b) => a + b, 0),
          waits,
          order,
        );
      }
    }
  });

  it("a replayed schedule is marked as the widget's, not the student's", () => {
    assert.equal(playSchedule("AAAAABBBBB", 2, "locked").replayed, true);
    assert.throws(() => playSchedule("ABB", 2, "locked"), /worker B takes no step there/);
  });
});

describe("pickSchedule", () => {
  it("can draw each schedule, each with an equal share of [0, 1)", () => {
    const all = ["AAABBB", "ABABAB", "BBBAAA"];
    const drawn = all.map((_, i) => pickSchedule(all, () => (i + 0.5) / all.length));
    assert.deepEqual(drawn, all);
    assert.equal(
      pickSchedule(all, () => 0),
      "AAABBB",
    );
    assert.equal(
      pickSchedule(all, () => 0.9999),
      "BBBAAA",
    );
  });
});
