/** This Node process's facts (facts.ts): what `tell` hands every narrator in a notebook or the CLI. */
import { availableParallelism, cpus } from "node:os";
import { lessonLang, type Lang } from "../core/lang";
import type { Facts } from "./facts";

export function machineFacts(lang: Lang = lessonLang()): Facts {
  return { lang, cores: availableParallelism(), node: process.version, cpu: cpus()[0]?.model };
}
