/** The phrase table of each language the lesson speaks. */
import type { Lang } from "../../core/lang";
import { en, type Phrases } from "./en/index";
import { ko } from "./ko/index";

export type { Phrases };

export const PHRASES: Readonly<Record<Lang, Phrases>> = { en, ko };

export function phrasesFor(lang: Lang): Phrases {
  return PHRASES[lang];
}
