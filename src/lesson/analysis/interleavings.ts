/**
 * Every way T threads can interleave K increments of `count += 1`.
 *
 * The seed unpacks `+=` into three steps: read the counter into a register, add
 * one to the register, write the register back. Each thread runs its steps in
 * program order; the scheduler may switch threads between any two steps. An
 * interleaving is one such order, written as the thread of each step
 * ("AABABB..."): the step's kind follows from how many steps that thread has
 * already taken. Simulating all of them shows how many schedules lose an update.
 *
 * The count is the multinomial (3TK)! / ((3K)!)^T and grows fast (2 threads × 4
 * increments is already 2.7 million), so it is computed exactly up front and a
 * request past the limit is refused before any work is done.
 */

import { checkInteger, InputError } from "../core/validate";

export type StepKind = "read" | "add" | "write";
export const STEP_KINDS: readonly [StepKind, StepKind, StepKind] = ["read", "add", "write"];

/**
 * What each thread runs per increment: the three steps alone (the unsafe counter), or the
 * same three between taking the lesson's mutex and letting it go (the locked counter).
 */
export type Program = "unsafe" | "locked";
export const PROGRAMS: readonly Program[] = ["unsafe", "locked"];
export type ProgramStep = "lock" | StepKind | "unlock";
export const PROGRAM_STEPS: Readonly<Record<Program, readonly ProgramStep[]>> = {
  unsafe: STEP_KINDS,
  locked: ["lock", ...STEP_KINDS, "unlock"],
};

export const MAX_THREADS = 26; // one letter each
/** Far past any limit the count allows; it only keeps the exact count's loop finite. */
export const MAX_INCREMENTS = 1_000;
export const DEFAULT_LIMIT = 1_000_000;

export interface Interleaving {
  /** Thread letter of each step, e.g. "AABABB". */
  order: string;
  expected: number;
  final: number;
  /** expected - final */
  lost: number;
}

export interface InterleavingOptions {
  threads: number;
  increments: number;
  /** Refuse when there would be more interleavings than this. */
  limit?: number;
}

export interface OutcomeCount {
  final: number;
  lost: number;
  count: number;
}

export interface InterleavingSummary {
  threads: number;
  increments: number;
  expected: number;
  total: number;
  /** Interleavings that end below `expected`. */
  lost: number;
  /** Interleavings that end at `expected`. */
  kept: number;
  /** One row per distinct final value, highest final first. */
  outcomes: OutcomeCount[];
}

export function threadName(index: number): string {
  return String.fromCharCode(65 + index);
}

function checkShape(threads: unknown, increments: unknown): void {
  checkInteger("threads", threads, 1, MAX_THREADS);
  checkInteger("increments", increments, 1, MAX_INCREMENTS);
}

/** Exact number of interleavings: (3TK)! / ((3K)!)^T, as a product of binomials. */
export function countInterleavingsExact(threads: number, increments: number): bigint {
  checkShape(threads, increments);
  const per = BigInt(3 * increments);
  let total = 1n;
  let placed = 0n;
  // Thread t chooses its `per` slots among the placed + per so far: C(placed + per, per).
  for (let t = 0; t < threads; t++) {
    for (let i = 1n; i <= per; i++) total = (total * (placed + i)) / i;
    placed += per;
  }
  return total;
}

/** The same count as a number: exact up to 2^53, rounded above. */
export function countInterleavings(threads: number, increments: number): number {
  return Number(countInterleavingsExact(threads, increments));
}

function checkLimit(options: InterleavingOptions): void {
  checkShape(options.threads, options.increments);
  const limit = checkInteger("limit", options.limit ?? DEFAULT_LIMIT, 1, Number.MAX_SAFE_INTEGER);
  const n = countInterleavingsExact(options.threads, options.increments);
  if (n > BigInt(limit)) {
    throw new InputError(
      `${options.threads} threads × ${options.increments} increments have ${n} interleavings, ` +
        `more than the limit of ${limit}; use fewer threads or increments, or raise limit`,
    );
  }
}

/**
 * The race between steps: the shared count, and per thread its register, the count it
 * last read and how many steps of its program it has taken; and the lock, for the locked
 * program.
 */
