/**
 * The one clock every thread of a trial reads, in nanoseconds as a bigint.
 *
 * In Node it is process.hrtime.bigint(): monotonic, one origin for the whole process, so
 * a worker's start and another's finish subtract. The same engine also runs in a browser's
 * Web Workers (the live race on a slide, src/publish/present/browser/), where there is no
 * `process`: there each worker's performance.now() counts from its own start, so it is
 * added to performance.timeOrigin to put every worker on one origin. A cross-origin isolated
 * page (the only kind that gets a SharedArrayBuffer) reads it to 5 µs, which is coarse for
 * one increment but fine for the milliseconds a trial lasts.
 */
const inNode = typeof process !== "undefined" && typeof process.hrtime?.bigint === "function";

export const nowNs: () => bigint = inNode
  ? () => process.hrtime.bigint()
  : () => BigInt(Math.round((performance.timeOrigin + performance.now()) * 1e6));
