/** The contents page (index.html): every edition's notebooks, each as a page and a deck. */
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
