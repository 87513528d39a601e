/**
 * The class session's words: what the lecturer's class page and the phone's join page show, and
 * the lines a student's terminal prints when it joins. Pure functions of the session's numbers,
 * so the page in the browser and the join client in Node say the same, and a test reads every
 * branch. Errors stay in English, like every error the lesson raises.
 */
import type { CounterKind } from "../../../engine/counters";
import { counters } from "./counters";
import { f, int, s } from "./format";

/**
 * The parts of a class session's race and of a machine's result that these words state, as the
 * class protocol (publish/class/protocol.ts) carries them: the lesson's words know the shapes
 * they read, not the session that sends them.
 */
export interface ClassRace {
  counter: CounterKind;
  threads: number;
  howMany: number;
  sensorWork: number;
}
export interface ClassResult {
  cores: number;
  node: string;
  platform: string;
  params: ClassRace;
  trials: readonly { lost: number; elapsedMs: number }[];
}

export interface ClassWords {
  pageTitle: string;
  joinHeading: string;
  /** Above the command a student runs. */
  joinHow: string;
  /** Under the command on the join page: why a browser joins from a terminal, and what is sent. */
  joinWhy: string;
  /** Above the room's chart on the join page. */
  joinRoom: string;
  /** When this machine is on no network. */
  noAddress: string;
  /** Above the chart: the race the room runs. */
  chartTitle: string;
  /** The race the room runs, under the title. */
  chartSubtitle(params: ClassRace): string;
  xAxis: string;
  yAxis: string;
  /** Under the chart, before any result. */
  waiting: string;
  /** Under the chart: how many machines, how many trials, the median share lost. */
  summary(machines: number, trials: number, medianLost: number): string;
  /** A platform as people name it (process.platform → Linux, macOS, Windows). */
  platform(kind: string): string;
  /** The legend's entry for every platform but Linux, macOS and Windows. */
  otherPlatform: string;
  /** A point's tooltip: one machine's trial. */
  point(id: number, cores: number, node: string, platform: string, lost: number): string;
  /** The join client's line: what it sent, and what the class answered. */
  sent(where: string, report: ClassResult, accepted: { id: number; results: number }): string;
  /** The join client's first line. */
  joining(where: string): string;
}

/** A platform as people name it (process.platform → Linux, macOS, Windows). */
export const PLATFORM_NAMES: Record<string, string> = { linux: "Linux", darwin: "macOS", win32: "Windows" };
export const platformName = (kind: string) => PLATFORM_NAMES[kind] ?? kind;

export const classroom: ClassWords = {
  pageTitle: "The room's race",
  joinHeading: "Join the race",
  joinHow: "In the lesson's folder, run:",
  joinWhy:
    "A browser cannot race from this address: the race needs shared memory, which a browser gives only to a page from its own machine (localhost) or from HTTPS, and this page is neither. Your laptop runs it with Node instead, on all its cores, and sends the room your losses and times, with your core count and Node version: nothing about you.",
  joinRoom: "The room so far",
  noAddress: "This machine is on no network, so the room cannot reach it: join the room's network and start again.",
  chartTitle: "Lost updates per trial, machine by machine",
  chartSubtitle: (p) =>
    `${p.counter} counter, ${s(p.threads, "worker")} × ${int(p.howMany)}` +
    (p.sensorWork > 0 ? `, sensor work ${int(p.sensorWork)}` : ""),
  xAxis: "cores (as each machine reports them)",
  yAxis: "updates lost per trial (%)",
  waiting: "Waiting for the first machine to send its race…",
  summary: (machines, trials, median) =>
    `${s(machines, "machine")}, ${s(trials, "trial")}; the median trial lost ${f.pct(median)}`,
  platform: platformName,
  otherPlatform: "other",
  point: (id, cores, node, platform, lost) =>
    `#${id}: ${s(cores, "core")}, Node ${node}, ${platformName(platform)}: lost ${f.pct(lost)}`,
  sent: (where, r, accepted) =>
    `sent to ${where}: ${s(r.cores, "core")}, Node ${r.node}, ${platformName(r.platform)}; ${s(r.trials.length, "trial")} ` +
    `of ${counters.label[r.params.counter]} ${int(r.params.threads)} × ${int(r.params.howMany)}: lost ` +
    `${r.trials.map((t) => int(t.lost)).join(" · ")} in ${r.trials.map((t) => f.ms(t.elapsedMs)).join(" · ")} ms; ` +
    `kept as #${accepted.id} (${s(accepted.results, "result")} in the room)`,
  joining: (where) => `joining the class at ${where}: running the lecture's race on this machine`,
};
