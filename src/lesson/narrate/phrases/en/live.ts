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

  // Before the panel can run: what the page lacks, and how to get it.
  offline:
    "This race runs live in the browser when the lesson is presented: `npm run export`, then `npm run present`, and open the address it prints.",
  fromFile:
    "Opened from disk, this page cannot share memory with its workers. To run the race here, present the lesson with `npm run present` and open the address it prints.",
  notSecure: (host: string) =>
    `This page came from ${host} over plain HTTP, and a browser shares memory with workers only on a secure page (localhost or HTTPS). Join from the terminal instead: \`npm run race -- --join\`.`,
  notIsolated:
    "This page was not served cross-origin isolated, so the browser gives its workers no shared memory. Present the lesson with `npm run present`, which serves it so.",

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
    "No class session is running: start the presenter with `npm run present -- --class` to let the room join.",

  // What the run found, narrated by narrate/live.ts.
  machine: (browser: string, cores: number) => `Ran in ${browser}, on ${s(cores, "core")} as the browser reports them.`,
  timing: (countingMs: number, nsPerIncrement: number) =>
    `Counting took a median ${f.ms(countingMs)} ms: ${f.ns(nsPerIncrement)} ns per increment, all workers together.`,
  someLost: (losing: number, trials: number, worst: number) =>
    `**${int(losing)} of ${s(trials, "trial")} lost updates**; the worst lost ${f.pct(worst)} of them.`,
  noneLost: (trials: number) =>
    `**${noneOf(trials)} this time.** The workers never met inside an increment: run it again, or give each more increments so that their loops overlap longer.`,
  noneLostOneCore: (trials: number, howMany: number, sensorWork: number) =>
    `**${noneOf(trials)}.** With one core the workers only take turns, and a turn seldom ends between a read and its write: try ${int(howMany)} increments each and a sensor work of ${int(sensorWork)}.`,
  exact: (kind: string, trials: number, expected: number) =>
    `**${trials === 1 ? "The trial" : `All ${int(trials)} trials`} counted exactly ${int(expected)}** with the ${kind} counter.`,
  notExact: (kind: string, losing: number, trials: number) =>
    `**${int(losing)} of ${s(trials, "trial")} lost updates with the ${kind} counter.** It must never lose one: this is a bug, please report it.`,
};
