/**
 * Counting loops for the mutex section: the JavaScript floor, the lesson's locked counter,
 * and variants of the lock from the literature, each a loop of its own so every variant's
 * call sites stay monomorphic in the JIT (one shared loop calling several lock classes
 * would measure the polymorphism, not the locks).
 *
 * Buffer layout (64 Int32 cells, 256 bytes): the lock word at 0 and the counter at 1 share
 * a cache line, as in src/lesson/engine/layout.ts; FAR_COUNT sits two lines away (past the
 * adjacent-line prefetcher's pair); the barrier owns the last line (see mutexWorker.ts).
 */
import { Mutex } from "../src/lesson/engine/mutex";
import { LockingCounter } from "../src/lesson/engine/counters";

export const CELLS = 64;
const LOCK = 0;
const COUNT = 1;
const FAR_COUNT = 32;

// ---------------------------------------------------------------- variants of the lock

/**
 * Node 24's spin-wait hint (V8 13.x; Node 20 and 22 lack it), read once so a loop that
 * calls it is not a property lookup per spin. Typed by hand: TypeScript's ES2022 lib has
 * no Atomics.pause.
 */
const atomicsPause = (Atomics as typeof Atomics & { pause?: (hint?: number) => void }).pause;
export const HAS_ATOMICS_PAUSE = typeof atomicsPause === "function";

/**
 * The lesson's 0/1/2 protocol without timeouts; with `spins` > 0, test-and-test-and-set:
 * before sleeping, spin reading the word until it is 0, with `pause`, Atomics.pause() between
 * reads (the CPU's spin-wait hint: it frees the pipeline for a sibling hyperthread and spares
 * the memory-order flush when the word changes). With 0 spins it is the baseline the other
 * variants change.
 */
class SpinThenSleepMutex {
  constructor(
    private readonly cells: Int32Array,
    private readonly index: number,
    private readonly spins: number,
    private readonly pause = false,
  ) {
    if (pause && !HAS_ATOMICS_PAUSE) throw new Error(`Atomics.pause is missing on Node ${process.version}`);
  }

  lock(): void {
    const { cells, index } = this;
    if (Atomics.compareExchange(cells, index, 0, 1) === 0) return;
    for (let i = 0; i < this.spins; i++) {
      if (Atomics.load(cells, index) === 0 && Atomics.compareExchange(cells, index, 0, 1) === 0) return;
      if (this.pause) atomicsPause!();
    }
    let state = Atomics.exchange(cells, index, 2);
    while (state !== 0) {
      Atomics.wait(cells, index, 2);
      state = Atomics.exchange(cells, index, 2);
    }
  }

  unlock(): void {
    if (Atomics.exchange(this.cells, this.index, 0) === 2) Atomics.notify(this.cells, this.index, 1);
  }
}

/**
 * Spin only while nobody sleeps: a word of 1 says the holder took it without a fight and is
 * likely running; a 2 says others already sleep, so join them at once.
 */
class SpinWhileOneMutex {
  constructor(
    private readonly cells: Int32Array,
    private readonly index: number,
    private readonly spins: number,
  ) {}

  lock(): void {
    const { cells, index } = this;
    let state = Atomics.compareExchange(cells, index, 0, 1);
    if (state === 0) return;
    for (let i = 0; i < this.spins && state === 1; i++) {
      state = Atomics.load(cells, index);
      if (state === 0) {
        state = Atomics.compareExchange(cells, index, 0, 1);
        if (state === 0) return;
      }
    }
    if (state !== 2) state = Atomics.exchange(cells, index, 2);
    while (state !== 0) {
      Atomics.wait(cells, index, 2);
      state = Atomics.exchange(cells, index, 2);
    }
  }

  unlock(): void {
    if (Atomics.exchange(this.cells, this.index, 0) === 2) Atomics.notify(this.cells, this.index, 1);
  }
}

