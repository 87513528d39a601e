// The worker entry as it was before tracing existed, byte for byte but for its imports: the bench
// runs it beside today's worker to show that tracing off costs nothing (bench/trace.ts).
/**
 * The worker thread's entry: the seed's `worker(sensor_index, how_many, counter)`.
 * It runs in plain Node (compiled to dist/bench/baselineWorker.js), in its own isolate; the only
 * memory it shares with the others is the trial's SharedArrayBuffer.
 */
import { parentPort } from "node:worker_threads";
import { ARRIVED, GO, cellsOf } from "../src/lesson/engine/layout";
import { makeCounter, type Counter } from "../src/lesson/engine/counters";
import type { RunReply, RunRequest } from "../src/lesson/engine/protocol";

if (!parentPort) throw new Error("worker.js is a worker_threads entry; start it through WorkerPool");
const port = parentPort;

const BARRIER_SPINS = Number(process.env.BARRIER_SPINS ?? 20_000);

port.on("message", (request: RunRequest) => {
  const cells = cellsOf(request.buffer);
  const counter = makeCounter(request.counter, cells);
  if (!counter) throw new Error(`unknown counter kind ${JSON.stringify(request.counter)}`);

  // The start barrier: nobody counts until everyone is ready. Without it a worker could
  // finish its whole loop before the next one has even started (thread start-up takes tens
  // of ms), and the race would hide. The last to arrive releases the others itself — no
  // round trip through the main thread — and the others spin briefly before sleeping, so
  // the ones already on a core start within a fraction of a microsecond of each other.
  let releasedAt: bigint | null = null;
  if (Atomics.add(cells, ARRIVED, 1) + 1 === request.threads) {
    releasedAt = process.hrtime.bigint();
    Atomics.store(cells, GO, 1);
    Atomics.notify(cells, GO);
  } else {
    for (let spins = 0; Atomics.load(cells, GO) === 0; spins++) {
      if (spins > BARRIER_SPINS) Atomics.wait(cells, GO, 0);
    }
  }

  const startedAt = process.hrtime.bigint();
  const sensorSink = countUp(counter, request.howMany, request.sensorWork);
  const finishedAt = process.hrtime.bigint();
  const reply: RunReply = { trial: request.trial, releasedAt, startedAt, finishedAt, sensorSink };
  port.postMessage(reply);
});

function countUp(counter: Counter, howMany: number, sensorWork: number): number {
  let sink = 0;
  for (let i = 0; i < howMany; i++) {
    if (sensorWork > 0) sink ^= readSensor(sensorWork, i);
    counter.increment(1);
  }
  return sink;
}

/** A stand-in for "read the sensor": a little arithmetic the JIT cannot skip (its result is returned). */
function readSensor(work: number, seed: number): number {
  let x = seed | 0;
  for (let i = 0; i < work; i++) x = (Math.imul(x, 1664525) + 1013904223) | 0;
  return x;
}
