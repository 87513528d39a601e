// The Korean edition can never drift from the English one: the same cells in the same order,
// with the same ids, tags, slides and code (only the language value and the comments
// differ, and every comment is Korean), the same headings and links, and prose that is Korean.
import assert from "node:assert/strict";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { NOTEBOOKS_DIR, readNotebook, type Notebook } from "../helpers/jupyter";

const EDITIONS = ["ko"];
const english = readdirSync(NOTEBOOKS_DIR)
  .filter((n) => /^\d\d-.*\.ipynb$/.test(n))
  .sort();
const text = (source: string | string[]) => (Array.isArray(source) ? source.join("") : source);

/** Headings outside code fences, as "##" markers, in order. */
function headings(nb: Notebook): string[] {
  return nb.cells
    .filter((c) => c.cell_type === "markdown")
    .flatMap((c) =>
      text(c.source)
        .replace(/```[\s\S]*?```/g, "")
        .split("\n"),
    )
    .filter((line) => /^#{1,6} /.test(line))
    .map((line) => line.split(" ")[0]!);
}

/** A line of code without its // comment (a // inside a string is code). */
function splitComment(line: string): { code: string; comment: string } {
  let quote: string | null = null;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quote) {
      if (ch === "\\") i++;
      else if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'" || ch === "`") quote = ch;
    else if (ch === "/" && line[i + 1] === "/") return { code: line.slice(0, i).trimEnd(), comment: line.slice(i) };
  }
  return { code: line, comment: "" };
}

const links = (nb: Notebook) =>
  nb.cells.flatMap((c) => [...text(c.source).matchAll(/\]\(([^)\s]+\.ipynb)\)/g)].map((m) => m[1]));

for (const lang of EDITIONS) {
  const dir = path.join(NOTEBOOKS_DIR, lang);

  test(`notebooks/${lang}/ has a twin of every English notebook, and nothing else`, () => {
    assert.ok(existsSync(dir), `no notebooks/${lang}/`);
    assert.deepEqual(
      readdirSync(dir)
        .filter((n) => n.endsWith(".ipynb"))
        .sort(),
      english,
    );
  });

  for (const name of english) {
    test(`${lang}/${name} has the English notebook's cells, code, headings and links`, () => {
      const en = readNotebook(path.join(NOTEBOOKS_DIR, name));
      const twin = readNotebook(path.join(dir, name));
      assert.deepEqual(
        twin.cells.map((c) => `${c.cell_type}:${c.id}`),
        en.cells.map((c) => `${c.cell_type}:${c.id}`),
        "the same cells, in the same order, with the same ids",
      );
      assert.deepEqual(twin.metadata, en.metadata);
      en.cells.forEach((cell, i) => {
        const other = twin.cells[i]!;
        assert.deepEqual(other.metadata, cell.metadata, `${cell.id}: tags, slide type and collapsed state`);
        if (cell.cell_type === "code") {
          const source = text(cell.source);
          const expected = source.replace(/lang: "en"/, `lang: "${lang}"`);
          if (cell.metadata.tags?.includes("parameters"))
            assert.notEqual(expected, source, "the parameters cell sets lang");
          const mine = expected.split("\n").map(splitComment);
          const theirs = text(other.source).split("\n").map(splitComment);
          assert.deepEqual(
            theirs.map((l) => l.code),
            mine.map((l) => l.code),
            `${cell.id}: the same code but the language and the comments`,
          );
          mine.forEach((line, j) => {
            if (line.comment === "")
              return assert.equal(theirs[j]!.comment, "", `${cell.id}: a comment the English has not`);
            assert.match(
              theirs[j]!.comment,
              /[\uac00-\ud7a3]/,
              `${cell.id}: a comment left in English: ${theirs[j]!.comment}`,
            );
          });
        } else if (prose(text(cell.source)) === "") {
          // An excerpt of the project's code alone (a fence, and the comment naming its file): the
          // same code in every edition, its comments in the edition's language.
          const code = (markdown: string) => markdown.replace(/\s+(?:#|\/\/) .*$/gm, "");
          assert.equal(
            code(text(other.source)),
            code(text(cell.source)),
            `${cell.id}: an excerpt differs between editions`,
          );
        } else {
          assert.match(text(other.source), /[\uac00-\ud7a3]/, `${cell.id}: the ${lang} prose is not in Korean`);
          assert.notEqual(text(other.source), text(cell.source), `${cell.id}: not translated`);
        }
      });
      assert.deepEqual(headings(twin), headings(en), "the same headings");
      assert.deepEqual(links(twin), links(en), "the same links to the other notebooks");
    });
  }
}

/** A Markdown cell's prose: without its code fences and HTML comments. */
function prose(markdown: string): string {
  return markdown
    .replace(/```[\s\S]*?```/g, "")
    .replace(/<!--[\s\S]*?-->/g, "")
    .trim();
}
