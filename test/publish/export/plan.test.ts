import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, test } from "node:test";
import { REVEAL_FILES, makePlan } from "../../../src/publish/export/plan";
import { ISOLATION_WORKER, LIVE_FILES, LIVE_FOLDER } from "../../../src/publish/site/layout";
import { FIXTURE_NOTEBOOKS } from "../../helpers/jupyter";

const scratch = mkdtempSync(path.join(tmpdir(), "plan-"));
after(() => rmSync(scratch, { recursive: true, force: true }));

describe("the export plan of the fixture lesson", () => {
  const plan = makePlan(["--notebooks", FIXTURE_NOTEBOOKS, "--out", path.join(scratch, "out")]);

  test("every edition's notebooks, edition by edition, each from its source to its files", () => {
    assert.deepEqual(
      plan.entries.map((e) => [e.edition, path.relative(FIXTURE_NOTEBOOKS, e.source), e.html, e.reveal]),
      [
        ["en", "01-first.ipynb", "01-first.html", "reveal.js"],
        ["en", "02-second.ipynb", "02-second.html", "reveal.js"],
        ["ko", path.join("ko", "01-first.ipynb"), "ko/01-first.html", "../reveal.js"],
      ],
    );
  });

  test("one kernel per notebook, running its editions in turn", () => {
    assert.deepEqual(plan.kernels, [[0, 2], [1]]);
  });

  test("twin links only where the other edition holds the same notebook", () => {
    assert.deepEqual(
      plan.entries.map((e) => e.navigation.twins.map((t) => t.page)),
      [["ko/01-first.html"], [], ["../01-first.html"]],
    );
  });

  test("the manifest and the contents page list every entry once, in the plan's order", () => {
    assert.deepEqual(plan.manifest, [
      { run: 0, kept: null },
      { run: 1, kept: null },
      { run: 2, kept: null },
    ]);
    assert.deepEqual(
      plan.contents.editions.map((e) => e.entries.map((x) => x.html)),
      [["01-first.html", "02-second.html"], ["ko/01-first.html"]],
    );
  });

  test("reveal.js's files come from node_modules, into the export's reveal.js/; the live race's from the build, into live/", () => {
    assert.deepEqual(
      plan.assets.map(([, to]) => to),
      [...REVEAL_FILES.map((part) => `reveal.js/${part}`), ...LIVE_FILES.map((file) => `${LIVE_FOLDER}/${file}`), ISOLATION_WORKER],
    );
    const built = plan.assets.filter(([, to]) => to.startsWith(`${LIVE_FOLDER}/`)).map(([from]) => from);
    assert.ok(
      built.every((from) => from.includes(path.join("dist", "browser"))),
      built.join(", "),
    );
  });
});
