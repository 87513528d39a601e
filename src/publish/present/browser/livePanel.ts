/**
 * The live race's panel: controls for the counter, the workers, the increments, the sensor
 * work and the trials; Run races them in this browser's Web Workers (racePool.ts, the
 * engine's own code), draws each trial as it ends with the lesson's own histogram
 * configuration (lostHistogramConfig, the chart the notebook renders with node-canvas), and
 * says what the run found and what it ran on (narrate/live.ts, in the page's language).
 * Until it runs, it draws the run the notebook made (the placeholder's data-lu-exported).
 *
 * On a slide the keys typed into the panel stay in it: reveal.js would otherwise take an
 * arrow in a number field, or Space on a button, as "next slide".
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  SubTitle,
  Title,
  Tooltip,
} from "chart.js";
import type { Lang } from "../../../lesson/core/lang";
import { COUNTER_KINDS, KIND_ORDER, type CounterKind } from "../../../lesson/engine/counters";
import { MAX_COUNT } from "../../../lesson/engine/layout";
import { LIMITS } from "../../../lesson/engine/limits";
import type { TrialResult } from "../../../lesson/engine/trialResult";
import { liveReading } from "../../../lesson/narrate/live";
import { phrasesFor, type Phrases } from "../../../lesson/narrate/phrases";
import { lostHistogramConfig, type LostHistogramData } from "../../../lesson/show/charts/histogramConfig";
import { FONT_FAMILY, TEXT_COLOR } from "../../../lesson/show/chartTheme";
import { inlineMarkdownHtml } from "../../../lesson/show/inlineMarkdown";
import { LIVE_MAX_TRIALS, liveRaceSetup, type LiveRaceSetup } from "../../../lesson/show/liveSetup";
import { BrowserRacePool } from "./racePool";
import { keepKeysInPanel } from "./panelKeys";
import { ScaledChart } from "./scaledChart";

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Title, SubTitle, Tooltip);
Chart.defaults.font.family = `"${FONT_FAMILY}", "Noto Sans CJK KR", "NanumGothic", sans-serif`;
Chart.defaults.color = TEXT_COLOR;

export const LIVE_PANEL_CSS = `
.lu-live { font-size: 20px; line-height: 1.35; color: #222; text-align: left; word-break: keep-all; }
.lu-live-form { display: flex; flex-wrap: wrap; align-items: flex-end; gap: 10px 16px; margin: 0 0 8px; }
.lu-live-form label { display: flex; flex-direction: column; gap: 2px; font-size: 18px; color: #444; }
.lu-live-form input, .lu-live-form select { font: inherit; font-size: 20px; padding: 3px 6px; color: #222;
  border: 1px solid #999; border-radius: 4px; background: #fff; }
.lu-live-form input { width: 7.5em; }
.lu-live-form input[name="threads"], .lu-live-form input[name="trials"] { width: 4.5em; }
.lu-live-form button { font: inherit; font-size: 20px; padding: 4px 18px; border-radius: 4px; cursor: pointer;
  border: 1px solid #0072B2; background: #0072B2; color: #fff; }
.lu-live-form button.lu-live-stop { background: #fff; color: #0072B2; }
.lu-live-form button:disabled { opacity: 0.45; cursor: default; }
.lu-live-status { margin: 0 0 2px; min-height: 1.35em; font-size: 18px; color: #555; }
.lu-live-status.lu-live-error { color: #B03A00; }
.lu-live-chart { position: relative; width: 100%; height: 320px; overflow: hidden; }
.lu-class-chart { position: relative; width: 100%; height: 420px; overflow: hidden; }
.lu-live-plot { position: absolute; left: 0; top: 0; transform-origin: 0 0; }
.lu-live-outcome { margin: 6px 0 0; min-height: 1.35em; }
.lu-live-machine { margin: 2px 0 0; min-height: 2.7em; font-size: 18px; line-height: 1.35; color: #555; }
.lu-live-note code, .lu-live-outcome code { font-size: 0.9em; }
.lu-class[data-class-view] { position: relative; width: 1100px; height: 470px; }
.lu-class-summary { margin: 6px 0 0; font-size: 20px; }
.lu-class-command { display: block; margin: 10px 0 0; padding: 10px 12px; border-radius: 4px; background: #f3f3f3;
  font: 22px/1.35 "DejaVu Sans Mono", monospace; white-space: normal; overflow-wrap: anywhere; }
`;

interface Controls {
  form: HTMLFormElement;
  counter: HTMLSelectElement;
  numbers: Record<NumberField, HTMLInputElement>;
  run: HTMLButtonElement;
  stop: HTMLButtonElement;
}

type NumberField = "threads" | "howMany" | "sensorWork" | "trials";

/** The panel's limits: the engine's, with fewer trials (a hall waits for a live run). */
const FIELD_LIMITS: Record<NumberField, { min: number; max: number }> = {
  threads: LIMITS.threads,
  howMany: LIMITS.howMany,
  sensorWork: LIMITS.sensorWork,
  trials: { min: LIMITS.trials.min, max: LIVE_MAX_TRIALS },
};

