/** What the live race's page and its Web Workers say to each other (racePool.ts, raceWorker.ts). */
import type { RunReply, RunRequest } from "../../../lesson/engine/protocol";

export type ToWorker =
  /** The first message: the pool's doorbells and this worker's place among them, and how it waits at the barrier. */
  { kind: "setup"; doorbells: Int32Array; index: number; spins: boolean } | { kind: "run"; request: RunRequest };

export type FromWorker = { kind: "ready" } | { kind: "reply"; reply: RunReply };
