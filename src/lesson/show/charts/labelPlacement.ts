/**
 * Where to put a chart's labels so that none covers another, the data or its own mark: each
 * label, in the order given, takes the nearest free spot around its anchor. Pure geometry in
 * pixels, apart from any chart, so a test can place labels without drawing.
 */

/** A rectangle in pixels, y growing downwards as on a canvas. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** A label to place: the point it labels and the size of its text. */
export interface LabelRequest {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Placement {
  box: Box;
  /** False when every spot tried was taken: the label overlaps something (the least it could). */
  free: boolean;
}

// How far from the anchor a label may move, nearest first; beyond the last it would no
// longer read as the anchor's label.
const NEAREST = 4;
const DISTANCES = [NEAREST, 8, 14, 22, 32, 46, 64, 88, 120];

function overlap(a: Box, b: Box): number {
  const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return w > 0 && h > 0 ? w * h : 0;
}

export function boxesOverlap(a: Box, b: Box): boolean {
  return overlap(a, b) > 0;
}

/** The spots around (x, y) for a label of w × h at distance d: beside, then above and below. */
function candidates(r: LabelRequest, d: number): [Box, ...Box[]] {
  const { x, y, width: w, height: h } = r;
  const at = (left: number, top: number): Box => ({ left, top, right: left + w, bottom: top + h });
  return [
    at(x + d, y - h / 2), // right
    at(x - d - w, y - h / 2), // left
    at(x + d, y - d - h), // above right
    at(x - d - w, y - d - h), // above left
    at(x + d, y + d), // below right
    at(x - d - w, y + d), // below left
    at(x - w / 2, y - d - h), // above
    at(x - w / 2, y + d), // below
  ];
}

const inside = (b: Box, bounds: Box) =>
  b.left >= bounds.left && b.right <= bounds.right && b.top >= bounds.top && b.bottom <= bounds.bottom;

/**
 * Places each label at the nearest spot inside `bounds` that touches no obstacle and no label
 * placed before it, keeping `gap` pixels clear. When no spot is free it takes the one that
 * overlaps least, and says so.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  obstacles: readonly Box[],
  bounds: Box,
  gap = 2,
): Placement[] {
  const placed: Box[] = [];
  return requests.map((request) => {
    let best: Box | null = null;
    let bestCost = Infinity;
    for (const d of DISTANCES) {
      for (const box of candidates(request, d)) {
        if (!inside(box, bounds)) continue;
        const padded = { left: box.left - gap, top: box.top - gap, right: box.right + gap, bottom: box.bottom + gap };
        let cost = 0;
        for (const other of placed) cost += overlap(padded, other);
        for (const obstacle of obstacles) cost += overlap(padded, obstacle);
        if (cost < bestCost) {
          best = box;
          bestCost = cost;
        }
        if (cost === 0) break;
      }
      if (bestCost === 0) break;
    }
    // A label bigger than the plot: at its anchor, clipped by the chart.
    const box = best ?? candidates(request, NEAREST)[0];
    placed.push(box);
    return { box, free: bestCost === 0 };
  });
}
