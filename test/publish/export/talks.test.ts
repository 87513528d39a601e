// The lesson's talks, read against both editions' notebooks before anything runs: each outline
// names cells the notebooks have, in the shape of a talk (a title, a question, 12 to 20 slides,
// a takeaway), with notes a lecturer can speak from and nothing on a slide a student does not need.
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import path from "node:path";
import { describe, test } from "node:test";
import * as lesson from "../../../src/index";
import { text, type Cell, type Notebook } from "../../../src/publish/export/notebook";
import { TALKS, talkOf } from "../../../src/publish/export/talks";
import type { Shown, Talk } from "../../../src/publish/export/talk";
import { NOTEBOOKS_DIR, readNotebook } from "../../helpers/jupyter";

const EDITIONS = [
  { lang: "en", dir: NOTEBOOKS_DIR, say: /^Say: /, ask: /\nAsk( [^:]*)?: .*\?/ },
  { lang: "ko", dir: path.join(NOTEBOOKS_DIR, "ko"), say: /^설명: /, ask: /\n질문: .*\?/ },
];

/** Words a slide must not show: the plumbing of the lesson, not the lesson. */
const PLUMBING: { pattern: RegExp; why: string }[] = [
  { pattern: /\bsrc\//, why: "a path in the project" },
  { pattern: /\bP\.\w/, why: "a parameter as code (P.…)" },
  { pattern: /npm run/, why: "a command (only the live and class slides may name one)" },
  { pattern: /\bseed\b|시드/i, why: 'the seed: say "the book"' },
  { pattern: /\b[Nn]otebook \d|노트북 \d/, why: 'a notebook by number: say "part N"' },
  { pattern: /\b(below|above)\b|(아래|위)(에|의)? ?(표|차트|그림|셀|문장)/, why: "a pointer to another part of the page" },
  { pattern: /\(main, .*\) \[/, why: "an interpreter's banner" },
];
/** Internal names: every function and class the lesson's index exports, but those a slide's code shows. */
const INTERNAL = Object.keys(lesson).filter((name) => /^[a-z][a-zA-Z]+[A-Z]\w*$|^[A-Z][a-z]+[A-Z]\w*$/.test(name));

const id = (shown: Shown) => (typeof shown === "string" ? shown : shown.cell);
const cellOf = (nb: { cells: Cell[] }, cellId: string) => nb.cells.find((c) => c.id === cellId);
const fences = (markdown: string) => [...markdown.matchAll(/```\w*\n([\s\S]*?)```/g)].map((m) => m[1]!);
const visible = (markdown: string) =>
  markdown
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/```[\s\S]*?```/g, "")
    .replace(/<svg[\s\S]*?<\/svg>/g, "");

function notebookOf(dir: string, talk: Talk): Notebook | undefined {
  const file = path.join(dir, `${talk.notebook}.ipynb`);
  return existsSync(file) ? (readNotebook(file) as unknown as Notebook) : undefined;
}

test("every lesson notebook has its talk", () => {
  for (const name of ["01-the-race", "02-the-lock", "03-distributions", "04-gil-and-the-event-loop"]) {
    assert.ok(talkOf(`${name}.ipynb`), `${name} has no talk in src/publish/export/talks/`);
  }
});

for (const talk of TALKS) {
  describe(`the talk of ${talk.notebook}`, () => {
    test("has the shape of a talk: a title, its question, 12 to 20 slides, a takeaway last", () => {
      const kinds = talk.slides.map((s) => s.kind);
      assert.ok(kinds.length >= 12 && kinds.length <= 20, `${kinds.length} slides`);
      assert.equal(kinds[0], "title");
      assert.equal(kinds[1], "question", "the slide after the title asks the chapter's question");
      assert.equal(kinds.at(-1), "takeaway");
      assert.equal(kinds.filter((k) => k === "title" || k === "question" || k === "takeaway").length, 3);
    });

    for (const edition of EDITIONS) {
      const nb = notebookOf(edition.dir, talk);
      if (!nb) continue;
      test(`${edition.lang}: every cell it shows is the notebook's, once, of the right kind`, () => {
        const used = talk.slides.flatMap((s) => [s.headline, ...(s.show ?? []).map(id), s.notes]);
        assert.deepEqual(
          used.filter((u) => !cellOf(nb, u)),
          [],
          "cells the notebook lacks",
        );
        assert.equal(new Set(used).size, used.length, "a cell shown twice");
        for (const slide of talk.slides) {
          const headline = cellOf(nb, slide.headline)!;
          if (headline.cell_type === "markdown") assert.match(text(headline.source), /^#{1,6} /, `${slide.headline}: a heading`);
          else assert.ok(headline.metadata.tags?.includes("headline"), `${slide.headline}: a headline cell`);
          assert.equal(cellOf(nb, slide.notes)!.metadata.slideshow?.slide_type, "notes", `${slide.notes}: speaker notes`);
        }
        const headlines = nb.cells.filter((c) => c.metadata.tags?.includes("headline")).map((c) => c.id);
        assert.deepEqual(
          headlines.filter((h) => !used.includes(h!)),
          [],
          "headline cells no slide uses",
        );
      });

      test(`${edition.lang}: notes on every slide, written for the lecturer`, () => {
        for (const slide of talk.slides) {
          const notes = text(cellOf(nb, slide.notes)!.source);
          assert.match(notes, edition.say, `${slide.notes}: starts with what to say`);
          assert.match(notes, edition.ask, `${slide.notes}: asks the room a question`);
          assert.doesNotMatch(
            notes,
            /parameters cell|re-?run (the|this) (cell|notebook)|run the (cell|notebook)|매개변수 셀|셀을 (다시 )?실행|노트북을 다시/,
            `${slide.notes}: a notebook instruction in a deck's notes`,
          );
        }
      });

      test(`${edition.lang}: nothing on a slide a student does not need; code short enough to read`, () => {
        for (const [index, slide] of talk.slides.entries()) {
          const cells = [slide.headline, ...(slide.show ?? []).map(id)].map((c) => cellOf(nb, c)!);
          const where = `slide ${index + 1} (${slide.headline})`;
          const shownCode = cells
            .flatMap((c) => (c.cell_type === "markdown" ? fences(text(c.source)) : [text(c.source)]))
            .join("\n");
          for (const cell of cells.filter((c) => c.cell_type === "markdown")) {
            const words = visible(text(cell.source));
            for (const { pattern, why } of PLUMBING) {
              assert.doesNotMatch(words, pattern, `${where}, ${cell.id}: ${why}`);
            }
            for (const name of INTERNAL) {
              if (shownCode.includes(name)) continue;
              assert.ok(!new RegExp(`\\b${name}\\b`).test(words), `${where}, ${cell.id}: the internal name ${name}`);
            }
            for (const code of fences(text(cell.source))) {
              assert.ok(code.trimEnd().split("\n").length <= 12, `${where}, ${cell.id}: code over 12 lines`);
            }
          }
          for (const cell of cells.filter((c) => c.cell_type === "code" && c.metadata.tags?.includes("teach"))) {
            assert.ok(text(cell.source).split("\n").length <= 12, `${where}, ${cell.id}: code over 12 lines`);
          }
        }
      });

      test(`${edition.lang}: the takeaway holds at most three points, and what comes next`, () => {
        const takeaway = text(cellOf(nb, talk.slides.at(-1)!.headline)!.source);
        const points = takeaway.split("\n").filter((line) => /^(-|\d+\.) /.test(line));
        assert.ok(points.length >= 1 && points.length <= 3, `${points.length} points`);
        assert.match(takeaway, /\]\(\d\d-[\w-]+\.ipynb\)/, "a link to the next part");
      });
    }
  });
}
