/**
 * Part 4 as a talk: one thread loses updates too, at an await; and the book's own programs on
 * CPython, then the schedules of threads once switches land between a read and a write. The
 * page's side-by-side tables stay on the page: two tables of sentences are not a slide a hall reads.
 */
import type { Talk } from "../talk";

export const gilAndTheEventLoop: Talk = {
  notebook: "04-gil-and-the-event-loop",
  slides: [
    { kind: "title", headline: "title", show: ["this-run"], notes: "notes-title" },
    { kind: "question", headline: "loop-question", notes: "notes-question" },
    { kind: "picture", headline: "gil-you-can-see", show: ["gil-await", "traced-increment"], notes: "notes-gil" },
    {
      kind: "picture",
      headline: "trace-heading",
      show: ["trace-unsafe", { cell: "trace-reading", fragment: true }],
      notes: "notes-trace",
    },
    { kind: "picture", headline: "sync-never", show: ["counters-code"], notes: "notes-sync-never" },
    {
      kind: "picture",
      headline: "async-lock",
      show: ["async-lock-diff", { cell: "async-lock-await", fragment: true }],
      notes: "notes-async-lock",
    },
    {
      kind: "picture",
      headline: "locked-trace-heading",
      show: ["locked-increment", { cell: "locked-race-intro", fragment: true }],
      notes: "notes-locked-trace",
    },
    { kind: "picture", headline: "event-loop-headline", show: ["event-loop-counts"], notes: "notes-event-loop" },
    { kind: "picture", headline: "live-event-loop-intro", show: ["live-event-loop"], notes: "notes-live-event-loop" },
    { kind: "picture", headline: "hidden-race", show: ["hidden-race-now", "with-call-code"], notes: "notes-hidden-race" },
    { kind: "picture", headline: "python-headline", show: ["python-counts"], notes: "notes-python" },
    {
      kind: "picture",
      headline: "interleavings-headline",
      show: ["outcomes", { cell: "unbroken-reading", fragment: true }],
      notes: "notes-interleavings",
    },
    { kind: "picture", headline: "stepper-heading", show: ["stepper"], notes: "notes-stepper" },
    { kind: "words", headline: "free-threaded", show: ["free-threaded-fix"], notes: "notes-free-threaded" },
    { kind: "takeaway", headline: "remember", notes: "notes-remember" },
  ],
};