export interface RaceState {
  readonly program: Program;
  readonly count: number;
  readonly registers: readonly number[];
  readonly seen: readonly number[];
  readonly taken: readonly number[];
  /** The thread whose write the count holds; -1 before any write. */
  readonly lastWriter: number;
  /** The lock word, as the lesson's mutex keeps it (below): 0, 1 or 2. */
  readonly word: LockWord;
  /** The thread that holds the lock; -1 while it is free. */
  readonly holder: number;
  /** Threads asleep on the lock word, in the order they went to sleep. */
  readonly sleeping: readonly number[];
  /** Per thread: woken by an unlock and not yet back at its lock step. */
  readonly woken: readonly boolean[];
}

/**
 * The lock word's states, those of src/lesson/engine/mutex.ts (Drepper, "Futexes Are
 * Tricky", mutex 3):
 *   0  unlocked
 *   1  locked, nobody waiting
 *   2  locked, someone may be waiting
 * A thread's lock step is the mutex's lock(): compare-exchange 0 → 1, the fast path; if the
 * word was not 0, exchange it to 2 and sleep (Atomics.wait) until an unlock wakes it. A woken
 * thread's next lock step is the slow path's loop: exchange to 2, and it holds the lock if the
 * word was 0 (keeping 2, since it cannot know whether anyone else sleeps), or sleeps again if
 * another thread took the lock first. An unlock exchanges the word to 0 and, only if the old
 * value was 2, wakes one sleeper (Atomics.notify wakes the longest asleep first).
 *
 * One step here is what the mutex does between two points where the scheduler may switch:
 * the failed compare-exchange, the exchange to 2 and the wait are one step, since nothing
 * another thread does between them changes where the thread ends up (the word stays
 * non-zero while its holder has not run, and a wait on 2 returns at once if the word moved).
 */
export type LockWord = 0 | 1 | 2;
const UNLOCKED = 0;
const LOCKED = 1;
const CONTENDED = 2;

/** What a lock or unlock step did to the lock. */
export interface LockEvent {
  /** The word before the step and after it. */
  before: LockWord;
  after: LockWord;
  /** lock: "took" the lock, or "waits" asleep on it; unlock: "released". */
  outcome: "took" | "waits" | "released";
  /** A woken thread's lock step, back in the slow path's loop. */
  woken: boolean;
  /** Who holds the lock after the step (-1: nobody): the taker, or whoever the waiter waits for. */
  holder: number;
  /** An unlock's wake-up: the thread it woke; -1 if the old word was 1, or 2 with nobody asleep. */
  woke: number;
}

export interface RaceStepResult {
  state: RaceState;
  /** The thread's next step in its program. */
  kind: ProgramStep;
  /** The register after a read or an add; the value written by a write; the word after a lock or unlock. */
  value: number;
  /** A write over another thread's update made since this thread read: whose, and the count it erased. */
  erased: { thread: number; count: number } | null;
  /** What a lock or unlock step did; null for read, add and write. */
  lock: LockEvent | null;
}

export function startRace(threads: number, program: Program = "unsafe"): RaceState {
  const zeros = new Array<number>(threads).fill(0);
  return {
    program,
    count: 0,
    registers: zeros,
    seen: zeros,
    taken: zeros,
    lastWriter: -1,
    word: UNLOCKED,
    holder: -1,
    sleeping: [],
    woken: new Array<boolean>(threads).fill(false),
  };
}

/** The step thread t takes next, or null while it sleeps on the lock and can take none. */
export function nextStep(state: RaceState, t: number): ProgramStep | null {
  if (state.sleeping.includes(t)) return null;
  const steps = PROGRAM_STEPS[state.program];
  return steps[state.taken[t]! % steps.length]!;
}

/**
 * Thread t takes its next step: the one definition of read, add and write, and of the lock's
 * steps. Pure: it is also the simulation inside the stepper widget (src/lesson/show/stepper/,
 * whose script the build bundles with this module), so the page a student plays and the
 * tables the lesson prints cannot drift apart. `t` is one of the state's threads
 * (0 … threads − 1), so every index in it is in range; a thread asleep on the lock takes no
 * step (nextStep says so), and asking for one is a mistake in the caller.
 */
