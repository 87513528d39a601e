// Shared by the tests that need Jupyter: where things are, whether .venv exists,
// and one export of all notebooks per `npm test` run (exportOnce), which notebook
// tests reuse to check their key outputs without executing the notebooks again;
// likewise one export of the fixture lesson in test/fixtures/export (fixtureExportOnce).
import { execFile } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

// Compiled to dist/test/helpers/jupyter.js, three levels below the project.
export const ROOT = path.resolve(__dirname, "../../..");
export const NOTEBOOKS_DIR = path.join(ROOT, "notebooks");
export const VENV = path.join(ROOT, ".venv");
export const VENV_PYTHON = path.join(VENV, "bin", "python");
export const VENV_JUPYTER = path.join(VENV, "bin", "jupyter");
/** A small lesson whose cells carry the slide conventions, in English and (one notebook) Korean. */
export const FIXTURE_NOTEBOOKS = path.join(ROOT, "test", "fixtures", "export", "notebooks");

/** Why the Jupyter tests can't run here, or undefined when they can. */
export const skipWithoutVenv: string | undefined = existsSync(VENV_JUPYTER)
  ? undefined
  : ".venv is missing: run `bash scripts/setup.sh` first (CI does)";

/** Environment for Jupyter processes: the project's kernel spec comes first. */
export function jupyterEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const own = path.join(VENV, "share", "jupyter");
  const jupyterPath = [own, process.env.JUPYTER_PATH].filter(Boolean).join(path.delimiter);
  return { ...process.env, JUPYTER_PATH: jupyterPath, ...extra };
}

/** The lesson notebooks in reading order (notebooks/NN-*.ipynb). */
export function lessonNotebooks(dir = NOTEBOOKS_DIR): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => /^\d\d-.*\.ipynb$/.test(name))
    .sort();
}

export interface ExportEntry {
  edition: string; // "en", "ko": the edition's language
  notebook: string; // "01-the-race.ipynb"
  title: string; // first markdown heading
  html: string; // the page, relative to outDir ("01-the-race.html", "ko/01-the-race.html")
  slides: string; // the deck, relative to outDir
  ipynb: string; // the executed notebook, relative to outDir
  seconds: number;
  problems: string[];
}

