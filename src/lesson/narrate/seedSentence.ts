/** The seed's own sentence, "Counter should be 500000, found 404231", in the lesson's language. */
import type { TrialResult } from "../engine/pool";
import { lessonLang, type Lang } from "../core/lang";
import { phrasesFor } from "./phrases";

export function seedSentence(trial: Pick<TrialResult, "expected" | "found">, lang: Lang = lessonLang()): string {
  return phrasesFor(lang).seed.sentence(trial.expected, trial.found);
}
