/**
 * What a narrator knows besides the run: the language it speaks and the machine the run
 * was on. Narrators are pure: they are handed these facts, never look them up (Node's are
 * looked up in machineFacts.ts, a browser's by the live race), so they also run in a browser.
 */
import type { Lang } from "../core/lang";
import { phrasesFor, type Phrases } from "./phrases";

export interface Facts {
  lang: Lang;
  /** Cores the run may use: os.availableParallelism() in Node, navigator.hardwareConcurrency in a browser. */
  cores: number;
  /** What ran it: process.version, e.g. "v20.20.2", or a browser's name and version. */
  node: string;
  /** The CPU's model as os.cpus() names it, when it does. */
  cpu?: string;
}

export function phrases(facts: Facts): Phrases {
  return phrasesFor(facts.lang);
}
