/**
 * Runs the seed's own Python programs (seed/*.py) as child processes, so the
 * TypeScript lesson can show the original next to its retelling.
 *
 * The point they make: the GIL lets one thread run at a time, yet a thread can
 * still be switched out between the read and the write of `count += 1`. Since
 * CPython 3.10 switches only happen at calls and backward jumps, so the seed's
 * unsafe program usually prints the right total there: the race hides, it is
 * not gone. The `unsafe-with-call` variant puts a call between the read and the
 * write, and the lost updates come back.
 */
import { execFile } from "node:child_process";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { checkLang, lessonLang, type Lang } from "../core/lang";
import { projectRoot } from "../core/projectRoot";
import { checkChoice, checkInteger, InputError } from "../core/validate";

export type PythonProgram = "unsafe" | "locked" | "unsafe-with-call";

export const PYTHON_PROGRAM_FILES: Readonly<Record<PythonProgram, string>> = {
  unsafe: "unsafe_counter.py",
  locked: "locked_counter.py",
  "unsafe-with-call": "unsafe_counter_with_call.py",
};
export const PYTHON_PROGRAMS = Object.keys(PYTHON_PROGRAM_FILES) as PythonProgram[];

export const MAX_PYTHON_HOW_MANY = 10_000_000;
export const MAX_PYTHON_THREADS = 64;
/** The longest switch interval a run may set, in seconds (CPython's own default is 0.005). */
export const MAX_SWITCH_INTERVAL_S = 1;
export const DEFAULT_PYTHON_TIMEOUT_MS = 60_000;

export interface PythonRunOptions {
  /** Increments per thread (the seed's how_many); default 10**5. */
  howMany?: number;
  /** Threads (the seed's five sensors); default 5. */
  threads?: number;
  /** Interpreter to run; default 'python3' looked up on PATH. */
  python?: string;
  /** Kill the child after this long; default 60 s. */
  timeoutMs?: number;
  /** The language of the seed's sentence the program prints; default the lesson's. */
  lang?: Lang;
  /** Only for 'unsafe-with-call': passed to sys.setswitchinterval (seconds). */
  switchInterval?: number;
}

export interface PythonRun {
  available: true;
  program: PythonProgram;
  python: string;
  /** Python's sys.version. */
  pythonVersion: string;
  howMany: number;
  threads: number;
  /** As sys.getswitchinterval() reported it, in seconds. */
  switchInterval: number | null;
  stdout: string[];
  expected: number;
  found: number;
  lost: number;
  /** Wall time of the whole child process, interpreter start-up included. */
  elapsedMs: number;
  /** Measured inside Python around starting and joining the threads only. */
  pythonElapsedMs: number;
}

/** The interpreter is not there (`missing`) or could not run the seed: a notebook says why and moves on. */
export interface PythonUnavailable {
  available: false;
  program: PythonProgram;
  python: string;
  missing: boolean;
  /** The system's own words: the error message, or the interpreter's stderr. */
  reason: string;
}

export type PythonRunResult = PythonRun | PythonUnavailable;

/** The interpreter ran but the program failed, timed out or printed something unexpected. */
export class PythonRunError extends Error {
  constructor(
    message: string,
    readonly exitCode: number | null,
    readonly signal: string | null,
    readonly stderr: string,
  ) {
    super(message);
    this.name = "PythonRunError";
  }
}

/** The book's programs, in seed/ at the lesson's root (from src/ or dist/src/ alike). */
export function pythonProgramPath(program: PythonProgram): string {
  const file = PYTHON_PROGRAM_FILES[checkChoice("program", program, PYTHON_PROGRAMS)];
  return join(projectRoot(), "seed", file);
}

function parseOutput(
  stdout: string,
  program: PythonProgram,
): Omit<PythonRun, "available" | "program" | "python" | "howMany" | "threads" | "elapsedMs" | "stdout"> {
  const version = /^python (.+)$/m.exec(stdout);
  // The seed's sentence in either edition's words: the program prints the one LESSON_LANG names.
  const counts =
    /^Counter should be (\d+), found (\d+)$/m.exec(stdout) ??
    /^카운터 값은 (\d+)여야 하는데, 실제로는 (\d+) 입니다$/m.exec(stdout);
  const elapsed = /^elapsed_ms ([\d.]+)$/m.exec(stdout);
  const interval = /^switch_interval ([\d.eE+-]+)$/m.exec(stdout);
  if (!version || !counts || !elapsed) {
    throw new PythonRunError(`${PYTHON_PROGRAM_FILES[program]} printed an unexpected output:\n${stdout}`, 0, null, "");
  }
  const expected = Number(counts[1]);
  const found = Number(counts[2]);
  return {
    pythonVersion: version[1]!, // the pattern's group always takes part in a match
    switchInterval: interval ? Number(interval[1]) : null,
    expected,
    found,
    lost: expected - found,
    pythonElapsedMs: Number(elapsed[1]),
  };
}

