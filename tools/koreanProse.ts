// The Korean edition's rule for Latin letters: none outside code, in prose, slides or notes,
// but the units, a few proper names that have no Korean form, and the workers' letters.
// The narrators' generated test, the Korean phrase tests and the count over an export
// (test/publish/koreanLatin.test.ts, npm run bench -- korean) all read this one rule.

/** Latin words a Korean sentence keeps, and why each. */
export const KEPT_LATIN: Readonly<Record<string, string>> = {
  ms: "a unit",
  ns: "a unit",
  µs: "a unit",
  Node: "a product's name, as it names itself",
  CPython: "a product's name",
  GIL: "the book's own term (CPython's global interpreter lock)",
  PEP: "a Python Enhancement Proposal's name (PEP 703)",
  jcstress: "a tool's name",
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
