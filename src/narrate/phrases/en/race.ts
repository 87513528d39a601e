/** Notebook 1: the race. */
import { f, int, s } from "./format";

export const race = {
  someLost: (losing: number, trials: number, worst: number) =>
    `**${int(losing)} of ${s(trials, "trial")} lost updates**; the worst lost ${f.pct(worst)} of them. ` +
    "The book printed 404231 where 500000 was due: the same bug, in another language.",
  noneLost: (trials: number, cores: number) =>
    `**No trial of ${int(trials)} lost an update this time.** ` +
    `This machine has ${s(cores, "core")}, yet the workers did not overlap inside an increment in this run. ` +
    "The race has not gone away, it hid: re-run the cell, or raise `howMany`.",
  noneLostOneCore: (trials: number) =>
    `**No trial of ${int(trials)} lost an update this time.** ` +
    "With one core the workers never run at the same moment: only a time slice that ends between a read " +
    "and its write can lose an update, and none did. Re-run the cell, or raise `howMany`.",
  schedules: (steps: number, total: number, lost: number, kept: number) =>
    `**${int(total)} ways to interleave the ${int(steps)} steps: ${int(lost)} lose an update, ${int(kept)} keep every one.**`,
  barrier: (skewMs: number, countingMs: number, overlapped: boolean) =>
    `In the median trial the last worker started ${f.fixed(skewMs, 2)} ms after the release, ` +
    `and counting took ${f.fixed(countingMs, 2)} ms in all. ` +
    (overlapped
      ? "The workers spent most of that time counting side by side, which is when updates get lost."
      : "The workers overlapped for only part of it: the later the last one starts, the less they race."),
};
