import { test } from "node:test";
import assert from "node:assert/strict";
import { raceCommand, type TerminalRace } from "../../../src/lesson/narrate/raceCommand";

const DEFAULTS: TerminalRace = {
  counters: ["unsafe"],
  threads: 5,
  howMany: 100_000,
  sensorWork: 60,
  trials: 1,
  lang: "en",
};

test("the defaults are the bare command", () => {
  assert.equal(raceCommand(DEFAULTS, DEFAULTS), "npm run race");
});

test("only what differs from the defaults is typed, in the help's order, numbers as digits", () => {
  assert.equal(
    raceCommand(
      {
        ...DEFAULTS,
        lang: "ko",
        trials: 20,
        sensorWork: 0,
        howMany: 4_000_000,
        threads: 3,
        counters: ["unsafe", "locked"],
      },
      DEFAULTS,
    ),
    "npm run race -- --counter unsafe,locked --threads 3 --how-many 4000000 --sensor-work 0 --trials 20 --lang ko",
  );
  assert.equal(raceCommand({ ...DEFAULTS, counters: ["locked"] }, DEFAULTS), "npm run race -- --counter locked");
});
