/**
 * One exported notebook's files and links: its page (NN-name.html), its deck
 * (NN-name.slides.html) and its executed notebook, in its edition's folder; and what the
 * page and the deck link to — the previous and next notebook, the contents, each other, and
 * the same notebook in the other editions (its twins).
 */
import path from "node:path";
import { editionFolder, upFrom } from "./editions";
import { LIVE_FOLDER } from "../site/layout";
import { checkLang } from "../../lesson/core/lang";
import { phrasesFor } from "../../lesson/narrate/phrases";
import type { SiteWords } from "../../lesson/narrate/phrases/en/site";


/** An exported notebook, as the plan hands it to scripts/export.py and the manifest keeps it. */
export interface PageEntry {
  edition: string;
  /** "01-the-race.ipynb" */
  notebook: string;
  /** Its first heading. */
  title: string;
  /** Paths relative to the export folder. */
  html: string;
  slides: string;
  ipynb: string;
}

export interface NavLink {
  href: string;
  title: string;
}

export interface Twin {
  lang: string;
  name: string;
  page: string;
  deck: string;
}

/** What the page and deck templates show around the notebook (resources.lesson). */
export interface Navigation {
  prev: NavLink | null;
  next: NavLink | null;
  contents: string;
  page: string;
  deck: string;
  twins: Twin[];
  ui: SiteWords;
  /** The live script, from the export's live/ folder; null for a view with nothing live (views.ts decides). */
  live: string | null;
}

export function pageEntry(edition: string, notebook: string, title: string): PageEntry {
  const stem = notebook.replace(/\.ipynb$/, "");
  const folder = editionFolder(edition);
  return {
    edition,
    notebook,
    title,
    html: `${folder}${stem}.html`,
    slides: `${folder}${stem}.slides.html`,
    ipynb: `${folder}${notebook}`,
  };
}

/**
 * The navigation of `entries[index]` among the notebooks of its edition (`entries`, in order);
 * `twinEditions` are the other editions that hold the same notebook.
 */
export function navigation(entries: readonly PageEntry[], index: number, twinEditions: readonly string[]): Navigation {
  const entry = entries[index];
  if (entry === undefined) throw new RangeError(`navigation: index ${index} is outside the ${entries.length} entries`);
  const neighbour = (e: PageEntry | undefined): NavLink | null =>
    e ? { href: path.posix.basename(e.html), title: e.title } : null;
  const up = upFrom(entry.edition);
  return {
    prev: neighbour(index > 0 ? entries[index - 1] : undefined),
    next: neighbour(entries[index + 1]),
    contents: `${up}index.html`,
    page: path.posix.basename(entry.html),
    deck: path.posix.basename(entry.slides),
    live: `${up}${LIVE_FOLDER}/live-race.js`,
    twins: twinEditions.map((lang) => {
      const twin = pageEntry(lang, entry.notebook, "");
      return { lang, name: siteWords(lang).name, page: `${up}${twin.html}`, deck: `${up}${twin.slides}` };
    }),
    ui: siteWords(entry.edition),
  };
}

/** The site's words in an edition's language: an edition the phrase tables do not speak is refused, never shown in English. */
export function siteWords(lang: string): SiteWords {
  return phrasesFor(checkLang(lang, "an edition's language")).site;
}
