// Fixed, plausible data for rendering every chart in tests and the benchmark.
// Numbers are shaped like real runs (2 cores, 100k increments per worker)
// but deterministic, so the pictures only change when the code does.

import type { Outcome } from "../../../src/lesson/analysis/tinyRace";
import type {
  CostGrowthChartPoint,
  CostPoint,
  CostRun,
  LostHistogramData,
  LostVsIncrementsData,
  LostVsWorkersData,
} from "../../../src/lesson/show/charts";

// A small linear congruential generator: reproducible without a dependency.
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const TRIALS = 40;
const rand = lcg(42);
const around = (centre: number, spread: number) =>
  Math.max(0, Math.round(centre + (rand() + rand() + rand() - 1.5) * spread));

export const histogramData: LostHistogramData = {
  unsafe: [0, 0, ...Array.from({ length: TRIALS - 2 }, () => around(61_000, 30_000))],
  atomic: Array(TRIALS).fill(0),
  locked: Array(TRIALS).fill(0),
};

const fractions = (centre: number, spread: number) =>
  Array.from({ length: 12 }, () => Math.min(1, Math.max(0, centre + (rand() - 0.5) * spread)));
const zeros = () => Array<number>(12).fill(0);

export const workersData: LostVsWorkersData = {
  unsafe: [
    { workers: 1, lostFractions: zeros() },
    { workers: 2, lostFractions: fractions(0.31, 0.2) },
    { workers: 4, lostFractions: fractions(0.55, 0.2) },
    { workers: 8, lostFractions: fractions(0.72, 0.15) },
  ],
  atomic: [1, 2, 4, 8].map((workers) => ({ workers, lostFractions: zeros() })),
  locked: [1, 2, 4, 8].map((workers) => ({ workers, lostFractions: zeros() })),
};

export const incrementsData: LostVsIncrementsData = {
  unsafe: [
    { increments: 1e2, lostFractions: fractions(0.01, 0.02) },
    { increments: 1e3, lostFractions: fractions(0.06, 0.1) },
    { increments: 1e4, lostFractions: fractions(0.22, 0.2) },
    { increments: 1e5, lostFractions: fractions(0.36, 0.16) },
    { increments: 1e6, lostFractions: fractions(0.41, 0.08) },
  ],
  atomic: [1e2, 1e3, 1e4, 1e5, 1e6].map((increments) => ({ increments, lostFractions: zeros() })),
  locked: [1e2, 1e3, 1e4, 1e5, 1e6].map((increments) => ({ increments, lostFractions: zeros() })),
};

export const costData: CostPoint[] = [
  { workers: 1, unsafe: 1.4, atomic: 6.1, locked: 24 },
  { workers: 2, unsafe: 2.9, atomic: 21, locked: 180 },
  { workers: 4, unsafe: 3.2, atomic: 24, locked: 410 },
  { workers: 8, unsafe: 3.4, atomic: 26, locked: 930 },
];

/** A cost sweep from 1 to 16 workers on 2 cores, with every trial's ns per increment. */
export const costGrowthData: { trials: number; howMany: number; points: CostGrowthChartPoint[] } = {
  trials: 3,
  howMany: 1_000_000,
  points: [
    {
      workers: 1,
      unsafe: 1.6,
      atomic: 8.2,
      locked: 18.6,
      samples: { unsafe: [1.5, 1.6, 1.7], atomic: [8, 8.2, 9], locked: [18, 18.6, 20] },
    },
    {
      workers: 2,
      unsafe: 1.8,
      atomic: 18.9,
      locked: 22.9,
      samples: { unsafe: [1.7, 1.8, 2], atomic: [15, 18.9, 25], locked: [20, 22.9, 30] },
    },
    {
      workers: 4,
      unsafe: 1.8,
      atomic: 19,
      locked: 24,
      samples: { unsafe: [1.7, 1.8, 2.5], atomic: [15, 19, 22], locked: [21, 24, 31] },
    },
    {
      workers: 8,
      unsafe: 2.4,
      atomic: 17.8,
      locked: 26.1,
      samples: { unsafe: [2, 2.4, 3], atomic: [15, 17.8, 20], locked: [21, 26.1, 33] },
    },
    {
      workers: 16,
      unsafe: 2.6,
      atomic: 19.2,
      locked: 36.6,
      samples: { unsafe: [2.2, 2.6, 3], atomic: [16, 19.2, 24], locked: [30, 36.6, 44] },
    },
  ],
};

export const costRun: CostRun = { unsafe: 2.9, atomic: 21, locked: 180 };

/** Two threads each add 1 to a counter starting at 0: a final 1 is a lost update. */
export const outcomesWithFailure: Outcome[] = [
  { outcome: "2", count: 1_984_310, grade: "acceptable" },
  { outcome: "1", count: 15_690, grade: "forbidden" },
];

export const outcomesClean: Outcome[] = [
  { outcome: "2", count: 2_000_000, grade: "acceptable" },
  { outcome: "1", count: 0, grade: "forbidden" },
];

/** Two threads write x then read y and vice versa: both reads 0 is the reordering case. */
export const outcomesGraded: Outcome[] = [
  { outcome: "0, 1", count: 812_004, grade: "acceptable" },
  { outcome: "1, 0", count: 790_211, grade: "acceptable" },
  { outcome: "1, 1", count: 397_641, grade: "acceptable" },
  { outcome: "0, 0", count: 144, grade: "interesting" },
];
