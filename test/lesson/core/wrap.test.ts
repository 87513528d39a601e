import { test } from "node:test";
import assert from "node:assert/strict";
import { displayWidth, wrap } from "../../../src/lesson/core/wrap";

test("a Hangul syllable takes two columns, a Latin letter or a digit one", () => {
  assert.equal(displayWidth("abc 123"), 7);
  assert.equal(displayWidth("락 없는 카운터"), 14);
  assert.equal(displayWidth("×…"), 2);
  assert.equal(displayWidth(""), 0);
});

test("lines break between words and fit the width, counted in columns", () => {
  assert.deepEqual(wrap("one two three four", 9), ["one two", "three", "four"]);
  assert.deepEqual(wrap("락 없는 카운터는 갱신을 잃었다", 14), ["락 없는", "카운터는", "갱신을 잃었다"]);
  for (const line of wrap("워커 5개가 공유 카운터 하나에 1을 100,000번씩 더한다.", 20)) {
    assert.ok(displayWidth(line) <= 20, line);
  }
});

test("a code span never breaks, and a word wider than the line keeps a line of its own", () => {
  assert.deepEqual(wrap("run it: `npm run race -- --trials 5` now", 12), [
    "run it:",
    "`npm run race -- --trials 5`",
    "now",
  ]);
  assert.deepEqual(wrap("a verylongword b", 5), ["a", "verylongword", "b"]);
});

test("spaces collapse; nothing gives one empty line", () => {
  assert.deepEqual(wrap("  a   b  ", 80), ["a b"]);
  assert.deepEqual(wrap("", 80), [""]);
});