/**
 * At most one spinner at a time (a second word says whether someone spins); everyone
 * else sleeps at once, so spinners never outnumber the cores on a 2-core machine.
 */
class OneSpinnerMutex {
  constructor(
    private readonly cells: Int32Array,
    private readonly index: number,
    private readonly spinnerIndex: number,
    private readonly spins: number,
  ) {}

  lock(): void {
    const { cells, index } = this;
    if (Atomics.compareExchange(cells, index, 0, 1) === 0) return;
    if (Atomics.compareExchange(cells, this.spinnerIndex, 0, 1) === 0) {
      for (let i = 0; i < this.spins; i++) {
        if (Atomics.load(cells, index) === 0 && Atomics.compareExchange(cells, index, 0, 1) === 0) {
          Atomics.store(cells, this.spinnerIndex, 0);
          return;
        }
      }
      Atomics.store(cells, this.spinnerIndex, 0);
    }
    let state = Atomics.exchange(cells, index, 2);
    while (state !== 0) {
      Atomics.wait(cells, index, 2);
      state = Atomics.exchange(cells, index, 2);
    }
  }

  unlock(): void {
    if (Atomics.exchange(this.cells, this.index, 0) === 2) Atomics.notify(this.cells, this.index, 1);
  }
}

/**
 * A 0/1 lock word and a separate count of sleepers: unlock stores 0 and notifies only if
 * someone is asleep right now, where the 0/1/2 word keeps notifying after any contention
 * (a woken waiter marks the word 2 whether or not anyone still sleeps).
 */
class SleeperCountMutex {
  constructor(
    private readonly cells: Int32Array,
    private readonly index: number,
    private readonly sleepersIndex: number,
  ) {}

  lock(): void {
    const { cells, index } = this;
    while (Atomics.compareExchange(cells, index, 0, 1) !== 0) {
      Atomics.add(cells, this.sleepersIndex, 1);
      Atomics.wait(cells, index, 1);
      Atomics.sub(cells, this.sleepersIndex, 1);
    }
  }

  unlock(): void {
    Atomics.store(this.cells, this.index, 0);
    if (Atomics.load(this.cells, this.sleepersIndex) > 0) Atomics.notify(this.cells, this.index, 1);
  }
}

// ---------------------------------------------------------------- the loops

type Loop = (cells: Int32Array, howMany: number) => void;

