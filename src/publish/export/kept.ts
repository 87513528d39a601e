/**
 * What an export of one edition (--lang ko) keeps of the last export: the other editions'
 * files, as its manifest lists them, if they are all still there. An edition whose files are
 * not all there (an export made before decks, files removed by hand) is left out, and said so.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { DEFAULT_LANG } from "./editions";
import { SESSIONS_FOLDER } from "../site/layout";
import type { PageEntry } from "./pages";

/** A kept entry: as the last export's manifest listed it (its run's seconds and problems too). */
export type KeptEntry = PageEntry & { seconds?: number | null; problems?: string[] };

export function keptEntries(out: string, exportedLangs: readonly string[]): { kept: KeptEntry[]; dropped: string[] } {
  const manifest = path.join(out, "manifest.json");
  if (!existsSync(manifest)) return { kept: [], dropped: [] };
  const listed = JSON.parse(readFileSync(manifest, "utf8")) as (Partial<KeptEntry> & { notebook: string })[];
  const kept: KeptEntry[] = [];
  const dropped = new Set<string>();
  for (const entry of listed) {
    const edition = entry.edition ?? DEFAULT_LANG;
    if (exportedLangs.includes(edition)) continue;
    const { html, slides, ipynb } = entry;
    if (html && slides && ipynb && [html, slides, ipynb].every((file) => existsSync(path.join(out, file)))) {
      kept.push({
        ...entry,
        edition,
        notebook: entry.notebook,
        title: entry.title ?? entry.notebook,
        html,
        slides,
        ipynb,
      });
    } else {
      dropped.add(edition);
    }
  }
  return { kept: kept.filter((e) => !dropped.has(e.edition)), dropped: [...dropped].sort() };
}

/**
 * The last export's class sessions as an asset ([from, to in the export]), or none: every
 * export carries the folder over whole, so re-exporting never loses a room's results.
 */
export function keptSessions(out: string): [string, string][] {
  const folder = path.join(out, SESSIONS_FOLDER);
  return existsSync(folder) && statSync(folder).isDirectory() ? [[folder, SESSIONS_FOLDER]] : [];
}
