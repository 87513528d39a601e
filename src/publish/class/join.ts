/**
 * A student's side of a class session: `npm run race -- --join URL`, or in a notebook cell
 * `await joinClass("http://…")`.
 *
 * It asks the lecturer's presenter for the lecture's parameters, runs that race here with the
 * engine (every trial's sentence printed as the CLI prints it), and sends the result: this
 * machine's cores, Node version and kind of platform, the parameters, and per trial the
 * losses and the times. Nothing else: no hostname, no user name, no address beyond the one
 * the connection itself comes from. One line says what was sent and what the class answered.
 *
 * The server is checked like any input: its parameters must pass the lesson's own limits
 * before a worker starts. Every failure is a JoinError (or an InputError for a malformed
 * address) whose message is one line that says what to do.
 */
import { availableParallelism } from "node:os";
import { runExperiment } from "../../lesson/engine/experiment";
import type { TrialResult } from "../../lesson/engine/pool";
import { lessonLang, type Lang } from "../../lesson/core/lang";
import { phrasesFor } from "../../lesson/narrate/phrases";
import { seedSentence } from "../../lesson/narrate/seedSentence";
import { InputError, describe } from "../../lesson/core/validate";
import { CLASS_PATHS, type Accepted, type ClassParams, type ResultReport } from "./protocol";
import { checkClassParams } from "./resultSchema";

export interface JoinOptions {
  /** The language of the race's sentences and the last line (errors stay English). */
  lang?: Lang;
  /** Where lines go: console.log by default (a notebook's output), the CLI's stdout. */
  print?: (line: string) => void;
  /** How long to wait for the lecturer's machine, per request. */
  timeoutMs?: number;
}

export interface Joined {
  /** The result's id in the session. */
  id: number;
  /** What was sent, as sent. */
  sent: ResultReport;
  /** How many results the class holds now. */
  results: number;
}

/** A class session that could not be joined, said in one line. */
export class JoinError extends Error {
  override get name(): string {
    return "JoinError";
  }
}

interface JoinTarget {
  origin: string;
  token: string;
  /** host:port, as lines show it. */
  where: string;
}

/** The join address as the lecturer shows it: http://HOST:PORT/class/join?token=… */
export function parseJoinUrl(text: unknown): JoinTarget {
  const rule = `the join address the lecturer shows, like http://192.168.1.20:8080${CLASS_PATHS.join}?token=…`;
  let url: URL;
  try {
    url = new URL(String(text));
  } catch {
    throw new InputError(`--join must be ${rule}, got ${describe(text)}`);
  }
  const token = url.searchParams.get("token");
  if ((url.protocol !== "http:" && url.protocol !== "https:") || !token) {
    throw new InputError(`--join must be ${rule}, got ${describe(text)}`);
  }
  return { origin: url.origin, token, where: url.host };
}

/** Why a request never got an answer, in words (Node's fetch hides it in `cause`). */
function unreachable(target: JoinTarget, error: unknown): JoinError {
  const inner = (error as { cause?: { code?: string; message?: string } }).cause;
  const cause = inner?.code ?? inner?.message ?? (error as Error).name;
  const why: Record<string, string> = {
    ECONNREFUSED: "nothing is listening there",
    ENOTFOUND: "no machine has that name",
    EHOSTUNREACH: "that machine cannot be reached from this network",
    ENETUNREACH: "this laptop is on no network that leads there",
    TimeoutError: "it did not answer in time",
    ECONNRESET: "it closed the connection",
    // fetch refuses ports browsers block (6000, 6665–6669, …): the presenter must use another.
    "bad port": "that port is one fetch refuses; the lecturer should choose another with --port",
  };
  return new JoinError(
    `cannot reach the class at ${target.where} (${why[cause] ?? cause}): is the lecturer's ` +
      "npm run present -- --class running, and is this laptop on the same network?",
  );
}

async function request(target: JoinTarget, path: string, timeoutMs: number, init: RequestInit = {}): Promise<unknown> {
  const url = `${target.origin}${path}?token=${encodeURIComponent(target.token)}`;
  let response: Response;
  try {
    response = await fetch(url, { ...init, redirect: "error", signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    throw unreachable(target, error);
  }
  const text = await response.text().catch(() => "");
  if (!response.ok) {
    const said = text.split("\n")[0]!.slice(0, 300); // split gives at least one part
    const hint =
      response.status === 401 || response.status === 403
        ? "; check the join address: each session has a new token"
        : response.status === 429
          ? "; wait a little and join again"
          : "";
    throw new JoinError(`the class at ${target.where} refused ${path} (${response.status}: ${said})${hint}`);
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new JoinError(`the class at ${target.where} answered ${path} with something that is not JSON`);
  }
}

/** The document this machine sends: what the race did here, and nothing about who ran it. */
export function resultReport(params: ClassParams, trials: readonly TrialResult[]): ResultReport {
  return {
    cores: availableParallelism(),
    node: process.version,
    platform: process.platform,
    params,
    trials: trials.map(({ lost, expected, elapsedMs, startSkewMs, loopMs }) => ({
      lost,
      expected,
      elapsedMs,
      startSkewMs,
      loopMs,
    })),
  };
}

export async function joinClass(url: string, options: JoinOptions = {}): Promise<Joined> {
  const target = parseJoinUrl(url);
  const lang = options.lang ?? lessonLang();
  const print = options.print ?? ((line: string) => console.log(line));
  const timeoutMs = options.timeoutMs ?? 10_000;
  const W = phrasesFor(lang).classroom;
  const T = phrasesFor(lang).cli;
  const { name } = phrasesFor(lang).counters;

  let params: ClassParams;
  const offered = await request(target, CLASS_PATHS.params, timeoutMs);
  try {
    params = checkClassParams(offered, "the lecture's parameters");
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw new JoinError(`the class at ${target.where} asked for a race this lesson does not run: ${error.message}`);
  }

  print(W.joining(target.where));
  const { counter, threads, howMany, sensorWork } = params;
  print(T.header(name[counter], threads, howMany, sensorWork, process.version, availableParallelism()));
  const experiment = await runExperiment({
    ...params,
    onTrial: (trial) =>
      print(T.trial(seedSentence(trial, lang), trial.lost, trial.lost / trial.expected, trial.elapsedMs)),
  });

  const sent = resultReport(params, experiment.trials);
  const answer = await request(target, CLASS_PATHS.results, timeoutMs, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(sent),
  });
  const accepted = answer as Partial<Accepted>;
  if (!Number.isInteger(accepted.id) || !Number.isInteger(accepted.results)) {
    throw new JoinError(`the class at ${target.where} answered the result with something unexpected`);
  }
  const joined = { id: accepted.id!, results: accepted.results!, sent };
  print(W.sent(target.where, sent, joined));
  return joined;
}
