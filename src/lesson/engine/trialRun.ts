/**
 * One worker's part of one trial: the seed's `worker(sensor_index, how_many, counter)`,
 * between the start barrier and the finish line. It knows nothing of the thread it runs on:
 * Node's worker_threads run it (worker.ts), and so do a browser's Web Workers for the live
 * race on a slide (src/publish/present/browser/raceWorker.ts), from this one source.
 */
import { awaitFinish, awaitStart, type Waiting } from "./barrier";
import { nowNs } from "./clock";
import { makeCounter, type Counter } from "./counters";
import { cellsOf } from "./layout";
import type { RunReply, RunRequest } from "./protocol";
import { traceLayout, workerTraceViews } from "./trace";
import { countUpTraced, makeTracedCounter } from "./tracedCounters";

/**
 * Runs the request and hands the reply to `answer` as soon as this worker's loop is done,
 * then waits at the finish line until every worker of the trial is done.
 */
export function runTrialRequest(request: RunRequest, waiting: Waiting, answer: (reply: RunReply) => void): void {
  const cells = cellsOf(request.buffer);
  const counter = makeCounter(request.counter, cells);

  // Nobody counts until everyone is ready: without the barrier the race would hide.
  const releasedAt = awaitStart(cells, request.threads, waiting);

  const startedAt = nowNs();
  // Chosen once per trial: an untraced trial runs the untraced loop, untouched.
  const sensorSink = request.trace ? runTraced(request, cells) : countUp(counter, request.howMany, request.sensorWork);
  const finishedAt = nowNs();
  answer({ trial: request.trial, releasedAt, startedAt, finishedAt, sensorSink });
  awaitFinish(cells, request.threads, waiting);
}

/** The seed's loop: read the sensor, then increment. */
export function countUp(counter: Counter, howMany: number, sensorWork: number): number {
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
export function readSensor(work: number, seed: number): number {
  let x = seed | 0;
  for (let i = 0; i < work; i++) x = (Math.imul(x, 1664525) + 1013904223) | 0;
  return x;
}
