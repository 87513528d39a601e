/**
 * The little Markdown a narration uses inline — **bold** and `code` — as HTML, for places
 * where no Markdown renderer runs: the live race's panel in a browser, and its placeholder.
 * Everything else is escaped, so a sentence can never inject markup.
 */
import { escapeHtml } from "./htmlTable";

export function inlineMarkdownHtml(text: string): string {
  return escapeHtml(text)
    .replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>")
    .replace(/`([^`]+)`/g, "<code>$1</code>");
}
