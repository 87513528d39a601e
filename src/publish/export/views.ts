/**
 * The two views of one executed notebook: the page (the chapter, for reading) and the deck (the
 * talk, for presenting). Each is the executed notebook with the export's decisions applied,
 * written out for nbconvert, which renders it through the lesson's templates
 * (jupyter/templates/lesson, lesson-slides) and decides nothing.
 *
 * Both views: links go to pages or to decks, charts carry their own alt text, and a narration
 * cell shows its sentence, not the call that made it.
 * The page keeps every cell's code and leaves the speaker notes out.
 * The deck is the chapter's talk (talk.ts): the slides its outline composes from the run's cells,
 * plumbing left out (a progress bar, marked data-lu-plumbing), a long narration's lead on the
 * slide and the rest in the speaker notes.
 */
import { describeImages } from "./altText";
import { autoSlides } from "./autoSlides";
import { rewriteNotebookLinks } from "./links";
import { narrationLead } from "./narrationLead";
import { composeDeck, type Talk } from "./talk";
import { copyNotebook, slideTypeOf, tagsOf, text, type Cell, type Notebook, type Output } from "./notebook";

export const PAGE_EXTENSION = ".html";
export const DECK_EXTENSION = ".slides.html";

/** The mark that src/lesson/show/progress.ts puts on a progress bar's output. */
export const PLUMBING = "data-lu-plumbing";

/** The marks of what the live script brings to life (src/lesson/show/liveRace.ts, liveEventLoop.ts, classSlide.ts). */
export const LIVE_MARKS = ["data-lu-live", "data-lu-event-loop", "data-lu-class"] as const;

/** Whether a view holds a live part, and so needs the live script loaded. */
export function needsLiveScript(view: Notebook): boolean {
  return view.cells.some((cell) =>
    (cell.outputs ?? []).some((output) => {
      const html = output.data?.["text/html"];
      return html !== undefined && LIVE_MARKS.some((mark) => text(html as string | string[]).includes(mark));
    }),
  );
}

function hideInput(cell: Cell): void {
  cell.metadata.transient = { ...cell.metadata.transient, remove_source: true };
}

/** What both views share: `nb` copied, titled, its links and alt texts set, narration inputs hidden. */
function common(nb: Notebook, title: string, extension: string): Notebook {
  const view = copyNotebook(nb);
  view.metadata.title = title;
  rewriteNotebookLinks(view, extension);
  describeImages(view);
  for (const cell of view.cells) if (tagsOf(cell).includes("narration")) hideInput(cell);
  return view;
}

/**
 * The page: the whole chapter, without the lecturer's notes and without the slides' headlines
 * (a headline restates, as a slide's claim, a reading the page already has in full).
 */
export function pageView(nb: Notebook, title: string): Notebook {
  const view = common(nb, title, PAGE_EXTENSION);
  view.cells = view.cells.filter((cell) => slideTypeOf(cell) !== "notes" && !tagsOf(cell).includes("headline"));
  return view;
}

function isPlumbing(output: Output): boolean {
  const html = output.data?.["text/html"];
  return output.output_type === "display_data" && html !== undefined && text(html as string | string[]).includes(PLUMBING);
}

/**
 * On slides a long narration shows its lead; the rest follows it as a speaker-notes cell, so the
 * lecturer still has every sentence of this run (key S) and the hall reads a slide, not a page.
 */
function leadsOnSlides(cells: Cell[]): Cell[] {
  return cells.flatMap((cell) => {
    if (!tagsOf(cell).includes("narration")) return [cell];
    const notes: Cell[] = [];
    for (const [index, output] of (cell.outputs ?? []).entries()) {
      const markdown = output.data?.["text/markdown"];
      if (markdown === undefined || !output.data) continue;
      const { lead, rest } = narrationLead(text(markdown as string | string[]));
      if (!rest) continue;
      output.data["text/markdown"] = lead;
      notes.push({
        cell_type: "markdown",
        id: `${cell.id ?? "narration"}-notes-${index}`,
        metadata: { slideshow: { slide_type: "notes" } },
        source: rest,
      });
    }
    return [cell, ...notes];
  });
}

/**
 * The deck: the talk made from the same run. A chapter with a talk (talks/) is composed as its
 * outline says; any other notebook is cut along its cells' slide types (a slide per heading and
 * per chart when it has none).
 */
export function deckView(nb: Notebook, title: string, talk?: Talk): Notebook {
  const view = common(nb, title, DECK_EXTENSION);
  if (talk) {
    view.cells = composeDeck(view, talk);
  } else {
    autoSlides(view);
    for (const cell of view.cells) if (cell.cell_type === "code" && !tagsOf(cell).includes("teach")) hideInput(cell);
    view.cells = leadsOnSlides(view.cells);
  }
  for (const cell of view.cells) if (cell.outputs) cell.outputs = cell.outputs.filter((output) => !isPlumbing(output));
  return view;
}
