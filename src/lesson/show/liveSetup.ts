/**
 * What the live race's panel starts from, checked: the notebook's parameters where the cell
 * writes the panel (liveRace.ts), and again in the browser where the panel reads them back
 * (src/publish/present/browser/livePanel.ts). Pure, so the browser's bundle takes it as is.
 */
import { checkLang, lessonLang, type Lang } from "../core/lang";
import { checkRaceParams, checkTrials, type RaceParams } from "../engine/limits";

export interface LiveRaceOptions extends RaceParams {
  trials: number;
  /** "en" or "ko" (a notebook's parameters type it as a string); the lesson's language when left out. */
  lang?: string;
}

/** What the panel starts from: the notebook's own parameters, checked as the engine checks them. */
export interface LiveRaceSetup extends Required<RaceParams> {
  trials: number;
  lang: Lang;
}

/** The most trials the panel runs in one go: a hall waits for a live run, so it is kept short. */
export const LIVE_MAX_TRIALS = 200;

/**
 * A live panel's chart, in CSS pixels: laid out at the width the notebook's charts are rendered
 * at, and as flat as the panel's chart on a slide (1,104 × 320 pixels under its controls). The
 * exported run's picture, shown until the panel runs (and wherever it cannot), has this size.
 */
export const LIVE_CHART_SIZE = { width: 800, height: 232 } as const;

export function liveRaceSetup(options: LiveRaceOptions): LiveRaceSetup {
  const race = checkRaceParams(options);
  const trials = Math.min(checkTrials(options.trials), LIVE_MAX_TRIALS);
  const lang = checkLang(options.lang ?? lessonLang());
  return { ...race, trials, lang };
}
