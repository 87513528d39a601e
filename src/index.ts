// Everything a notebook needs, from one import: `import { … } from "lost-updates"`.
export * from "./lesson/core/errors";
export * from "./lesson/core/validate";
export * from "./lesson/parameters/parameters";

export * from "./lesson/engine/layout";
export * from "./lesson/engine/mutex";
export * from "./lesson/engine/counters";
export * from "./lesson/engine/limits";
export * from "./lesson/engine/pool";
export * from "./lesson/engine/experiment";
export * from "./lesson/engine/trace";
export { livePoolCount } from "./lesson/engine/interrupt";

export * from "./lesson/eventLoop/asyncLock";
export * from "./lesson/eventLoop/eventLoopRace";

export * from "./lesson/analysis/stats";
export * from "./lesson/analysis/costs";
export * from "./lesson/analysis/sweeps";
export * from "./lesson/analysis/progressCallback";
export * from "./lesson/analysis/tinyRace";
export * from "./lesson/analysis/interleavings";
export * from "./lesson/analysis/handoff";
export * from "./lesson/analysis/lossPicture";
export * from "./lesson/analysis/traceCost";

export * from "./lesson/python/seedPrograms";
export * from "./lesson/python/version";
export * from "./lesson/python/bytecode";

export * from "./lesson/show/charts";
export * from "./lesson/show/htmlTable";
export * from "./lesson/show/schedules";
export * from "./lesson/show/lessonTables";
export * from "./lesson/show/tell";
export * from "./lesson/show/stepper/stepper";
export * from "./lesson/show/liveRace";
export * from "./lesson/show/liveEventLoop";
export * from "./lesson/show/classSlide";
export * from "./lesson/show/display";
export * from "./lesson/show/pythonRuns";
export * from "./lesson/show/progress";

export * from "./lesson/core/lang";
export * from "./lesson/narrate/facts";
export * from "./lesson/narrate/machineFacts";
export * from "./lesson/narrate/seedSentence";
export * from "./lesson/narrate/thisRun";
export * from "./lesson/narrate/race";
export * from "./lesson/narrate/live";
export * from "./lesson/narrate/lock";
export * from "./lesson/narrate/distributions";
export * from "./lesson/narrate/tinyRace";
export * from "./lesson/narrate/gil";
export * from "./lesson/narrate/trace";
export * from "./lesson/narrate/costGrowth";

// A class session from a notebook cell: `await joinClass("http://…/class/join?token=…")`.
export { joinClass, JoinError, type JoinOptions, type Joined } from "./publish/class/join";
