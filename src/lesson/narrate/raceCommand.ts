/**
 * A race as a person types it in a terminal: `npm run race -- --how-many 4000000 --sensor-work 0`.
 * The terminal's readings end with the command to run next; a flag appears only where that race
 * differs from the defaults, so the command reads as the change it suggests, and it keeps the
 * reader's language.
 */
import type { Lang } from "../core/lang";
import type { CounterKind } from "../engine/counters";

/** What `npm run race` takes: the counters, run one after another, and the race each runs. */
export interface TerminalRace {
  counters: readonly CounterKind[];
  threads: number;
  howMany: number;
  sensorWork: number;
  trials: number;
  lang: Lang;
}

export function raceCommand(race: TerminalRace, defaults: TerminalRace): string {
  const flags: string[] = [];
  if (race.counters.join() !== defaults.counters.join()) flags.push(`--counter ${race.counters.join(",")}`);
  const numbers: [string, keyof TerminalRace][] = [
    ["--threads", "threads"],
    ["--how-many", "howMany"],
    ["--sensor-work", "sensorWork"],
    ["--trials", "trials"],
  ];
  for (const [flag, key] of numbers) if (race[key] !== defaults[key]) flags.push(`${flag} ${String(race[key])}`);
  if (race.lang !== defaults.lang) flags.push(`--lang ${race.lang}`);
  return flags.length === 0 ? "npm run race" : `npm run race -- ${flags.join(" ")}`;
}
