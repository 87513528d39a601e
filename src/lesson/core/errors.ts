/**
 * The lesson's kinds of expected failure, shared by every layer.
 *
 * InputError: bad input, refused before any work starts, with a message that names the
 * parameter, the value and the rule. A notebook shows it as that one line, not as a stack
 * trace through tslab's internals (tslab prints a failed cell's error with util.inspect).
 *
 * SetupError: something the machine lacks, not the user's input (a file the build makes, a
 * package npm installs), with the command that makes it. Shown as one line too.
 *
 * LockTimeoutError: a timed acquire gave up. Both locks (the Atomics mutex for workers and
 * the async lock for the event loop) throw this one class, so callers and the shared
 * conformance suite can catch them alike.
 */
const INSPECT = Symbol.for("nodejs.util.inspect.custom");

export class InputError extends RangeError {
  override get name(): string {
    return "InputError";
  }

  [INSPECT](): string {
    return `${this.name}: ${this.message}`;
  }
}

export class SetupError extends Error {
  override get name(): string {
    return "SetupError";
  }

  [INSPECT](): string {
    return `${this.name}: ${this.message}`;
  }
}

export class LockTimeoutError extends Error {
  constructor(
    message: string,
    readonly timeoutMs: number,
  ) {
    super(message);
  }

  override get name(): string {
    return "LockTimeoutError";
  }
}
