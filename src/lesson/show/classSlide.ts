/**
 * The class slide's place in a notebook: while the lesson is presented with
 * `npm run present -- --class`, the room's results appear here live (the presenter's class
 * view, src/publish/present/browser/classView.ts, mounted by the live race's script). Anywhere
 * else it stays one line saying how to start a class session.
 */
import { checkLang, lessonLang, type Lang } from "../core/lang";
import { phrasesFor } from "../narrate/phrases";
import { showHtml } from "./display";
import { inlineMarkdownHtml } from "./inlineMarkdown";

export function classSlideHtml(lang: Lang = lessonLang()): string {
  const checked = checkLang(lang);
  const T = phrasesFor(checked).live;
  return (
    `<div class="lu-class" data-lu-class="" lang="${checked}">` +
    `<p class="lu-live-note">${inlineMarkdownHtml(T.classOffline)}</p></div>`
  );
}

/** The notebook's one line: `showClassSlide()`. */
export function showClassSlide(lang?: Lang): void {
  showHtml(classSlideHtml(lang));
}
