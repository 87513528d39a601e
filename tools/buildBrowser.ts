/**
 * The browser's bundles (npm run build, after tsc): esbuild bundles each entry of
 * src/publish/present/browser/ (and the stepper's page side, src/lesson/show/stepper/browser/)
 * with the lesson code it imports and chart.js into one script in dist/browser/, for the browser
 * (no Node module may be reached: test/layers.test.ts).
 *
 * The event-loop panel's worker is bundled first and carried inside the live script as text
 * (EVENT_LOOP_WORKER_SOURCE): the panel starts it from a blob, since a page opened from disk
 * may not start a worker from a file, and the event-loop race must run from disk.
 */
import path from "node:path";
import { build, type BuildOptions } from "esbuild";

const ROOT = path.join(__dirname, "..", "..");
const BROWSER = path.join(ROOT, "src", "publish", "present", "browser");
const STEPPER = path.join(ROOT, "src", "lesson", "show", "stepper", "browser", "entry.ts");
const OUT = path.join(ROOT, "dist", "browser");

/** Each bundle's name in dist/browser/ and its entry. */
export const BUNDLES = {
  "class-view": "classView.ts",
  "join-view": "joinView.ts",
  "live-race": "liveRace.ts",
  "race-worker": "raceWorker.ts",
  "isolation-worker": "isolationWorker.ts",
} as const;

const COMMON: BuildOptions = {
  bundle: true,
  platform: "browser",
  format: "iife",
  target: "es2020",
  minify: true,
  legalComments: "eof",
  logLevel: "warning",
};

async function main(): Promise<void> {
  const worker = await build({
    ...COMMON,
    entryPoints: [path.join(BROWSER, "eventLoopWorker.ts")],
    write: false,
  });
  const source = worker.outputFiles?.[0]?.text;
  if (source === undefined) throw new Error("esbuild made no event-loop worker");
  await build({
    ...COMMON,
    entryPoints: {
      ...Object.fromEntries(Object.entries(BUNDLES).map(([name, file]) => [name, path.join(BROWSER, file)])),
      // The stepper's script, which stepperHtml() inlines in each widget.
      stepper: STEPPER,
    },
    outdir: OUT,
    define: { EVENT_LOOP_WORKER_SOURCE: JSON.stringify(source) },
  });
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`build:browser: ${(error as Error).message}\n`);
    process.exitCode = 1;
  });
}