export function raceStep(state: RaceState, t: number): RaceStepResult {
  const kind = nextStep(state, t);
  if (kind === null) throw new RangeError(`thread ${threadName(t)} sleeps on the lock: it takes no step until woken`);
  if (kind === "lock") return lockStep(state, t);
  if (kind === "unlock") return unlockStep(state, t);
  const registers = state.registers.slice();
  const seen = state.seen.slice();
  const taken = state.taken.slice();
  taken[t]! += 1;
  let count = state.count;
  let lastWriter = state.lastWriter;
  let erased: RaceStepResult["erased"] = null;
  if (kind === "read") {
    registers[t] = count;
    seen[t] = count;
  } else if (kind === "add") {
    registers[t]! += 1;
  } else {
    // Someone wrote since this thread read: writing its stale sum erases their update.
    if (count !== seen[t]) erased = { thread: lastWriter, count };
    count = registers[t]!;
    lastWriter = t;
  }
  return {
    state: { ...state, count, registers, seen, taken, lastWriter },
    kind,
    value: registers[t]!,
    erased,
    lock: null,
  };
}

function lockStep(state: RaceState, t: number): RaceStepResult {
  const before = state.word;
  const woken = state.woken.slice();
  const wasWoken = woken[t]!;
  woken[t] = false;
  const took = before === UNLOCKED;
  // The fast path's compare-exchange sets 1; every other way through sets 2.
  const after: LockWord = took && !wasWoken ? LOCKED : CONTENDED;
  const taken = state.taken.slice();
  if (took) taken[t]! += 1;
  const holder = took ? t : state.holder;
  const sleeping = took ? state.sleeping : [...state.sleeping, t];
  return {
    state: { ...state, word: after, holder, sleeping, woken, taken },
    kind: "lock",
    value: after,
    erased: null,
    lock: { before, after, outcome: took ? "took" : "waits", woken: wasWoken, holder, woke: -1 },
  };
}

function unlockStep(state: RaceState, t: number): RaceStepResult {
  const before = state.word;
  // The mutex throws on an unlock of a free lock; in a program only the holder reaches unlock.
  if (state.holder !== t || before === UNLOCKED) {
    throw new RangeError(`thread ${threadName(t)} unlocks a lock it does not hold`);
  }
  const woke = before === CONTENDED && state.sleeping.length > 0 ? state.sleeping[0]! : -1;
  const woken = state.woken.slice();
  if (woke >= 0) woken[woke] = true;
  const taken = state.taken.slice();
  taken[t]! += 1;
  return {
    state: {
      ...state,
      word: UNLOCKED,
      holder: -1,
      sleeping: woke >= 0 ? state.sleeping.slice(1) : state.sleeping,
      woken,
      taken,
    },
    kind: "unlock",
    value: UNLOCKED,
    erased: null,
    lock: { before, after: UNLOCKED, outcome: "released", woken: false, holder: -1, woke },
  };
}

function threadIndex(order: string, s: number, threads: number): number {
  const t = order.charCodeAt(s) - 65;
  if (!(t >= 0 && t < threads)) {
    throw new RangeError(`order has step ${s} by thread ${order[s]}, outside A..${threadName(threads - 1)}`);
  }
  return t;
}

/** The thread of step s of an order, checked: one of the threads, and awake to take a step. */
function stepper(order: string, s: number, state: RaceState): number {
  const t = threadIndex(order, s, state.taken.length);
  if (nextStep(state, t) === null) {
    throw new RangeError(`order has step ${s} by thread ${order[s]}, which then sleeps on the lock`);
  }
  return t;
}

/** Runs one order on a shared counter with a register per thread; returns the final count. */
export function simulate(order: string, threads: number, program: Program = "unsafe"): number {
  let state = startRace(threads, program);
  for (let s = 0; s < order.length; s++) state = raceStep(state, stepper(order, s, state)).state;
  return state.count;
}

export interface ScheduleStep {
  step: number;
  thread: string;
  kind: ProgramStep;
  /** The register after a read or an add; the value written by a write; the word after a lock or unlock. */
  value: number;
  /** The shared counter after this step. */
  count: number;
  /** A write over another thread's update made since this thread read: whose, and the count it erased. */
  erased?: { thread: string; count: number };
  /** A lock or unlock step: what it did, with threads by name. */
  lock?: NamedLockEvent;
}

/** A LockEvent with its threads by name (null: nobody), as a reader sees it. */
export type NamedLockEvent = Omit<LockEvent, "holder" | "woke"> & { holder: string | null; woke: string | null };

