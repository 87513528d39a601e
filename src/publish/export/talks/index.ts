/**
 * The lesson's talks, by notebook: the chapters whose decks are composed as talks (talk.ts). A
 * notebook without one (a lecturer's own) gets a deck cut along its cells' slide types.
 */
import type { Talk } from "../talk";
import { theRace } from "./01-the-race";
import { theLock } from "./02-the-lock";
import { distributions } from "./03-distributions";
import { gilAndTheEventLoop } from "./04-gil-and-the-event-loop";

export const TALKS: readonly Talk[] = [theRace, theLock, distributions, gilAndTheEventLoop];

/** The talk of "01-the-race.ipynb" (or "01-the-race"), if the lesson has one. */
export function talkOf(notebook: string): Talk | undefined {
  const stem = notebook.replace(/\.ipynb$/, "");
  return TALKS.find((talk) => talk.notebook === stem);
}
