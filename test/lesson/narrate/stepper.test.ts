// The stepper's narrator, every branch in both languages: each step's line, a refusal, a
// worker's button, the lock beside its word, how a play ends and each challenge's verdict.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { everySchedule } from "../../../src/lesson/analysis/everySchedule";
import { raceStep, startRace, type Program, type RaceStepResult } from "../../../src/lesson/analysis/interleavings";
import { LANGS } from "../../../src/lesson/core/lang";
import {
  challengeGoal,
  challengeMark,
  challengeVerdict,
  CHALLENGE_IDS,
  lockReading,
  playEnding,
  refusalLine,
  stepLine,
  stepperPhrases,
  workerButton,
} from "../../../src/lesson/narrate/stepper";
import { PHRASES } from "../../../src/lesson/narrate/phrases";

/** Every step of an order, with the thread that took it. */
function steps(order: string, threads: number, program: Program): { t: number; r: RaceStepResult }[] {
  let state = startRace(threads, program);
  return [...order].map((name) => {
    const t = name.charCodeAt(0) - 65;
    const r = raceStep(state, t);
    state = r.state;
    return { t, r };
  });
}

const lines = (order: string, threads: number, program: Program, lang: "en" | "ko" = "en") =>
  steps(order, threads, program).map(({ t, r }) => {
    const line = stepLine(lang, t, r);
    return line.lost === null ? line.text : `${line.text} [${line.lost}]`;
  });

describe("stepLine", () => {
  it("tells the unsafe steps as the lesson's table does, and marks the write that loses an update", () => {
    assert.deepEqual(lines("ABABAB", 2, "unsafe"), [
      "A reads 0",
      "B reads 0",
      "A adds 1 in its register → 1",
      "B adds 1 in its register → 1",
      "A writes 1",
      "B writes 1 over A's 1 [A's update is lost]",
    ]);
    assert.deepEqual(lines("ABABAB", 2, "unsafe", "ko").slice(4), [
      "A가 1을 쓴다",
      "B가 A가 쓴 1 위에 1을 쓴다 [A의 갱신이 사라졌다]",
    ]);
  });

  it("tells each lock step by what it did to the word: took, slept, woken, woken to sleep again, unlocked", () => {
    assert.deepEqual(lines("ABAAAABBBBB", 2, "locked"), [
      "A takes the lock: word 0 → 1",
      "B finds the lock held by A: word 1 → 2, sleeps",
      "A reads 0",
      "A adds 1 in its register → 1",
      "A writes 1",
      "A unlocks: word 2 → 0, wakes B",
      "B, woken, takes the lock: word 0 → 2",
      "B reads 1",
      "B adds 1 in its register → 2",
      "B writes 2",
      "B unlocks: word 2 → 0, wakes nobody",
    ]);
    assert.equal(lines("AAAAA", 2, "locked")[4], "A unlocks: word 1 → 0");
    assert.deepEqual(lines("ABAAAACB", 3, "locked").slice(6), [
      "C takes the lock: word 0 → 1",
      "B, woken, finds C took it first: word 1 → 2, sleeps again",
    ]);
  });

  it("says the same in Korean, each particle in the form its word takes", () => {
    assert.deepEqual(lines("ABAAAABBBBB", 2, "locked", "ko").slice(0, 2), [
      "A가 락을 잡는다: 락 워드 0 → 1",
      "B는 A가 쥔 락을 만난다: 락 워드 1 → 2, 잔다",
    ]);
    assert.equal(lines("ABAAAABBBBB", 2, "locked", "ko")[5], "A가 락을 놓는다: 락 워드 2 → 0, B를 깨운다");
    assert.equal(lines("ABAAAABBBBB", 2, "locked", "ko")[6], "B가 깨어나 락을 잡는다: 락 워드 0 → 2");
    assert.equal(lines("ABAAAABBBBB", 2, "locked", "ko")[10], "B가 락을 놓는다: 락 워드 2 → 0, 아무도 깨우지 않는다");
    assert.equal(lines("ABAAAACB", 3, "locked", "ko")[7], "B는 깨어났지만 C가 먼저 잡았다: 락 워드 1 → 2, 다시 잔다");
  });

  it("has a line for every step of every schedule of every stepper, in both languages", () => {
    for (const program of ["unsafe", "locked"] as const) {
      for (const threads of [2, 3]) {
        for (const { order } of everySchedule({ threads, program })) {
          for (const lang of LANGS) {
            for (const line of lines(order, threads, program, lang)) {
              assert.doesNotMatch(line, /undefined|null|NaN|\?/, `${program} ${order} ${lang}: ${line}`);
            }
          }
        }
      }
    }
  });
});

