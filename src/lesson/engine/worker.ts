/**
 * The worker thread's entry. It runs in plain Node (compiled to dist/src/lesson/engine/worker.js),
 * in its own isolate; the only memory it shares with the others is the trial's SharedArrayBuffer.
 * What it does in a trial is trialRun.ts's; this file is how a worker_threads worker gets its
 * requests and answers them.
 */
import { parentPort, workerData } from "node:worker_threads";
import { RungRequests } from "./portDoorbell";
import type { RunRequest, WorkerSetup } from "./protocol";
import { runTrialRequest } from "./trialRun";

if (!parentPort) throw new Error("worker.js is a worker_threads entry; start it through WorkerPool");
const port = parentPort;
const setup = workerData as WorkerSetup;

const waiting = setup.spins ? "spin" : "nap";
const requests = new RungRequests<RunRequest>(setup.doorbells, setup.index, port, (request) =>
  runTrialRequest(request, waiting, (reply) => port.postMessage(reply)),
);

port.on("message", (request: RunRequest) => {
  requests.take(request);
  // A spinner keeps its core until the next request comes (doorbell.ts says why).
  if (setup.spins) requests.spin();
});
// The first trial too: a pool is opened to be used at once.
if (setup.spins) requests.spin();
