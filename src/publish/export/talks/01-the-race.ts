/** Part 1 as a talk: the race, from the question its run raises to the bug it shows. */
import type { Talk } from "../talk";

export const theRace: Talk = {
  notebook: "01-the-race",
  slides: [
    { kind: "title", headline: "title", show: ["this-run"], notes: "notes-title" },
    { kind: "question", headline: "race-question", notes: "notes-question" },
    {
      kind: "picture",
      headline: "thread-in-node",
      show: ["thread-in-node-shared", "thread-in-node-picture"],
      notes: "notes-thread-in-node",
    },
    { kind: "picture", headline: "counter", show: ["counter-ts"], notes: "notes-counter" },
    {
      kind: "picture",
      headline: "workers",
      show: ["workers-loop-intro", "workers-loop", { cell: "barrier-release", fragment: true }],
      notes: "notes-workers",
    },
    { kind: "picture", headline: "race-headline", show: ["race-counts"], notes: "notes-race" },
    { kind: "picture", headline: "live-race-intro", show: ["live-race"], notes: "notes-live-race" },
    {
      kind: "picture",
      headline: "three-steps",
      show: [{ cell: "three-steps-stop", fragment: true }],
      notes: "notes-three-steps",
    },
    {
      kind: "picture",
      headline: "schedule-heading",
      show: ["schedule-trace", { cell: "schedule-reading", fragment: true }],
      notes: "notes-schedule",
    },
    { kind: "picture", headline: "stepper-heading", show: ["stepper"], notes: "notes-stepper" },
    { kind: "words", headline: "schedules-headline", show: ["schedules-after"], notes: "notes-schedules" },
    { kind: "picture", headline: "loop-headline", show: ["loop-length-only", "timing"], notes: "notes-loop" },
    { kind: "picture", headline: "room", show: ["room-view"], notes: "notes-room" },
    { kind: "takeaway", headline: "takeaway", notes: "notes-takeaway" },
  ],
};
