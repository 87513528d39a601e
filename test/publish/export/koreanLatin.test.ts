// The Korean edition as exported, read as a reader reads it (tools/koreanProse.ts: pages,
// decks and notes, tables and chart descriptions, code left out): at most a handful of Latin
// words outside code, each one listed when the count is over. `npm run bench -- korean`
// prints the same count for any export.
import { test } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { DESCRIPTION, readText } from "../../../src/lesson/show/charts/pngText";
import { latinWords, readerTexts, type ReadNotebook } from "../../../tools/koreanProse";
import { exportOnce, readNotebook, skipWithoutVenv } from "../../helpers/jupyter";

/** The bound (28): the Korean pages, slides and notes hold at most this many. */
const AT_MOST = 6;

test(
  "the Korean pages, slides and notes hold at most a handful of Latin words outside code",
  { skip: skipWithoutVenv ?? false },
  async () => {
    const result = await exportOnce();
    const korean = result.all.filter((e) => e.edition === "ko");
    assert.ok(korean.length > 0, "the export has a Korean edition");
    const found = korean.flatMap((entry) => {
      const nb = readNotebook(path.join(result.outDir, entry.ipynb)) as unknown as ReadNotebook;
      return readerTexts(nb, (png) => readText(png, DESCRIPTION)).flatMap(({ cell, text }) =>
        latinWords(text).map((w) => `${entry.notebook} ${cell}: ${w}`),
      );
    });
    assert.ok(found.length <= AT_MOST, `${found.length} Latin words outside code:\n${found.join("\n")}`);
  },
);
