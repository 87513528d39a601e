/**
 * A loop read against a scheduler's time slice (a few milliseconds on Linux and macOS): one
 * shorter than `shortMs` can finish inside a single turn, one longer than `longMs` is cut into
 * several turns wherever it runs, and one in between is about as long as a turn. Notebook 1's
 * race and notebook 3's loop-length sweep read their loops with the same thresholds.
 */
export const LOOP_VS_SLICE: { shortMs: number; longMs: number } = { shortMs: 1, longMs: 10 };

/** Where a loop of this many milliseconds stands against a time slice. */
export type LoopLength = "short" | "about" | "long";

export function loopLength(loopMs: number, slice = LOOP_VS_SLICE): LoopLength {
  return loopMs < slice.shortMs ? "short" : loopMs >= slice.longMs ? "long" : "about";
}

/**
 * Where a set of loops stands: all in one class; about a slice or longer (none short); about a
 * slice or shorter (none long); or "mixed", some short and some long. Loops of 8.9 and 24.5 ms
 * are not "some shorter than a time slice": none is short.
 */
export type LoopsLength = LoopLength | "aboutOrLonger" | "aboutOrShorter" | "mixed";

export function loopsLength(loopsMs: readonly number[], slice = LOOP_VS_SLICE): LoopsLength {
  const lengths = new Set(loopsMs.map((ms) => loopLength(ms, slice)));
  if (lengths.size === 1) return [...lengths][0]!; // the callers' lists are never empty
  if (!lengths.has("short")) return "aboutOrLonger";
  if (!lengths.has("long")) return "aboutOrShorter";
  return "mixed";
}
