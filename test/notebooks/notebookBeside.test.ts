// The pairings the numbers-beside test reads (test/lesson/narrate/beside.ts) are the notebooks'
// own: each narration cell calls its narrator, and each cell named beside it draws what the
// pairing says, in every edition. A notebook that moves a table away from its reading, or a
// pairing that names the wrong cell, fails here rather than leaving the generated test
// checking a pair no reader sees.
import { test } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { NOTEBOOKS_DIR, readNotebook } from "../helpers/jupyter";
import { PAIRINGS } from "../lesson/narrate/beside";

const source = (s: string | string[]) => (Array.isArray(s) ? s.join("") : s);

for (const edition of ["", "ko"]) {
  for (const pairing of PAIRINGS) {
    test(`${path.join(edition, pairing.notebook)}: ${pairing.narration} reads ${pairing.beside.map((b) => b.id).join(", ")}`, () => {
      const nb = readNotebook(path.join(NOTEBOOKS_DIR, edition, `${pairing.notebook}.ipynb`));
      const cell = (id: string) => {
        const found = nb.cells.find((c) => c.id === id);
        assert.ok(found, `no cell ${id}`);
        return found;
      };
      const narration = cell(pairing.narration);
      assert.ok(narration.metadata.tags?.includes("narration"), `${pairing.narration} is not a narration cell`);
      const name = pairing.narrator.split(".").pop()!;
      assert.match(
        source(narration.source),
        new RegExp(`\\btell\\.${name}\\(`),
        `${pairing.narration} calls tell.${name}`,
      );
      for (const beside of pairing.beside) {
        assert.ok(
          source(cell(beside.id).source).includes(`${beside.draws}(`),
          `${beside.id} should call ${beside.draws}(`,
        );
      }
    });
  }
}
