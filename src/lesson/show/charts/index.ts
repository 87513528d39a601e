// Charts for the lesson: data in, PNG out. Each builder validates its input,
// turns raw per-trial numbers into a chart.js configuration and renders it
// with node-canvas, so the same call works in a notebook, a test or the CLI.
export { ChartInputError, type RenderOptions } from "./chartConfig";
export * from "./histogram";
export * from "./lostLines";
export * from "./cost";
export * from "./costGrowth";
export * from "./outcomes";
export * from "./bars";
export * from "./counts";
export * from "./trace";
export * from "./eventLoop";
