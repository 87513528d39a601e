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
export { livePoolCount } from "./engine/interrupt";

export * from "./eventLoop/asyncLock";
export * from "./eventLoop/eventLoopRace";

export * from "./analysis/stats";
export * from "./analysis/sweeps";
export * from "./analysis/tinyRace";
export * from "./analysis/interleavings";

export * from "./python/seed";
export * from "./python/version";
export * from "./python/bytecode";

export * from "./show/charts";
export * from "./show/htmlTable";
export * from "./show/schedules";
export * from "./show/display";
export * from "./show/progress";

export * from "./narrate/lang";
export * from "./narrate/seed";
export * from "./narrate/gil";
export { narrateCostGrowth, type CostGrowthPoint, type CostGrowthOptions } from "./narrate/costGrowth";
