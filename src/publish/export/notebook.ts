/**
 * A Jupyter notebook as the export reads and writes it: nbformat 4's JSON, typed as far as the
 * export looks into it. Every other field (kernel metadata, execution counts, cell ids) rides
 * along untouched, so a view of an executed notebook is that notebook with only its decisions
 * changed, and nbconvert renders it as it would the original.
 */
import { readFileSync } from "node:fs";

/** A source or a text output: one string, or the lines nbformat may split it into. */
export type MultilineText = string | string[];

export interface Output {
  output_type: "stream" | "display_data" | "execute_result" | "error" | (string & {});
  name?: string;
  text?: MultilineText;
  /** A MIME bundle: "text/markdown", "text/html", "image/png" (base64) … */
  data?: Record<string, unknown>;
  metadata?: Record<string, unknown>;
  ename?: string;
  evalue?: string;
  [other: string]: unknown;
}

export interface CellMetadata {
  tags?: string[];
  slideshow?: { slide_type?: string };
  /** nbconvert's own switch for hiding a cell's input (its TagRemovePreprocessor sets it the same way). */
  transient?: { remove_source?: boolean };
  [other: string]: unknown;
}

export interface Cell {
  cell_type: "markdown" | "code" | "raw" | (string & {});
  id?: string;
  metadata: CellMetadata;
  source: MultilineText;
  outputs?: Output[];
  [other: string]: unknown;
}

export interface Notebook {
  cells: Cell[];
  metadata: Record<string, unknown>;
  nbformat: number;
  nbformat_minor: number;
}

export function readNotebookFile(file: string): Notebook {
  return JSON.parse(readFileSync(file, "utf8")) as Notebook;
}

export function text(value: MultilineText | undefined): string {
  return Array.isArray(value) ? value.join("") : (value ?? "");
}

export function tagsOf(cell: Cell): readonly string[] {
  return cell.metadata.tags ?? [];
}

export function slideTypeOf(cell: Cell): string {
  return cell.metadata.slideshow?.slide_type ?? "-";
}

/** A deep copy: a view changes its copy, never the executed notebook it was made from. */
export function copyNotebook(nb: Notebook): Notebook {
  return structuredClone(nb);
}
