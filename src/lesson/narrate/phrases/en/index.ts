/**
 * Every sentence and label the lesson shows that its run decides, in English: one table,
 * a file per topic.
 *
 * A phrase is a function of the numbers it states: the narrators choose which phrase to
 * say, and a phrase only words what it is given. Another language is another table of
 * this shape (Phrases); the compiler and test/lesson/narrate/phrases.test.ts refuse a table with
 * a phrase missing.
 */
import { f } from "./format";
import { charts } from "./charts";
import { classroom } from "./classroom";
import { counters } from "./counters";
import { cli } from "./cli";
import { distributions } from "./distributions";
import { gil } from "./gil";
import { lock } from "./lock";
import { growth } from "./growth";
import { headlines } from "./headlines";
import { params } from "./params";
import { live } from "./live";
import { race } from "./race";
import { run } from "./run";
import { schedules } from "./schedules";
import { site } from "./site";
import { seed } from "./seedSentence";
import { tables } from "./tables";
import { stepper } from "./stepper";
import { tiny } from "./tinyRace";
import { trace } from "./trace";

export const en = {
  locale: "en-US",
  f,
  counters,
  params,
  run,
  seed,
  race,
  live,
  lock,
  distributions,
  gil,
  charts,
  growth,
  schedules,
  tables,
  cli,
  stepper,
  tiny,
  trace,
  headlines,
  site,
  classroom,
};

export type Phrases = typeof en;
