/**
 * A Web Worker of the live race: the browser's twin of src/lesson/engine/worker.ts. What it
 * does in a trial is the engine's own trialRun.ts, bundled by esbuild into race-worker.js;
 * only how it gets a request and answers differs. Its first message says how it waits at
 * the barrier (at most one spinner per core, as in Node's pool); every later one is a trial.
 */
import type { Waiting } from "../../../lesson/engine/barrier";
import type { RunRequest } from "../../../lesson/engine/protocol";
import { runTrialRequest } from "../../../lesson/engine/trialRun";
import type { FromWorker, ToWorker } from "./raceMessages";

// A dedicated worker's global scope: typed by hand, as the DOM's types (this folder's) and
// the WebWorker library's cannot be loaded together.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker): void;
};
let waiting: Waiting = "nap";

scope.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.kind === "setup") {
    waiting = message.spins ? "spin" : "nap";
    scope.postMessage({ kind: "ready" });
    return;
  }
  const request: RunRequest = message.request;
  runTrialRequest(request, waiting, (reply) => scope.postMessage({ kind: "reply", reply }));
};
