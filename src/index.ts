// Everything a notebook needs, from one import: `import { … } from "../dist/src/index"`.
export * from "./layout";
export * from "./validate";
export * from "./mutex";
export * from "./counters";
export * from "./limits";
export * from "./pool";
export * from "./experiment";
export * from "./params";
export * from "./charts";
export * from "./display";
export * from "./interleavings";
export * from "./pythonSeed";
export * from "./sweeps";
export * from "./progress";
export * from "./gilLesson";
export { livePoolCount } from "./interrupt";
// The event loop's twins of the worker counters: renamed where the names would clash.
export { AsyncLock, LockTimeoutError as AsyncLockTimeoutError, type Release, type AcquireOptions } from "./asyncLock";
export {
  runEventLoopRace,
  describeRace,
  SyncCounter,
  UnsafeAsyncCounter,
  LockingAsyncCounter,
  nextTick,
  makeCounter as makeAsyncCounter,
  COUNTER_KINDS as ASYNC_COUNTER_KINDS,
  type CounterKind as AsyncCounterKind,
  type AsyncCounter,
  type YieldPoint,
  type EventLoopRaceOptions,
  type EventLoopRaceResult,
} from "./eventLoopRace";
