/** Part 2 as a talk: the book's lock, built from one word of shared memory, and what exactness costs. */
import type { Talk } from "../talk";

export const theLock: Talk = {
  notebook: "02-the-lock",
  slides: [
    { kind: "title", headline: "title", show: ["this-run"], notes: "notes-title" },
    { kind: "question", headline: "lock-question", notes: "notes-question" },
    {
      kind: "picture",
      headline: "seed-fix",
      show: ["seed-fix-diff", { cell: "with-lock-waits", fragment: true }],
      notes: "notes-seed-fix",
    },
    { kind: "picture", headline: "one-integer", show: ["one-integer-word"], notes: "notes-one-integer" },
    {
      kind: "picture",
      headline: "try-heading",
      show: ["try-lock", { cell: "try-reading", fragment: true }],
      notes: "notes-try",
    },
    { kind: "picture", headline: "lock-stepper", show: ["lock-stepper-widget"], notes: "notes-lock-stepper" },
    { kind: "picture", headline: "locked-headline", show: ["locked-counts"], notes: "notes-locked" },
    {
      kind: "picture",
      headline: "atomic-headline",
      show: ["atomic-code", { cell: "atomic-why", fragment: true }],
      notes: "notes-atomic",
    },
    { kind: "picture", headline: "handoff-headline", show: ["handoff-strip"], notes: "notes-handoff" },
    { kind: "picture", headline: "cost-headline", show: ["cost-chart"], notes: "notes-cost" },
    { kind: "words", headline: "why-cost", notes: "notes-why-cost" },
    { kind: "takeaway", headline: "takeaway", notes: "notes-takeaway" },
  ],
};
