/**
 * The event-loop panel's Web Worker: runs notebook 4's race (the event-loop module's own
 * runEventLoopRace) on this worker's one thread, one counter per request. A worker, not the
 * page's own thread, so the page stays responsive and Stop ends a long run at once
 * (terminate), microtasks and all.
 *
 * Bundled by esbuild on its own, and carried inside the live script as text
 * (tools/buildBrowser.ts): the panel starts it from a blob, which a page opened from disk may
 * do, where it may not start a worker from a file.
 */
import { runEventLoopRace, type AsyncCounterKind } from "../../../lesson/eventLoop/eventLoopRace";
import type { FromEventLoopWorker, ToEventLoopWorker } from "./eventLoopMessages";

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ToEventLoopWorker>) => void) | null;
  postMessage(message: FromEventLoopWorker): void;
};

scope.onmessage = (event) => {
  const { counter, tasks, howMany } = event.data;
  runEventLoopRace({ counter: counter satisfies AsyncCounterKind, tasks, howMany }).then(
    (result) => scope.postMessage({ kind: "result", result }),
    (error: unknown) => scope.postMessage({ kind: "error", message: (error as Error).message }),
  );
};
