/** The seed's own sentence. */
export const seed = {
  /** The book prints the numbers bare, without grouping: so does the lesson. */
  sentence: (expected: number, found: number) => `Counter should be ${expected}, found ${found}`,
};
