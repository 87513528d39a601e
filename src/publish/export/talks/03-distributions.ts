/** Part 3 as a talk: the race run many times, as distributions, and what moves them. */
import type { Talk } from "../talk";

export const distributions: Talk = {
  notebook: "03-distributions",
  slides: [
    { kind: "title", headline: "title", show: ["this-run"], notes: "notes-title" },
    { kind: "question", headline: "dist-question", notes: "notes-question" },
    { kind: "picture", headline: "hist-headline", show: ["hist-chart"], notes: "notes-many-trials" },
    { kind: "picture", headline: "live-hist-intro", show: ["live-hist"], notes: "notes-live-hist" },
    { kind: "words", headline: "whole-loops-headline", show: ["whole-loops-paused"], notes: "notes-whole-loops" },
    { kind: "picture", headline: "loss-headline", show: ["stale-chart"], notes: "notes-stale" },
    { kind: "picture", headline: "workers-headline", show: ["workers-chart"], notes: "notes-more-workers" },
    { kind: "picture", headline: "increments-headline", show: ["increments-chart"], notes: "notes-longer-loops" },
    { kind: "words", headline: "three-things", notes: "notes-three-things" },
    { kind: "picture", headline: "cost-growth-headline", show: ["cost-chart"], notes: "notes-cost" },
    { kind: "picture", headline: "tiny-headline", show: ["tiny-chart"], notes: "notes-tiny" },
    { kind: "takeaway", headline: "takeaway", notes: "notes-takeaway" },
  ],
};
