/**
 * The stepper's look: one style sheet, scoped by class so several steppers and the page's own
 * styles do not clash.
 *
 * Every rule starts with `[data-lu-stepper].lu-stepper`, specific enough to beat what a deck
 * or a notebook does to lists, paragraphs and buttons (reveal.js indents and numbers every
 * <ol>, the lesson's deck styles set margins on every <p> and <li>); the worker's steps are
 * spans, not list items, so no list style reaches them at all. Sizes are in em of the
 * widget's font: 15 px on a page, 20 px on a slide (nothing under 0.9 em, so 18 px there),
 * laid out so three unsafe workers, or two locked ones, fit a 1280×720 slide without
 * scrolling. On paper the widget is a static picture: the steps of its first schedule
 * (.lu-paper), rendered when it was made.
 */
import { COUNTER_COLORS, LOST_COLOR } from "../chartTheme";

// A tag that only marks the template as CSS, so prettier formats it as a style sheet.
const css = String.raw;

export const STEPPER_CSS = css`
  [data-lu-stepper].lu-stepper {
    --lu-ink: #222;
    --lu-muted: #555;
    --lu-line: #c9c9c9;
    --lu-lost: ${LOST_COLOR};
    --lu-lock: ${COUNTER_COLORS.locked};
    --lu-met: #117a3d;
    --lu-focus: #0072b2;
    font:
      15px/1.35 "DejaVu Sans",
      system-ui,
      sans-serif;
    color: var(--lu-ink);
    background: #fff;
    border: 1px solid var(--lu-line);
    border-radius: 8px;
    padding: 0.6em 0.9em;
    margin: 0;
    max-width: 66em;
    box-sizing: border-box;
    text-align: left;
    letter-spacing: normal;
    text-transform: none;
    word-break: keep-all;
  }
  .reveal [data-lu-stepper].lu-stepper {
    font-size: 20px;
    max-width: none;
  }
  [data-lu-stepper].lu-stepper * {
    box-sizing: border-box;
  }
  [data-lu-stepper].lu-stepper p {
    margin: 0 0 0.5em;
    line-height: 1.35;
    font-size: 1em;
  }
  /* The widget holds the keys: say so around it, whatever inside has the focus. */
  /* Drawn inside the border: a slide's or a notebook's boxes may clip what is drawn outside. */
  [data-lu-stepper].lu-stepper:focus-within {
    outline: none;
    border-color: var(--lu-focus);
    box-shadow: 0 0 0 2px var(--lu-focus) inset;
  }
  [data-lu-stepper].lu-stepper button:focus-visible {
    outline: 3px solid var(--lu-focus);
    outline-offset: 2px;
  }
  [data-lu-stepper].lu-stepper .lu-title {
    font-weight: bold;
    font-size: 1.13em;
    margin: 0 0 0.25em;
  }
  [data-lu-stepper].lu-stepper .lu-hint,
  [data-lu-stepper].lu-stepper .lu-nojs {
    color: var(--lu-muted);
    font-size: 0.93em;
  }
  [data-lu-stepper].lu-stepper .lu-main {
    display: flex;
    gap: 0.9em;
    align-items: flex-start;
    flex-wrap: wrap;
  }
  /* Three locked workers are wider than a slide: there the lock wraps below them. */
  [data-lu-stepper].lu-stepper .lu-board {
    display: flex;
    flex-wrap: wrap;
    gap: 0.6em;
    align-items: stretch;
  }
  [data-lu-stepper].lu-stepper .lu-worker {
    border: 2px solid var(--lu-c);
    border-radius: 6px;
    padding: 0.3em 0.5em;
    width: 9.5em;
  }
  /* Five steps a worker under the lock: lock, read, add, write, unlock. */
  [data-lu-stepper][data-counter="locked"].lu-stepper .lu-worker {
    width: 14em;
  }
  [data-lu-stepper].lu-stepper .lu-step {
    display: block;
    width: 100%;
    margin: 0;
    font: inherit;
    font-weight: bold;
    text-transform: none;
    padding: 0.4em 0.25em;
    border: 1px solid var(--lu-c);
    border-radius: 4px;
    background: var(--lu-c);
    color: var(--lu-k);
    cursor: pointer;
  }
  /* Asleep on the lock: the button says whom it waits for, and pressing it runs nothing. */
  [data-lu-stepper].lu-stepper .lu-step.lu-waiting {
    background: repeating-linear-gradient(135deg, #fff 0 0.35em, #eee 0.35em 0.7em);
    color: var(--lu-ink);
    border: 2px dashed var(--lu-c);
    font-weight: normal;
    cursor: not-allowed;
  }
  [data-lu-stepper].lu-stepper .lu-step:disabled {
    background: #eee;
    color: var(--lu-muted);
    border-color: var(--lu-line);
    cursor: default;
  }
  [data-lu-stepper].lu-stepper .lu-prog {
    display: flex;
    gap: 0.25em;
    margin: 0.4em 0;
    padding: 0;
    font-size: 0.9em;
  }
  [data-lu-stepper].lu-stepper .lu-prog span {
    flex: auto;
    text-align: center;
    border: 1px solid var(--lu-line);
    border-radius: 3px;
    padding: 0.05em 0;
    color: var(--lu-muted);
    white-space: nowrap;
  }
  [data-lu-stepper].lu-stepper .lu-prog span.lu-did {
    background: #eee;
    color: var(--lu-ink);
    text-decoration: line-through;
  }
  [data-lu-stepper].lu-stepper .lu-prog span.lu-next {
    border: 2px solid var(--lu-c);
    color: var(--lu-ink);
    font-weight: bold;
  }
  [data-lu-stepper].lu-stepper .lu-reg {
    font-size: 0.9em;
    color: var(--lu-muted);
  }
  [data-lu-stepper].lu-stepper .lu-reg output {
    font-size: 1.3em;
    font-weight: bold;
    color: var(--lu-ink);
    margin-left: 0.3em;
  }
  [data-lu-stepper].lu-stepper .lu-shared {
    border: 2px solid var(--lu-ink);
    border-radius: 6px;
    padding: 0.4em 0.6em;
    text-align: center;
    min-width: 7em;
  }
  [data-lu-stepper].lu-stepper .lu-shared div {
    font-size: 0.9em;
    color: var(--lu-muted);
  }
  [data-lu-stepper].lu-stepper .lu-count {
    display: block;
    font-size: 2.4em;
    font-weight: bold;
    line-height: 1.1;
  }
  [data-lu-stepper].lu-stepper .lu-lock {
    border: 2px solid var(--lu-lock);
    border-radius: 6px;
    padding: 0.3em 0.5em;
    text-align: center;
    width: 15em;
    font-size: 0.9em;
    color: var(--lu-muted);
  }
  [data-lu-stepper].lu-stepper .lu-word {
    display: block;
    font-size: 2em;
    font-weight: bold;
    line-height: 1.1;
    color: var(--lu-lock);
  }
  [data-lu-stepper].lu-stepper .lu-word-state,
  [data-lu-stepper].lu-stepper .lu-holder {
    color: var(--lu-ink);
    line-height: 1.25;
  }
  [data-lu-stepper].lu-stepper .lu-shared.lu-hit {
    border-color: var(--lu-lost);
    box-shadow: 0 0 0 3px var(--lu-lost) inset;
  }
  [data-lu-stepper].lu-stepper .lu-side {
    flex: 1;
    min-width: 14em;
  }
  /* Three workers, or two with a lock, fill the width: the log goes below the board, in two
     columns, and under it the schedule so far shares a line with what the widget says (under the
     lock the schedule sits with the controls instead, and the line is the widget's alone). */
  [data-lu-stepper][data-workers="3"].lu-stepper .lu-side,
  [data-lu-stepper][data-counter="locked"].lu-stepper .lu-side {
    flex-basis: 100%;
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    grid-template-areas: "log log" "order status";
    column-gap: 1.2em;
    align-items: baseline;
  }
  [data-lu-stepper][data-counter="locked"].lu-stepper .lu-side {
    grid-template-areas: "log log" "status status";
  }
  [data-lu-stepper].lu-stepper .lu-side .lu-log {
    grid-area: log;
  }
  [data-lu-stepper].lu-stepper .lu-order {
    font-size: 0.9em;
    color: var(--lu-muted);
    margin: 0 0 0.3em;
  }
  [data-lu-stepper].lu-stepper .lu-order code {
    font-size: 1.15em;
    color: var(--lu-ink);
    letter-spacing: 2px;
    background: none;
    padding: 0;
  }
  [data-lu-stepper][data-workers="3"].lu-stepper .lu-side .lu-order {
    grid-area: order;
    margin: 0.4em 0 0;
  }
  [data-lu-stepper].lu-stepper .lu-side .lu-status {
    grid-area: status;
  }
  [data-lu-stepper].lu-stepper .lu-controls .lu-order {
    margin: 0 0 0 auto;
    align-self: center;
  }
  /* Room from the start for every line the log can get (--lu-rows × --lu-cols: the longest
     schedule's steps, set by stepperHtml), so the widget never grows past where a slide was
     fitted to it, and nothing scrolls away. Below the board the lines go down one column, then
     the next, each column as wide from the first step as at the last. */
  [data-lu-stepper].lu-stepper ol.lu-log {
    display: grid;
    grid-template-rows: repeat(var(--lu-rows), minmax(1.3em, auto));
    grid-template-columns: repeat(var(--lu-cols), minmax(0, 1fr));
    grid-auto-flow: column;
    column-gap: 2.2em;
    list-style: decimal outside;
    margin: 0;
    padding: 0 0 0 1.7em;
    font-size: 0.93em;
    text-align: left;
  }
  [data-lu-stepper].lu-stepper .lu-log li {
    display: list-item;
    margin: 0;
    padding: 0;
    line-height: 1.3;
    font-size: 1em;
  }
  [data-lu-stepper].lu-stepper .lu-log li.lu-lost {
    color: var(--lu-lost);
    font-weight: bold;
  }
  [data-lu-stepper].lu-stepper .lu-mark {
    display: inline-block;
    margin-left: 0.4em;
    padding: 0 0.4em;
    border-radius: 3px;
    background: var(--lu-lost);
    color: #fff;
    font-weight: bold;
  }
  [data-lu-stepper].lu-stepper p.lu-status {
    min-height: 1.4em;
    margin: 0.4em 0 0;
    font-weight: bold;
  }
  [data-lu-stepper].lu-stepper .lu-status.lu-bad {
    color: var(--lu-lost);
  }
  [data-lu-stepper].lu-stepper .lu-controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
    margin-top: 0.4em;
  }
  [data-lu-stepper].lu-stepper .lu-controls button {
    font: inherit;
    font-size: 0.93em;
    margin: 0;
    text-transform: none;
    padding: 0.25em 0.7em;
    border: 1px solid #888;
    border-radius: 4px;
    background: #f6f6f6;
    color: var(--lu-ink);
    cursor: pointer;
  }
  [data-lu-stepper].lu-stepper .lu-controls button.lu-sched {
    font-family: "DejaVu Sans Mono", monospace;
    letter-spacing: 1px;
  }
  /* The challenges read as one paragraph: each goal, and once met, its verdict after it. */
  [data-lu-stepper].lu-stepper .lu-goals {
    margin: 0.4em 0 0;
    font-size: 0.93em;
    line-height: 1.35;
  }
  [data-lu-stepper].lu-stepper .lu-goals-title {
    font-weight: bold;
  }
  [data-lu-stepper].lu-stepper .lu-goals ul {
    display: inline;
    list-style: none;
    margin: 0;
    padding: 0;
  }
  [data-lu-stepper].lu-stepper .lu-goals li {
    display: inline;
    margin: 0 0 0 0.5em;
    padding: 0;
    font-size: 1em;
  }
  [data-lu-stepper].lu-stepper .lu-goals li::before {
    content: "☐ ";
  }
  [data-lu-stepper].lu-stepper .lu-goals li[data-met]::before {
    content: "✓ ";
    color: var(--lu-met);
    font-weight: bold;
  }
  [data-lu-stepper].lu-stepper .lu-goals li[data-met] .lu-goal {
    color: var(--lu-muted);
  }
  [data-lu-stepper].lu-stepper .lu-verdict {
    color: var(--lu-met);
  }
  [data-lu-stepper].lu-stepper .lu-verdict code {
    font-family: "DejaVu Sans Mono", monospace;
    font-size: 1em;
    background: none;
    padding: 0;
    color: inherit;
  }
  [data-lu-stepper].lu-stepper .lu-paper {
    display: none;
  }
  @media print {
    [data-lu-stepper].lu-stepper {
      break-inside: avoid;
    }
    [data-lu-stepper].lu-stepper .lu-hint,
    [data-lu-stepper].lu-stepper .lu-nojs,
    [data-lu-stepper].lu-stepper .lu-main,
    [data-lu-stepper].lu-stepper .lu-controls,
    [data-lu-stepper].lu-stepper .lu-goals {
      display: none;
    }
    [data-lu-stepper].lu-stepper .lu-paper {
      display: block;
    }
  }
`;
