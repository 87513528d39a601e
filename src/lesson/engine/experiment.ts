import { checkRaceParams, checkTrials, type RaceParams } from "./limits";
import { WorkerPool, withPool, type TrialResult } from "./pool";
import { checkTraceFlag, traceLayout } from "./trace";

export interface ExperimentOptions extends RaceParams {
  trials?: number;
  /** Reuse a pool you opened (and will close); otherwise one is opened and closed here. */
  pool?: WorkerPool;
  /** Called after each trial: progress for long runs. */
  onTrial?: (result: TrialResult, index: number) => void;
  /** Record every trial's trace (see trace.ts); off by default. */
  trace?: boolean;
}

export interface Experiment {
  counter: RaceParams["counter"];
  threads: number;
  howMany: number;
  sensorWork: number;
  /** How long the pool's workers took to start, once, before the first trial (pool.ts). */
  startUpMs?: number;
  trials: TrialResult[];
}

/** The seed's program, `trials` times: `threads` workers each increment `howMany` times. */
export async function runExperiment(options: ExperimentOptions): Promise<Experiment> {
  const params = checkRaceParams(options);
  const trials = checkTrials(options.trials ?? 1);
  const trace = checkTraceFlag(options.trace);
  // A trace too large is refused here (traceLayout throws), before any worker starts.
  if (trace) traceLayout(params.counter, params.threads, params.howMany);
  const runAll = async (pool: WorkerPool): Promise<Experiment> => {
    const results: TrialResult[] = [];
    for (let i = 0; i < trials; i++) {
      const result = await pool.runTrial(trace ? { ...params, trace } : params);
      results.push(result);
      options.onTrial?.(result, i);
    }
    return { ...params, startUpMs: pool.startUpMs, trials: results };
  };
  return options.pool ? runAll(options.pool) : withPool(params.threads, runAll);
}
