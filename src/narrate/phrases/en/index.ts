/**
 * Every sentence and label the lesson shows that its run decides, in English: one table,
 * a file per topic.
 *
 * A phrase is a function of the numbers it states: the narrators choose which phrase to
 * say, and a phrase only words what it is given. Another language is another table of
 * this shape (Phrases); the compiler and test/narrate/phrases.test.ts refuse a table with
 * a phrase missing.
 */
import { f } from "./format";
import { charts } from "./charts";
import { growth } from "./growth";
import { params } from "./params";
import { schedules } from "./schedules";
import { seed } from "./seed";

export const en = {
  locale: "en-US",
  f,
  params,
  seed,
  charts,
  growth,
  schedules,
};

export type Phrases = typeof en;
