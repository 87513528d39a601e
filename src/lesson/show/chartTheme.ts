// The look shared by every chart in the lesson: one place to change fonts,
// colours and sizes, so the notebooks stay consistent when projected.

// The counter names come from the counters themselves, so adding a kind
// there fails to compile here until it has a colour.
import type { CounterKind } from "../engine/counters";

// Drawing order and legend order: the counters' own order (the broken one first, then the fixes).
export { KIND_ORDER } from "../engine/counters";

// Okabe–Ito colours: distinguishable under the common colour-vision
// deficiencies and on washed-out projectors.
export const COUNTER_COLORS: Readonly<Record<CounterKind, string>> = {
  unsafe: "#D55E00", // vermillion: the counter that loses updates
  atomic: "#009E73", // bluish green
  locked: "#0072B2", // blue
};

// One hue per worker (Okabe–Ito again, in the order the stepper and the trace charts name
// workers A, B, C…), none of them the vermillion that marks a lost update.
export const WORKER_COLORS = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#F0E442"] as const;
// Text on each of the first workers' colours with a contrast of at least 4.5:1.
export const WORKER_INK = ["#FFFFFF", "#222222", "#222222"] as const;
// A lost update is drawn in the unsafe counter's colour, in every chart and in the stepper.
export const LOST_COLOR = COUNTER_COLORS.unsafe;

// Marker shapes repeat the colour coding for anyone who cannot rely on colour.
export const COUNTER_POINT_STYLES: Readonly<Record<CounterKind, "circle" | "rectRot" | "triangle">> = {
  unsafe: "circle",
  atomic: "rectRot",
  locked: "triangle",
};

import type { OutcomeGrade } from "../analysis/tinyRace";

// Forbidden-and-seen is the one alarm colour in the whole lesson; nothing else
// is drawn in this red, so a test can look for it in the pixels.
export const FAILURE_RED = "#D62728";
export const GRADE_COLORS: Readonly<Record<OutcomeGrade, string>> = {
  acceptable: "#009E73",
  interesting: "#E69F00", // amber
  forbidden: "#9A9A9A", // only used when the forbidden outcome never happened (no bar)
};

// Tinted row backgrounds for HTML tables: light enough to read black text on.
export const GRADE_ROW_BACKGROUNDS: Readonly<Record<OutcomeGrade, string>> = {
  acceptable: "#E6F4EE",
  interesting: "#FDF1D6",
  forbidden: "#F9D9D9",
};

// Named explicitly because node-canvas asks fontconfig for "sans-serif"
// otherwise, and the answer differs between machines.
export const FONT_FAMILY = "DejaVu Sans";

// Sizes are in CSS pixels; charts render at DEVICE_PIXEL_RATIO, so a 20px
// title is 40 device pixels tall in the PNG.
// A chart fills about 1,100 of a slide's 1,280 pixels, so it is drawn at about 1.37 times
// these sizes there: 15 px becomes the 20 px the back of a hall can read (at least 18 px).
export const FONT_SIZES = { title: 22, subtitle: 16, axisTitle: 16, tick: 15, legend: 15, valueLabel: 15 } as const;

export const TEXT_COLOR = "#222222";
export const MUTED_TEXT_COLOR = "#555555";
export const GRID_COLOR = "#E3E3E3";
export const BACKGROUND_COLOR = "#FFFFFF";

/** Default chart size in CSS pixels (16:9, like a slide). */
export const DEFAULT_SIZE = { width: 800, height: 450 } as const;
// 2× makes thin lines and small text survive a projector's scaling.
export const DEVICE_PIXEL_RATIO = 2;

/** `#RRGGBB` → `rgba(r, g, b, alpha)`, for translucent bands. */
export function withAlpha(hex: string, alpha: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}

export function font(size: number, weight: "normal" | "bold" = "normal") {
  return { family: FONT_FAMILY, size, weight };
}
