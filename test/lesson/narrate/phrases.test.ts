// Every language's table has every phrase of every other: no silent fallback to English.
import { test } from "node:test";
import assert from "node:assert/strict";
import { PHRASES } from "../../../src/lesson/narrate/phrases";
import { LANGS } from "../../../src/lesson/core/lang";

function shape(value: unknown, path = ""): string[] {
  if (typeof value === "function") return [`${path}()`];
  if (value && typeof value === "object" && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([key, v]) => shape(v, path ? `${path}.${key}` : key));
  }
  return [`${path}:${typeof value}`];
}

test("every language has a table, and all tables have the same phrases", () => {
  const reference = shape(PHRASES.en).sort();
  for (const lang of LANGS) {
    assert.ok(PHRASES[lang], `no phrase table for ${lang}`);
    assert.deepEqual(shape(PHRASES[lang]).sort(), reference, lang);
  }
});

test("no phrase is empty", () => {
  for (const lang of LANGS) {
    const strings = shape(PHRASES[lang]).filter((p) => p.endsWith(":string"));
    for (const path of strings) {
      const value = path
        .slice(0, -":string".length)
        .split(".")
        .reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], PHRASES[lang]);
      assert.ok(typeof value === "string" && value.trim() !== "", `${lang}: ${path} is empty`);
    }
  }
});
