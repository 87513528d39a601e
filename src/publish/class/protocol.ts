/**
 * What crosses the network between the presenter's class session and the machines that join
 * it: the paths, the lecture's parameters, and the one document a student sends back.
 *
 * A result says what the race did on one machine and nothing about who ran it: the cores,
 * the Node version, the kind of platform (process.platform: "linux", "darwin", "win32", …,
 * never a hostname), the parameters it ran, and per trial the losses and the times. The
 * server keeps each accepted result under an id of its own and the time it arrived.
 *
 * Imported by the server, by the join client and by the lecturer's page in the browser:
 * types and constants only, nothing that needs Node.
 */
import type { CounterKind } from "../../lesson/engine/counters";

/** Every path the class session answers; everything else is a file of the export. */
export const CLASS_PATHS = {
  /** The lecturer's page: the join address, its QR code, the room's results drawn live. */
  page: "/class/",
  /** The address students are given (with ?token=): in a browser, how to join from a terminal. */
  join: "/class/join",
  /** The lecture's parameters (with ?token=). */
  params: "/class/params",
  /**
   * POST a result (with ?token=); GET the room's results (on the presenting machine, or with
   * ?token=), those after a result's id with &after=ID.
   */
  results: "/class/results",
  /** The join addresses, their QR codes, the parameters: for the lecturer's page. */
  session: "/class/session",
  /** Server-Sent Events: the results so far, then each new one as it is accepted. */
  events: "/class/events",
  /** The lecturer's page's script, bundled from browser/classView.ts. */
  script: "/class/class-view.js",
  /** The join page's script (with ?token=), bundled from browser/joinView.ts: the room's chart on a phone. */
  joinScript: "/class/join-view.js",
} as const;

/** The race every machine in the room runs: notebook 1's, unless the lecturer chose others. */
export interface ClassParams {
  counter: CounterKind;
  threads: number;
  howMany: number;
  sensorWork: number;
  trials: number;
}

/** One trial as the engine measured it (src/lesson/engine/pool.ts, TrialResult). */
export interface TrialReport {
  lost: number;
  expected: number;
  elapsedMs: number;
  startSkewMs: number;
  loopMs: number;
}

/** What a student's machine sends: exactly these fields, no others. */
export interface ResultReport {
  cores: number;
  node: string;
  platform: string;
  params: ClassParams;
  trials: TrialReport[];
}

/** A result the session accepted: the report, its id in this session, and when it arrived. */
export interface KeptResult extends ResultReport {
  id: number;
  receivedAt: string;
}

/** What POST /class/results answers when it keeps a result. */
export interface Accepted {
  id: number;
  /** How many results the session holds, this one included. */
  results: number;
}

/** A join address as the lecturer shows it, with its QR code. */
export interface JoinAddress {
  url: string;
  /** The QR code of `url` as an SVG data URI, for an <img>. */
  qr: string;
}

/** GET /class/session: what the lecturer's page shows around the results. */
export interface SessionInfo {
  startedAt: string;
  params: ClassParams;
  join: JoinAddress[];
  /** The session's results file, relative to the export folder. */
  file: string;
}

/** The rules a result is held to (src/publish/class/resultSchema.ts), and the body's size. */
export const CLASS_LIMITS = {
  /** Bytes of a POSTed result: 20 trials take about 2 KB. */
  bodyBytes: 8_192,
  trials: { min: 1, max: 20 },
  cores: { min: 1, max: 1_024 },
  /** A trial gives up after 120 s (src/lesson/engine/pool.ts); five times that is no trial. */
  trialMs: 600_000,
  /** Results one session keeps; past it, the session is full. */
  results: 5_000,
} as const;

/** The kinds of platform Node reports (process.platform). WSL says "linux". */
export const PLATFORMS = [
  "aix",
  "android",
  "cygwin",
  "darwin",
  "freebsd",
  "haiku",
  "linux",
  "netbsd",
  "openbsd",
  "sunos",
  "win32",
] as const;

/** The parameter names in the order they are shown and sent. */
export const CLASS_PARAM_NAMES = ["counter", "threads", "howMany", "sensorWork", "trials"] as const;
export const TRIAL_FIELDS = ["lost", "expected", "elapsedMs", "startSkewMs", "loopMs"] as const;
export const RESULT_FIELDS = ["cores", "node", "platform", "params", "trials"] as const;
