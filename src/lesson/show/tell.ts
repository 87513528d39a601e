/**
 * Narration in a notebook cell, one call: `tell.raceOutcome(race)` shows, as Markdown, what
 * the narrator of that name says about the run, in the lesson's language and with this
 * machine's facts. The narrators themselves are pure (src/lesson/narrate/); this is where they
 * meet the kernel.
 */
import type { Facts } from "../narrate/facts";
import { machineFacts } from "../narrate/machineFacts";
import * as costGrowth from "../narrate/costGrowth";
import * as distributions from "../narrate/distributions";
import * as gil from "../narrate/gil";
import * as distributionsHeadlines from "../narrate/headlines/distributions";
import * as gilHeadlines from "../narrate/headlines/gil";
import * as lockHeadlines from "../narrate/headlines/lock";
import * as raceHeadlines from "../narrate/headlines/race";
import * as lock from "../narrate/lock";
import * as race from "../narrate/race";
import { thisMachine, thisRun } from "../narrate/thisRun";
import * as tinyRace from "../narrate/tinyRace";
import * as trace from "../narrate/trace";
import { showMarkdown } from "./display";

const NARRATORS = {
  thisRun,
  thisMachine,
  ...race,
  ...raceHeadlines,
  ...lockHeadlines,
  ...distributionsHeadlines,
  ...gilHeadlines,
  ...lock,
  ...distributions,
  ...tinyRace,
  ...costGrowth,
  ...gil,
  ...trace,
};

type Told<T> = {
  [K in keyof T]: T[K] extends (facts: Facts, ...args: infer A) => string ? (...args: A) => void : never;
};

export const tell = Object.fromEntries(
  Object.entries(NARRATORS as Record<string, unknown>)
    .filter((entry): entry is [string, (facts: Facts, ...a: unknown[]) => string] => typeof entry[1] === "function")
    .map(([name, narrate]) => [name, (...args: unknown[]) => showMarkdown(narrate(machineFacts(), ...args))]),
) as Told<typeof NARRATORS>;
