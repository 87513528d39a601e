/**
 * npm run bench: every measured number the lesson and its issues ask for, in one run.
 * Benchmarks, not tests: nothing here fails on a slow machine; it reports.
 * `npm run bench -- engine charts` runs only the named sections.
 */
import * as engine from "./engine";
import * as asyncLock from "./asyncLock";
import * as mutex from "./mutex";
import * as growth from "./growth";
import * as charts from "./charts";
import * as distributions from "./distributions";
import * as notebooks from "./notebooks";
import * as rhythm from "./rhythm";
import * as trace from "./trace";
import * as reliability from "./reliability";
import * as runtimes from "./runtimes";
import * as browser from "./browserRace";
import * as classroom from "./classLatency";
import * as decks from "./decks";
import * as korean from "./korean";

const SECTIONS: Record<string, { run(): string | Promise<string> }> = {
  engine,
  mutex,
  growth,
  distributions,
  asyncLock,
  charts,
  notebooks,
  rhythm,
  trace,
  reliability,
  runtimes,
  browser,
  class: classroom,
  decks,
  korean,
};

async function main(names: string[]): Promise<void> {
  const chosen = names.length > 0 ? names : Object.keys(SECTIONS);
  for (const name of chosen) {
    const section = SECTIONS[name];
    if (!section)
      throw new Error(`unknown bench section ${JSON.stringify(name)}; choose from ${Object.keys(SECTIONS).join(", ")}`);
    const started = performance.now();
    const text = await section.run();
    process.stdout.write(`== ${name} (${((performance.now() - started) / 1000).toFixed(1)} s)\n${text}\n\n`);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
