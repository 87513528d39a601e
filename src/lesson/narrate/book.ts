/**
 * What the book printed: its unsafe run's sentence, "Counter should be 500000, found
 * 404231", and its locked run's 500000. Phrases that set a run beside the book are handed
 * these numbers; none types them.
 */
export interface Book {
  expected: number;
  found: number;
  lost: number;
}

export const BOOK: Readonly<Book> = {
  /** 5 threads × how_many = 100,000 */
  expected: 500_000,
  /** What the book's unsafe run found. */
  found: 404_231,
  /** expected − found */
  lost: 500_000 - 404_231,
};
