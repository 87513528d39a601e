/**
 * What `npm run export` will do, decided before any kernel starts, and everything about the
 * export besides running and rendering: editions, output paths, titles, navigation, twin
 * links, the contents page's data, what a one-edition export keeps, and the kernels' order.
 * scripts/export.py runs
 *   node dist/src/publish/export/plan.js <its own arguments>
 * once and gets the plan as JSON on stdout; it then only executes, renders through its
 * templates and swaps folders. Refused input (an unknown flag, a bad value, a flag without a
 * value, an --out folder that is not an export): exit code 2 and one line on stderr, so the
 * export stops having executed and written nothing.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "../../lesson/core/projectRoot";
import { SetupError } from "../../lesson/core/errors";
import { InputError, checkChoice, parseInteger } from "../../lesson/core/validate";
import { notebookParameters } from "../../lesson/parameters/parameters";
import { contentsPage, type ContentsPage } from "./contents";
import { declarationOf, findEditions, titleOf, upFrom } from "./editions";
import { readNotebookFile } from "./notebook";
import { keptEntries, keptSessions, type KeptEntry } from "./kept";
import { parseFlags, valueOf, type Flag } from "../../lesson/core/flags";
import { checkOverrides, type Override } from "./overrides";
import { ISOLATION_WORKER, LIVE_FILES, LIVE_FOLDER } from "../site/layout";
import { navigation, pageEntry, type Navigation, type PageEntry } from "./pages";

export { declaration, findEditions, DEFAULT_LANG } from "./editions";

const ROOT = projectRoot();

/** The export script's own options; every other flag is a notebook parameter. */
export const EXPORT_OPTIONS = ["--notebooks", "--out", "--timeout", "--jobs", "--lang"] as const;

/** The part of reveal.js a deck uses: the core, the theme and its font, the speaker-notes plugin. */
export const REVEAL_FILES = [
  "LICENSE",
  "dist/reveal.css",
  "dist/reveal.js",
  "dist/theme/white.css",
  "dist/theme/fonts/source-sans-pro",
  "plugin/notes/notes.js",
] as const;

export interface PlannedNotebook {
  file: string;
  /** "01-the-race.ipynb" */
  name: string;
  /** Its first heading, or its file's stem. */
  title: string;
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

/** A notebook this export runs: its source, its files and what its page and deck link to. */
export interface ExportEntry extends PageEntry {
  source: string;
  /** Where its deck finds reveal.js: "reveal.js" or "../reveal.js". */
  reveal: string;
  navigation: Navigation;
}

export interface ExportPlan {
  notebooks: string;
  out: string;
  timeout: number;
  jobs: number;
  editions: Edition[];
  overrides: Override[];
  /** The notebooks to run, in the manifest's order (edition by edition). */
  entries: ExportEntry[];
  /**
   * The order they run in, as indexes into `entries`: notebook by notebook, each one's
   * editions in turn on that notebook's one kernel (scripts/export.py).
   */
  kernels: number[][];
  /** Other editions' files an --lang export keeps from the last export, and editions it drops. */
  kept: KeptEntry[];
  dropped: string[];
  /** The manifest's order: every entry, run or kept, edition by edition. */
  manifest: { run: number | null; kept: number | null }[];
  contents: ContentsPage;
  /** Files to copy into the export: [from (absolute), to (relative)]. */
  assets: [string, string][];
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
      const nb = readNotebookFile(file);
      const declared = declarationOf(nb, path.relative(notebooks, file));
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
      return { file, name, title: titleOf(nb, name.replace(/\.ipynb$/, "")), ...declared };
    }),
  }));
  const declaring = new Set(
    editions
      .filter((e) => e.exported)
      .flatMap((e) => e.notebooks.map((n) => n.parameters))
      .filter((p): p is string => p !== null),
  );
  const overrides = checkOverrides(params, [...declaring], EXPORT_OPTIONS);
  return {
    notebooks,
    out,
    timeout,
    jobs,
    editions,
    overrides,
    ...pagesOf(editions, out),
    assets: [...revealAssets(), ...liveAssets(), ...keptSessions(out)],
  };
}

/** The entries, their navigation and run order, what is kept, the manifest and the contents page. */
function pagesOf(editions: Edition[], out: string) {
  const entries: ExportEntry[] = [];
  for (const edition of editions.filter((e) => e.exported)) {
    const pages = edition.notebooks.map((n) => pageEntry(edition.lang, n.name, n.title));
    pages.forEach((page, index) => {
      const twins = editions
        .filter((e) => e.lang !== edition.lang && e.notebooks.some((n) => n.name === page.notebook))
        .map((e) => e.lang);
      entries.push({
        ...page,
        source: edition.notebooks[index]!.file, // pages were made from these notebooks, one each
        reveal: `${upFrom(edition.lang)}reveal.js`,
        navigation: navigation(pages, index, twins),
      });
    });
  }
  const names = [...new Set(entries.map((e) => e.notebook))].sort();
  const kernels = names.map((name) => entries.flatMap((e, i) => (e.notebook === name ? [i] : [])));
  const { kept, dropped } = keptEntries(
    out,
    editions.filter((e) => e.exported).map((e) => e.lang),
  );
  const order = new Map(editions.map((e, i) => [e.lang, i]));
  const rank = (e: PageEntry) => [order.get(e.edition) ?? editions.length, e.notebook] as const;
  const manifest = [
    ...entries.map((e, i) => ({ entry: e, run: i, kept: null as number | null })),
    ...kept.map((e, i) => ({ entry: e, run: null, kept: i })),
  ].sort((a, b) => {
    const [ea, na] = rank(a.entry);
    const [eb, nb] = rank(b.entry);
    return ea - eb || (na < nb ? -1 : na > nb ? 1 : 0);
  });
  return {
    entries,
    kernels,
    kept,
    dropped,
    manifest: manifest.map(({ run, kept }) => ({ run, kept })),
    contents: contentsPage(manifest.map((m) => m.entry)),
  };
}

/** reveal.js's files a deck needs, from the pinned copy in node_modules. */
function revealAssets(): [string, string][] {
  const reveal = path.join(ROOT, "node_modules", "reveal.js");
  const missing = REVEAL_FILES.find((part) => !existsSync(path.join(reveal, part)));
  if (missing) throw new SetupError(`node_modules/reveal.js is incomplete (${missing}); run: npm ci`);
  return REVEAL_FILES.map((part) => [path.join(reveal, part), `reveal.js/${part}`]);
}

/**
 * The live race's scripts, bundled by the build (package.json, build:browser) into dist/browser/,
 * and where in an export they go (the live race's bench lays out its page the same way): the
 * live/ folder, and the service worker at the top (site/layout.ts says why).
 */
export function liveAssets(): [string, string][] {
  const built = path.join(ROOT, "dist", "browser");
  const assets: [string, string][] = [
    ...LIVE_FILES.map((file): [string, string] => [path.join(built, file), `${LIVE_FOLDER}/${file}`]),
    [path.join(built, ISOLATION_WORKER), ISOLATION_WORKER],
  ];
  const missing = assets.find(([from]) => !existsSync(from));
  if (missing) throw new SetupError(`dist/browser/${path.basename(missing[0])} is missing; run: npm run build`);
  return assets;
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
    if (!(error instanceof InputError || error instanceof SetupError)) throw error;
    process.stderr.write(`export: ${error.message}\n`);
    process.exitCode = error instanceof InputError ? 2 : 1;
  }
}
