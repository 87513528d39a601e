/** The contents page (index.html): every edition's notebooks, each as a page and a deck. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "../../lesson/core/projectRoot";
import { escapeHtml } from "../../lesson/show/htmlTable";
import { DEFAULT_LANG } from "./editions";
import { siteWords, type PageEntry } from "./pages";

export interface ContentsPage {
  /** The page's own language, its title (the window's) and its heading. */
  lang: string;
  title: string;
  heading: string;
  editions: {
    lang: string;
    name: string;
    intro: string;
    slides: string;
    entries: { title: string; html: string; slides: string }[];
  }[];
}

/** `entries` in the order the page lists them: edition by edition, each edition's notebooks in order. */
export function contentsPage(entries: readonly PageEntry[]): ContentsPage {
  const ui = siteWords(DEFAULT_LANG);
  const langs = [...new Set(entries.map((e) => e.edition))];
  return {
    lang: DEFAULT_LANG,
    title: `${ui.title}: ${ui.contents.toLowerCase()}`,
    heading: ui.title,
    editions: langs.map((lang) => {
      const words = siteWords(lang);
      return {
        lang,
        name: words.name,
        intro: words.intro,
        slides: words.slides,
        entries: entries.filter((e) => e.edition === lang).map(({ title, html, slides }) => ({ title, html, slides })),
      };
    }),
  };
}

/** The pages' own style sheet, which the contents page shares (inlined: the page loads nothing). */
const PAGE_CSS = path.join(projectRoot(), "jupyter", "templates", "lesson", "static", "lesson.css");

/** index.html: the contents page as one self-contained document. */
export function contentsHtml(page: ContentsPage, css = readFileSync(PAGE_CSS, "utf8")): string {
  const e = escapeHtml;
  const editions = page.editions.map(
    (edition) =>
      `<section class="edition" lang="${edition.lang}">\n<h2>${e(edition.name)}</h2>\n<p>${e(edition.intro)}</p>\n<ol>\n` +
      edition.entries
        .map(
          (entry) =>
            `  <li><a href="${entry.html}">${e(entry.title)}</a> <span class="meta">&middot; ` +
            `<a class="deck" href="${entry.slides}">${e(edition.slides)}</a></span></li>\n`,
        )
        .join("") +
      `</ol>\n</section>\n`,
  );
  return (
    `<!DOCTYPE html>\n<html lang="${page.lang}">\n<head>\n<meta charset="utf-8" />\n` +
    `<meta name="viewport" content="width=device-width, initial-scale=1.0">\n<title>${e(page.title)}</title>\n` +
    `<style type="text/css">\n${css}\n</style>\n</head>\n<body class="lesson-contents">\n<h1>${e(page.heading)}</h1>\n` +
    editions.join("") +
    `</body>\n</html>\n`
  );
}
