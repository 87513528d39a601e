/**
 * Part 1's talk, in claims: the question it opens with, in this run's numbers, and the reading
 * of each result as a slide's headline. Short, one line on a slide; every number as the chart
 * or table under it shows it, every comparison made over all the trials it speaks of.
 */
import type { InterleavingSummary } from "../../analysis/interleavings";
import type { Experiment } from "../../engine/experiment";
import { phrases, type Facts } from "../facts";
import { LOOP_VS_SLICE, loopsLength } from "../timeSlice";

/** The trial that lost the most (the first of them, as the chart numbers trials). */
function worstTrial(race: Experiment) {
  return race.trials.reduce((worst, t) => (t.lost / t.expected > worst.lost / worst.expected ? t : worst));
}

/** "500,000 expected, 331,566 found: where did 168,434 updates go?", from the trial that lost most. */
export function raceQuestion(facts: Facts, race: Experiment): string {
  const T = phrases(facts).headlines.race;
  const worst = worstTrial(race);
  if (worst.lost === 0) return T.questionNoneLost(worst.expected, race.threads, race.trials.length);
  return T.question(worst.expected, worst.found, worst.lost);
}

/** How many trials lost updates, and the most one lost; or that none did, and why it may be. */
export function raceHeadline(facts: Facts, race: Experiment): string {
  const T = phrases(facts).headlines.race;
  const losing = race.trials.filter((t) => t.lost > 0).length;
  if (losing === 0) return facts.cores < 2 ? T.noneLostOneCore : T.noneLost;
  // The worst trial's loss as the chart beside the headline writes it: a count, of the total due.
  const worst = worstTrial(race);
  return losing === race.trials.length
    ? T.everyTrialLost(worst.lost, worst.expected)
    : T.someTrialsLost(losing, race.trials.length, worst.lost, worst.expected);
}

/**
 * How long the workers' loops lasted against a time slice, over every trial: all shorter, all
 * longer, all about as long, or some of each; with the shortest and the longest, as the table shows them.
 */
export function loopHeadline(facts: Facts, race: Experiment, slice = LOOP_VS_SLICE): string {
  const T = phrases(facts).headlines.race;
  const loops = race.trials.map((t) => t.loopMs);
  const [shortest, longest] = [Math.min(...loops), Math.max(...loops)];
  return T.loops(shortest, longest, loopsLength(loops, slice));
}

/** How many of the schedules keep every update. */
export function schedulesHeadline(facts: Facts, summary: InterleavingSummary): string {
  return phrases(facts).headlines.race.schedules(summary.kept, summary.total, summary.threads);
}
