// The terminal's closing reading, every branch on fabricated runs, by its words; the Korean
// cases are in cases.ts, and random runs in both languages on 1, 2 and 16 cores in registry.ts.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { closingReading } from "../../../src/lesson/narrate/closingReading";
import type { TerminalRace } from "../../../src/lesson/narrate/raceCommand";
import type { Experiment } from "../../../src/lesson/engine/experiment";
import { BUSY_RACE, ONE_CORE_RACE } from "../../../src/lesson/engine/limits";
import { EN, MANY_CORES, ONE_CORE, experiment } from "../../helpers/fabricate";

/** What `npm run race` runs with no flags. */
const DEFAULTS: TerminalRace = {
  counters: ["unsafe"],
  threads: 5,
  howMany: 100_000,
  sensorWork: 60,
  trials: 1,
  lang: "en",
};

/** A run as the CLI makes it: notebook 1's sensor work unless told. */
const run = (counter: Experiment["counter"], losses: number[], over: Partial<Experiment> = {}, ms = 4) => {
  const shape = { threads: over.threads ?? 5, howMany: over.howMany ?? 100_000 };
  return { ...experiment(counter, losses, { elapsedMs: ms, ...shape }), sensorWork: 60, ...over };
};

const read = (facts: typeof EN, ...runs: Experiment[]) => closingReading(facts, runs, DEFAULTS);

describe("closingReading: the unsafe counter", () => {
  it("counts the trials that lost, with the median and the worst share, and what the lock would do", () => {
    const [line, ...rest] = read(EN, run("unsafe", [0, 100_000, 200_000, 50_000]));
    assert.equal(rest.length, 0);
    assert.equal(
      line,
      "The unsafe counter lost updates in 3 of 4 trials: the median trial lost 15.0% of its updates, " +
        "the worst 40.0%. The locked counter would keep every update, at a cost in time; run both to see it: " +
        "`npm run race -- --counter unsafe,locked --trials 4`",
    );
  });

  it("a single trial is read as one, not as 1 of 1", () => {
    assert.match(
      read(EN, run("unsafe", [125_000]))[0]!,
      /^The unsafe counter lost 25\.0% of its updates in its one trial\. The locked counter would keep/,
    );
  });

  it("when the locked counter ran too, its own line says what it kept, and it is not suggested", () => {
    const lines = read(EN, run("unsafe", [0, 5]), run("locked", [0, 0], {}, 8));
    assert.equal(lines.length, 2);
    assert.doesNotMatch(lines[0]!, /would keep/);
    assert.match(lines[0]!, /^The unsafe counter lost updates in 1 of 2 trials: the median trial lost /);
    assert.match(lines[1]!, /^The locked counter kept every update/);
  });

  it("when most trials lost nothing, the median trial lost none: said in words, not as 0.0%", () => {
    const [line] = read(EN, run("unsafe", [0, 0, 4_000]));
    assert.match(
      line!,
      /^The unsafe counter lost updates in 1 of 3 trials: the median trial lost none, the worst 0\.8% of its updates\./,
    );
  });

  it("one worker has no one to race: nothing was lost, nothing could be, and the command races five", () => {
    const [line] = read(MANY_CORES, run("unsafe", [0, 0, 0], { threads: 1 }));
    assert.equal(
      line,
      "The unsafe counter lost no update in 3 trials, and with one worker it cannot: no other worker writes " +
        "between its read and its write. Race 5 workers: `npm run race -- --trials 3`",
    );
  });

  it("on one core it names the one-core race the lesson narrates, over five trials at least", () => {
    const [line] = read(ONE_CORE, run("unsafe", [0]));
    assert.match(line!, /^The unsafe counter lost no update in its one trial\. With one core its workers never run/);
    assert.match(line!, /an update is lost only when a turn ends between a read and its write/);
    assert.match(
      line!,
      new RegExp(
        `\`npm run race -- --how-many ${ONE_CORE_RACE.howMany} --sensor-work ${ONE_CORE_RACE.sensorWork} --trials 5\`$`,
      ),
    );
    // More trials than five are kept, and so are the reader's other choices.
    const eight = read(ONE_CORE, run("unsafe", Array<number>(8).fill(0), { threads: 3, howMany: 1_000 }))[0]!;
    assert.match(eight, /`npm run race -- --threads 3 --how-many 4000000 --sensor-work 0 --trials 8`$/);
  });

  it("on one core, after the one-core race itself lost nothing, it asks for more trials", () => {
    const [line] = read(ONE_CORE, run("unsafe", [0, 0], { howMany: 4_000_000, sensorWork: 0 }));
    assert.match(line!, /`npm run race -- --how-many 4000000 --sensor-work 0 --trials 20`$/);
  });

  it("a Korean reader's command keeps --lang ko", () => {
    const [line] = read({ ...ONE_CORE, lang: "ko" }, run("unsafe", [0]));
    assert.match(line!, /`npm run race -- --how-many 4000000 --sensor-work 0 --trials 5 --lang ko`$/);
  });

  it("on several cores the race hid: more sensor work and more trials, never past the limits", () => {
    const [line] = read(EN, run("unsafe", [0, 0, 0]));
    assert.equal(
      line,
      "The unsafe counter lost no update in 3 trials, though this machine has 2 cores: its workers never " +
        "overlapped inside an increment, as happens when other programs keep the cores busy and each loop ends " +
        "within its turn. The race has not gone away, it hid. More sensor work (a longer loop) and more trials " +
        `give it more chances: \`npm run race -- --sensor-work ${BUSY_RACE.sensorWork} --trials ${BUSY_RACE.trials}\``,
    );
    const more = read(MANY_CORES, run("unsafe", Array<number>(30).fill(0), { sensorWork: 300, howMany: 1_000 }))[0]!;
    assert.match(more, /this machine has 16 cores/);
    assert.match(more, /`npm run race -- --sensor-work 600 --trials 60`$/, "twice what ran, and the book's 100,000");
    const most = read(EN, run("unsafe", Array<number>(6_000).fill(0), { sensorWork: 1_000 }))[0]!;
    assert.match(most, /`npm run race -- --sensor-work 1000 --trials 10000`$/);
  });
});