describe("a sleeping worker", () => {
  it("says, when pressed, that it waits and for whom; its button says so too", () => {
    assert.equal(refusalLine("en", 1, 0), "B waits: A holds the lock. Only another worker can take a step.");
    assert.equal(refusalLine("ko", 1, 0), "B는 기다린다: A가 락을 쥐고 있다. 다른 워커만 단계를 실행할 수 있다.");
    assert.deepEqual(workerButton("en", 1, "lock", 0), {
      next: "waits for A",
      label: "Worker B waits: A holds the lock (key B)",
    });
    assert.deepEqual(workerButton("ko", 0, "lock", 2), {
      next: "C를 기다림",
      label: "워커 A는 기다린다: C가 락을 쥐고 있다 (키 A)",
    });
  });

  it("an awake worker's button names its next step, or says it is done", () => {
    assert.deepEqual(workerButton("en", 0, "unlock", -1), { next: "unlock", label: "Step worker A: unlock (key A)" });
    assert.deepEqual(workerButton("en", 2, null, -1), { next: "done", label: "Worker C is done" });
    assert.deepEqual(workerButton("ko", 0, "lock", -1), { next: "락", label: "워커 A 실행: 락 (키 A)" });
  });
});

describe("lockReading", () => {
  it("reads the word as the lesson's table does, and says who holds it and who sleeps", () => {
    assert.deepEqual(lockReading("en", 0, -1, []), { state: "free", who: "nobody holds it" });
    assert.deepEqual(lockReading("en", 1, 0, []), { state: "held", who: "A holds it" });
    assert.deepEqual(lockReading("en", 2, 0, [1]), { state: "held, someone may wait", who: "A holds it; B sleeps" });
    assert.deepEqual(lockReading("en", 0, -1, [2]).who, "nobody holds it; C sleeps");
    assert.deepEqual(lockReading("en", 2, 0, [1, 2]).who, "A holds it; B and C sleep");
    assert.deepEqual(lockReading("ko", 2, 0, [1, 2]), {
      state: "잠김, 누군가 기다릴 수 있음",
      who: "A가 쥐고 있다. B와 C가 잔다",
    });
    assert.deepEqual(lockReading("ko", 0, -1, []), { state: "잠기지 않음", who: "아무도 쥐지 않았다" });
  });
});

describe("playEnding", () => {
  it("ends an unsafe play with the count kept and lost", () => {
    assert.deepEqual(playEnding("en", { program: "unsafe", workers: 2, count: 1, waits: [0, 0] }), {
      text: "Done: the count is 1, not 2. 1 of 2 updates kept, 1 lost.",
      bad: true,
    });
    assert.equal(playEnding("en", { program: "unsafe", workers: 3, count: 3, waits: [0, 0, 0] }).bad, false);
  });

  it("ends a locked play with every update kept, and who had to wait for the lock", () => {
    const end = (waits: number[], count = waits.length, lang: "en" | "ko" = "en") =>
      playEnding(lang, { program: "locked", workers: waits.length, count, waits }).text;
    assert.equal(
      end([0, 0]),
      "Done: the count is 2. All 2 updates kept, and nobody had to wait: each worker found the lock free.",
    );
    assert.equal(end([0, 1]), "Done: the count is 2. All 2 updates kept, and the lock made B wait once.");
    assert.equal(
      end([0, 2, 1]),
      "Done: the count is 3. All 3 updates kept, and the lock made B wait twice, C wait once.",
    );
    assert.equal(end([0, 1], 2, "ko"), "끝: 카운터는 2다. 갱신 2개를 모두 지켰고, 락 때문에 B가 한 번 기다렸다.");
    assert.equal(
      end([0, 0, 0], 3, "ko"),
      "끝: 카운터는 3이다. 갱신 3개를 모두 지켰고, 아무도 기다리지 않았다. 워커마다 락이 풀려 있었다.",
    );
    // A lock that let an update be lost is broken, and the widget says so rather than hide it.
    assert.deepEqual(playEnding("en", { program: "locked", workers: 2, count: 1, waits: [0, 1] }), {
      text: "Done: the count is 1, not 2, under the lock: the lock is broken.",
      bad: true,
    });
    assert.match(end([0, 1], 1, "ko"), /^끝: 락이 있는데도 카운터는 2가 아니라 1이다\. 락이 고장 났다\.$/);
  });
});