export interface ExportResult {
  outDir: string;
  code: number;
  stdout: string;
  stderr: string;
  /** The English edition's notebooks, in order. */
  entries: ExportEntry[];
  /** Every edition's, English first (manifest.json). */
  all: ExportEntry[];
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs scripts/export.py with the given arguments (and environment variables); never rejects. */
export function runExport(
  args: string[],
  timeoutMs = 10 * 60_000,
  env: Record<string, string> = {},
): Promise<RunResult> {
  return new Promise((resolve) => {
    execFile(
      VENV_PYTHON,
      [path.join(ROOT, "scripts", "export.py"), ...args],
      { cwd: ROOT, env: jupyterEnv(env), timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

const memos = new Map<string, Promise<ExportResult>>();

/**
 * Exports every notebook once per test run. node --test runs each test file in
 * its own process, all children of one runner, so the result is kept on disk
 * under the runner's pid; later files read it instead of executing again.
 */
export function exportOnce(): Promise<ExportResult> {
  return once("export", (outDir) => runExport(["--out", outDir]));
}

/**
 * Exports the fixture lesson once per test run, from a copy of test/fixtures/export/notebooks
 * (its notebooks leave files behind when they run) that finds this project's node_modules.
 */
export function fixtureExportOnce(): Promise<ExportResult & { notebooksDir: string }> {
  const notebooksDir = path.join(runDir(), "fixture", "notebooks");
  return once("fixture", (outDir) => {
    copyFixtureLesson(path.dirname(notebooksDir));
    // --threads 3: the fixture shows an override reaching its parameters cell.
    return runExport(["--notebooks", notebooksDir, "--out", outDir, "--threads", "3"]);
  }).then((result) => ({ ...result, notebooksDir }));
}

/** Copies the fixture lesson to `dir`/notebooks, with node_modules linked beside it. */
export function copyFixtureLesson(dir: string): string {
  const notebooks = path.join(dir, "notebooks");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(FIXTURE_NOTEBOOKS, notebooks, { recursive: true });
  // tslab resolves "lost-updates" from the notebook's folder upwards, as Node does.
  symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"));
  return notebooks;
}

function runDir(): string {
  return path.join(tmpdir(), "lost-updates-export", String(process.ppid));
}

function once(name: string, run: (outDir: string) => Promise<RunResult>): Promise<ExportResult> {
  if (!memos.has(name)) memos.set(name, exportForThisRun(name, run));
  return memos.get(name)!;
}

async function exportForThisRun(name: string, run: (outDir: string) => Promise<RunResult>): Promise<ExportResult> {
  const base = path.dirname(runDir());
  const outDir = path.join(runDir(), name === "export" ? "export" : path.join(name, "out"));
  const resultFile = path.join(runDir(), `${name}.json`);
  if (!existsSync(resultFile)) {
    removeDeadRuns(base);
    mkdirSync(runDir(), { recursive: true });
    writeFileSync(resultFile, JSON.stringify(await run(outDir)));
  }
  const result = JSON.parse(readFileSync(resultFile, "utf8")) as RunResult;
  const manifest = path.join(outDir, "manifest.json");
  const all = existsSync(manifest) ? (JSON.parse(readFileSync(manifest, "utf8")) as ExportEntry[]) : [];
  return { outDir, entries: all.filter((e) => e.edition === "en"), all, ...result };
}

function removeDeadRuns(base: string): void {
  if (!existsSync(base)) return;
  for (const pid of readdirSync(base)) {
    try {
      process.kill(Number(pid), 0);
    } catch {
      rmSync(path.join(base, pid), { recursive: true, force: true });
    }
  }
}

interface Output {
  output_type: string;
  name?: string;
  text?: string | string[];
  data?: Record<string, string | string[]>;
}
interface Cell {
  cell_type: string;
  id?: string;
  source: string | string[];
  metadata: { tags?: string[] } & Record<string, unknown>;
  outputs?: Output[];
  execution_count?: number | null;
}
export interface Notebook {
  cells: Cell[];
  metadata: { kernelspec?: { name?: string; language?: string; display_name?: string } } & Record<string, unknown>;
}

export function readNotebook(file: string): Notebook {
  return JSON.parse(readFileSync(file, "utf8")) as Notebook;
}

const joined = (text: string | string[] | undefined): string => (Array.isArray(text) ? text.join("") : (text ?? ""));

/**
 * The text each code cell of an executed notebook showed: stdout, stderr and
 * text/plain, text/html or text/markdown displays, in order. Index = position among code cells.
 */
export function cellTexts(nb: Notebook): string[] {
  return nb.cells
    .filter((cell) => cell.cell_type === "code")
    .map((cell) =>
      (cell.outputs ?? [])
        .map(
          (o) =>
            joined(o.text) +
            joined(o.data?.["text/plain"]) +
            joined(o.data?.["text/html"]) +
            joined(o.data?.["text/markdown"]),
        )
        .join(""),
    );
}

/** The executed copy of notebooks/NAME from exportOnce(), e.g. executedNotebook("01-the-race.ipynb"). */
export async function executedNotebook(name: string): Promise<Notebook> {
  const result = await exportOnce();
  return readNotebook(path.join(result.outDir, name));
}

/** What the code cell with this id showed (its text outputs joined, as cellTexts), and its PNG images. */
export function cellById(nb: Notebook, id: string): { text: string; pngs: Buffer[] } {
  const cell = nb.cells.find((c) => c.id === id);
  if (!cell) throw new Error(`no cell with id ${JSON.stringify(id)}`);
  if (cell.cell_type !== "code") throw new Error(`cell ${id} is ${cell.cell_type}, not code`);
  const text = cellTexts({ ...nb, cells: [cell] })[0]!; // one cell in, one text out
  const pngs = (cell.outputs ?? [])
    .map((o) => o.data?.["image/png"])
    .filter((png): png is string | string[] => png !== undefined)
    .map((png) => Buffer.from(joined(png), "base64"));
  return { text, pngs };
}
