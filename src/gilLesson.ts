/**
 * Notebook 4's helpers: the GIL next to the event loop.
 *
 * The notebook's narration must follow what this machine's Python actually did
 * (3.9 loses updates in the seed's program; 3.10+ usually hides the race; a
 * free-threaded build has no GIL at all), so the sentences are built here from
 * a run's result instead of being typed into Markdown.
 */
import { execFile } from 'node:child_process';
import {
  PythonRunError,
  runPythonSeed,
  type PythonProgram,
  type PythonRunOptions,
  type PythonRunResult,
} from './pythonSeed';

/**
 * True when every increment in `order` ran its read, add and write back to back,
 * with no other thread's step in between: the only schedules a lock allows.
 */
export function runsUnbroken(order: string): boolean {
  const taken = new Map<string, number>();
  for (let s = 0; s < order.length; s++) {
    const name = order[s];
    const n = taken.get(name) ?? 0;
    taken.set(name, n + 1);
    // A read must be followed by the same thread's add and write.
    if (n % 3 === 0 && (order[s + 1] !== name || order[s + 2] !== name)) return false;
  }
  return true;
}

export interface PythonVersionFacts {
  /** "3.11.7" */
  release: string;
  major: number;
  minor: number;
  /** A PEP 703 build: threads run Python code in parallel. */
  freeThreaded: boolean;
  /** 3.10+: another thread only gets the GIL at a call or a backward jump. */
  switchesOnlyAtCallsAndJumps: boolean;
}

/** Reads what matters here from Python's sys.version ("3.13.0 experimental free-threading build (main, …)"). */
export function pythonVersionFacts(sysVersion: string): PythonVersionFacts {
  const m = /^(\d+)\.(\d+)(\.\d+)?\S*/.exec(sysVersion.trim());
  if (!m) throw new RangeError(`not a Python sys.version: ${JSON.stringify(sysVersion)}`);
  const major = Number(m[1]);
  const minor = Number(m[2]);
  return {
    release: m[0],
    major,
    minor,
    freeThreaded: /free-threading/i.test(sysVersion),
    switchesOnlyAtCallsAndJumps: major > 3 || (major === 3 && minor >= 10),
  };
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
    const python = options.python ?? 'python3';
    return { available: false, program, python, reason: `${python} could not run the seed: ${err.message}` };
  }
}

/** What the cell prints: the program's own lines, or why it did not run. */
export function pythonRunLines(run: PythonRunResult): string[] {
  return run.available ? run.stdout : [`(not run) ${run.reason}`];
}

const fmt = (n: number): string => n.toLocaleString('en-US');
const pct = (part: number, whole: number): string => `${((100 * part) / whole).toFixed(1)}%`;

/** One or two sentences of Markdown saying what this run showed, for its program and Python version. */
export function narratePythonRun(run: PythonRunResult): string {
  if (!run.available) {
    return `*${run.reason}.* The Python runs are skipped here; everything else in this notebook runs without them.`;
  }
  const py = pythonVersionFacts(run.pythonVersion);
  const on = `on Python ${py.release}${py.freeThreaded ? ' (free-threaded)' : ''}`;
  const lost = `lost ${fmt(run.lost)} of ${fmt(run.expected)} updates (${pct(run.lost, run.expected)})`;
  switch (run.program) {
    case 'locked':
      return run.lost === 0
        ? `**The locked program counted all ${fmt(run.expected)} ${on}**: the lock kept every update, as in the book.`
        : `**The locked program ${lost} ${on}.** A lock must never do that; please report it.`;
    case 'unsafe':
      if (run.lost > 0) {
        const why = py.freeThreaded
          ? 'This Python has no GIL: its threads ran at the same time, like our workers.'
          : py.switchesOnlyAtCallsAndJumps
            ? 'Even this Python, which only switches threads at calls and backward jumps, split an increment this time.'
            : `Python ${py.release} may switch threads between any two bytecodes, so it split \`+=\` between its read and its write.`;
        return `**The seed's unsafe program ${lost} ${on}**, like the book's 404231 of 500000. ${why}`;
      }
      return py.switchesOnlyAtCallsAndJumps && !py.freeThreaded
        ? `**This run lost nothing ${on} — the race is hidden, not fixed.** ` +
            'Since 3.10 the interpreter hands the GIL to another thread only at a call or a backward jump, ' +
            'and `self.count += offset` has neither between its read and its write. Nothing in the language promises that.'
        : `**This run lost nothing ${on}**, but only by luck: this interpreter can split \`+=\`. Re-run it, or raise \`pythonHowMany\`.`;
    case 'unsafe-with-call': {
      const interval = run.switchInterval === null ? 'the default switch interval' : `a switch interval of ${run.switchInterval} s`;
      return run.lost > 0
        ? `**With a call between the read and the write, at ${interval}, the program ${lost} ${on}.** ` +
            'The call is a place where the interpreter may switch threads, and the race is back.'
        : `**With a call between the read and the write, at ${interval}, this run lost nothing ${on}.** ` +
            'A switch must land in that gap and none did; a shorter switch interval asks for switches more often.';
    }
  }
}

export type PythonBytecode =
  | { available: true; python: string; pythonVersion: string; lines: string[] }
  | { available: false; python: string; reason: string };

/** The seed's increment, disassembled by the interpreter that runs the seed. */
export const INCREMENT_SOURCE = [
  'class Counter:',
  '    def increment(self, offset):',
  '        self.count += offset',
].join('\n');

const DIS_PROGRAM = [
  'import dis, sys',
  INCREMENT_SOURCE,
  // 3.9's sys.version spans two lines; the first line of output must hold all of it.
  "print('python', sys.version.replace('\\n', ' '))",
  'dis.dis(Counter.increment)',
].join('\n');

/** Runs `python -c` to disassemble the seed's increment; a missing or failing interpreter is a result, not a throw. */
export function pythonBytecode(python = 'python3', timeoutMs = 20_000): Promise<PythonBytecode> {
  return new Promise((resolve) => {
    execFile(python, ['-c', DIS_PROGRAM], { timeout: timeoutMs, encoding: 'utf8' }, (err, stdout, stderr) => {
      if (err) {
        const code = (err as NodeJS.ErrnoException).code;
        const reason = code === 'ENOENT'
          ? `${python} is not on this machine`
          : `${python} could not disassemble the increment: ${(stderr || err.message).trim()}`;
        resolve({ available: false, python, reason });
        return;
      }
      const lines = stdout.split('\n').filter((line) => line.trim() !== '');
      const version = lines[0]?.startsWith('python ') ? lines[0].slice('python '.length) : '';
      resolve({ available: true, python, pythonVersion: version, lines: lines.slice(1) });
    });
  });
}

/** What the cell prints: the version line and the disassembly, or why there is none. */
export function bytecodeLines(result: PythonBytecode): string[] {
  return result.available ? [`python ${result.pythonVersion}`, ...result.lines] : [`(not run) ${result.reason}`];
}

export interface IncrementOpcodes {
  read?: string;
  add?: string;
  write?: string;
}

/** Picks the read, add and write instructions of `self.count += offset` out of dis output. */
export function incrementOpcodes(lines: readonly string[]): IncrementOpcodes {
  const opcode = (pattern: RegExp): string | undefined => {
    for (const line of lines) {
      const m = pattern.exec(line);
      if (m) return m[1];
    }
    return undefined;
  };
  return {
    read: opcode(/\b(LOAD_ATTR)\b.*\bcount\b/),
    add: opcode(/\b(BINARY_OP|INPLACE_ADD)\b/),
    write: opcode(/\b(STORE_ATTR)\b.*\bcount\b/),
  };
}
