/**
 * The worker thread's entry: the seed's `worker(sensor_index, how_many, counter)`.
 * It runs in plain Node (compiled to dist/src/lesson/engine/worker.js), in its own isolate; the only
 * memory it shares with the others is the trial's SharedArrayBuffer.
 */
import { parentPort, workerData } from "node:worker_threads";
import { awaitFinish, awaitStart } from "./barrier";
import { spinForRequests } from "./doorbell";
import { cellsOf } from "./layout";
import { makeCounter, type Counter } from "./counters";
import type { RunReply, RunRequest, WorkerSetup } from "./protocol";
import { traceLayout, workerTraceViews } from "./trace";
import { countUpTraced, makeTracedCounter } from "./tracedCounters";

if (!parentPort) throw new Error("worker.js is a worker_threads entry; start it through WorkerPool");
const port = parentPort;
const setup = workerData as WorkerSetup;

const waiting = setup.spins ? "spin" : "nap";

port.on("message", (request: RunRequest) => {
  run(request);
  // A spinner keeps its core until the next request comes (doorbell.ts says why).
  if (setup.spins) spinForRequests(setup.doorbells, setup.index, port, run);
});
// The first trial too: a pool is opened to be used at once.
if (setup.spins) spinForRequests(setup.doorbells, setup.index, port, run);

function run(request: RunRequest): void {
  const cells = cellsOf(request.buffer);
  const counter = makeCounter(request.counter, cells);
  if (!counter) throw new Error(`unknown counter kind ${JSON.stringify(request.counter)}`);

  // Nobody counts until everyone is ready: without the barrier the race would hide.
  const releasedAt = awaitStart(cells, request.threads, waiting);

  const startedAt = process.hrtime.bigint();
  // Chosen once per trial: an untraced trial runs the untraced loop, untouched.
  const sensorSink = request.trace ? runTraced(request, cells) : countUp(counter, request.howMany, request.sensorWork);
  const finishedAt = process.hrtime.bigint();
  const reply: RunReply = { trial: request.trial, releasedAt, startedAt, finishedAt, sensorSink };
  port.postMessage(reply);
  awaitFinish(cells, request.threads, waiting);
}

function countUp(counter: Counter, howMany: number, sensorWork: number): number {
  let sink = 0;
  for (let i = 0; i < howMany; i++) {
    if (sensorWork > 0) sink ^= readSensor(sensorWork, i);
    counter.increment(1);
  }
  return sink;
}

function runTraced(request: RunRequest, cells: Int32Array): number {
  const { buffer, worker } = request.trace!;
  const views = workerTraceViews(buffer, traceLayout(request.counter, request.threads, request.howMany), worker);
  const counter = makeTracedCounter(request.counter, cells, views);
  return countUpTraced(counter, request.howMany, request.sensorWork, views.times, readSensor);
}

/** A stand-in for "read the sensor": a little arithmetic the JIT cannot skip (its result is returned). */
function readSensor(work: number, seed: number): number {
  let x = seed | 0;
  for (let i = 0; i < work; i++) x = (Math.imul(x, 1664525) + 1013904223) | 0;
  return x;
}
