/**
 * A long narration on a slide: the hall reads its lead, the lecturer keeps the rest. Whole
 * sentences from the start while they fit in SLIDE_NARRATION_WORDS (at least the first one);
 * what follows goes to the speaker notes (key S), so every sentence of the run is still there.
 */

/**
 * A narration on a slide shows at most this many words; the rest goes to the speaker notes.
 * The deck check (test/helpers/slideInspection.ts) allows about 60 words a slide, heading included.
 */
export const SLIDE_NARRATION_WORDS = 35;

/**
 * Where a narration may be cut: after a sentence's end (and the bold that closes with it), at the
 * colon that announces a list, or at a line's end outside a list; a list stays whole.
 */
const CUT = /[.!?](?:\*\*)?(?=\s)|:(?=\n- )|\n(?!- )/g;

/** Words as a reader counts them: runs of anything but whitespace (a Korean eojeol is one). */
export function wordCount(markup: string): number {
  return markup.split(/\s+/).filter(Boolean).length;
}

/**
 * A narration's Markdown split into what a slide shows and what the notes keep. A lead that ends
 * by announcing a list (":") ends with a full stop instead, the list going with the rest.
 */
export function narrationLead(markup: string, limit = SLIDE_NARRATION_WORDS): { lead: string; rest: string } {
  if (wordCount(markup) <= limit) return { lead: markup, rest: "" };
  const cuts = [...markup.matchAll(CUT)].map((m) => m.index + m[0].length);
  const fitting = cuts.filter((cut) => wordCount(markup.slice(0, cut)) <= limit);
  const cut = fitting.at(-1) ?? cuts[0] ?? markup.length;
  let lead = markup.slice(0, cut).trimEnd();
  const rest = markup.slice(cut).trim();
  if (lead.endsWith(":") && rest) lead = `${lead.slice(0, -1)}.`;
  return { lead, rest };
}
