/**
 * The live race in Chromium's Web Workers against the engine in Node's worker_threads, on this
 * machine, at the same sizes: ns per increment, how many trials lost updates and what share.
 *
 * Chromium runs what a lecturer's Run runs: a page served by the presenter (cross-origin
 * isolated, on 127.0.0.1) holds notebook 1's live-race placeholder and the export's live/
 * scripts; the bench sets the panel's controls, clicks Run and reads back the panel's own
 * results (its root's data-results, once data-state is "done"). Node runs runExperiment, with
 * one pool kept from run to run while its size fits, as the panel keeps its workers.
 *
 * Two sizes, the two the lesson races at. Notebook 1's race (the panel's defaults: 5 workers ×
 * 100,000 with sensor work before each increment) is what a lecturer's Run starts from, so it
 * says what the room sees. The bare loop (no sensor work, notebook 3's 4 workers, 1,000,000
 * increments each) leaves nothing but the counter in the loop, so its cost shows: the Atomics
 * builtins and, for the lock, the futex emulation under contention; its trials last tens of
 * milliseconds, against which the page's 5 µs clock is nothing.
 */
import { availableParallelism } from "node:os";
import { nsPerIncrement } from "../src/lesson/analysis/costs";
import { KIND_ORDER, type CounterKind } from "../src/lesson/engine/counters";
import { runExperiment } from "../src/lesson/engine/experiment";
import { WorkerPool, type TrialResult } from "../src/lesson/engine/pool";
import { liveRaceHtml } from "../src/lesson/show/liveRace";
import { defaultClassParams } from "../src/publish/present/options";
import { startPresenter, type Presenter } from "../src/publish/present/presenter";
import { NO_CHROMIUM, chromiumPath, launchChromium, type Browser, type Page } from "../tools/chromium";
import { closeAll, livePageFolder } from "./livePage";
import { SPREAD, median, medianSpread, textTable } from "./table";

/**
 * Rounds: each round runs every counter at every size once in each runtime, one Run of the
 * panel's default trials (notebook 1's 5) at a time, so the machine's drift and a neighbour's
 * burst of work fall on both runtimes alike. Five rounds give 25 trials per row and runtime:
 * on 2 cores the share one trial loses swings between a few tenths of a percent and 45% from
 * trial to trial, so a median needs that many.
 */
const ROUNDS = 5;
/** One Run's trials: the panel's default, notebook 1's. */
const TRIALS = defaultClassParams().trials;
/** How long the page may take to load and mount its panel. */
const LOAD_TIMEOUT_MS = 30_000;
/** A Run's bound: the panel itself ends a trial after 60 s (racePool.ts), plus slack for the page. */
const TRIAL_BOUND_MS = 60_000;
const RUN_SLACK_MS = 30_000;

interface Size {
  name: string;
  threads: number;
  howMany: number;
  sensorWork: number;
}

function sizes(): Size[] {
  const nb1 = defaultClassParams();
  return [
    { name: "notebook 1's race", threads: nb1.threads, howMany: nb1.howMany, sensorWork: nb1.sensorWork },
    { name: "the bare loop", threads: 4, howMany: 1_000_000, sensorWork: 0 },
  ];
}

type Race = Size & { counter: CounterKind };

/** A folder the presenter accepts as an export, holding one page with notebook 1's live race. */
function benchExport(): { folder: string; remove(): void } {
  const { counter, threads, howMany, sensorWork } = defaultClassParams();
  return livePageFolder(
    "live-bench-",
    liveRaceHtml({ counter, threads, howMany, sensorWork, trials: TRIALS, lang: "en" }),
  );
}

const PANEL = "[data-lu-live]";

/** The page's panel, mounted; refuses a page that is not cross-origin isolated or whose panel did not mount. */
async function openPanel(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(
    `(() => { const s = document.querySelector(${JSON.stringify(PANEL)})?.dataset.state; return s !== undefined; })()`,
    undefined,
    { timeout: LOAD_TIMEOUT_MS, polling: 50 },
  );
  const state = await page.evaluate<string>(`document.querySelector(${JSON.stringify(PANEL)}).dataset.state`);
  if (state !== "ready") {
    const note = await page.locator(PANEL).innerText();
    throw new Error(`the live panel did not mount in Chromium (state ${state}): ${note}`);
  }
}

