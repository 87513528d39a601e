import { test } from "node:test";
import { PLUMBING } from "../../../src/publish/export/views";
import assert from "node:assert/strict";
import { progressBar, progressLine } from "../../../src/lesson/show/progress";

test("progressBar outside a kernel is silent, or writes lines to stdout when asked — never stderr", (t) => {
  const written: string[] = [];
  const errors: string[] = [];
  t.mock.method(process.stdout, "write", (chunk: string) => (written.push(String(chunk)), true));
  t.mock.method(process.stderr, "write", (chunk: string) => (errors.push(String(chunk)), true));
  try {
    const silent = progressBar("quiet");
    for (let i = 0; i <= 8; i++) silent(i, 8, `trial ${i}`);
    assert.deepEqual(written, []);
    const loud = progressBar("sweep", { lines: true });
    for (let i = 0; i <= 8; i++) loud(i, 8, `trial ${i}`);
  } finally {
    t.mock.restoreAll();
  }
  assert.deepEqual(errors, []);
  assert.equal(written.length, 5, "a line at 0, ¼, ½, ¾ and done");
  assert.match(written[4]!, /^sweep ▕█{24}▏ 8\/8 · trial 8\n$/);
  assert.equal(progressLine("x", 0, 4, ""), `x ▕${"░".repeat(24)}▏ 0/4`);
});

test("without a title the line is only the bar and the counts", () => {
  assert.equal(progressLine("", 2, 4, "unsafe"), `▕${"█".repeat(12)}${"░".repeat(12)}▏ 2/4 · unsafe`);
});

test("in a kernel the bar marks itself as plumbing, which the deck view leaves out", () => {
  const drawn: string[] = [];
  const fake = { require: () => ({ newDisplay: () => ({ html: (s: string) => drawn.push(s) }) }) };
  const global = globalThis as { __tslab__?: unknown };
  const saved = global.__tslab__;
  global.__tslab__ = fake;
  try {
    const bar = progressBar("sweep", { minIntervalMs: 0 });
    for (let i = 0; i <= 4; i++) bar(i, 4, `trial ${i}`);
  } finally {
    global.__tslab__ = saved;
  }
  assert.equal(drawn.length, 5);
  for (const html of drawn) assert.match(html, /^<div data-lu-plumbing="progress" /);
  assert.match(drawn[4] ?? "", /✓ 4\/4 · \d+\.\d s/);
  // The mark the deck view drops (src/publish/export/views.ts; views.test.ts drops one).
  for (const html of drawn) assert.ok(html.includes(`${PLUMBING}=`), "the deck view no longer knows this mark");
});
