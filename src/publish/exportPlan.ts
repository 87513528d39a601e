/**
 * What `npm run export` will do, decided before any kernel starts. scripts/export.py runs
 *   node dist/src/publish/exportPlan.js <its own arguments>
 * once and gets the plan as JSON on stdout: its options, the editions and their notebooks,
 * and the overrides for the kernels' environment. Refused input (an unknown flag, a bad
 * value, a flag without a value, an --out folder that is not an export): exit code 2 and
 * one line on stderr, so the export stops having executed and written nothing.
 *
 * Editions: the English notebooks are notebooks/NN-*.ipynb; another language's are
 * notebooks/<lang>/NN-*.ipynb. A notebook's parameters cell states its language (`lang: "ko"`),
 * which must agree with its folder.
 */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "../lesson/core/projectRoot";
import { checkOverrides, parseFlags, valueOf, type Flag, type Override } from "./overrides";
import { notebookParameters } from "../lesson/parameters/parameters";
import { InputError, checkChoice, parseInteger } from "../lesson/core/validate";

const ROOT = projectRoot();

/** The export script's own options; every other flag is a notebook parameter. */
export const EXPORT_OPTIONS = ["--notebooks", "--out", "--timeout", "--jobs", "--lang"] as const;

export const DEFAULT_LANG = "en";
const NOTEBOOK_FILE = /^\d\d-.+\.ipynb$/;
const EDITION_FOLDER = /^[a-z]{2,3}$/;

export interface PlannedNotebook {
  file: string;
  /** "01-the-race.ipynb" */
  name: string;
  /** The NOTEBOOK_PARAMETERS entry its parameters cell names, if it has one. */
  parameters: string | null;
  lang: string | null;
}

export interface Edition {
  lang: string;
  dir: string;
  /** Whether this run exports it (all editions, or the one --lang names). */
  exported: boolean;
  notebooks: PlannedNotebook[];
}

export interface ExportPlan {
  notebooks: string;
  out: string;
  timeout: number;
  jobs: number;
  editions: Edition[];
  overrides: Override[];
}

/** What a notebook's parameters cell says: `parameters("01-the-race", { lang: "en", … })`. */
export function declaration(source: string): { parameters: string | null; lang: string | null } {
  const parameters = /\bparameters\(\s*["']([^"']+)["']/.exec(source)?.[1] ?? null;
  const lang = /\blang\s*:\s*["']([^"']*)["']/.exec(source)?.[1] ?? null;
  return { parameters, lang };
}

/** What a notebook file's parameters cell declares; a notebook without one declares nothing. */
function readDeclaration(file: string, shown: string): { parameters: string | null; lang: string | null } {
  const nb = JSON.parse(readFileSync(file, "utf8")) as {
    cells: { metadata?: { tags?: string[] }; source: string | string[] }[];
  };
  const cell = nb.cells.find((c) => c.metadata?.tags?.includes("parameters"));
  if (!cell) return { parameters: null, lang: null };
  const found = declaration(Array.isArray(cell.source) ? cell.source.join("") : cell.source);
  // Without the name the export cannot tell which parameters a flag may override.
  if (found.parameters === null) {
    throw new InputError(
      `${shown}: its parameters cell must call parameters("<notebook>", { … }) with the name written out`,
    );
  }
  return found;
}

/** The editions in a notebooks folder: English at its top, other languages in subfolders. */
export function findEditions(dir: string): { lang: string; dir: string; files: string[] }[] {
  const notebooksIn = (folder: string) =>
    readdirSync(folder)
      .filter((name) => NOTEBOOK_FILE.test(name))
      .sort();
  const editions = [{ lang: DEFAULT_LANG, dir, files: notebooksIn(dir) }];
  for (const name of readdirSync(dir).sort()) {
    const folder = path.join(dir, name);
    if (EDITION_FOLDER.test(name) && name !== DEFAULT_LANG && statSync(folder).isDirectory()) {
      editions.push({ lang: name, dir: folder, files: notebooksIn(folder) });
    }
  }
  return editions.filter((e) => e.files.length > 0);
}

export function makePlan(argv: readonly string[]): ExportPlan {
  const flags = parseFlags(argv);
  const own = new Map<string, Flag>();
  const params: Flag[] = [];
  for (const flag of flags) {
    if ((EXPORT_OPTIONS as readonly string[]).includes(`--${flag.name}`)) own.set(flag.name, flag);
    else params.push(flag);
  }
  const option = (name: string) => (own.has(name) ? valueOf(own.get(name)!) : undefined);

  const notebooks = path.resolve(option("notebooks") ?? path.join(ROOT, "notebooks"));
  if (!existsSync(notebooks) || !statSync(notebooks).isDirectory()) {
    throw new InputError(`--notebooks must be a folder, got ${JSON.stringify(notebooks)}`);
  }
  const found = findEditions(notebooks);
  if (found.length === 0) throw new InputError(`--notebooks ${notebooks} holds no NN-*.ipynb notebooks`);
  const timeout = parseInteger("--timeout", option("timeout") ?? "120", 1, 86_400);
  const jobs = parseInteger("--jobs", option("jobs") ?? "1", 1, 16);
  const langs = found.map((e) => e.lang);
  const only = option("lang") === undefined ? undefined : checkChoice("--lang", option("lang"), langs);
  const out = checkOut(path.resolve(option("out") ?? path.join(ROOT, "export")));

  const editions: Edition[] = found.map((e) => ({
    lang: e.lang,
    dir: e.dir,
    exported: only === undefined || only === e.lang,
    notebooks: e.files.map((name) => {
      const file = path.join(e.dir, name);
      const declared = readDeclaration(file, path.relative(notebooks, file));
      if (declared.lang !== null && declared.lang !== e.lang) {
        throw new InputError(
          `${path.relative(notebooks, file)} says lang: "${declared.lang}" in its parameters cell, ` +
            `but its folder holds the ${e.lang} edition`,
        );
      }
      if (declared.parameters !== null) {
        try {
          notebookParameters(declared.parameters);
        } catch (error) {
          throw new InputError(`${path.relative(notebooks, file)}: its parameters cell: ${(error as Error).message}`);
        }
      }
      return { file, name, ...declared };
    }),
  }));
  const declaring = new Set(
    editions
      .filter((e) => e.exported)
      .flatMap((e) => e.notebooks.map((n) => n.parameters))
      .filter((p): p is string => p !== null),
  );
  const overrides = checkOverrides(params, [...declaring], EXPORT_OPTIONS);
  return { notebooks, out, timeout, jobs, editions, overrides };
}

/** The export replaces its --out folder as a whole: never a folder that holds something else. */
function checkOut(out: string): string {
  if (!existsSync(out)) return out;
  if (!statSync(out).isDirectory()) throw new InputError(`--out must be a folder, got the file ${out}`);
  const inside = readdirSync(out);
  if (inside.length > 0 && !inside.includes("manifest.json")) {
    throw new InputError(
      `--out ${out} holds other files and no export (no manifest.json); ` +
        `the export replaces its folder as a whole, so give a new or empty folder`,
    );
  }
  return out;
}

if (require.main === module) {
  try {
    process.stdout.write(`${JSON.stringify(makePlan(process.argv.slice(2)))}\n`);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    process.stderr.write(`export: ${error.message}\n`);
    process.exitCode = 2;
  }
}
