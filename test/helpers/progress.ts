// Recording a sweep's progress calls, and checking they only ever move forward.
import assert from "node:assert/strict";
import type { ProgressCallback } from "../../src/lesson/analysis/progressCallback";

/** A progress callback that records its calls, and checks they only ever move forward. */
export function recorder(): { calls: [number, number, string][]; onProgress: ProgressCallback } {
  const calls: [number, number, string][] = [];
  return { calls, onProgress: (done, total, label) => void calls.push([done, total, label]) };
}

export function assertProgress(calls: [number, number, string][], total: number): void {
  assert.ok(calls.length > 1, "progress was reported");
  assert.deepEqual(calls[0]!.slice(0, 2), [0, total], "the first call announces the total");
  calls.forEach(([done, t], i) => {
    assert.equal(t, total, "the total never changes");
    if (i > 0) assert.equal(done, calls[i - 1]![0] + 1, "done counts up by one per trial");
  });
  assert.equal(calls[calls.length - 1]![0], total, "the last call is done === total");
}
