/**
 * A chapter's deck as a talk: an outline of slides, each made of cells of the executed notebook,
 * picked by id, in the order the talk needs them (the question that opens it comes from a cell
 * the notebook runs later). The outline holds no words: every headline, picture, sentence and
 * note is a cell of the notebook, so both editions (the same cells, the same ids) give the same
 * talk in their own language, and every number on a slide comes from the run.
 *
 * Headlines: a heading cell gives its heading; a cell tagged `headline` (a narration made for a
 * slide) gives its run's claim, so a result slide is headed by the reading of this run.
 * Notes: every slide names a speaker-notes cell (slide type "notes").
 */
import { narrationLead } from "./narrationLead";
import { tagsOf, text, type Cell, type Notebook } from "./notebook";

/**
 * A narration on a talk's slide shows its lead up to this many words, the rest going to the
 * slide's notes: a slide holds at most 40 words of prose, its headline's among them.
 */
export const TALK_NARRATION_WORDS = 25;

/** How a slide is laid out (the deck's style sheet reads it from the slide's data-lu-slide). */
export type SlideKind =
  /** The chapter's title, its promise and what this run was. */
  | "title"
  /** The chapter's question, with this run's numbers, large. */
  | "question"
  /** A headline and one picture (a chart, a table, a widget, code): the picture fills the slide. */
  | "picture"
  /** A headline and a few sentences or a short list. */
  | "words"
  /** The takeaway: at most three points, and what comes next. */
  | "takeaway";

/** Something a slide shows: a cell by id, or the cell with how to show it. */
export type Shown =
  | string
  | {
      cell: string;
      /** "output": what the cell made (the default for code); "code": its code and what it made. */
      as?: "output" | "code";
      /** Revealed on the next key press. */
      fragment?: boolean;
    };

export interface TalkSlide {
  kind: SlideKind;
  /** A heading cell, or a cell tagged `headline` whose output is the claim. */
  headline: string;
  show?: Shown[];
  /** A speaker-notes cell: what to say, what to ask. */
  notes: string;
}

export interface Talk {
  /** The notebook it is the talk of: "01-the-race". */
  notebook: string;
  slides: TalkSlide[];
}

/** A talk's outline refers to a cell the notebook does not have, or uses one wrongly. */
export class TalkError extends Error {}

const HEADING = /^(#{1,6})\s+(.*)$/m;

function cellIn(nb: Notebook, id: string, talk: string): Cell {
  const cell = nb.cells.find((c) => c.id === id);
  if (!cell) throw new TalkError(`the talk ${talk} shows cell ${JSON.stringify(id)}, which its notebook lacks`);
  return cell;
}

/** The headline's text: a heading cell's heading, or a headline cell's one-line output. */
export function headlineOf(cell: Cell, talk: string): { text: string; rest: string } {
  if (cell.cell_type === "markdown") {
    const source = text(cell.source);
    const heading = HEADING.exec(source);
    if (!heading) throw new TalkError(`${talk}: the headline cell ${cell.id ?? "?"} has no heading`);
    return { text: heading[2]!.trim(), rest: source.replace(heading[0], "").trim() };
  }
  if (!tagsOf(cell).includes("headline")) {
    throw new TalkError(`${talk}: the headline cell ${cell.id ?? "?"} is code not tagged headline`);
  }
  const said = (cell.outputs ?? []).map((o) => o.data?.["text/markdown"]).find((m) => m !== undefined);
  if (said === undefined) throw new TalkError(`${talk}: the headline cell ${cell.id ?? "?"} said nothing`);
  return { text: text(said as string | string[]).trim(), rest: "" };
}

const slideType = (type: string, data?: Record<string, string>) => ({
  slideshow: data ? { slide_type: type, data } : { slide_type: type },
});

/**
 * The deck of `nb` as `talk` outlines it: for each slide a heading cell, the cells it shows and
 * its notes. Every cell appears once in a deck; an id the notebook lacks, a headline that is not
 * one, notes that are not notes, are refused (TalkError), not skipped.
 */
export function composeDeck(nb: Notebook, talk: Talk): Cell[] {
  const used = new Set<string>();
  const take = (id: string): Cell => {
    if (used.has(id)) throw new TalkError(`the talk ${talk.notebook} shows cell ${JSON.stringify(id)} twice`);
    used.add(id);
    return structuredClone(cellIn(nb, id, talk.notebook));
  };
  const cells: Cell[] = [];
  talk.slides.forEach((slide, index) => {
    const source = take(slide.headline);
    const headline = headlineOf(source, talk.notebook);
    const level = slide.kind === "title" ? "#" : "##";
    cells.push({
      cell_type: "markdown",
      id: `${talk.notebook}-slide-${index + 1}`,
      metadata: slideType("slide", { lu_slide: slide.kind }),
      source: [`${level} ${headline.text}`, headline.rest].filter(Boolean).join("\n\n"),
    });
    const rests: string[] = [];
    for (const shown of slide.show ?? []) {
      const { cell: id, as, fragment } = typeof shown === "string" ? { cell: shown } : shown;
      const cell = take(id);
      const code = as === "code" || (as === undefined && tagsOf(cell).includes("teach"));
      if (cell.cell_type === "code" && !code) cell.metadata.transient = { ...cell.metadata.transient, remove_source: true };
      cell.metadata = { ...cell.metadata, ...slideType(fragment ? "fragment" : "-") };
      if (tagsOf(cell).includes("narration")) rests.push(...leadOnly(cell));
      cells.push(cell);
    }
    const notes = take(slide.notes);
    if (notes.cell_type !== "markdown" || notes.metadata.slideshow?.slide_type !== "notes") {
      throw new TalkError(`${talk.notebook}: slide ${index + 1}'s notes ${slide.notes} is not a speaker-notes cell`);
    }
    // One notes cell per slide (reveal.js's speaker view shows a slide's first notes only): the
    // lecturer's notes, then the rest of each narration the slide shows only the lead of.
    notes.source = [text(notes.source), ...rests].join("\n\n");
    cells.push(notes);
  });
  return cells;
}

/** Cuts a narration cell's Markdown to its lead, in place; returns what it cut off. */
function leadOnly(cell: Cell): string[] {
  const rests: string[] = [];
  for (const output of cell.outputs ?? []) {
    const markdown = output.data?.["text/markdown"];
    if (markdown === undefined || !output.data) continue;
    const { lead, rest } = narrationLead(text(markdown as string | string[]), TALK_NARRATION_WORDS);
    output.data["text/markdown"] = lead;
    if (rest) rests.push(rest);
  }
  return rests;
}
