/** What the event-loop panel and its Web Worker say to each other (eventLoopPanel.ts, eventLoopWorker.ts). */
import type { AsyncCounterKind, EventLoopRaceResult } from "../../../lesson/eventLoop/eventLoopRace";

export interface ToEventLoopWorker {
  counter: AsyncCounterKind;
  tasks: number;
  howMany: number;
}

export type FromEventLoopWorker = { kind: "result"; result: EventLoopRaceResult } | { kind: "error"; message: string };
