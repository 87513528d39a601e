/**
 * The stepper's challenges: goals the widget checks as the student plays, so the student
 * hunts for a schedule instead of clicking at random (The Deadlock Empire gives each level
 * one). Each check is a pure function of the play; the widget marks a challenge met with the
 * schedule that met it, and the narrator (narrate/stepper.ts) says the verdict.
 *
 * Only the student's own schedules count: a play made by a replay button (a named schedule,
 * a random one, one that keeps every update) would hand over the answer.
 */
import type { Program } from "../../analysis/interleavings";
import type { ChallengeId, ChallengeOutcome } from "../../narrate/stepper";
import { playDone, workerView, type Play } from "./play";

/** Which stepper offers a challenge: its program, and how many workers it has. */
export const CHALLENGES: Readonly<Record<ChallengeId, { program: Program; workers: readonly number[] }>> = {
  // "Make two workers keep only 1 update": the lost update, found by hand.
  "lose-one": { program: "unsafe", workers: [2] },
  // Notebook 4's question to the room: with three workers, lose exactly two.
  "lose-two": { program: "unsafe", workers: [3] },
  // Only a schedule that runs each worker's three steps back to back keeps them all.
  "keep-all": { program: "unsafe", workers: [2, 3] },
  // Against the lock, the hunt for a loss ends in why there is none.
  "lock-lose": { program: "locked", workers: [2, 3] },
};

/** The challenges a stepper offers, in the order it lists them. */
export function challengesFor(program: Program, workers: number): ChallengeId[] {
  return (Object.keys(CHALLENGES) as ChallengeId[]).filter(
    (id) => CHALLENGES[id].program === program && CHALLENGES[id].workers.includes(workers),
  );
}

/** The challenge met by the play as it stands, or null. */
export function challengeMet(id: ChallengeId, play: Play): ChallengeOutcome | null {
  if (play.replayed || play.race.program !== CHALLENGES[id].program) return null;
  const workers = play.race.taken.length;
  const kept = play.race.count;
  const schedule = play.order;
  switch (id) {
    case "lose-one":
    case "lose-two": {
      const want = id === "lose-one" ? 1 : 2;
      return playDone(play) && workers - kept === want ? { id, schedule, workers, kept } : null;
    }
    case "keep-all":
      return playDone(play) && kept === workers ? { id, schedule, workers, kept } : null;
    case "lock-lose": {
      // Met once the student has tried, while one worker holds the lock, every other worker
      // still to run, and each could only wait: the moment a loss would have to happen.
      const holder = play.race.holder;
      if (holder < 0) return null;
      const others = play.race.taken.flatMap((_, t) => (t !== holder && !workerView(play, t).done ? [t] : []));
      const tried = play.tried;
      const all = others.length > 0 && others.every((t) => tried.includes(t));
      return all ? { id, schedule, holder, tried: [...others] } : null;
    }
  }
}
