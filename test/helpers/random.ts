// Seeded randomness for generated tests: the same seed gives the same runs, so a failure
// names its seed and can be replayed.

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  /** A number in [min, max), spread evenly over its orders of magnitude (min > 0). */
  logUniform(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** A non-empty subset, in the original order. */
  subset<T>(items: readonly T[]): T[];
}

/** mulberry32: small, fast, and good enough to pick test cases. */
export function seeded(seed: number): Random {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  const r: Random = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    logUniform: (min, max) => min * (max / min) ** next(),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)]!,
    subset: (items) => {
      const chosen = items.filter(() => next() < 0.6);
      return chosen.length > 0 ? chosen : [r.pick(items)];
    },
  };
  return r;
}