/** One Run of the panel, through its own controls: the trials it reports. */
async function runInPage(page: Page, race: Race): Promise<TrialResult[]> {
  const panel = page.locator(PANEL);
  const before = await panel.getAttribute("data-results");
  await page.locator('select[name="counter"]').selectOption(race.counter);
  const fields = { threads: race.threads, howMany: race.howMany, sensorWork: race.sensorWork, trials: TRIALS };
  for (const [name, value] of Object.entries(fields)) await page.locator(`input[name="${name}"]`).fill(String(value));
  await page.locator("button.lu-live-run").click();
  // Done with results other than the last run's, or an end that is not "done".
  await page.waitForFunction(
    `(() => {
      const root = document.querySelector(${JSON.stringify(PANEL)});
      const s = root.dataset.state;
      return s === "failed" || s === "refused" || s === "stopped" ||
        (s === "done" && (root.dataset.results ?? null) !== ${JSON.stringify(before)});
    })()`,
    undefined,
    { timeout: TRIALS * TRIAL_BOUND_MS + RUN_SLACK_MS, polling: 50 },
  );
  const state = await panel.getAttribute("data-state");
  if (state !== "done") {
    const status = await page.locator(".lu-live-status").innerText();
    throw new Error(`Chromium: the panel's run of ${describe(race)} ended ${state}: ${status}`);
  }
  const trials = JSON.parse((await panel.getAttribute("data-results")) ?? "[]") as TrialResult[];
  const wrong = trials.find(
    (t) => t.counter !== race.counter || t.threads !== race.threads || t.howMany !== race.howMany,
  );
  if (trials.length !== TRIALS || wrong) {
    throw new Error(`Chromium: the panel reported ${trials.length} trials, not ${TRIALS} of ${describe(race)}`);
  }
  return trials;
}

/** The smallest step the page's performance.now() takes (5 µs in a cross-origin isolated page). */
function clockStepUs(page: Page): Promise<number> {
  return page.evaluate<number>(`(() => {
    let step = Infinity, last = performance.now();
    for (let i = 0; i < 200000; i++) {
      const now = performance.now();
      if (now > last) { step = Math.min(step, now - last); last = now; }
    }
    return step * 1000;
  })()`);
}

function describe(race: Race): string {
  return `${race.counter}, ${race.threads} × ${race.howMany.toLocaleString("en-US")}, sensorWork ${race.sensorWork}`;
}

/** A share of the updates as a percentage: "0" when none were lost, else two significant digits or one decimal. */
function share(value: number): string {
  if (value === 0) return "0";
  const percent = 100 * value;
  return `${percent >= 1 ? percent.toFixed(1) : percent.toPrecision(2)}%`;
}

interface Measured {
  node: TrialResult[];
  chromium: TrialResult[];
}

function row(counter: CounterKind, m: Measured): string[] {
  const ns = (trials: TrialResult[]) => trials.map(nsPerIncrement);
  const lossy = (trials: TrialResult[]) => `${trials.filter((t) => t.lost > 0).length}/${trials.length}`;
  const lost = (trials: TrialResult[]) => share(median(trials.map((t) => t.lost / t.expected)));
  const skew = (trials: TrialResult[]) => median(trials.map((t) => t.startSkewMs)).toFixed(2);
  return [
    counter,
    medianSpread(ns(m.node)),
    medianSpread(ns(m.chromium)),
    `${(median(ns(m.chromium)) / median(ns(m.node))).toFixed(2)}×`,
    lossy(m.node),
    lossy(m.chromium),
    lost(m.node),
    lost(m.chromium),
    skew(m.node),
    skew(m.chromium),
  ];
}

const HEADER = [
  "counter",
  "Node ns/inc",
  "Chromium ns/inc",
  "C ÷ N",
  "N lossy",
  "C lossy",
  "N lost",
  "C lost",
  "N skew ms",
  "C skew ms",
];