export function runPythonSeed(program: PythonProgram, options: PythonRunOptions = {}): Promise<PythonRunResult> {
  const script = pythonProgramPath(program);
  const howMany = checkInteger("howMany", options.howMany ?? 100_000, 1, MAX_PYTHON_HOW_MANY);
  const threads = checkInteger("threads", options.threads ?? 5, 1, MAX_PYTHON_THREADS);
  const timeoutMs = checkInteger("timeoutMs", options.timeoutMs ?? DEFAULT_PYTHON_TIMEOUT_MS, 1, 3_600_000);
  const lang = checkLang(options.lang ?? lessonLang());
  const python = options.python ?? "python3";
  if (typeof python !== "string" || python === "") {
    throw new InputError(`python must be a non-empty string (an interpreter name or path), got ${String(python)}`);
  }
  const args = [script, String(howMany), String(threads)];
  if (options.switchInterval !== undefined) {
    const s = options.switchInterval;
    if (program !== "unsafe-with-call") {
      throw new InputError(`switchInterval only applies to 'unsafe-with-call', not to '${program}'`);
    }
    if (typeof s !== "number" || !Number.isFinite(s) || s <= 0 || s > MAX_SWITCH_INTERVAL_S) {
      throw new InputError(
        `switchInterval must be a number of seconds in (0, ${MAX_SWITCH_INTERVAL_S}], got ${String(s)}`,
      );
    }
    args.push("--switch-interval", String(s));
  }

  return new Promise((resolve, reject) => {
    const start = performance.now();
    // execFile, not exec: no shell, so nothing in the arguments is interpreted.
    const env = { ...process.env, LESSON_LANG: lang, PYTHONIOENCODING: "utf-8" };
    execFile(python, args, { timeout: timeoutMs, encoding: "utf8", env }, (err, stdout, stderr) => {
      const elapsedMs = performance.now() - start;
      if (err) {
        const e = err as NodeJS.ErrnoException & { code?: string | number; killed?: boolean; signal?: string | null };
        if (e.code === "ENOENT") {
          resolve({
            available: false,
            program,
            python,
            missing: true,
            reason: e.message,
          });
          return;
        }
        // Node's error for a non-zero exit has a numeric code, whatever @types/node declares.
        const code: unknown = e.code;
        const exitCode = typeof code === "number" ? code : null;
        const signal = e.signal ?? null;
        const what =
          e.killed && signal !== null
            ? `timed out after ${timeoutMs} ms and was killed with ${signal}`
            : exitCode !== null
              ? `exited with code ${exitCode}`
              : signal !== null
                ? `was killed by ${signal}`
                : `failed to start (${e.message})`;
        const tail = stderr.trim() === "" ? "" : `:\n${stderr.trim()}`;
        reject(
          new PythonRunError(`${python} ${PYTHON_PROGRAM_FILES[program]} ${what}${tail}`, exitCode, signal, stderr),
        );
        return;
      }
      try {
        const parsed = parseOutput(stdout, program);
        resolve({
          available: true,
          program,
          python,
          howMany,
          threads,
          stdout: stdout.split("\n").filter((line) => line !== ""),
          elapsedMs,
          ...parsed,
        });
      } catch (parseError) {
        reject(parseError);
      }
    });
  });
}

/**
 * runPythonSeed for a notebook cell: an interpreter that is missing, or that
 * runs but cannot run the seed (a Python 2, a crash), becomes a result saying
 * why, so the cell prints a sentence and the notebook goes on.
 */
export async function trySeed(program: PythonProgram, options: PythonRunOptions = {}): Promise<PythonRunResult> {
  try {
    return await runPythonSeed(program, options);
  } catch (err) {
    if (!(err instanceof PythonRunError)) throw err;
    const python = options.python ?? "python3";
    return { available: false, program, python, missing: false, reason: err.message };
  }
}

/** What the cell prints: the program's own lines; nothing when it did not run (the narration says why). */
export function pythonRunLines(run: PythonRunResult): string[] {
  return run.available ? run.stdout : [];
}
