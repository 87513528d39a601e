/**
 * Notebook 4's event-loop race, run again in this browser: controls for the tasks and their
 * increments; Run races the synchronous, unsafe and locked counters in turn on one thread (a
 * Web Worker's event loop, eventLoopWorker.ts: the event-loop module's own code), draws each
 * counter's losses as it ends with the notebook's own chart configuration (eventLoopConfig),
 * and says what the run found with the notebook's own narrators (narrate/eventLoop.ts), in the
 * page's language. It needs no shared memory, so it runs wherever the page opens, from disk
 * too; Stop ends its worker at once.
 */
import { BarController, BarElement, CategoryScale, Chart, LinearScale, SubTitle, Title } from "chart.js";
import {
  MAX_HOW_MANY,
  MAX_TASKS,
  MAX_TOTAL_INCREMENTS,
  type EventLoopRaceResult,
} from "../../../lesson/eventLoop/eventLoopRace";
import { asyncLockedReading, awaitedReading } from "../../../lesson/narrate/eventLoop";
import { phrasesFor } from "../../../lesson/narrate/phrases";
import { EVENT_LOOP_ORDER, eventLoopConfig } from "../../../lesson/show/charts/eventLoopConfig";
import { inlineMarkdownHtml } from "../../../lesson/show/inlineMarkdown";
import { liveEventLoopSetup, type LiveEventLoopSetup } from "../../../lesson/show/liveEventLoopSetup";
import type { FromEventLoopWorker, ToEventLoopWorker } from "./eventLoopMessages";
import { keepKeysInPanel } from "./panelKeys";
import { ScaledChart } from "./scaledChart";
import { paragraph, type Machine } from "./livePanel";

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Title, SubTitle);

/** The worker's bundle, as text (tools/buildBrowser.ts puts it here at build time). */
declare const EVENT_LOOP_WORKER_SOURCE: string;

type Field = "tasks" | "howMany";
const FIELDS: readonly Field[] = ["tasks", "howMany"];
const LIMITS: Record<Field, { min: number; max: number }> = {
  tasks: { min: 1, max: MAX_TASKS },
  howMany: { min: 1, max: MAX_HOW_MANY },
};