export async function run(): Promise<string> {
  // Said in one line before anything starts: no browser, no browser bench.
  if (!chromiumPath()) throw new Error(NO_CHROMIUM);
  const races = sizes();
  const exported = benchExport();
  let presenter: Presenter | null = null;
  let browser: Browser | null = null;
  let pool: WorkerPool | null = null;
  try {
    presenter = await startPresenter({ folder: exported.folder, port: 0 });
    browser = await launchChromium();
    const context = await browser.newContext({});
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on("pageerror", (error) => pageErrors.push(error.message));
    await openPanel(page, `${presenter.localUrl}index.html`);
    const isolated = await page.evaluate<boolean>("window.crossOriginIsolated");
    const pageCores = await page.evaluate<number>("navigator.hardwareConcurrency");
    const stepUs = await clockStepUs(page);

    const measured = new Map<string, Measured>();
    const key = (size: Size, counter: CounterKind) => `${size.name}\u0000${counter}`;
    for (let round = 0; round < ROUNDS; round++) {
      let turn = 0;
      for (const size of races) {
        for (const counter of KIND_ORDER) {
          const race = { ...size, counter };
          // The pool is kept while its size fits, as the panel keeps its workers (livePanel.ts).
          if (!pool || pool.size < race.threads) {
            await pool?.close();
            pool = null;
            pool = await WorkerPool.open(race.threads);
          }
          const nodePool = pool;
          const inNode = async () => (await runExperiment({ ...race, trials: TRIALS, pool: nodePool })).trials;
          const inChromium = () => runInPage(page, race);
          // Who goes first alternates from row to row and round to round, so neither runtime
          // always runs right after the other.
          let node: TrialResult[];
          let chromium: TrialResult[];
          if ((round + turn++) % 2 === 0) {
            node = await inNode();
            chromium = await inChromium();
          } else {
            chromium = await inChromium();
            node = await inNode();
          }
          if (pageErrors.length > 0) throw new Error(`Chromium: the page failed: ${pageErrors.join("; ")}`);
          const cell = measured.get(key(size, counter)) ?? { node: [], chromium: [] };
          measured.set(key(size, counter), cell);
          cell.node.push(...node);
          cell.chromium.push(...chromium);
        }
      }
    }

    const tables = races.map(
      (size) =>
        `${size.name}: ${size.threads} worker${size.threads > 1 ? "s" : ""} × ` +
        `${size.howMany.toLocaleString("en-US")}, sensorWork ${size.sensorWork}\n` +
        textTable(
          HEADER,
          KIND_ORDER.map((counter) => row(counter, measured.get(key(size, counter))!)),
        ),
    );
    const shortestMs = Math.min(...[...measured.values()].flatMap((m) => m.chromium.map((t) => t.elapsedMs)));
    return [
      `Live race on Chromium ${browser.version()} (Web Workers, the panel's Run on a page the presenter serves; ` +
        `cross-origin isolated: ${isolated ? "yes" : "no"}) against Node ${process.version} (worker_threads, ` +
        `runExperiment); ${availableParallelism()} cores (the page sees ${pageCores})`,
      `${ROUNDS} rounds of one Run (${TRIALS} trials) per row and runtime, ${ROUNDS * TRIALS} trials in all; ` +
        `each runtime's workers kept from run to run, the runtimes taking turns to go first. ` +
        `ns/inc: elapsedMs·1e6/(workers × increments), the increment phase only, ` +
        `${SPREAD}; lossy: trials that lost updates; lost: median share of the updates lost; ` +
        `skew: median start skew (barrier release to the last worker's first step)`,
      "",
      tables.join("\n\n"),
      "",
      `The page's clock steps by ${stepUs.toFixed(1)} µs; the shortest Chromium trial took ` +
        `${shortestMs.toFixed(2)} ms, so the clock's step is ${share((2 * stepUs) / 1000 / shortestMs)} of it ` +
        `at most (its start and its end each read to one step).`,
    ].join("\n");
  } finally {
    await closeAll("browser", [() => pool?.close(), () => browser?.close(), () => presenter?.close()]);
    exported.remove();
  }
}