const FIELDS: readonly NumberField[] = ["threads", "howMany", "sensorWork", "trials"];

export interface Machine {
  browser: string;
  cores: number;
}

/** Builds the panel in `root` (a placeholder written by showLiveRace) and wires it. */
export function mountLivePanel(root: HTMLElement, setupJson: string, workerUrl: URL, machine: Machine): void {
  const setup = liveRaceSetup(JSON.parse(setupJson) as LiveRaceSetup);
  const P = phrasesFor(setup.lang);
  const T = P.live;
  const controls = buildControls(setup, P);
  const status = paragraph("lu-live-status", T.ready(setup.threads, setup.howMany));
  status.setAttribute("role", "status");
  const chart = new ScaledChart();
  const outcome = paragraph("lu-live-outcome", "");
  const where = paragraph("lu-live-machine", "");
  // The run the notebook made, drawn until this panel runs one (its picture, replaced here).
  const exported = root.dataset.luExported ? (JSON.parse(root.dataset.luExported) as LostHistogramData) : null;
  root.replaceChildren(controls.form, status, chart.holder, outcome, where);
  root.dataset.state = "ready";

  keepKeysInPanel(root);

  let pool: BrowserRacePool | null = null;
  let running = false;
  /** Each counter's latest run at the current size, drawn side by side as the notebook draws them. */
  let runs = new Map<CounterKind, TrialResult[]>();
  let size = "";
  let draws = 0;

  if (exported) {
    chart.drawWhenShown(() => {
      chart.draw(lostHistogramConfig(exported, { lang: setup.lang }));
      // For tests and for anyone inspecting the page: what the chart shows now.
      root.dataset.chart = "exported";
    });
  }

  /** The runs at the current size: each counter's latest, side by side as the notebook draws them. */
  const draw = (race: { threads: number; howMany: number }) => {
    const data: LostHistogramData = {
      threads: race.threads,
      howMany: race.howMany,
      expected: race.threads * race.howMany,
    };
    for (const kind of KIND_ORDER) {
      const trials = runs.get(kind);
      if (trials && trials.length > 0) data[kind] = trials.map((t) => t.lost);
    }
    chart.draw(lostHistogramConfig(data, { lang: setup.lang }));
    root.dataset.chart = "run";
    root.dataset.draws = String(++draws);
  };

  const say = (text: string, kind: "status" | "error" = "status") => {
    status.innerHTML = inlineMarkdownHtml(text);
    status.classList.toggle("lu-live-error", kind === "error");
  };

  const finish = () => {
    running = false;
    controls.run.disabled = false;
    controls.stop.disabled = true;
  };

  /** Stop was pressed during this run, perhaps while its workers were still starting. */
  let stopAsked = false;
  controls.stop.addEventListener("click", () => {
    stopAsked = true;
    pool?.close();
    pool = null;
  });

  controls.form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (running) return;
    const asked = readControls(controls, setup.lang);
    if (typeof asked === "string") {
      say(asked, "error");
      root.dataset.state = "refused";
      return;
    }
    void run(asked);
  });

  async function run(race: LiveRaceSetup): Promise<void> {
    running = true;
    stopAsked = false;
    controls.run.disabled = true;
    controls.stop.disabled = false;
    root.dataset.state = "running";
    outcome.textContent = "";
    where.textContent = "";
    const thisSize = `${race.threads}×${race.howMany}×${race.sensorWork}`;
    if (thisSize !== size) runs = new Map();
    size = thisSize;
    const trials: TrialResult[] = [];
    runs.set(race.counter, trials);
    try {
      if (!pool || !pool.isOpen || pool.size < race.threads) {
        pool?.close();
        pool = await BrowserRacePool.open(race.threads, workerUrl, machine.cores);
        // Stop found no pool to end while its workers started: end them now, before a trial.
        if (stopAsked) pool.close();
      }
      for (let i = 0; i < race.trials; i++) {
        say(T.running(i + 1, race.trials));
        const trial = await pool.runTrial(race);
        trials.push(trial);
        draw(race);
        // For tests, the bench and anyone inspecting the page: what the run has found so far.
        root.dataset.trials = String(trials.length);
        root.dataset.lost = String(trials.reduce((sum, t) => sum + t.lost, 0));
        root.dataset.results = JSON.stringify(trials);
      }
      const reading = liveReading(
        { lang: setup.lang, cores: machine.cores, node: machine.browser },
        { counter: race.counter, trials },
      );
      outcome.innerHTML = inlineMarkdownHtml(reading.outcome);
      where.innerHTML = inlineMarkdownHtml(reading.machine);
      say("");
      root.dataset.state = "done";
    } catch (error) {
      pool?.close();
      pool = null;
      // Stop ends the pool, which rejects the trial under way: that is the run stopping, not failing.
      if (stopAsked) {
        say(T.stopped);
        root.dataset.state = "stopped";
      } else {
        say(T.failed((error as Error).message), "error");
        root.dataset.state = "failed";
      }
    } finally {
      finish();
    }
  }
}

