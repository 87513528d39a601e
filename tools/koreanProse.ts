// The Korean edition's rule for Latin letters: none outside code, in prose, slides or notes,
// but the units, a few proper names that have no Korean form, and the workers' letters.
// The narrators' generated test, the Korean phrase tests and the count over an export
// (test/publish/export/koreanLatin.test.ts, npm run bench -- korean) all read this one rule.

/** Latin words a Korean sentence keeps, and why each. */
export const KEPT_LATIN: Readonly<Record<string, string>> = {
  ms: "a unit",
  ns: "a unit",
  µs: "a unit",
  s: "a unit (seconds, as a progress bar writes them)",
  Node: "a product's name, as it names itself",
  CPython: "a product's name",
  GIL: "the book's own term (CPython's global interpreter lock)",
  PEP: "a Python Enhancement Proposal's name (PEP 703)",
  jcstress: "a tool's name",
  x86: "a processor architecture's name",
  ARM: "a processor architecture's name",
  Chromium: "a browser's name, as a live race reports it",
};

/** Workers' letters (A, B, … AB) and a schedule written in them (ABABAB): names, not words. */
const WORKER_LETTERS = /^[A-H]+$/;

/** The prose of Markdown: no fenced code, code spans, link targets, HTML tags or entities. */
export function markdownProse(markdown: string): string {
  return markdown
    .replace(/```[\s\S]*?```/g, " ")
    .replace(/`[^`\n]*`/g, " ")
    .replace(/\]\([^)]*\)/g, "]")
    .replace(/<(code|pre|script|style)\b[^>]*>[\s\S]*?<\/\1>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&[a-z]+;|&#\d+;/g, " ");
}

/** Every Latin word in prose (already without code) that the rule does not keep, in order. */
export function latinWords(prose: string): string[] {
  return [...prose.matchAll(/[A-Za-zµ][A-Za-z0-9_µ]*/g)]
    .map((m) => m[0])
    .filter((w) => !(w in KEPT_LATIN) && !WORKER_LETTERS.test(w));
}

/** An executed notebook, as far as what a reader reads from it. */
export interface ReadNotebook {
  cells: {
    cell_type: string;
    id?: string;
    source: string | string[];
    metadata: { slideshow?: { slide_type?: string } } & Record<string, unknown>;
    outputs?: { data?: Record<string, string | string[]> }[];
  }[];
}

/** One piece of text a reader reads, with where it stands and whether a deck shows it. */
export interface ReadText {
  cell: string;
  /** False for cells a deck skips: they are on the page only. */
  inDeck: boolean;
  text: string;
}

const joined = (text: string | string[] | undefined): string => (Array.isArray(text) ? text.join("") : (text ?? ""));

/**
 * What a reader reads of an executed notebook, code left out: markdown cells (notes included),
 * narration and other Markdown outputs, HTML outputs (tables, widgets) without their scripts
 * and code, and each chart's description (`describe` reads it from the PNG). Printed output
 * (stdout) is the program's own and counts as code.
 */
export function readerTexts(nb: ReadNotebook, describe: (png: Buffer) => string | undefined): ReadText[] {
  return nb.cells.flatMap((cell) => {
    const where = { cell: cell.id ?? "?", inDeck: cell.metadata.slideshow?.slide_type !== "skip" };
    if (cell.cell_type === "markdown") return [{ ...where, text: markdownProse(joined(cell.source)) }];
    return (cell.outputs ?? []).flatMap((o) => {
      const data = o.data ?? {};
      if (data["image/png"] !== undefined) {
        return [{ ...where, text: describe(Buffer.from(joined(data["image/png"]), "base64")) ?? "" }];
      }
      if (data["text/markdown"] !== undefined)
        return [{ ...where, text: markdownProse(joined(data["text/markdown"])) }];
      if (data["text/html"] !== undefined) return [{ ...where, text: markdownProse(joined(data["text/html"])) }];
      return [];
    });
  });
}