export const LOOPS = {
  /** The bare Atomics work of one lock/unlock around the plain add, no lock object: only meaningful alone. */
  floor(cells, howMany) {
    for (let i = 0; i < howMany; i++) {
      Atomics.compareExchange(cells, LOCK, 0, 1);
      cells[COUNT] = cells[COUNT]! + 1;
      Atomics.exchange(cells, LOCK, 0);
    }
  },
  /** The engine's locked counter, as the engine's worker calls it. */
  lesson(cells, howMany) {
    const counter = new LockingCounter(cells);
    for (let i = 0; i < howMany; i++) counter.increment(1);
  },
  /** The lesson's Mutex with lock/unlock written out: no closure per increment. */
  inline(cells, howMany) {
    const mutex = new Mutex(cells, LOCK);
    for (let i = 0; i < howMany; i++) {
      mutex.lock();
      try {
        cells[COUNT] = cells[COUNT]! + 1;
      } finally {
        mutex.unlock();
      }
    }
  },
  /** The lesson's protocol, no timeouts, lock() and unlock() around the add: the baseline. */
  plain(cells, howMany) {
    const mutex = new SpinThenSleepMutex(cells, LOCK, 0);
    for (let i = 0; i < howMany; i++) {
      mutex.lock();
      cells[COUNT] = cells[COUNT]! + 1;
      mutex.unlock();
    }
  },
  /** The baseline with the counter two cache lines away from the lock word. */
  far(cells, howMany) {
    const mutex = new SpinThenSleepMutex(cells, LOCK, 0);
    for (let i = 0; i < howMany; i++) {
      mutex.lock();
      cells[FAR_COUNT] = cells[FAR_COUNT]! + 1;
      mutex.unlock();
    }
  },
  spin50(cells, howMany) {
    const mutex = new SpinThenSleepMutex(cells, LOCK, 50);
    for (let i = 0; i < howMany; i++) {
      mutex.lock();
      cells[COUNT] = cells[COUNT]! + 1;
      mutex.unlock();
    }
  },
  spin500(cells, howMany) {
    const mutex = new SpinThenSleepMutex(cells, LOCK, 500);
    for (let i = 0; i < howMany; i++) {
      mutex.lock();
      cells[COUNT] = cells[COUNT]! + 1;
      mutex.unlock();
    }
  },
  pause50(cells, howMany) {
    const mutex = new SpinThenSleepMutex(cells, LOCK, 50, true);
    for (let i = 0; i < howMany; i++) {
      mutex.lock();
      cells[COUNT] = cells[COUNT]! + 1;
      mutex.unlock();
    }
  },
  pause500(cells, howMany) {
    const mutex = new SpinThenSleepMutex(cells, LOCK, 500, true);
    for (let i = 0; i < howMany; i++) {
      mutex.lock();
      cells[COUNT] = cells[COUNT]! + 1;
      mutex.unlock();
    }
  },
  spinWhileOne(cells, howMany) {
    const mutex = new SpinWhileOneMutex(cells, LOCK, 200);
    for (let i = 0; i < howMany; i++) {
      mutex.lock();
      cells[COUNT] = cells[COUNT]! + 1;
      mutex.unlock();
    }
  },
  oneSpinner(cells, howMany) {
    const mutex = new OneSpinnerMutex(cells, LOCK, 8, 200);
    for (let i = 0; i < howMany; i++) {
      mutex.lock();
      cells[COUNT] = cells[COUNT]! + 1;
      mutex.unlock();
    }
  },
  sleeperCount(cells, howMany) {
    const mutex = new SleeperCountMutex(cells, LOCK, 8);
    for (let i = 0; i < howMany; i++) {
      mutex.lock();
      cells[COUNT] = cells[COUNT]! + 1;
      mutex.unlock();
    }
  },
} satisfies Record<string, Loop>;

export type LoopName = keyof typeof LOOPS;
export type VariantName = Exclude<LoopName, "floor">;

/** The variants the bench compares, and what each changes against the lesson's lock. */
export const VARIANTS: Record<VariantName, string> = {
  lesson: "the engine's LockingCounter: withLock(() => { read; write }), timeouts supported",
  inline: "the lesson's Mutex as lock(); try { … } finally { unlock() }: no closure",
  plain: "the baseline: the same 0/1/2 protocol, no timeouts, lock(); add; unlock()",
  far: "baseline, with the counter two cache lines away from the lock word",
  spin50: "baseline + spin up to 50 plain loads for a 0 before sleeping",
  spin500: "baseline + spin up to 500 plain loads for a 0 before sleeping",
  pause50: "baseline + spin up to 50 loads with Atomics.pause() between (Node 24+ only)",
  pause500: "baseline + spin up to 500 loads with Atomics.pause() between (Node 24+ only)",
  spinWhileOne: "baseline + spin (up to 200) only while the word is 1 (nobody sleeps)",
  oneSpinner: "baseline + one thread at a time may spin (up to 200); the rest sleep",
  sleeperCount: "a 0/1 word and a count of sleepers: unlock notifies only if one sleeps",
};
/** The variants this Node can run: the Atomics.pause ones only where it exists. */
export function runnable(names: readonly VariantName[]): VariantName[] {
  return names.filter((name) => HAS_ATOMICS_PAUSE || !name.startsWith("pause"));
}
/** Where a loop keeps its counter. */
export const countIndex = (loop: LoopName): number => (loop === "far" ? FAR_COUNT : COUNT);
