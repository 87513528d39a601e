/**
 * The export folder over HTTP, by sirv (the static-file server of Polka, which Vite's preview
 * server uses): it decodes the path, joins it to the root and serves the file only if the
 * result still lies inside the root, answers ranges and conditional requests, and looks each
 * file up afresh (dev mode), so an export re-run while presenting is served as it now is.
 * The presenter adds the isolation headers before it runs (responses.ts) and words the
 * "no such file" as one line: a path that leads outside the folder is one.
 *
 * sirv follows symbolic links, as static servers do, so a link inside the folder would serve
 * whatever it points at. A client cannot make one; the folder's owner can, so the presenter
 * refuses a folder holding a link that leads outside it, and says which.
 */
import { existsSync, readdirSync, realpathSync, statSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import sirv from "sirv";
import { InputError } from "../../lesson/core/validate";
import { sendLine } from "../http/responses";

/** An export's mark: scripts/export.py writes it last, when everything else is in place. */
export const EXPORT_MARK = "manifest.json";
/** More entries than any export has: a folder this big is not one. */
const MAX_ENTRIES = 100_000;

/**
 * The folder to serve, as its real path, once it is an export with no link leading out.
 * Throws an InputError naming `flag`, the folder and what is wrong.
 */
export function checkExportFolder(folder: string, flag = "--out"): string {
  const shown = JSON.stringify(folder);
  if (!existsSync(folder)) {
    throw new InputError(
      `${flag} must be an export folder, got ${shown}, which does not exist; run npm run export first`,
    );
  }
  if (!statSync(folder).isDirectory()) throw new InputError(`${flag} must be an export folder, got the file ${shown}`);
  const root = realpathSync(folder);
  if (!existsSync(path.join(root, EXPORT_MARK))) {
    throw new InputError(
      `${flag} must be an export folder (one with ${EXPORT_MARK}, as npm run export writes), got ${shown}`,
    );
  }
  const outside = linkLeadingOutside(root, flag);
  if (outside) {
    throw new InputError(
      `${flag} ${shown} holds a link that leads outside it (${outside}); ` +
        `the presenter serves only the folder's own files: remove the link or copy what it points at`,
    );
  }
  return root;
}

/** The first symbolic link under `root` whose target is not inside `root`, as "a/b -> /target". */
function linkLeadingOutside(root: string, flag: string): string | undefined {
  const pending = [root];
  let seen = 0;
  while (pending.length > 0) {
    const dir = pending.pop()!;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (++seen > MAX_ENTRIES)
        throw new InputError(`${flag} ${root} holds more than ${MAX_ENTRIES} files; it is no export`);
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) pending.push(full);
      if (!entry.isSymbolicLink()) continue;
      // Links are not walked into: a link to a folder inside root has its files scanned there.
      let target: string;
      try {
        target = realpathSync(full);
      } catch {
        return `${path.relative(root, full)} -> (nothing: a broken link)`;
      }
      const inside = path.relative(root, target);
      if (inside.startsWith("..") || path.isAbsolute(inside)) return `${path.relative(root, full)} -> ${target}`;
    }
  }
  return undefined;
}

/** Serves GET and HEAD from `root` (a checked export folder); the caller checks the method. */
export function staticFiles(root: string): (req: IncomingMessage, res: ServerResponse) => void {
  const serve = sirv(root, {
    dev: true,
    etag: true,
    // A folder's index.html answers for the folder (/ and /ko/), as the export links them.
    extensions: ["html"],
    onNoMatch: (_req, res) => sendLine(res, 404, "no such file in the export"),
  });
  return (req, res) => {
    // sirv pipes a file stream it gives no error handler: a file removed between its stat and
    // its read (an export swapped in mid-request) would throw in the stream and stop the
    // presenter. Here that request is cut off instead.
    res.once("pipe", (source: NodeJS.ReadableStream) => source.once("error", () => res.destroy()));
    serve(req, res);
  };
}