/**
 * One order, step by step, for a reader: what each thread read, computed and wrote,
 * the shared count after each step, and which write erased whose update; under the lock,
 * also who took it, who waited and whom an unlock woke.
 */
export function scheduleSteps(order: string, threads: number, program: Program = "unsafe"): ScheduleStep[] {
  let state = startRace(threads, program);
  const name = (t: number) => (t < 0 ? null : threadName(t));
  return [...order].map((thread, s) => {
    const result = raceStep(state, stepper(order, s, state));
    state = result.state;
    const step: ScheduleStep = { step: s + 1, thread, kind: result.kind, value: result.value, count: state.count };
    if (result.erased) step.erased = { thread: threadName(result.erased.thread), count: result.erased.count };
    if (result.lock) step.lock = { ...result.lock, holder: name(result.lock.holder), woke: name(result.lock.woke) };
    return step;
  });
}

/**
 * Every interleaving, lazily, in alphabetical order of `order`. Checks the
 * limit when called, not at the first step, so a refusal is immediate.
 */
export function interleavings(options: InterleavingOptions): Generator<Interleaving> {
  checkLimit(options);
  return generate(options.threads, options.increments);
}

function* generate(threads: number, increments: number): Generator<Interleaving> {
  const per = 3 * increments;
  const length = threads * per;
  const expected = threads * increments;
  const left = new Array<number>(threads).fill(per);
  const order: number[] = [];

  // Depth-first over "which thread takes the next step", the simulation carried
  // along so a shared prefix is simulated once.
  const register = new Array<number>(threads).fill(0);
  function* extend(counter: number): Generator<Interleaving> {
    if (order.length === length) {
      const final = counter;
      yield { order: String.fromCharCode(...order), expected, final, lost: expected - final };
      return;
    }
    // left and register hold one entry per thread.
    for (let t = 0; t < threads; t++) {
      if (left[t] === 0) continue;
      const kind = (per - left[t]!) % 3;
      const savedRegister = register[t]!;
      let next = counter;
      if (kind === 0) register[t] = counter;
      else if (kind === 1) register[t]! += 1;
      else next = register[t]!;
      left[t]!--;
      order.push(65 + t);
      yield* extend(next);
      order.pop();
      left[t]!++;
      register[t] = savedRegister;
    }
  }
  yield* extend(0);
}

export function enumerateInterleavings(options: InterleavingOptions): Interleaving[] {
  return Array.from(interleavings(options));
}

export function summarizeInterleavingList(
  list: Iterable<Interleaving>,
  threads: number,
  increments: number,
): InterleavingSummary {
  const expected = threads * increments;
  const byFinal = new Map<number, number>();
  let total = 0;
  let kept = 0;
  for (const it of list) {
    total++;
    if (it.final === expected) kept++;
    byFinal.set(it.final, (byFinal.get(it.final) ?? 0) + 1);
  }
  const outcomes = [...byFinal.entries()]
    .sort((a, b) => b[0] - a[0])
    .map(([final, count]) => ({ final, lost: expected - final, count }));
  return { threads, increments, expected, total, lost: total - kept, kept, outcomes };
}

/** Enumerates and summarizes without keeping the list. */
export function summarizeInterleavings(options: InterleavingOptions): InterleavingSummary {
  return summarizeInterleavingList(interleavings(options), options.threads, options.increments);
}

/** The steps of an order: "AAB" → A read, A add, B read. */
export function describeSteps(order: string): { thread: string; kind: StepKind }[] {
  const taken = new Map<string, number>();
  return [...order].map((thread) => {
    const n = taken.get(thread) ?? 0;
    taken.set(thread, n + 1);
    return { thread, kind: STEP_KINDS[(n % 3) as 0 | 1 | 2] };
  });
}

/**
 * True when every increment in `order` ran its read, add and write back to back,
 * with no other thread's step in between: the only schedules a lock allows.
 */
export function runsUnbroken(order: string): boolean {
  const taken = new Map<string, number>();
  for (let s = 0; s < order.length; s++) {
    const name = order[s]!;
    const n = taken.get(name) ?? 0;
    taken.set(name, n + 1);
    // A read must be followed by the same thread's add and write.
    if (n % 3 === 0 && (order[s + 1] !== name || order[s + 2] !== name)) return false;
  }
  return true;
}
