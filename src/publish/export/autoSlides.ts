/**
 * A stopgap deck for a notebook whose cells carry no slide types yet (a lecturer's new notebook):
 * a slide per heading and per chart, prose that follows an output on a slide below it, narration
 * as fragments. Any slide type in the notebook means its author decides instead.
 */
import { tagsOf, text, type Cell, type Notebook } from "./notebook";

const HEADING = /^#{1,3}\s/;

function hasImage(cell: Cell): boolean {
  return (cell.outputs ?? []).some((o) => o.data?.["image/png"] !== undefined || o.data?.["image/svg+xml"] !== undefined);
}

/** Gives every cell of `nb` a slide type, in place, unless some cell already has one. */
export function autoSlides(nb: Notebook): void {
  if (nb.cells.some((cell) => cell.metadata.slideshow?.slide_type !== undefined)) return;
  let previous: Cell | undefined;
  for (const cell of nb.cells) {
    let kind = "-";
    if ((cell.cell_type === "markdown" && HEADING.test(text(cell.source))) || (cell.cell_type === "code" && hasImage(cell))) {
      kind = "slide";
    } else if (tagsOf(cell).includes("narration")) {
      kind = "fragment";
    } else if (cell.cell_type === "markdown" && previous?.cell_type === "code") {
      kind = "subslide";
    }
    cell.metadata.slideshow = { ...cell.metadata.slideshow, slide_type: kind };
    previous = cell;
  }
}
