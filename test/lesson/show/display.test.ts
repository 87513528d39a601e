import { test } from "node:test";
import assert from "node:assert/strict";
import { costBarChart } from "../../../src/lesson/show/charts";
import { showChart, showHtml } from "../../../src/lesson/show/display";
import * as fx from "./chartFixtures";

test("outside a tslab kernel, showing falls back to a note instead of throwing", async () => {
  const log = console.log;
  const lines: string[] = [];
  console.log = (...args: unknown[]) => void lines.push(args.join(" "));
  try {
    await showChart(costBarChart(fx.costRun));
    showHtml("<b>hi</b>");
  } finally {
    console.log = log;
  }
  assert.match(lines[0]!, /1600×900 PNG/);
  assert.match(lines[1]!, /HTML/);
});

test("inside a tslab kernel, showing goes through the kernel's hooked require('tslab')", async () => {
  const shown: [string, unknown][] = [];
  const fakeTslab = {
    display: { png: (b: Uint8Array) => shown.push(["png", b.length]), html: (s: string) => shown.push(["html", s]) },
  };
  const g = globalThis as { __tslab__?: unknown };
  g.__tslab__ = { require: (id: string) => (id === "tslab" ? fakeTslab : undefined) };
  try {
    const png = await costBarChart(fx.costRun);
    await showChart(png);
    showHtml("<b>hi</b>");
    assert.deepEqual(shown, [
      ["png", png.length],
      ["html", "<b>hi</b>"],
    ]);
  } finally {
    delete g.__tslab__;
  }
});
