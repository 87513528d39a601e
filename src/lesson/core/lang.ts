/**
 * The languages the lesson speaks, and the lesson's current one.
 *
 * Every narrator and chart builder takes a language explicitly (tests pass it); in a
 * notebook they default to the lesson's language, which the parameters cell sets from its
 * `lang` value. A notebook runs in a kernel of its own, so one current language per
 * process is one per notebook.
 */
import { checkChoice } from "./validate";

export const LANGS = ["en", "ko"] as const;
export type Lang = (typeof LANGS)[number];

let current: Lang = "en";

export function checkLang(value: unknown, name = "lang"): Lang {
  return checkChoice(name, value, LANGS);
}

export function lessonLang(): Lang {
  return current;
}

export function setLessonLang(lang: Lang): void {
  current = checkLang(lang);
}
