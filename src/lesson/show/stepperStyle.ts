/**
 * The stepper's look: one style sheet, scoped by class so several steppers and the page's own
 * styles do not clash.
 */
import { LOST_COLOR } from "./chartTheme";

// A tag that only marks the template as CSS, so prettier formats it as a style sheet.
const css = String.raw;

export const STEPPER_CSS = css`
  .lu-stepper {
    --lu-ink: #222;
    --lu-muted: #555;
    --lu-line: #c9c9c9;
    --lu-lost: ${LOST_COLOR};
    --lu-focus: #0072b2;
    font:
      15px/1.35 "DejaVu Sans",
      system-ui,
      sans-serif;
    color: var(--lu-ink);
    background: #fff;
    border: 1px solid var(--lu-line);
    border-radius: 8px;
    padding: 12px 14px;
    max-width: 1000px;
    box-sizing: border-box;
    text-align: left;
  }
  .lu-stepper * {
    box-sizing: border-box;
  }
  .lu-stepper:focus-visible,
  .lu-stepper button:focus-visible {
    outline: 3px solid var(--lu-focus);
    outline-offset: 2px;
  }
  .lu-stepper .lu-title {
    font-weight: bold;
    font-size: 17px;
    margin: 0 0 4px;
  }
  .lu-stepper .lu-hint,
  .lu-stepper .lu-nojs {
    color: var(--lu-muted);
    margin: 0 0 8px;
    font-size: 14px;
  }
  .lu-stepper .lu-main {
    display: flex;
    gap: 14px;
    align-items: flex-start;
    flex-wrap: wrap;
  }
  .lu-stepper .lu-board {
    display: flex;
    gap: 10px;
    align-items: stretch;
  }
  .lu-stepper .lu-worker {
    border: 2px solid var(--lu-c);
    border-radius: 6px;
    padding: 6px 8px;
    width: 150px;
  }
  .lu-stepper .lu-step {
    display: block;
    width: 100%;
    font: inherit;
    font-weight: bold;
    padding: 6px 4px;
    border: 1px solid var(--lu-c);
    border-radius: 4px;
    background: var(--lu-c);
    color: var(--lu-k);
    cursor: pointer;
  }
  .lu-stepper .lu-step:disabled {
    background: #eee;
    color: var(--lu-muted);
    border-color: var(--lu-line);
    cursor: default;
  }
  .lu-stepper ol.lu-prog {
    list-style: none;
    margin: 6px 0;
    padding: 0;
    display: flex;
    gap: 4px;
    font-size: 13px;
  }
  .lu-stepper .lu-prog li {
    flex: 1;
    text-align: center;
    border: 1px solid var(--lu-line);
    border-radius: 3px;
    padding: 1px 0;
    color: var(--lu-muted);
  }
  .lu-stepper .lu-prog li.lu-did {
    background: #eee;
    color: var(--lu-ink);
    text-decoration: line-through;
  }
  .lu-stepper .lu-prog li.lu-next {
    border: 2px solid var(--lu-c);
    color: var(--lu-ink);
    font-weight: bold;
  }
  .lu-stepper .lu-reg {
    font-size: 13px;
    color: var(--lu-muted);
  }
  .lu-stepper .lu-reg output {
    font-size: 20px;
    font-weight: bold;
    color: var(--lu-ink);
    margin-left: 6px;
  }
  .lu-stepper .lu-shared {
    border: 2px solid var(--lu-ink);
    border-radius: 6px;
    padding: 6px 10px;
    text-align: center;
    min-width: 120px;
  }
  .lu-stepper .lu-shared div {
    font-size: 13px;
    color: var(--lu-muted);
  }
  .lu-stepper .lu-count {
    display: block;
    font-size: 40px;
    font-weight: bold;
    line-height: 1.1;
  }
  .lu-stepper .lu-shared.lu-hit {
    border-color: var(--lu-lost);
    box-shadow: 0 0 0 3px var(--lu-lost) inset;
  }
  .lu-stepper .lu-side {
    flex: 1;
    min-width: 260px;
  }
  .lu-stepper .lu-order {
    font-size: 13px;
    color: var(--lu-muted);
    margin: 0 0 4px;
  }
  .lu-stepper .lu-order code {
    font-size: 16px;
    color: var(--lu-ink);
    letter-spacing: 2px;
  }
  .lu-stepper ol.lu-log {
    margin: 0;
    padding-left: 24px;
    font-size: 14px;
    min-height: 4em;
    max-height: 14.5em;
    overflow-y: auto;
  }
  .lu-stepper .lu-log li.lu-lost {
    color: var(--lu-lost);
    font-weight: bold;
  }
  .lu-stepper .lu-mark {
    display: inline-block;
    margin-left: 6px;
    padding: 0 6px;
    border-radius: 3px;
    background: var(--lu-lost);
    color: #fff;
    font-weight: bold;
  }
  .lu-stepper .lu-status {
    min-height: 1.4em;
    margin: 6px 0 0;
    font-weight: bold;
  }
  .lu-stepper .lu-status.lu-bad {
    color: var(--lu-lost);
  }
  .lu-stepper .lu-controls {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
    margin-top: 8px;
  }
  .lu-stepper .lu-controls button {
    font: inherit;
    font-size: 14px;
    padding: 4px 10px;
    border: 1px solid #888;
    border-radius: 4px;
    background: #f6f6f6;
    color: var(--lu-ink);
    cursor: pointer;
  }
  .lu-stepper .lu-controls button.lu-sched {
    font-family: "DejaVu Sans Mono", monospace;
    letter-spacing: 1px;
  }
`;
