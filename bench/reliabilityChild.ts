/**
 * One process of the reliability bench: runs the unsafe race and prints one JSON line
 * per trial. A process of its own so that it can be fresh (its pool's first trial) and be
 * put on one core (taskset), and so that nothing of the parent's JIT or pool carries over.
 *   node reliabilityChild.js '{"threads":5,"howMany":100000,"sensorWork":20,"trials":1}'
 */
import { runExperiment } from "../src/lesson/engine/experiment";

export interface ChildRequest {
  threads: number;
  howMany: number;
  sensorWork: number;
  trials: number;
}

export interface ChildTrial {
  lost: number;
  expected: number;
  startSkewMs: number;
  loopMs: number;
  elapsedMs: number;
}

async function main(): Promise<void> {
  const request = JSON.parse(process.argv[2] ?? "{}") as ChildRequest;
  await runExperiment({
    counter: "unsafe",
    ...request,
    onTrial: ({ lost, expected, startSkewMs, loopMs, elapsedMs }) => {
      const line: ChildTrial = { lost, expected, startSkewMs, loopMs, elapsedMs };
      process.stdout.write(`${JSON.stringify(line)}\n`);
    },
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