describe("challenges", () => {
  it("has a goal for every challenge in both languages", () => {
    for (const lang of LANGS)
      for (const id of CHALLENGE_IDS)
        for (const workers of [2, 3]) assert.ok(challengeGoal(lang, id, workers).length > 5);
    assert.equal(challengeGoal("en", "lose-one", 2), "Make two workers keep only 1 update.");
    assert.equal(challengeGoal("en", "lose-two", 3), "With 3 workers, lose exactly 2 updates.");
    assert.equal(challengeGoal("ko", "keep-all", 3), "락 없이 갱신 3개를 모두 지켜 보자.");
  });

  it("marks a met challenge with its schedule", () => {
    const outcome = { id: "lose-one", schedule: "ABABAB", workers: 2, kept: 1 } as const;
    assert.equal(challengeMark("en", outcome), "✓ met by `ABABAB`");
    assert.equal(challengeMark("ko", outcome), "✓ `ABABAB`로 달성");
  });

  it("says what a met schedule kept, and why keeping every update took running each worker unbroken", () => {
    assert.equal(
      challengeVerdict("en", { id: "lose-two", schedule: "ABCABCABC", workers: 3, kept: 1 }),
      "`ABCABCABC` keeps 1 of 3 updates; 2 lost.",
    );
    assert.equal(
      challengeVerdict("ko", { id: "lose-one", schedule: "ABABAB", workers: 2, kept: 1 }),
      "`ABABAB`는 갱신 2개 중 1개를 지키고 1개를 잃는다.",
    );
    assert.match(
      challengeVerdict("en", { id: "keep-all", schedule: "AAABBB", workers: 2, kept: 2 }),
      /^`AAABBB` keeps all 2 updates: each worker ran read, add and write back to back, the only way without a lock\.$/,
    );
    assert.match(
      challengeVerdict("en", { id: "keep-all", schedule: "AAABBBCCC", workers: 3, kept: 3 }),
      /keeps all 3 updates: each worker/,
    );
  });

  it("tells why no schedule can lose an update under the lock, naming who held it and who was tried", () => {
    assert.equal(
      challengeVerdict("en", { id: "lock-lose", schedule: "AB", holder: 0, tried: [1] }),
      "You tried B while A held the lock: it could only wait. " +
        "Until A unlocks, only A reads and writes, so no write falls between its read and its write: no schedule can lose an update.",
    );
    assert.match(
      challengeVerdict("en", { id: "lock-lose", schedule: "ABC", holder: 0, tried: [1, 2] }),
      /^You tried B and C while A held the lock: each could only wait\./,
    );
    assert.match(
      challengeVerdict("ko", { id: "lock-lose", schedule: "ABC", holder: 0, tried: [1, 2] }),
      /^A가 락을 쥔 동안 B와 C를 실행해 보았지만 기다릴 수밖에 없었다\. .*A의 읽기와 쓰기 사이에 어떤 쓰기도 끼어들 수 없다\./,
    );
  });
});

it("reads the same two tables the phrase index holds", () => {
  for (const lang of LANGS) assert.equal(stepperPhrases(lang), PHRASES[lang].stepper);
});
