/**
 * The stepper's script as the widget inlines it: the bundle the build makes from
 * browser/entry.ts (package.json, build:browser). Found from the lesson's root, not from this
 * module, so the same file serves the compiled lesson in dist/ (what a notebook's kernel
 * loads) and the sources. Read once per process: the file changes only with a new build.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { SetupError } from "../../core/errors";
import { projectRoot } from "../../core/projectRoot";

/** Where the build puts the bundle, under the lesson's root. */
export const STEPPER_SCRIPT = "dist/browser/stepper.js";

const cache = new Map<string, string>();

/** The bundle's text, from the lesson at `root` (by default this lesson's own folder). */
export function stepperScript(root: string = projectRoot()): string {
  const file = join(root, ...STEPPER_SCRIPT.split("/"));
  let script = cache.get(file);
  if (script === undefined) {
    if (!existsSync(file)) throw new SetupError(`${STEPPER_SCRIPT} is missing; run: npm run build`);
    script = readFileSync(file, "utf8").trim();
    // Inside <script> these would end the element early or change how the page parses it.
    if (/<\/script|<!--/i.test(script)) {
      throw new SetupError(
        `${STEPPER_SCRIPT} holds "</script" or "<!--" and cannot be inlined; rebuild: npm run build`,
      );
    }
    cache.set(file, script);
  }
  return script;
}
