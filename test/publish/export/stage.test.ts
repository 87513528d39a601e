// The export's second half in TypeScript: from the plan and the executed notebooks, the views
// nbconvert renders, and every other file of the export, without a kernel.
import assert from "node:assert/strict";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, test } from "node:test";
import { contentsHtml } from "../../../src/publish/export/contents";
import { readNotebookFile } from "../../../src/publish/export/notebook";
import { makePlan } from "../../../src/publish/export/plan";
import { fillStage, manifestOf, VIEWS_FOLDER } from "../../../src/publish/export/stage";
import { FIXTURE_NOTEBOOKS } from "../../helpers/jupyter";

const scratch = mkdtempSync(path.join(tmpdir(), "export-stage-"));
after(() => rmSync(scratch, { recursive: true, force: true }));

/** A stage as export.py leaves it: every entry's notebook (the fixture's, as if executed) in place. */
function staged(out: string, argv: string[] = []) {
  const plan = makePlan(["--notebooks", FIXTURE_NOTEBOOKS, "--out", out, ...argv]);
  const stage = `${out}.partial-test`;
  for (const entry of plan.entries) {
    mkdirSync(path.dirname(path.join(stage, entry.ipynb)), { recursive: true });
    cpSync(entry.source, path.join(stage, entry.ipynb));
  }
  return { plan, stage };
}

test("every entry gets a page and a deck view to render, each where the plan puts its HTML", () => {
  const { plan, stage } = staged(path.join(scratch, "views"));
  const runs = plan.entries.map((_, i) => ({ seconds: 1.234 + i, problems: [] }));
  const jobs = fillStage({ plan, stage, runs });
  assert.deepEqual(
    jobs.map((j) => [j.template, path.relative(stage, j.target), j.lang, j.reveal]),
    plan.entries.flatMap((e) => [
      ["page", e.html, e.edition, e.reveal],
      ["deck", e.slides, e.edition, e.reveal],
    ]),
  );
  for (const job of jobs) {
    assert.equal(path.dirname(job.view), path.join(stage, VIEWS_FOLDER));
    const view = readNotebookFile(job.view);
    const target = path.relative(stage, job.target);
    const entry = plan.entries.find((e) => (job.template === "page" ? e.html : e.slides) === target)!;
    assert.equal(view.metadata.title, entry.title);
    assert.deepEqual(job.lesson, { ...entry.navigation, live: null }, "the fixture holds nothing live");
  }
  assert.equal(new Set(jobs.map((j) => j.view)).size, jobs.length, "no two views share a file");
});

test("the stage gets reveal.js, the live scripts, the contents page and the manifest", () => {
  const { plan, stage } = staged(path.join(scratch, "files"));
  const runs = plan.entries.map((_, i) => ({ seconds: 2 + i / 1000, problems: i === 0 ? ["cell 3: stderr: no"] : [] }));
  fillStage({ plan, stage, runs });
  for (const [, to] of plan.assets) assert.ok(existsSync(path.join(stage, to)), to);
  assert.equal(readFileSync(path.join(stage, "index.html"), "utf8"), contentsHtml(plan.contents));
  const manifest = JSON.parse(readFileSync(path.join(stage, "manifest.json"), "utf8")) as unknown[];
  assert.deepEqual(manifest, manifestOf(plan, runs));
  assert.deepEqual(manifest[0], {
    edition: "en",
    notebook: plan.entries[0]!.notebook,
    title: plan.entries[0]!.title,
    html: plan.entries[0]!.html,
    slides: plan.entries[0]!.slides,
    ipynb: plan.entries[0]!.ipynb,
    seconds: 2,
    problems: ["cell 3: stderr: no"],
  });
});

test("an export of one edition keeps the other edition's files from the last export", () => {
  const out = path.join(scratch, "kept");
  // The last export: English files listed in its manifest.
  const last = makePlan(["--notebooks", FIXTURE_NOTEBOOKS, "--out", out]);
  mkdirSync(out, { recursive: true });
  const english = last.entries.filter((e) => e.edition === "en");
  for (const e of english) for (const file of [e.html, e.slides, e.ipynb]) writeFileSync(path.join(out, file), `last ${file}`);
  writeFileSync(path.join(out, "manifest.json"), JSON.stringify(english.map(({ source, reveal, navigation, ...kept }) => kept)));
  const { plan, stage } = staged(out, ["--lang", "ko"]);
  assert.ok(plan.entries.every((e) => e.edition === "ko"));
  fillStage({ plan, stage, runs: plan.entries.map(() => ({ seconds: 1, problems: [] })) });
  for (const e of english) assert.equal(readFileSync(path.join(stage, e.html), "utf8"), `last ${e.html}`);
  const manifest = JSON.parse(readFileSync(path.join(stage, "manifest.json"), "utf8")) as { edition: string }[];
  assert.deepEqual(
    manifest.map((m) => m.edition),
    [...english.map(() => "en"), ...plan.entries.map(() => "ko")],
  );
});
