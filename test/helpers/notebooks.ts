// Small notebooks for the export's unit tests: cells by kind, with just the fields the views read.
import type { Cell, Notebook, Output } from "../../src/publish/export/notebook";

export function markdown(id: string, source: string, metadata: Cell["metadata"] = {}): Cell {
  return { cell_type: "markdown", id, metadata, source };
}

export function code(id: string, source: string, outputs: Output[] = [], metadata: Cell["metadata"] = {}): Cell {
  return { cell_type: "code", id, metadata, source, outputs, execution_count: 1 };
}

export const shown = (mime: string, value: string): Output => ({
  output_type: "display_data",
  data: { [mime]: value },
  metadata: {},
});

export function notebook(...cells: Cell[]): Notebook {
  return { cells, metadata: { kernelspec: { name: "tslab" } }, nbformat: 4, nbformat_minor: 5 };
}

export const slide = (kind: string, tags?: string[]): Cell["metadata"] => ({
  slideshow: { slide_type: kind },
  ...(tags ? { tags } : {}),
});
