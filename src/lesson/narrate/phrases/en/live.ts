/** The live race: notebook 1's race and notebook 3's histogram run again in the viewer's browser. */
import { f, int, s } from "./format";

/** "No trial of 5 lost an update", or for a single trial, "The trial lost no update". */
const noneOf = (trials: number) =>
  trials === 1 ? "The trial lost no update" : `No trial of ${int(trials)} lost an update`;

export const live = {
  heading: "Run it again, in this browser",
  counter: "Counter",
  threads: "Workers",
  howMany: "Increments each",
  sensorWork: "Sensor work",
  trials: "Trials",
  run: "Run",
  stop: "Stop",
  ready: (threads: number, howMany: number) =>
    `Press Run: ${s(threads, "worker")} × ${int(howMany)} increments race in this browser's own threads.`,
  running: (done: number, trials: number) => `Trial ${int(done)} of ${int(trials)}…`,
  stopped: "Stopped: its workers were ended.",

  // Before the panel can run: what the page lacks, and how to get it, under the exported run's chart.
  offline:
    "This is the run the notebook made. It races again live in the browser where the lesson is served: on any HTTPS web host, or with `npm run present`.",
  fromFile:
    "Opened from disk, this page cannot share memory with its workers: this is the run the export made. To race live, open the lesson from a web host (HTTPS), or present it with `npm run present`.",
  notSecure: (host: string) =>
    `This page came from ${host} over plain HTTP, and a browser shares memory with workers only on a secure page (HTTPS, or localhost): this is the run the export made. Serve the lesson over HTTPS, or join the class from a terminal: \`npm run race -- --join\`.`,
  notIsolated:
    "This page was not served cross-origin isolated, so the browser gives its workers no shared memory: this is the run the export made. Present the lesson with `npm run present`, which serves it so.",
  isolating: "Reloading once, so that the browser lets this page share memory with its workers…",
  noServiceWorker:
    "This browser gives the page no service worker (a private window, or a setting blocks them), so it cannot share memory with its workers: this is the run the export made. Open the lesson in an ordinary window, or present it with `npm run present`.",
  stillNotIsolated:
    "This page reloaded once to become cross-origin isolated, and the browser still gives its workers no shared memory: this is the run the export made. Present the lesson with `npm run present` to race live.",

  // A value the panel refuses, before anything runs.
  badValue: (label: string, value: string, min: number, max: number) =>
    `${label} must be a whole number from ${int(min)} to ${int(max)}, not “${value}”.`,
  tooMany: (total: number, max: number) =>
    `Workers × increments is ${int(total)}, more than the shared cell holds (${int(max)}): lower one of them.`,
  failed: (message: string) => `The race stopped: ${message}`,

  // The class slide: the room's machines, live while the lesson is presented with --class.
  classOffline:
    "When the lesson is presented with `npm run present -- --class`, the room's machines appear here as they join and race.",
  classNoSession:
    "No class session is running. Start one on the presenting machine with `npm run present -- --class`; each laptop in the room then joins with:",
  /** The join command as the slide shows it before a session gives the address. */
  classJoinCommand: "npm run race -- --join ADDRESS",
  /** Above the last session the export kept, drawn read-only. */
  classKept: (startedAt: string, machines: number) =>
    `The room's machines in the last class session this export kept (${startedAt}, ${s(machines, "machine")}). For a room of your own, start one with \`npm run present -- --class\`.`,

  // The event-loop race (notebook 4), run again in a Web Worker's one thread: it needs no shared memory.
  eventLoop: {
    heading: "The event-loop race, in this browser",
    tasks: "Tasks",
    howMany: "Increments each",
    ready: (tasks: number, howMany: number) =>
      `Press Run: ${s(tasks, "task")} × ${int(howMany)} increments on one thread of this browser, each counter in turn.`,
    running: (name: string) => `Running ${name}…`,
    offline:
      "This is the run the notebook made. On the lesson's exported page and slides this race runs again in the browser, opened from disk too.",
    tooMany: (total: number, max: number) =>
      `Tasks × increments is ${int(total)}, more than ${int(max)}: lower one of them.`,
    machine: (browser: string) => `Ran in ${browser}, on one thread: a Web Worker's event loop.`,
  },

  // What the run found, narrated by narrate/live.ts.
  machine: (browser: string, cores: number) => `Ran in ${browser}, on ${s(cores, "core")} as the browser reports them.`,
  timing: (countingMs: number, nsPerIncrement: number) =>
    `Counting took a median ${f.ms(countingMs)} ms: ${f.ns(nsPerIncrement)} ns per increment, all workers together.`,
  someLost: (losing: number, trials: number, worst: number) =>
    `**${int(losing)} of ${s(trials, "trial")} lost updates**; the worst trial lost ${f.pct(worst)} of its updates.`,
  noneLost: (trials: number) =>
    `**${noneOf(trials)} this time.** The workers never met inside an increment: run it again, or give each more increments so that their loops overlap longer.`,
  noneLostOneCore: (trials: number, howMany: number, sensorWork: number) =>
    `**${noneOf(trials)}.** With one core the workers only take turns, and a turn seldom ends between a read and its write: try ${int(howMany)} increments each and a sensor work of ${int(sensorWork)}.`,
  exact: (kind: string, trials: number, expected: number) =>
    `**${trials === 1 ? "The trial" : `All ${int(trials)} trials`} counted exactly ${int(expected)}** with the ${kind} counter.`,
  notExact: (kind: string, losing: number, trials: number) =>
    `**${int(losing)} of ${s(trials, "trial")} lost updates with the ${kind} counter.** It must never lose one: this is a bug, please report it.`,
};
