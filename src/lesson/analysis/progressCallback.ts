/**
 * How a long run (a sweep, the tiny race's repetitions) reports its progress: a callback the
 * caller passes, checked before any work starts. src/lesson/show/progress.ts draws it.
 */
import { checkFunction } from "../core/validate";

/** `done` of `total` units (trials, repetitions) finished; `label` says what is running. */
export type ProgressCallback = (done: number, total: number, label: string) => void;

/** The caller's callback, checked; undefined when none was given. */
export function checkProgress(onProgress: unknown): ProgressCallback | undefined {
  if (onProgress === undefined) return undefined;
  return checkFunction<ProgressCallback>("onProgress", onProgress, "(done, total, label) => void");
}