/** Builds the panel in `root` (a placeholder written by showLiveEventLoop) and wires it. */
export function mountEventLoopPanel(root: HTMLElement, setupJson: string, machine: Machine): void {
  const setup = liveEventLoopSetup(JSON.parse(setupJson) as LiveEventLoopSetup);
  const P = phrasesFor(setup.lang);
  const T = P.live.eventLoop;

  const form = document.createElement("form");
  form.className = "lu-live-form";
  form.noValidate = true;
  const inputs = {} as Record<Field, HTMLInputElement>;
  const labels: Record<Field, string> = { tasks: T.tasks, howMany: T.howMany };
  for (const field of FIELDS) {
    const input = document.createElement("input");
    input.type = "text"; // a numeric keyboard, and what was typed stays to be quoted (livePanel.ts says why)
    input.name = field;
    input.inputMode = "numeric";
    input.autocomplete = "off";
    input.spellcheck = false;
    input.value = String(setup[field]);
    inputs[field] = input;
    const label = document.createElement("label");
    label.append(labels[field], input);
    form.append(label);
  }
  const run = document.createElement("button");
  run.type = "submit";
  run.className = "lu-live-run";
  run.textContent = P.live.run;
  const stop = document.createElement("button");
  stop.type = "button";
  stop.className = "lu-live-stop";
  stop.textContent = P.live.stop;
  stop.disabled = true;
  form.append(run, stop);

  const status = paragraph("lu-live-status", T.ready(setup.tasks, setup.howMany));
  status.setAttribute("role", "status");
  const chart = new ScaledChart();
  const outcome = paragraph("lu-live-outcome", "");
  const where = paragraph("lu-live-machine", "");
  const exported = root.dataset.luExported ? (JSON.parse(root.dataset.luExported) as EventLoopRaceResult[]) : [];
  root.replaceChildren(form, status, chart.holder, outcome, where);
  root.dataset.state = "ready";
  let draws = 0;
  const draw = (runs: readonly EventLoopRaceResult[]) => chart.draw(eventLoopConfig(runs, { lang: setup.lang }));
  if (exported.length > 0) {
    chart.drawWhenShown(() => {
      draw(exported);
      // For tests and for anyone inspecting the page: what the chart shows now.
      root.dataset.chart = "exported";
    });
  }

  keepKeysInPanel(root);

  const say = (text: string, kind: "status" | "error" = "status") => {
    status.innerHTML = inlineMarkdownHtml(text);
    status.classList.toggle("lu-live-error", kind === "error");
  };

  let worker: Worker | null = null;
  /** Ends the counter's race under way, from Stop: its worker never answers once terminated. */
  let abandon: (() => void) | null = null;
  let stopped = false;
  let running = false;
  stop.addEventListener("click", () => {
    stopped = true;
    worker?.terminate();
    worker = null;
    abandon?.();
    finish("stopped", P.live.stopped);
  });

  const finish = (state: string, line: string, kind: "status" | "error" = "status") => {
    running = false;
    run.disabled = false;
    stop.disabled = true;
    say(line, kind);
    root.dataset.state = state;
  };

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (running) return;
    const asked = readFields(inputs, setup);
    if (typeof asked === "string") {
      say(asked, "error");
      root.dataset.state = "refused";
      return;
    }
    void race(asked);
  });

  async function race(size: { tasks: number; howMany: number }): Promise<void> {
    running = true;
    stopped = false;
    run.disabled = true;
    stop.disabled = false;
    root.dataset.state = "running";
    outcome.textContent = "";
    where.textContent = "";
    const results: EventLoopRaceResult[] = [];
    const url = URL.createObjectURL(new Blob([EVENT_LOOP_WORKER_SOURCE], { type: "text/javascript" }));
    const own = new Worker(url, { name: "lost-updates event loop" });
    URL.revokeObjectURL(url);
    worker = own;
    try {
      for (const counter of EVENT_LOOP_ORDER) {
        say(T.running(P.counters.asyncName[counter]));
        const result = await new Promise<EventLoopRaceResult>((resolve, reject) => {
          abandon = () => reject(new Error("stopped"));
          ask(own, { counter, ...size }).then(resolve, reject);
        });
        results.push(result);
        draw(results);
        root.dataset.chart = "run";
        root.dataset.draws = String(++draws);
        root.dataset.results = JSON.stringify(results);
      }
      const [sync, unsafe, locked] = EVENT_LOOP_ORDER.map((kind) => results.find((r) => r.counter === kind)!);
      const facts = { lang: setup.lang, cores: machine.cores, node: machine.browser };
      outcome.innerHTML = inlineMarkdownHtml(
        `${awaitedReading(facts, unsafe!, sync!)} ${asyncLockedReading(facts, locked!, unsafe!)}`,
      );
      where.innerHTML = inlineMarkdownHtml(T.machine(machine.browser));
      finish("done", "");
    } catch (error) {
      if (!stopped) finish("failed", P.live.failed((error as Error).message), "error");
    } finally {
      abandon = null;
      own.terminate();
      if (worker === own) worker = null;
    }
  }
}

/** One counter's race on the worker: its result, or why it failed (a worker ended by Stop never answers). */
function ask(worker: Worker, request: ToEventLoopWorker): Promise<EventLoopRaceResult> {
  return new Promise((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<FromEventLoopWorker>) => {
      if (event.data.kind === "result") resolve(event.data.result);
      else reject(new Error(event.data.message));
    };
    worker.onerror = (event) => reject(new Error(event.message || "the event-loop worker failed"));
    worker.postMessage(request);
  });
}

/** The size the fields ask for, or the one line that says which value is refused and why. */
function readFields(
  inputs: Record<Field, HTMLInputElement>,
  setup: LiveEventLoopSetup,
): { tasks: number; howMany: number } | string {
  const P = phrasesFor(setup.lang);
  const labels: Record<Field, string> = { tasks: P.live.eventLoop.tasks, howMany: P.live.eventLoop.howMany };
  const values = {} as Record<Field, number>;
  for (const field of FIELDS) {
    const raw = inputs[field].value.trim();
    const value = Number(raw);
    const { min, max } = LIMITS[field];
    if (raw === "" || !Number.isInteger(value) || value < min || value > max) {
      return P.live.badValue(labels[field], raw, min, max);
    }
    values[field] = value;
  }
  if (values.tasks * values.howMany > MAX_TOTAL_INCREMENTS) {
    return P.live.eventLoop.tooMany(values.tasks * values.howMany, MAX_TOTAL_INCREMENTS);
  }
  return values;
}
