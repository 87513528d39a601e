/**
 * The mutex and the async locks on each Node CI tests, in one run: the machine's own Node and
 * each version in .ci/node-versions (fetched into .cache/node/ by scripts/node-runtime.sh) run
 * the same compiled round (bench/runtimeRound.ts), one process per Node per round, the Nodes
 * in an order that rotates each round, so the machine's drift and a neighbour's burst of work
 * fall on every Node alike. Reports the median ±half the interquartile range of the rounds.
 */
import { execFile, execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { summarize } from "../src/lesson/analysis/stats";
import { SPREAD, medianSpread, textTable } from "./table";
import { MUTEX_HOW_MANY, type Point, type RoundResult } from "./runtimeRound";

const ROOT = path.join(__dirname, "..", "..");
const ROUNDS = 7;

interface Runtime {
  version: string;
  node: string;
}

/** The machine's Node first, then each pinned one (fetched if need be), without repeats. */
export function runtimes(): Runtime[] {
  const pinned = readFileSync(path.join(ROOT, ".ci", "node-versions"), "utf8")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith("#"));
  const others = pinned
    .filter((version) => `v${version}` !== process.version)
    .map((version) => {
      const dir = execFileSync("bash", [path.join(ROOT, "scripts", "node-runtime.sh"), version], {
        encoding: "utf8",
        stdio: ["ignore", "pipe", "inherit"],
      }).trim();
      return { version: `v${version}`, node: path.join(dir, "bin", "node") };
    });
  return [{ version: process.version, node: process.execPath }, ...others];
}

function roundOn(runtime: Runtime): Promise<RoundResult> {
  return new Promise((resolve, reject) => {
    execFile(
      runtime.node,
      [path.join(__dirname, "runtimeRound.js")],
      { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`the round on Node ${runtime.version} failed: ${stderr || error.message}`));
        else resolve(JSON.parse(stdout.trim().split("\n").pop()!) as RoundResult);
      },
    );
  });
}

/** samples[row key][runtime index]: every round's value, or none where that Node can't run it. */
type Samples = Map<string, { table: Point["table"]; row: string[]; values: number[][] }>;

function gather(results: RoundResult[][]): Samples {
  const samples: Samples = new Map();
  results.forEach((rounds, r) => {
    for (const round of rounds) {
      for (const point of round.points) {
        const key = `${point.table}\u0000${point.row.join("\u0000")}`;
        if (!samples.has(key)) {
          samples.set(key, { table: point.table, row: point.row, values: results.map(() => []) });
        }
        samples.get(key)!.values[r]!.push(point.value);
      }
    }
  });
  return samples;
}

const median = (values: readonly number[]): number => summarize(values).median;

/** "faster" or "slower" when the interquartile ranges do not overlap, else "not apart". */
function apart(a: readonly number[], b: readonly number[]): "faster" | "slower" | "not apart" {
  const x = summarize(a);
  const y = summarize(b);
  return x.q3 < y.q1 ? "faster" : x.q1 > y.q3 ? "slower" : "not apart";
}

function table(nodes: Runtime[], samples: Samples, which: Point["table"], header: string[]): string {
  const last = nodes.length - 1;
  const rows = [...samples.values()]
    .filter((s) => s.table === which)
    .map((s) => [
      ...s.row,
      ...s.values.map((v) => (v.length ? medianSpread(v) : "-")),
      s.values[0]!.length && s.values[last]!.length
        ? `${(median(s.values[last]!) / median(s.values[0]!)).toFixed(2)}×`
        : "-",
    ]);
  const ratio = `${nodes[last]!.version} ÷ ${nodes[0]!.version}`;
  return textTable([...header, ...nodes.map((n) => n.version), ratio], rows);
}

/** What Atomics.pause did to the lock, on each Node that has it, against the baseline. */
function pauseVerdict(nodes: Runtime[], samples: Samples): string {
  const lines: string[] = [];
  const get = (name: string, workers: number) => samples.get(`mutex\u0000${name}\u0000${workers}`);
  nodes.forEach((node, r) => {
    for (const name of ["pause50", "pause500", "spin50"]) {
      if (!get(name, 1)?.values[r]!.length) continue;
      const verdicts = [1, 5, 16].map((workers) => {
        const mine = get(name, workers)!.values[r]!;
        const base = get("plain", workers)!.values[r]!;
        return `${workers}: ${(median(mine) / median(base)).toFixed(2)}× (${apart(mine, base)})`;
      });
      lines.push(`${node.version}: ${name} ÷ plain at ${verdicts.join(", ")}`);
    }
  });
  const without = nodes.filter((_, r) => !get("pause50", 1)?.values[r]!.length).map((n) => n.version);
  if (without.length)
    lines.push(`No Atomics.pause on ${without.join(", ")}: the pause variants ran only where it exists.`);
  return lines.join("\n");
}

/** Whether our AsyncLock (each point's first lock) is fastest at every point, per Node. */
function asyncVerdict(nodes: Runtime[], samples: Samples): string {
  const points = new Map<string, { lock: string; values: number[][] }[]>();
  for (const s of samples.values()) {
    if (s.table !== "asyncLock") continue;
    const [lock = "", ...at] = s.row; // an asyncLock row starts with the lock's name
    const key = at.join(", ") + " tasks";
    if (!points.has(key)) points.set(key, []);
    points.get(key)!.push({ lock, values: s.values });
  }
  const ours = [...points.values()][0]![0]!.lock;
  return nodes
    .map((node, r) => {
      const lost = [...points.entries()].flatMap(([at, locks]) => {
        const medians = locks.map((l) => median(l.values[r]!));
        const best = medians.indexOf(Math.min(...medians));
        return best === 0 ? [] : [`${at} (by ${locks[best]!.lock})`];
      });
      return `${node.version}: ${ours} ${lost.length ? `is beaten at ${lost.join("; ")}` : "is fastest at every point"}`;
    })
    .join("\n");
}

export async function run(): Promise<string> {
  const nodes = runtimes();
  const results: RoundResult[][] = nodes.map(() => []);
  for (let round = 0; round < ROUNDS; round++) {
    for (let k = 0; k < nodes.length; k++) {
      const r = (round + k) % nodes.length;
      results[r]!.push(await roundOn(nodes[r]!));
    }
  }
  const samples = gather(results);
  return [
    `${nodes.map((n) => n.version).join(", ")} on ${results[0]![0]!.cores} cores: the same compiled round ` +
      `(bench/runtimeRound.ts) in one process per Node per round, ${ROUNDS} rounds, the Nodes' order rotating; ` +
      `ns per increment, ${SPREAD} of the rounds`,
    "",
    `The Atomics mutex: ns per increment, all workers together, ${MUTEX_HOW_MANY.toLocaleString("en-US")} ` +
      `increments per worker (loops from bench/mutexLoops.ts; "lesson" is src/lesson/engine/mutex.ts as the engine uses it)`,
    table(nodes, samples, "mutex", ["loop", "workers"]),
    pauseVerdict(nodes, samples),
    "",
    "The async locks: ns per locked increment, 200,000 increments per trial",
    table(nodes, samples, "asyncLock", ["lock", "body", "tasks"]),
    asyncVerdict(nodes, samples),
  ].join("\n");
}
