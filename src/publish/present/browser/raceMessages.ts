/** What the live race's page and its Web Workers say to each other (racePool.ts, raceWorker.ts). */
import type { RunReply, RunRequest } from "../../../lesson/engine/protocol";

export type ToWorker = { kind: "setup"; spins: boolean } | { kind: "run"; request: RunRequest };

export type FromWorker = { kind: "ready" } | { kind: "reply"; reply: RunReply };
