/**
 * What the event-loop race's panel starts from, checked: notebook 4's tasks and increments
 * where the cell writes the panel (liveEventLoop.ts), and again in the browser where the panel
 * reads them back (src/publish/present/browser/eventLoopPanel.ts). Pure, so the browser's
 * bundle takes it as is.
 */
import { checkLang, lessonLang, type Lang } from "../core/lang";
import { checkRaceSize } from "../eventLoop/eventLoopRace";

export interface LiveEventLoopOptions {
  /** Async tasks on the one thread (notebook 4's `tasks`). */
  tasks: number;
  /** Increments per task. */
  howMany: number;
  /** "en" or "ko"; the lesson's language when left out. */
  lang?: string;
}

export interface LiveEventLoopSetup {
  tasks: number;
  howMany: number;
  lang: Lang;
}

export function liveEventLoopSetup(options: LiveEventLoopOptions): LiveEventLoopSetup {
  const { tasks, howMany } = checkRaceSize(options.tasks, options.howMany);
  return { tasks, howMany, lang: checkLang(options.lang ?? lessonLang()) };
}
