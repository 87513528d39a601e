// Everything a notebook needs, from one import: `import { … } from "lost-updates"`.
export * from "./errors";
export * from "./validate";
export * from "./params";

export * from "./engine/layout";
export * from "./engine/mutex";
export * from "./engine/counters";
export * from "./engine/limits";
export * from "./engine/pool";
export * from "./engine/experiment";
export * from "./engine/trace";
export { livePoolCount } from "./engine/interrupt";

export * from "./eventLoop/asyncLock";
export * from "./eventLoop/eventLoopRace";

export * from "./analysis/stats";
export * from "./analysis/costs";
export * from "./analysis/sweeps";
export * from "./analysis/tinyRace";
export * from "./analysis/interleavings";
export * from "./analysis/handoff";
export * from "./analysis/lossPicture";
export * from "./analysis/traceCost";

export * from "./python/seed";
export * from "./python/version";
export * from "./python/bytecode";

export * from "./show/charts";
export * from "./show/htmlTable";
export * from "./show/schedules";
export * from "./show/lessonTables";
export * from "./show/tell";
export * from "./show/stepper";
export * from "./show/display";
export * from "./show/progress";

export * from "./lang";
export * from "./narrate/facts";
export * from "./narrate/seed";
export * from "./narrate/race";
export * from "./narrate/lock";
export * from "./narrate/distributions";
export * from "./narrate/tinyRace";
export * from "./narrate/gil";
export * from "./narrate/trace";
export * from "./narrate/costGrowth";

// A class session from a notebook cell: `await joinClass("http://…/class/join?token=…")`.
export { joinClass, JoinError, type JoinOptions, type Joined } from "./publish/join";
