// The Korean particle after a rendered value follows how the value is read aloud.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { finalSound, josa } from "../../../src/lesson/narrate/phrases/ko/josa";

describe("josa", () => {
  it("a last digit read 이, 사, 오, 구 ends in a vowel; the others in a consonant (STYLE.md)", () => {
    for (const n of [2, 4, 5, 9, 12, 1_002]) assert.equal(finalSound(String(n)), "vowel", String(n));
    for (const n of [0, 3, 6, 10, 100, 1_000, 10_000, 500_000, 2_704_156]) {
      assert.equal(finalSound(n.toLocaleString("en-US")), "consonant", String(n));
    }
    for (const n of [1, 7, 8, 11, 1_001]) assert.equal(finalSound(String(n)), "rieul", String(n));
  });

  it("each pair takes its form: 을/를, 이/가, 은/는, 과/와, (으)로, (이)다", () => {
    assert.equal(josa(3, "을/를"), "3을");
    assert.equal(josa(2, "을/를"), "2를");
    assert.equal(josa(2, "이/가"), "2가");
    assert.equal(josa(1, "이/가"), "1이");
    assert.equal(josa(1_000, "은/는"), "1,000은");
    assert.equal(josa(4, "은/는"), "4는");
    assert.equal(josa(10, "과/와"), "10과");
    assert.equal(josa(5, "과/와"), "5와");
    assert.equal(josa(3, "으로/로"), "3으로");
    assert.equal(josa(1, "으로/로"), "1로", "ㄹ takes 로");
    assert.equal(josa(7, "으로/로"), "7로");
    assert.equal(josa(9, "으로/로"), "9로");
    assert.equal(josa(2, "이다/다"), "2다");
    assert.equal(josa(1, "이다/다"), "1이다");
  });

  it("renders a number with thousands separators, and takes rendered text as it is", () => {
    assert.equal(josa(500_000, "이/가"), "500,000이");
    assert.equal(josa("3.12.2", "이/가"), "3.12.2가", "a version: its last digit");
    assert.equal(josa("12.30", "이/가"), "12.30이", "after a point, digits are read one by one: 영");
    assert.equal(josa("7.8%", "을/를"), "7.8%를", "퍼센트");
    assert.equal(josa("2.5배", "을/를"), "2.5배를");
    assert.equal(josa("2.0×", "을/를"), "2.0×를");
    assert.equal(josa("40 ms", "이/가"), "40 ms가");
  });

  it("Hangul by its last syllable's final consonant; ㄹ for (으)로", () => {
    assert.equal(josa("워커 A", "이/가"), "워커 A가");
    assert.equal(josa("카운터", "은/는"), "카운터는");
    assert.equal(josa("락", "이/가"), "락이");
    assert.equal(josa("파일", "으로/로"), "파일로");
    assert.equal(josa("방법", "으로/로"), "방법으로");
  });

  it("Latin letters by their names, and the lesson's words as Korean readers say them", () => {
    assert.equal(josa("A", "이/가"), "A가");
    assert.equal(josa("L", "이/가"), "L이");
    assert.equal(josa("M", "을/를"), "M을");
    assert.equal(josa("atomic", "과/와"), "atomic과");
    assert.equal(josa("locked", "과/와"), "locked와");
    assert.equal(josa("unsafe", "은/는"), "unsafe는");
  });

  it("skips code marks, emphasis and a closing parenthetical: the particle follows the word before them", () => {
    assert.equal(josa("`python3`", "이/가"), "`python3`이");
    assert.equal(josa("`python9`", "으로/로"), "`python9`로");
    assert.equal(josa("**3**", "을/를"), "**3**을");
    assert.equal(josa("38,794개(7.8%)", "을/를"), "38,794개(7.8%)를");
    assert.equal(josa("locked 18 → 30 ns (1.7배)", "이/가"), "locked 18 → 30 ns (1.7배)가");
  });
});
