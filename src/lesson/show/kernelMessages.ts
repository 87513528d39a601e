/**
 * What a lecturer reads in JupyterLab when a cell stops: one line that says what happened
 * and what to do, never a stack through tslab's internals.
 *
 * tslab prints a failed cell's error with console.error, stack and all. Two failures
 * deserve better than that, and tslab offers no hook for either:
 *
 * - Kernel → Interrupt: tslab rejects the cell with its own Error("Interrupted
 *   asynchronously"), made once at kernel start, whose ten-line stack runs through tslab
 *   and commander (or, in synchronous code, V8's "Script execution was interrupted by
 *   `SIGINT`"). The engine's SIGINT handler has already ended every worker by the time it
 *   prints (src/lesson/engine/interrupt.ts), so the line can say so, having checked.
 * - A cell run after the parameters cell refused a value: `P` is then undefined, and the
 *   next cell fails far from the cause ("threads must be an integer from 1 to 64, got
 *   undefined", even when the typo was in howMany, or a TypeError reading P.threads).
 *
 * The one place left to shape either is the kernel's stderr, which tslab re-points at each
 * cell before running it. installKernelMessages() wraps that stream once per process and
 * rewrites those two prints; everything else passes through as it was.
 */
import { livePoolCount } from "../engine/interrupt";

interface Refusal {
  notebook: string;
  message: string;
}

interface State {
  installed: boolean;
  refused: Refusal | null;
}

// On globalThis, like the engine's interrupt registry: a rebuilt dist loaded beside the old
// one must share the one wrapper and the one refusal.
const KEY = Symbol.for("lost-updates.kernel-messages");

function state(): State {
  const holder = globalThis as unknown as Record<symbol, State | undefined>;
  return (holder[KEY] ??= { installed: false, refused: null });
}

/** The parameters cell of `notebook` refused a value: cells after it say so until it runs cleanly. */
export function parametersRefused(notebook: string, message: string): void {
  state().refused = { notebook, message };
}

/** The parameters cell ran cleanly. */
export function parametersAccepted(): void {
  state().refused = null;
}

// A line of the print, not its start: an error thrown in a cell's synchronous code is printed
// after the source line it came from ("evalmachine.<anonymous>:2", the line, a caret).
const INTERRUPTED = /^Error: (Interrupted asynchronously|Script execution was interrupted by `SIGINT`)/m;
/** How util.inspect starts an error: "TypeError: …", "InputError: …", "Error: …". */
const AN_ERROR = /^[A-Z]\w*(Error|Exception)\b/m;
/** tslab's compile error for a name no cell has declared: "1:21 - Cannot find name 'P'." */
const NOT_DECLARED = /^\d+:\d+ - Cannot find name '/m;

/** The line an interrupted cell shows, given how many worker pools are still open. */
export function interruptedLine(livePools: number): string {
  const workers =
    livePools === 0
      ? "and no worker is left running"
      : `and ${livePools} worker ${livePools === 1 ? "pool is" : "pools are"} still closing (livePoolCount() says when none is)`;
  return `Interrupted: the cell stopped, ${workers}. Run it again to start over, or lower howMany or trials for a shorter run.`;
}

/** The line a cell shows when it fails after the parameters cell refused a value. */
export function refusedLine(refusal: Refusal): string {
  return (
    `The parameters cell of ${refusal.notebook} refused a value (${refusal.message}), so its values are not set: ` +
    "fix that value and run the parameters cell first, then this cell."
  );
}

/**
 * What the kernel prints for `text` written to stderr: the one line for an interrupt or
 * for an error after a refused parameters cell; otherwise `text` itself.
 */
export function rewriteKernelError(text: string, refused: Refusal | null, livePools: number): string {
  const end = text.endsWith("\n") ? "\n" : "";
  if (INTERRUPTED.test(text)) return interruptedLine(livePools) + end;
  // The parameters cell's own refusal prints as it is: that is the line that names the value.
  // A cell that uses P after its very first parameters cell failed does not even compile.
  const failed = AN_ERROR.test(text) || NOT_DECLARED.test(text);
  if (refused && failed && !text.startsWith(`InputError: ${refused.message}`)) {
    return refusedLine(refused) + end;
  }
  return text;
}

type Write = typeof process.stderr.write;

/**
 * Wraps the kernel's stderr, once per process; a no-op outside a tslab kernel. tslab
 * assigns process.stderr.write before each cell, so the wrapper is an accessor: the
 * assignment lands underneath it.
 */
export function installKernelMessages(): void {
  const s = state();
  if (s.installed || !(globalThis as { __tslab__?: unknown }).__tslab__) return;
  s.installed = true;
  const stderr = process.stderr;
  let inner: Write = stderr.write.bind(stderr);
  const wrapped = function (this: unknown, chunk: unknown, ...rest: unknown[]): boolean {
    const text = typeof chunk === "string" ? chunk : Buffer.isBuffer(chunk) ? chunk.toString("utf8") : null;
    const out = text === null ? chunk : rewriteKernelError(text, state().refused, livePoolCount());
    return (inner as (...args: unknown[]) => boolean).call(stderr, out, ...rest);
  } as Write;
  Object.defineProperty(stderr, "write", {
    configurable: true,
    enumerable: true,
    get: () => wrapped,
    set: (write: Write) => {
      inner = write;
    },
  });
}

// Any import of the lesson in a kernel installs it, so an interrupt reads as one line even
// in a notebook that never ran a parameters cell.
installKernelMessages();
