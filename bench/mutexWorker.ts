/**
 * A bench worker for the mutex section: runs one named counting loop (see mutexLoops.ts)
 * over the trial's buffer, released by the same start barrier as the engine's workers.
 */
import { parentPort } from "node:worker_threads";
import { awaitStart } from "../src/lesson/engine/barrier";
import { LOOPS, type LoopName } from "./mutexLoops";

export interface LoopRequest {
  buffer: SharedArrayBuffer;
  loop: LoopName;
  threads: number;
  howMany: number;
}

export interface LoopReply {
  releasedAt: bigint | null;
  finishedAt: bigint;
}

// The barrier words, on a cache line of their own (see mutexLoops.ts for the rest).
const ARRIVED = 48;
const GO = 49;

if (!parentPort) throw new Error("mutexWorker.js is a worker_threads entry");
const port = parentPort;

port.on("message", (request: LoopRequest) => {
  const cells = new Int32Array(request.buffer);
  const releasedAt = awaitStart(cells, request.threads, "spin", { arrived: ARRIVED, go: GO });
  LOOPS[request.loop](cells, request.howMany);
  const reply: LoopReply = { releasedAt, finishedAt: process.hrtime.bigint() };
  port.postMessage(reply);
});
