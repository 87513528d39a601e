import { test } from "node:test";
import assert from "node:assert/strict";
import { numberFormats, timesAsShown } from "../../../src/lesson/narrate/numbers";
import { compare } from "../../../src/lesson/narrate/compare";

test("a share that is neither none nor all never reads as 0% or 100%", () => {
  const f = numberFormats("en-US");
  assert.equal(f.pct(0), "0.0%");
  assert.equal(f.pct(1), "100.0%");
  assert.equal(f.pct(0.2345), "23.5%");
  assert.equal(f.pct(0.0005), "0.050%");
  assert.equal(f.pct(0.000004), "0.0004%", "a non-zero loss printed 0.000%");
  assert.equal(f.pct(1 / 5_000_000_000), "0.00000002%");
  assert.equal(f.pct(0.99996), "99.996%");
  assert.equal(numberFormats("ko-KR").pct(0.000004), "0.0004%");
});

test("'about as much' is relative: within the tolerance either way, or both nothing", () => {
  assert.equal(compare(0.32, 0.3, 0.1), "same");
  assert.equal(compare(0.3, 0.32, 0.1), "same");
  assert.equal(compare(0.109, 0.01, 0.1), "more", "1% against 10.9% is ten times as much, though 0.1 apart");
  assert.equal(compare(0.01, 0.109, 0.1), "less");
  assert.equal(compare(0, 0, 0.1), "same");
  assert.equal(compare(0.001, 0, 0.1), "more");
  assert.equal(compare(0, 0.001, 0.1), "less");
  assert.equal(compare(110, 100, 0.1), "same");
  assert.equal(compare(111, 100, 0.1), "more");
});

test("a ratio judged as it is shown is the number `times` writes, in both languages, a thousand and more included", () => {
  for (const [locale, sign] of [
    ["en-US", "×"],
    ["ko-KR", "배"],
  ] as const) {
    const f = numberFormats(locale, sign);
    for (const ratio of [0.96, 1.04, 1.96, 2.04, 2.05, 2.54, 12.349, 1234.56]) {
      assert.equal(f.times(timesAsShown(ratio)), f.times(ratio), `${ratio} in ${locale}`);
      assert.equal(
        Number(f.times(ratio).replace(sign, "").replaceAll(",", "")),
        timesAsShown(ratio),
        `${ratio} in ${locale}`,
      );
    }
  }
});