describe("closingReading: the locked and atomic counters", () => {
  it("alone: every total exact, the cost of an increment, and the command that sets it beside the unsafe one", () => {
    assert.deepEqual(read(EN, run("locked", [0, 0, 0], {}, 10)), [
      "The locked counter kept every update: all 3 trials were exact (500,000 of 500,000), at 20 ns per " +
        "increment (the median trial's time over its increments).",
      "Run the unsafe counter beside it to see what it saves and at what cost: " +
        "`npm run race -- --counter unsafe,locked --trials 3`",
    ]);
    assert.match(
      read(EN, run("atomic", [0], {}, 1))[0]!,
      /^The atomic counter kept every update: its one trial was exact/,
    );
  });

  it("two fixed counters without the unsafe one: one suggestion, for both, in the order they ran", () => {
    const lines = read(EN, run("atomic", [0]), run("locked", [0]));
    assert.equal(lines.length, 3);
    assert.match(lines[2]!, /^Run the unsafe counter beside them to see what they save/);
    assert.match(lines[2]!, /`npm run race -- --counter unsafe,atomic,locked`$/);
  });

  it("beside the unsafe counter: more, about as much, or less than its cost per increment", () => {
    const unsafe = run("unsafe", [7], {}, 10); // 20 ns per increment
    const against = (ms: number) => read(EN, unsafe, run("locked", [0], {}, ms))[1]!;
    assert.match(against(25), /at 50 ns per increment, 2\.5× the unsafe counter's 20 ns in this run\.$/);
    assert.match(against(10.5), /at 21 ns per increment, about as much as the unsafe counter's 20 ns in this run\.$/);
    assert.match(against(5), /at 10 ns per increment, less than the unsafe counter's 20 ns in this run\.$/);
    assert.equal(read(EN, unsafe, run("atomic", [0])).length, 2, "no suggestion when the unsafe counter ran");
  });

  it("a fixed counter that lost anything is a bug, said as one, with nothing suggested after it", () => {
    assert.deepEqual(read(EN, run("atomic", [0, 3, 0])), [
      "The atomic counter lost updates in 1 of 3 trials: that is a bug; please report it.",
    ]);
  });

  it("no run, nothing to read", () => {
    assert.deepEqual(read(EN), []);
  });
});
