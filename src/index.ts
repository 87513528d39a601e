export * from "./layout";
export * from "./validate";
export * from "./mutex";
export * from "./counters";
export * from "./limits";
export * from "./pool";
export * from "./experiment";
export { livePoolCount } from "./interrupt";
