import type { CounterKind } from "./counters";

/** What the main thread asks of one worker for one trial. */
export interface RunRequest {
  trial: number;
  buffer: SharedArrayBuffer;
  counter: CounterKind;
  howMany: number;
  sensorWork: number;
}

/** What the worker answers; times are process.hrtime.bigint(), one clock for every thread. */
export interface RunReply {
  trial: number;
  startedAt: bigint;
  finishedAt: bigint;
  sensorSink: number;
}
