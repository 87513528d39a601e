// Each challenge's check against schedules that meet it and schedules that do not, played
// through the widget's own rules.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { everySchedule } from "../../../../src/lesson/analysis/everySchedule";
import { runsUnbroken, type Program } from "../../../../src/lesson/analysis/interleavings";
import { challengeMet, challengesFor } from "../../../../src/lesson/show/stepper/challenges";
import { playStep, startPlay, type Play } from "../../../../src/lesson/show/stepper/play";
import { playSchedule } from "../../../../src/lesson/show/stepper/stepper";

/** A student's key presses, refused ones included. */
function press(keys: string, workers: number, program: Program): Play {
  let play = startPlay(workers, program);
  for (const name of keys) {
    const move = playStep(play, name.charCodeAt(0) - 65);
    assert.ok(move, `${name} did nothing in ${keys}`);
    play = move.play;
  }
  return play;
}

describe("challengesFor", () => {
  it("gives each stepper its own hunt", () => {
    assert.deepEqual(challengesFor("unsafe", 2), ["lose-one", "keep-all"]);
    assert.deepEqual(challengesFor("unsafe", 3), ["lose-two", "keep-all"]);
    assert.deepEqual(challengesFor("locked", 2), ["lock-lose"]);
    assert.deepEqual(challengesFor("locked", 3), ["lock-lose"]);
  });
});

describe("the unsafe challenges", () => {
  it("lose-one: ABABAB keeps only 1 of 2; AAABBB keeps both; an unfinished play meets nothing", () => {
    assert.deepEqual(challengeMet("lose-one", press("ABABAB", 2, "unsafe")), {
      id: "lose-one",
      schedule: "ABABAB",
      workers: 2,
      kept: 1,
    });
    assert.equal(challengeMet("lose-one", press("AAABBB", 2, "unsafe")), null);
    assert.equal(challengeMet("lose-one", press("ABABA", 2, "unsafe")), null);
  });

  it("lose-two: ABCABCABC loses 2 of 3; ABABABCCC loses only 1", () => {
    assert.deepEqual(challengeMet("lose-two", press("ABCABCABC", 3, "unsafe")), {
      id: "lose-two",
      schedule: "ABCABCABC",
      workers: 3,
      kept: 1,
    });
    assert.equal(challengeMet("lose-two", press("ABABABCCC", 3, "unsafe")), null);
  });

  it("keep-all: AAABBB keeps both, ABABAB does not", () => {
    assert.deepEqual(challengeMet("keep-all", press("AAABBB", 2, "unsafe"))?.schedule, "AAABBB");
    assert.equal(challengeMet("keep-all", press("ABABAB", 2, "unsafe")), null);
  });

  it("over every schedule, each is met exactly when its count says so, and keep-all by the unbroken ones", () => {
    for (const workers of [2, 3]) {
      for (const { order, final } of everySchedule({ threads: workers, program: "unsafe" })) {
        const play = press(order, workers, "unsafe");
        assert.equal(challengeMet("lose-one", play) !== null, final === workers - 1, order);
        assert.equal(challengeMet("lose-two", play) !== null, final === workers - 2, order);
        assert.equal(challengeMet("keep-all", play) !== null, runsUnbroken(order), order);
      }
    }
  });

  it("a replayed schedule meets nothing: the button would hand over the answer", () => {
    assert.equal(challengeMet("lose-one", playSchedule("ABABAB", 2, "unsafe")), null);
    assert.equal(challengeMet("keep-all", playSchedule("AAABBB", 2, "unsafe")), null);
  });
});

describe("the lock's challenge: try to lose an update", () => {
  it("is met once every other worker has been tried while one holds the lock, and each could only wait", () => {
    // A takes the lock, B sleeps on it (a step), then B's key runs nothing: B was tried.
    assert.equal(challengeMet("lock-lose", press("AB", 2, "locked")), null, "B slept, but was not tried asleep");
    assert.deepEqual(challengeMet("lock-lose", press("ABB", 2, "locked")), {
      id: "lock-lose",
      schedule: "AB",
      holder: 0,
      tried: [1],
    });
    // In the middle of A's read and write, the moment a loss would need.
    assert.deepEqual(challengeMet("lock-lose", press("AABB", 2, "locked"))?.schedule, "AAB");
  });

  it("with three workers, both others must be tried", () => {
    assert.equal(challengeMet("lock-lose", press("ABB", 3, "locked")), null, "C was never tried");
    assert.equal(challengeMet("lock-lose", press("ABBC", 3, "locked")), null, "C slept, but was not tried asleep");
    assert.deepEqual(challengeMet("lock-lose", press("ABBCC", 3, "locked")), {
      id: "lock-lose",
      schedule: "ABC",
      holder: 0,
      tried: [1, 2],
    });
    // A worker that is done cannot be tried, and need not be: with A done, B holds and C is tried.
    const late = challengeMet("lock-lose", press("AAAAABCC", 3, "locked"));
    assert.ok(late?.id === "lock-lose");
    assert.deepEqual([late.holder, late.tried], [1, [2]]);
  });

  it("tries count against one holder: after the lock changes hands, the hunt starts again", () => {
    // B tried under A; A unlocks and wakes B; B takes the lock: nobody has been tried under B.
    assert.equal(challengeMet("lock-lose", press("ABBAAAAB", 2, "locked")), null);
    assert.equal(challengeMet("lock-lose", press("AAAAABBBBB", 2, "locked")), null, "nobody ever waited");
  });

  it("no locked schedule meets an unsafe challenge, and no unsafe play meets the lock's", () => {
    for (const { order } of everySchedule({ threads: 2, program: "locked" })) {
      const play = press(order, 2, "locked");
      for (const id of ["lose-one", "lose-two", "keep-all"] as const) assert.equal(challengeMet(id, play), null);
    }
    assert.equal(challengeMet("lock-lose", press("ABABAB", 2, "unsafe")), null);
  });
});
