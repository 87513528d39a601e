/**
 * Text for a terminal: broken between words so a line fits the window, as a terminal would
 * otherwise break it inside a word. Korean lines break between words too (keep-all), and a
 * Hangul syllable takes two columns, so widths are counted in columns, not characters.
 */

/**
 * East Asian wide characters (Unicode's East_Asian_Width W and F): Hangul, CJK, fullwidth
 * forms. A terminal gives each two columns.
 */
const WIDE: readonly [number, number][] = [
  [0x1100, 0x115f], // Hangul Jamo, initial consonants
  [0x2e80, 0x303e], // CJK radicals, punctuation
  [0x3041, 0x33ff], // kana, compatibility Jamo, CJK symbols
  [0x3400, 0x4dbf], // CJK extension A
  [0x4e00, 0x9fff], // CJK unified ideographs
  [0xa960, 0xa97f], // Hangul Jamo extended A
  [0xac00, 0xd7a3], // Hangul syllables
  [0xf900, 0xfaff], // CJK compatibility ideographs
  [0xfe30, 0xfe4f], // CJK compatibility forms
  [0xff00, 0xff60], // fullwidth forms
  [0xffe0, 0xffe6],
  [0x20000, 0x3fffd], // CJK extensions B and on
];

/** The columns `text` takes in a terminal. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!; // a character has a code point
    width += WIDE.some(([from, to]) => code >= from && code <= to) ? 2 : 1;
  }
  return width;
}

/**
 * `text` in lines of at most `width` columns, broken at spaces; a word wider than that keeps
 * its own line whole, and so does a `code span` (a command to copy must not break).
 */
export function wrap(text: string, width: number): string[] {
  const words = text.match(/(?:`[^`]*`|\S)+/g) ?? [];
  const lines: string[] = [];
  let line = "";
  for (const word of words) {
    if (line === "") line = word;
    else if (displayWidth(line) + 1 + displayWidth(word) <= width) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== "" || lines.length === 0) lines.push(line);
  return lines;
}
