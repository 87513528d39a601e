/**
 * A Web Worker of the live race: the browser's twin of src/lesson/engine/worker.ts. What it
 * does in a trial is the engine's own trialRun.ts, bundled by esbuild into race-worker.js;
 * only how it gets a request and answers differs. Its first message says how it waits at
 * the barrier (at most one spinner per core, as in Node's pool) and where its doorbell is;
 * every later one is a trial.
 *
 * Between trials a spinner keeps its core on the engine's doorbell (doorbell.ts says why).
 * A browser has no call that takes a message off a port, so when the bell rings the worker
 * returns to its event loop, where the rung request already waits (the pool posts, then
 * rings): the thread runs straight on into it and does not sleep.
 */
import type { Waiting } from "../../../lesson/engine/barrier";
import { awaitRing, oneMore } from "../../../lesson/engine/doorbell";
import { BROWSER_IDLE_SPIN_MS } from "./racePool";
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
let bell: { doorbells: Int32Array; index: number } | null = null;
let taken = 0;

/** A spinner waits on its bell for the next request; whatever ends the wait, the event loop comes next. */
function keepCore(): void {
  if (bell) awaitRing(bell.doorbells, bell.index, taken, BROWSER_IDLE_SPIN_MS);
}

scope.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.kind === "setup") {
    waiting = message.spins ? "spin" : "nap";
    bell = message.spins ? { doorbells: message.doorbells, index: message.index } : null;
    scope.postMessage({ kind: "ready" });
    // The first trial too: a pool is opened to be used at once.
    keepCore();
    return;
  }
  const request: RunRequest = message.request;
  taken = oneMore(taken);
  runTrialRequest(request, waiting, (reply) => scope.postMessage({ kind: "reply", reply }));
  keepCore();
};
