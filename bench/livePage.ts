/**
^ * A page for the browser benches: a folder the presenter accepts as an export (its mark and the
 * export's live/ scripts) holding one index.html with the given placeholder, which the live
 * race's script brings to life as it does on an exported page. Removed by `remove()`, and on exit.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { liveAssets } from "../src/publish/export/plan";
import { LIVE_FOLDER } from "../src/publish/site/layout";
import { EXPORT_MARK, checkExportFolder } from "../src/publish/present/staticFiles";

export function livePageFolder(prefix: string, placeholder: string): { folder: string; remove(): void } {
  const parent = mkdtempSync(path.join(tmpdir(), prefix));
  const remove = () => {
    process.off("exit", remove);
    rmSync(parent, { recursive: true, force: true });
  };
  // Ctrl-C ends a bench through process.exit (playwright's SIGINT handler closes Chromium
  // first; the workers and the server end with the process): the folder goes then too.
  process.on("exit", remove);
  try {
    for (const [from, to] of liveAssets()) {
      mkdirSync(path.dirname(path.join(parent, to)), { recursive: true });
      copyFileSync(from, path.join(parent, to));
    }
    writeFileSync(
      path.join(parent, "index.html"),
      `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>bench page</title></head>\n` +
        `<body>${placeholder}\n<script src="${LIVE_FOLDER}/live-race.js" defer></script></body></html>\n`,
    );
    writeFileSync(path.join(parent, EXPORT_MARK), "[]\n");
    return { folder: checkExportFolder(parent, "the bench's page folder"), remove };
  } catch (error) {
    remove();
    throw error;
  }
}

/**
 * Ends everything a browser bench started, the run failed or not: each close in turn, and one
 * that fails is reported on stderr without leaving the others open.
 */
export async function closeAll(bench: string, closes: readonly (() => unknown)[]): Promise<void> {
  for (const close of closes) {
    await Promise.resolve()
      .then(close)
      .catch((error: unknown) => process.stderr.write(`${bench} bench: closing failed: ${String(error)}\n`));
  }
}
