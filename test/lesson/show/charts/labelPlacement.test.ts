// Chart labels placed apart from each other, the data and their own marks, without drawing.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { boxesOverlap, placeLabels, type Box } from "../../../../src/lesson/show/charts/labelPlacement";
import { seeded } from "../../../helpers/random";

const PLOT: Box = { left: 0, top: 0, right: 800, bottom: 400 };
const label = (x: number, y: number, width = 40, height = 17) => ({ x, y, width, height });

function assertApart(boxes: Box[], obstacles: Box[], what: string) {
  boxes.forEach((a, i) => {
    assert.ok(a.left >= PLOT.left && a.right <= PLOT.right && a.top >= PLOT.top && a.bottom <= PLOT.bottom, what);
    boxes
      .slice(i + 1)
      .forEach((b, j) => assert.ok(!boxesOverlap(a, b), `${what}: labels ${i} and ${i + j + 1} overlap`));
    obstacles.forEach((o, k) => assert.ok(!boxesOverlap(a, o), `${what}: label ${i} covers obstacle ${k}`));
  });
}

describe("placeLabels", () => {
  it("puts a lone label right beside its anchor", () => {
    const { box, free } = placeLabels([label(100, 200)], [], PLOT)[0]!;
    assert.equal(free, true);
    assert.deepEqual(box, { left: 104, top: 191.5, right: 144, bottom: 208.5 });
  });

  it("keeps two labels at nearly the same point apart (−156 over −166)", () => {
    const placed = placeLabels([label(400, 200), label(402, 206)], [], PLOT);
    assert.ok(placed.every((p) => p.free));
    assertApart(
      placed.map((p) => p.box),
      [],
      "two close labels",
    );
  });

  it("moves a label off the line it labels and off the data beside it", () => {
    // A fall from 100 to 300 at x = 400, and a rising line of points right of it at its middle.
    const fall: Box = { left: 397.5, top: 99, right: 402.5, bottom: 301 };
    const points: Box[] = Array.from({ length: 60 }, (_, i) => {
      const x = 404 + i * 3;
      const y = 230 - i * 2;
      return { left: x - 2, top: y - 2, right: x + 2, bottom: y + 2 };
    });
    const placed = placeLabels([label(400, 200, 44)], [fall, ...points], PLOT)[0]!;
    assert.equal(placed.free, true);
    assertApart([placed.box], [fall, ...points], "a label by its fall");
    // Still next to its fall: within the nearest few spots.
    assert.ok(Math.abs((placed.box.left + placed.box.right) / 2 - 400) < 120);
  });

  it("stays inside the plot at its edges", () => {
    const placed = placeLabels([label(798, 2), label(2, 398)], [], PLOT);
    assertApart(
      placed.map((p) => p.box),
      [],
      "labels at the corners",
    );
  });

  it("never overlaps when there is room: many random labels and obstacles", () => {
    for (let seed = 1; seed <= 40; seed++) {
      const random = seeded(seed);
      const obstacles: Box[] = Array.from({ length: random.int(0, 80) }, () => {
        const x = random.int(0, 796);
        const y = random.int(0, 396);
        return { left: x, top: y, right: x + 4, bottom: y + 4 };
      });
      const requests = Array.from({ length: random.int(1, 6) }, () => label(random.int(50, 750), random.int(30, 370)));
      const placed = placeLabels(requests, obstacles, PLOT);
      const free = placed.filter((p) => p.free);
      // A free label touches nothing; the routine only gives up when every spot is taken.
      assertApart(
        free.map((p) => p.box),
        obstacles,
        `seed ${seed}`,
      );
      assert.ok(
        free.length >= requests.length - 1,
        `seed ${seed}: ${requests.length - free.length} labels found no room`,
      );
    }
  });

  it("says when a label had nowhere free to go", () => {
    const wall: Box = { left: 0, top: 0, right: 800, bottom: 400 };
    const placed = placeLabels([label(400, 200)], [wall], PLOT)[0]!;
    assert.equal(placed.free, false);
  });
});
