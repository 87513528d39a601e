/**
 * The words around the lesson in an export: the pages' navigation bar, the slides' link bar and
 * the contents page. The lesson's own words (narration, tables, charts) are the other topics.
 */
export interface SiteWords {
  /** The edition's name in its own language, as a twin link shows it. */
  name: string;
  title: string;
  intro: string;
  contents: string;
  slides: string;
  page: string;
}

export const site: SiteWords = {
  name: "English",
  title: "Lost Updates",
  intro: "A TypeScript lesson on data races and locks. Read the notebooks in order, or present each one as slides.",
  contents: "Contents",
  slides: "Slides",
  page: "Page",
};
