/**
 * What a narrator knows besides the run: the language it speaks and the machine the run
 * was on. Narrators are pure: they are handed these facts, never look them up.
 */
import { availableParallelism, cpus } from "node:os";
import { lessonLang, type Lang } from "../core/lang";
import { phrasesFor, type Phrases } from "./phrases";

export interface Facts {
  lang: Lang;
  /** Cores Node may run workers on (os.availableParallelism()). */
  cores: number;
  /** process.version, e.g. "v20.20.2" */
  node: string;
  /** The CPU's model as os.cpus() names it, when it does. */
  cpu?: string;
}

/** This process's facts, in the lesson's language: what `tell` hands every narrator. */
export function machineFacts(lang: Lang = lessonLang()): Facts {
  return { lang, cores: availableParallelism(), node: process.version, cpu: cpus()[0]?.model };
}

export function phrases(facts: Facts): Phrases {
  return phrasesFor(facts.lang);
}
