/**
 * The export's own words, per edition: the navigation bar, the slides' link bar and the
 * contents page. The lesson's words (narration, tables, charts) live in its phrase tables;
 * these belong to the pages and decks around it. An edition without a word gets English's.
 */
export interface ExportWords {
  /** The edition's name in its own language, as a twin link shows it. */
  name: string;
  title: string;
  intro: string;
  contents: string;
  slides: string;
  page: string;
}

const EN: ExportWords = {
  name: "English",
  title: "Lost Updates",
  intro: "A TypeScript lesson on data races and locks. Read the notebooks in order, or present each one as slides.",
  contents: "Contents",
  slides: "Slides",
  page: "Page",
};

const KO: ExportWords = {
  name: "한국어",
  title: "Lost Updates",
  intro: "TypeScript로 배우는 데이터 경합과 락. 노트북을 순서대로 읽거나, 각 노트북을 슬라이드로 발표하세요.",
  contents: "목차",
  slides: "슬라이드",
  page: "페이지",
};

const WORDS: Readonly<Record<string, Partial<ExportWords>>> = { en: EN, ko: KO };

export function exportWords(lang: string): ExportWords {
  return { ...EN, ...WORDS[lang] };
}
