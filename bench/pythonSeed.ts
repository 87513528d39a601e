/**
 * The seed's own numbers on this machine: its unsafe and locked Python programs
 * (5 threads × 10^5 increments), median of 3 runs each. Two times per run: the
 * one Python measures around starting and joining the threads (what the lock
 * costs), and the child's wall time (what a notebook cell waits, start-up included).
 */
import { PythonProgram, PythonRun, runPythonSeed } from '../src/pythonSeed';

export interface PythonSeedBenchOptions {
  programs?: readonly PythonProgram[];
  runs?: number;
  howMany?: number;
  threads?: number;
  python?: string;
}

export interface PythonSeedBenchRow {
  program: PythonProgram;
  threads: number;
  howMany: number;
  expected: number;
  /** Found in the run with the median inside time. */
  found: number;
  lost: number;
  /** Median over runs, timed inside Python around the threads. */
  insideMs: number;
  /** Median over runs, wall time of the child process. */
  wallMs: number;
  nsPerIncrement: number;
  runs: number;
}

export type PythonSeedBench =
  | { available: true; python: string; pythonVersion: string; rows: PythonSeedBenchRow[] }
  | { available: false; python: string; reason: string };

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export async function measurePythonSeed(options: PythonSeedBenchOptions = {}): Promise<PythonSeedBench> {
  const programs = options.programs ?? (['unsafe', 'locked'] as const);
  const runs = options.runs ?? 3;
  const howMany = options.howMany ?? 100_000;
  const threads = options.threads ?? 5;
  const python = options.python ?? 'python3';
  const rows: PythonSeedBenchRow[] = [];
  let pythonVersion = '';
  for (const program of programs) {
    const done: PythonRun[] = [];
    for (let i = 0; i < runs; i++) {
      const r = await runPythonSeed(program, { howMany, threads, python });
      if (!r.available) return { available: false, python, reason: r.reason };
      pythonVersion = r.pythonVersion;
      done.push(r);
    }
    const byInside = [...done].sort((a, b) => a.pythonElapsedMs - b.pythonElapsedMs);
    const mid = byInside[byInside.length >> 1];
    const insideMs = median(done.map((r) => r.pythonElapsedMs));
    rows.push({
      program,
      threads,
      howMany,
      expected: mid.expected,
      found: mid.found,
      lost: mid.lost,
      insideMs,
      wallMs: median(done.map((r) => r.elapsedMs)),
      nsPerIncrement: (insideMs * 1e6) / mid.expected,
      runs,
    });
  }
  return { available: true, python, pythonVersion, rows };
}

export function formatPythonSeedRows(rows: readonly PythonSeedBenchRow[]): string {
  const header = ['program', 'threads × how_many', 'found', 'in threads ms', 'wall ms', 'ns/increment'];
  const cells = rows.map((r) => [
    r.program,
    `${r.threads} × ${r.howMany}`,
    `${r.found} / ${r.expected}`,
    r.insideMs.toFixed(1),
    r.wallMs.toFixed(0),
    r.nsPerIncrement.toFixed(0),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]): string =>
    c.map((x, i) => (i === 0 ? x.padEnd(widths[i]) : x.padStart(widths[i]))).join('  ');
  return [line(header), ...cells.map(line)].join('\n');
}

export async function run(): Promise<string> {
  const bench = await measurePythonSeed();
  if (!bench.available) {
    return `The seed's Python programs: skipped, ${bench.reason}`;
  }
  const release = bench.pythonVersion.split(' ')[0];
  return [
    `The seed's Python programs on ${bench.python} (Python ${release}): median of ${bench.rows[0]?.runs ?? 0} runs`,
    formatPythonSeedRows(bench.rows),
  ].join('\n');
}

if (require.main === module) {
  run().then(console.log, (err) => {
    console.error(err);
    process.exitCode = 1;
  });
}
