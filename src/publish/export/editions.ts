/**
 * The lesson's editions, and where each one's files go. The English notebooks are
 * notebooks/NN-*.ipynb and export to the export's top; another language's are
 * notebooks/<lang>/NN-*.ipynb and export to <lang>/. A notebook's parameters cell states
 * its language (`lang: "ko"`), which must agree with its folder. Every rule about editions
 * is here: scripts/export.py gets their outcome in the plan.
 */
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { InputError } from "../../lesson/core/validate";
import { text, type Cell } from "./notebook";

export const DEFAULT_LANG = "en";
const NOTEBOOK_FILE = /^\d\d-.+\.ipynb$/;
const EDITION_FOLDER = /^[a-z]{2,3}$/;

/** Where an edition's files go, relative to the export: "" or "ko/". */
export function editionFolder(lang: string): string {
  return lang === DEFAULT_LANG ? "" : `${lang}/`;
}

/** From an edition's folder back to the export's top: "" or "../". */
export function upFrom(lang: string): string {
  return lang === DEFAULT_LANG ? "" : "../";
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

/** A notebook as far as the plan reads it: its cells' kinds, tags and sources. */
export interface NotebookJson {
  cells: (Pick<Cell, "source"> & { cell_type?: string; metadata?: { tags?: string[] } })[];
}

/** What a notebook's parameters cell says: `parameters("01-the-race", { lang: "en", … })`. */
export function declaration(source: string): { parameters: string | null; lang: string | null } {
  const parameters = /\bparameters\(\s*["']([^"']+)["']/.exec(source)?.[1] ?? null;
  const lang = /\blang\s*:\s*["']([^"']*)["']/.exec(source)?.[1] ?? null;
  return { parameters, lang };
}

/** What a notebook's parameters cell declares; a notebook without one declares nothing. */
export function declarationOf(nb: NotebookJson, shown: string): { parameters: string | null; lang: string | null } {
  const cell = nb.cells.find((c) => c.metadata?.tags?.includes("parameters"));
  if (!cell) return { parameters: null, lang: null };
  const found = declaration(text(cell.source));
  // Without the name the export cannot tell which parameters a flag may override.
  if (found.parameters === null) {
    throw new InputError(
      `${shown}: its parameters cell must call parameters("<notebook>", { … }) with the name written out`,
    );
  }
  return found;
}

/** A notebook's title: its first Markdown heading, without the #s; the file's stem if it has none. */
export function titleOf(nb: NotebookJson, fallback: string): string {
  for (const cell of nb.cells) {
    if (cell.cell_type !== "markdown") continue;
    for (const line of text(cell.source).split(/\r?\n/)) {
      if (line.startsWith("#")) return line.replace(/^#+/, "").trim();
    }
  }
  return fallback;
}
