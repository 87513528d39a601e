/**
 * The stepper's narrator: what the widget says as a student plays, from the play itself (each
 * step's result from raceStep, the lock, how the play ended, which challenge it met).
 *
 * Pure, and run by the widget's own script (src/lesson/show/stepper/browser/), which the build
 * bundles with it. So it reads the stepper's two phrase tables, not the whole phrase index:
 * every widget carries its own copy of the script, and the index would add some 90 KB to each.
 * The index holds these same two tables, and the compiler checks the Korean one against the
 * English there.
 */
import {
  threadName,
  type LockEvent,
  type LockWord,
  type NamedLockEvent,
  type Program,
  type ProgramStep,
  type RaceStepResult,
  type StepKind,
} from "../analysis/interleavings";
import type { Lang } from "../core/lang";
import { stepper as en } from "./phrases/en/stepper";
import { stepper as ko } from "./phrases/ko/stepper";

export type StepperPhrases = typeof en;
const TABLES: Readonly<Record<Lang, StepperPhrases>> = { en, ko };

export function stepperPhrases(lang: Lang): StepperPhrases {
  return TABLES[lang];
}

const named = (e: LockEvent): NamedLockEvent => ({
  ...e,
  holder: e.holder < 0 ? null : threadName(e.holder),
  woke: e.woke < 0 ? null : threadName(e.woke),
});

/** A step's line in the log, and the mark on a write that erased an update (null: it erased none). */
export function stepLine(lang: Lang, t: number, r: RaceStepResult): { text: string; lost: string | null } {
  const T = TABLES[lang];
  const name = threadName(t);
  if (r.lock) return { text: T.lockEffect(name, named(r.lock)), lost: null };
  const erased = r.erased ? { thread: threadName(r.erased.thread), count: r.erased.count } : null;
  // Without a lock event the step is the increment's own: read, add or write.
  return { text: T.effect(name, r.kind as StepKind, r.value, erased), lost: erased ? T.lost(erased) : null };
}

/** What a key or a click on worker t says while t sleeps on the lock that `holder` holds. */
export function refusalLine(lang: Lang, t: number, holder: number): string {
  return TABLES[lang].refused(threadName(t), threadName(holder));
}

/**
 * A worker's button: its next step (null: done), or, while it sleeps on the lock, whom it
 * waits for (`waitsFor`, -1 when it is awake); and the button's accessible name.
 */
export function workerButton(
  lang: Lang,
  t: number,
  next: ProgramStep | null,
  waitsFor: number,
): { next: string; label: string } {
  const T = TABLES[lang];
  const name = threadName(t);
  if (waitsFor >= 0) {
    const holder = threadName(waitsFor);
    return { next: T.waits(holder), label: T.waitsLabel(name, holder) };
  }
  return { next: T.next(next), label: T.stepLabel(name, next) };
}

/** The lock beside its word: what the value means, and who holds it and who sleeps on it. */
export function lockReading(
  lang: Lang,
  word: LockWord,
  holder: number,
  sleeping: readonly number[],
): { state: string; who: string } {
  const T = TABLES[lang];
  return {
    state: T.wordState(word),
    who: T.lockHolder(holder < 0 ? null : threadName(holder), sleeping.map(threadName)),
  };
}

/** A finished play, as its last word needs it. */
export interface PlayEnd {
  program: Program;
  workers: number;
  /** The final count: the updates kept. */
  count: number;
  /** Per worker, the lock steps that found the lock held and slept. */
  waits: readonly number[];
}

/** The last word of a finished play; `bad` when the count lost updates. */
export function playEnding(lang: Lang, end: PlayEnd): { text: string; bad: boolean } {
  const T = TABLES[lang];
  const bad = end.count < end.workers;
  if (end.program === "unsafe") return { text: T.summary(end.count, end.workers), bad };
  const waited = end.waits.flatMap((times, t) => (times > 0 ? [{ name: threadName(t), times }] : []));
  return { text: T.lockedSummary(end.count, end.workers, waited), bad };
}

/** The stepper's challenges, each a goal the widget checks as the student plays. */
export const CHALLENGE_IDS = ["lose-one", "lose-two", "keep-all", "lock-lose"] as const;
export type ChallengeId = (typeof CHALLENGE_IDS)[number];

/** How a challenge was met: the schedule, and what the verdict says about it. */
export type ChallengeOutcome =
  | { id: "lose-one" | "lose-two" | "keep-all"; schedule: string; workers: number; kept: number }
  | { id: "lock-lose"; schedule: string; holder: number; tried: readonly number[] };

export function challengeGoal(lang: Lang, id: ChallengeId, workers: number): string {
  return TABLES[lang].goal[id](workers);
}

/** The mark on a met challenge: the schedule that met it. */
export function challengeMark(lang: Lang, outcome: ChallengeOutcome): string {
  return TABLES[lang].metBy(outcome.schedule);
}

/** The verdict once a challenge is met: what the schedule kept, or why no schedule can lose an update. */
export function challengeVerdict(lang: Lang, outcome: ChallengeOutcome): string {
  const T = TABLES[lang].verdict;
  if (outcome.id === "lock-lose") return T.noLoss(threadName(outcome.holder), outcome.tried.map(threadName));
  return outcome.kept === outcome.workers
    ? T.keptAll(outcome.schedule, outcome.workers)
    : T.lost(outcome.schedule, outcome.kept, outcome.workers);
}
