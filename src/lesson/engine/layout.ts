/**
 * The shared-memory layout, defined once and used by the main thread and every worker.
 *
 * One SharedArrayBuffer per trial, viewed as an Int32Array. The lock word and the
 * counter share a cache line on purpose: whoever takes the lock gets the counter in the
 * same transfer. The barrier words (start and finish) live on a line of their own, so
 * workers arriving or finishing do not disturb the counter's line.
 */
export const LOCK = 0;
export const COUNT = 1;
export const ARRIVED = 16; // 64 bytes further: the next cache line
export const GO = 17;
export const DONE = 18; // workers finished: the finish line (barrier.ts)

export const CELLS = 32;
export const BYTES = CELLS * Int32Array.BYTES_PER_ELEMENT;

/** The largest count one cell can hold: past it an Int32 wraps around silently. */
export const MAX_COUNT = 2 ** 31 - 1;

export function newSharedCells(): Int32Array {
  return new Int32Array(new SharedArrayBuffer(BYTES));
}

export function cellsOf(buffer: SharedArrayBuffer): Int32Array {
  if (!(buffer instanceof SharedArrayBuffer) || buffer.byteLength < BYTES) {
    throw new TypeError(`expected a SharedArrayBuffer of at least ${BYTES} bytes`);
  }
  return new Int32Array(buffer, 0, CELLS);
}
