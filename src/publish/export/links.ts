/**
 * Links between the lesson's notebooks, made to point at what a reader opens: a page links to
 * pages (02-the-lock.ipynb → 02-the-lock.html), a deck to decks (→ 02-the-lock.slides.html),
 * never at the executed notebook's raw JSON. Markdown links, reference definitions and HTML
 * hrefs are rewritten; an address with a scheme (https:, mailto:) or an absolute path is not.
 */
import { text, type Notebook } from "./notebook";

const NOTEBOOK_LINKS = [
  // [text](02-the-lock.ipynb#part "title")
  /(?<head>\]\(\s*<?)(?<target>[^)\s<>]+?)\.ipynb(?<tail>(?:#[^)\s>]*)?>?(?:\s+"[^"]*")?\s*\))/g,
  // [ref]: 02-the-lock.ipynb
  /(?<head>^\s{0,3}\[[^\]]+\]:\s*<?)(?<target>\S+?)\.ipynb(?<tail>(?:#\S*?)?>?(?:\s|$))/gm,
  // href="02-the-lock.ipynb"
  /(?<head>\bhref\s*=\s*["'])(?<target>[^"']+?)\.ipynb(?<tail>(?:#[^"']*)?["'])/g,
];
const EXTERNAL = /^(?:[a-zA-Z][a-zA-Z0-9+.-]*:|\/)/;

/** `markup` with every relative link to a notebook pointing at `extension` (".html", ".slides.html") instead. */
export function rewriteLinks(markup: string, extension: string): string {
  let rewritten = markup;
  for (const pattern of NOTEBOOK_LINKS) {
    rewritten = rewritten.replace(pattern, (whole: string, ...args: unknown[]) => {
      const groups = args.at(-1) as { head: string; target: string; tail: string };
      return EXTERNAL.test(groups.target) ? whole : `${groups.head}${groups.target}${extension}${groups.tail}`;
    });
  }
  return rewritten;
}

/** Rewrites the links of `nb` in place: its Markdown cells, and the Markdown and HTML its cells printed. */
export function rewriteNotebookLinks(nb: Notebook, extension: string): void {
  for (const cell of nb.cells) {
    if (cell.cell_type === "markdown") cell.source = rewriteLinks(text(cell.source), extension);
    for (const output of cell.outputs ?? []) {
      for (const mime of ["text/markdown", "text/html"]) {
        const value = output.data?.[mime];
        if (output.data && value !== undefined) output.data[mime] = rewriteLinks(text(value as string | string[]), extension);
      }
    }
  }
}
