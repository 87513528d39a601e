// A table for the cases where exact numbers say more than a picture.
// Styles are inline because exported notebook HTML carries no stylesheet of ours; all but the
// size, which the page or the slide sets (lesson.css, lesson-slides.css) so that a table reads
// as large as the prose and the markdown tables around it.

import type { OutcomeGrade } from "../analysis/tinyRace";
import { FONT_FAMILY, GRADE_ROW_BACKGROUNDS, TEXT_COLOR } from "./chartTheme";
import { isArray } from "../core/validate";

export interface TableColumn<Row> {
  /** Header text. */
  header: string;
  /** Property to show, or a function computing the cell from the row. */
  value: keyof Row | ((row: Row) => unknown);
  /** Defaults to right for numbers, left otherwise. */
  align?: "left" | "right" | "center";
  /** Turns the value into text; defaults to locale-grouped numbers and String(). */
  format?: (value: unknown, row: Row) => string;
}

export interface TableOptions<Row> {
  caption?: string;
  /**
   * CSS class for a row. The grades "acceptable", "interesting", "forbidden"
   * also get a tinted background inline, so they read without a stylesheet.
   */
  rowClass?: (row: Row) => string | undefined;
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!); // the pattern matches only ESCAPES' keys
}

function defaultFormat(value: unknown): string {
  if (typeof value === "number")
    return Number.isInteger(value)
      ? value.toLocaleString("en-US")
      : value.toLocaleString("en-US", { maximumSignificantDigits: 4 });
  if (value === undefined || value === null) return "";
  return String(value);
}

const CELL = "padding:4px 12px;border-bottom:1px solid #DDDDDD";

/**
 * An escaped HTML table string. Columns given as plain strings show the
 * property of that name under the same header.
 */
export function htmlTable<Row extends object>(
  rows: readonly Row[],
  columns: readonly (TableColumn<Row> | (keyof Row & string))[],
  options: TableOptions<Row> = {},
): string {
  if (!isArray(rows)) throw new TypeError(`htmlTable: rows must be an array, got ${typeof rows}`);
  if (!isArray(columns) || columns.length === 0)
    throw new RangeError("htmlTable: columns is empty — name at least one column to show");
  const cols: TableColumn<Row>[] = columns.map((c) => (typeof c === "string" ? { header: c, value: c } : c));
  const cellOf = (col: TableColumn<Row>, row: Row): unknown =>
    typeof col.value === "function" ? col.value(row) : row[col.value];
  // A column's alignment is decided once, from its first row, so a column never zig-zags.
  const aligns = cols.map(
    (col) => col.align ?? (rows.length > 0 && typeof cellOf(col, rows[0]!) === "number" ? "right" : "left"),
  );

  const head = cols
    .map(
      (col, i) =>
        `<th style="${CELL};border-bottom:2px solid #888888;text-align:${aligns[i]}">${escapeHtml(col.header)}</th>`,
    )
    .join("");
  const body = rows
    .map((row) => {
      const cls = options.rowClass?.(row);
      const tint =
        cls !== undefined && cls in GRADE_ROW_BACKGROUNDS ? GRADE_ROW_BACKGROUNDS[cls as OutcomeGrade] : undefined;
      const attrs = (cls ? ` class="${escapeHtml(cls)}"` : "") + (tint ? ` style="background:${tint}"` : "");
      const cells = cols
        .map((col, i) => {
          const v = cellOf(col, row);
          const text = col.format ? col.format(v, row) : defaultFormat(v);
          return `<td style="${CELL};text-align:${aligns[i]}">${escapeHtml(text)}</td>`;
        })
        .join("");
      return `<tr${attrs}>${cells}</tr>`;
    })
    .join("");
  const caption = options.caption
    ? `<caption style="caption-side:top;text-align:left;font-weight:bold;padding:4px 0">${escapeHtml(options.caption)}</caption>`
    : "";
  return (
    `<table style="border-collapse:collapse;font-family:'${FONT_FAMILY}',sans-serif;color:${TEXT_COLOR};font-variant-numeric:tabular-nums">` +
    `${caption}<thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`
  );
}
