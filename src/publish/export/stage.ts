/**
 * The export's second half, after every notebook has run: scripts/export.py has written each
 * executed notebook into the stage folder (the export being built, beside the last one) and runs
 *   node dist/src/publish/export/stage.js
 * with {plan, stage, runs} on stdin: the plan it got from plan.ts, unchanged, and how each of
 * its entries ran. This fills the stage with everything but the rendered HTML: the page and deck
 * views of each run (views.ts) in the stage's .views/ folder, reveal.js and the live scripts,
 * the files an one-edition export keeps, the contents page and the manifest. It answers on
 * stdout with the render jobs, which export.py hands to nbconvert as they are, and then removes
 * .views/. Everything about the files is decided here; export.py only renders and swaps folders.
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { contentsHtml } from "./contents";
import { readNotebookFile, type Notebook } from "./notebook";
import type { Navigation } from "./pages";
import type { ExportEntry, ExportPlan } from "./plan";
import { talkOf } from "./talks";
import { deckView, needsLiveScript, pageView } from "./views";

/** How one notebook's run went, as export.py saw it. */
export interface RunOutcome {
  seconds: number;
  /** Stderr text and error outputs; empty when the notebook ran cleanly. */
  problems: string[];
}

export interface StageRequest {
  plan: ExportPlan;
  stage: string;
  /** By entry index: every entry of the plan ran (or failed) before this is called. */
  runs: RunOutcome[];
}

/** One HTML file for nbconvert to render: a view, its template and what the template shows around it. */
export interface RenderJob {
  /** The view notebook (JSON) to render, and the HTML file to write. */
  view: string;
  target: string;
  template: "page" | "deck";
  /** The page's language (<html lang>). */
  lang: string;
  /** Where a deck finds reveal.js, relative to it. */
  reveal: string;
  /** The navigation the templates show (resources.lesson). */
  lesson: Navigation;
}

export const VIEWS_FOLDER = ".views";

function writeJson(file: string, value: unknown): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(value, null, 1)}\n`);
}

/** The page and deck views of one executed entry, written for nbconvert, and their render jobs. */
function viewsOf(entry: ExportEntry, executed: Notebook, stage: string): RenderJob[] {
  const views = path.join(stage, VIEWS_FOLDER);
  const stem = entry.html.replace(/\.html$/, "").replaceAll("/", "-");
  const job = (template: RenderJob["template"], view: Notebook, target: string): RenderJob => {
    const file = path.join(views, `${stem}.${template}.ipynb`);
    writeJson(file, view);
    return {
      view: file,
      target: path.join(stage, target),
      template,
      lang: entry.edition,
      reveal: entry.reveal,
      // The live script only where the view holds something it brings to life.
      lesson: { ...entry.navigation, live: needsLiveScript(view) ? entry.navigation.live : null },
    };
  };
  return [job("page", pageView(executed, entry.title), entry.html), job("deck", deckView(executed, entry.title, talkOf(entry.notebook)), entry.slides)];
}

/** Every entry in the manifest's order: what this export ran (its seconds and problems) and what it kept. */
export function manifestOf(plan: ExportPlan, runs: readonly RunOutcome[]): unknown[] {
  return plan.manifest.flatMap(({ run, kept }) => {
    if (run !== null) {
      const { edition, notebook, title, html, slides, ipynb } = plan.entries[run]!;
      const outcome = runs[run]!;
      return [{ edition, notebook, title, html, slides, ipynb, seconds: Math.round(outcome.seconds * 100) / 100, problems: outcome.problems }];
    }
    return kept === null ? [] : [plan.kept[kept]!];
  });
}

/** Fills `stage` (see the file's comment) and returns the render jobs. */
export function fillStage({ plan, stage, runs }: StageRequest): RenderJob[] {
  const jobs = plan.entries.flatMap((entry) => viewsOf(entry, readNotebookFile(path.join(stage, entry.ipynb)), stage));
  for (const [from, to] of plan.assets) cpSync(from, path.join(stage, to), { recursive: true, preserveTimestamps: true });
  for (const entry of plan.kept) {
    for (const file of [entry.html, entry.slides, entry.ipynb]) {
      cpSync(path.join(plan.out, file), path.join(stage, file), { preserveTimestamps: true });
    }
  }
  writeFileSync(path.join(stage, "index.html"), contentsHtml(plan.contents));
  writeFileSync(path.join(stage, "manifest.json"), `${JSON.stringify(manifestOf(plan, runs), null, 2)}\n`);
  return jobs;
}

if (require.main === module) {
  const request = JSON.parse(readFileSync(0, "utf8")) as StageRequest;
  process.stdout.write(`${JSON.stringify(fillStage(request))}\n`);
}