/** A paragraph of a narration's inline Markdown (bold, code), everything else escaped. */
export function paragraph(className: string, text: string): HTMLParagraphElement {
  const p = document.createElement("p");
  p.className = className;
  p.innerHTML = inlineMarkdownHtml(text);
  return p;
}

function labelled(text: string, control: HTMLElement): HTMLLabelElement {
  const label = document.createElement("label");
  label.append(text, control);
  return label;
}

function buildControls(setup: LiveRaceSetup, P: Phrases): Controls {
  const T = P.live;
  const form = document.createElement("form");
  form.className = "lu-live-form";
  form.noValidate = true; // the panel's own check says what is wrong, in the page's language
  const counter = document.createElement("select");
  counter.name = "counter";
  for (const kind of COUNTER_KINDS) {
    const option = new Option(P.charts.kind(kind), kind, false, kind === setup.counter);
    counter.append(option);
  }
  const numbers = {} as Record<NumberField, HTMLInputElement>;
  for (const field of FIELDS) {
    const input = document.createElement("input");
    // A text field with a numeric keyboard, not type="number": a number field hides what was
    // typed when it is not a number ("abc" reads as ""), and the refusal must quote it.
    input.type = "text";
    input.name = field;
    input.inputMode = "numeric";
    input.autocomplete = "off";
    input.spellcheck = false;
    input.value = String(setup[field]);
    numbers[field] = input;
  }
  const run = document.createElement("button");
  run.type = "submit";
  run.className = "lu-live-run";
  run.textContent = T.run;
  const stop = document.createElement("button");
  stop.type = "button";
  stop.className = "lu-live-stop";
  stop.textContent = T.stop;
  stop.disabled = true;
  form.append(
    labelled(T.counter, counter),
    labelled(T.threads, numbers.threads),
    labelled(T.howMany, numbers.howMany),
    labelled(T.sensorWork, numbers.sensorWork),
    labelled(T.trials, numbers.trials),
    run,
    stop,
  );
  return { form, counter, numbers, run, stop };
}

/** The race the controls ask for, or the one line that says which value is refused and why. */
export function readControls(controls: Controls, lang: Lang): LiveRaceSetup | string {
  const T = phrasesFor(lang).live;
  const values = {} as Record<NumberField, number>;
  for (const field of FIELDS) {
    const raw = controls.numbers[field].value.trim();
    const value = Number(raw);
    const { min, max } = FIELD_LIMITS[field];
    if (raw === "" || !Number.isInteger(value) || value < min || value > max) {
      return T.badValue(T[field], raw, min, max);
    }
    values[field] = value;
  }
  if (values.threads * values.howMany > MAX_COUNT) return T.tooMany(values.threads * values.howMany, MAX_COUNT);
  const counter = COUNTER_KINDS.find((kind) => kind === controls.counter.value) ?? "unsafe";
  return { counter, ...values, lang };
}
