/**
 * One process-wide SIGINT handler for every live worker pool.
 *
 * Jupyter's "interrupt kernel" sends SIGINT: tslab abandons the awaited cell, but workers
 * started by it would keep incrementing for as long as they were left. This handler
 * terminates them. It is installed once per process — kept on globalThis so that even a
 * second copy of this module (a rebuilt dist, another require path) shares it.
 */
export interface Interruptible {
  interrupt(reason: Error): void;
}

interface Registry {
  pools: Set<Interruptible>;
}

const KEY = Symbol.for("lost-updates.interrupt-registry");

function registry(): Registry {
  const holder = globalThis as unknown as Record<symbol, Registry | undefined>;
  let found = holder[KEY];
  if (!found) {
    const created: Registry = { pools: new Set() };
    // Not now but in a microtask: tslab runs each cell inside vm.runInThisContext with
    // breakOnSigint, and a SIGINT listener added during that call leaves the process
    // dying on the next SIGINT (measured on Node 20: the kernel exits with 130 and the
    // notebook shows the cell busy forever). A microtask runs after that call returns.
    queueMicrotask(() => process.on("SIGINT", () => onSigint(created)));
    holder[KEY] = created;
    found = created;
  }
  return found;
}

function onSigint(reg: Registry): void {
  const reason = new Error("interrupted (SIGINT): the trial was abandoned and its workers terminated");
  for (const pool of [...reg.pools]) pool.interrupt(reason);
  // Alone on SIGINT (a plain script, the CLI) we took Node's default exit away: give it back.
  // Under tslab the kernel has its own listener and must live on.
  if (process.listenerCount("SIGINT") <= 1) process.exit(130);
}

export function trackPool(pool: Interruptible): void {
  registry().pools.add(pool);
}

export function untrackPool(pool: Interruptible): void {
  registry().pools.delete(pool);
}

/** How many pools still have live workers: 0 after every experiment, or something leaked. */
export function livePoolCount(): number {
  return registry().pools.size;
}
