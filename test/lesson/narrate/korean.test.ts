// The Korean edition's narration: every branch of every narrator, asked in Korean.
// Each must say its own branch (a Korean phrase only that branch uses), state the same
// numbers as the English sentence, and contain no Latin word outside code (tools/koreanProse.ts).
import { test } from "node:test";
import assert from "node:assert/strict";
import { latinWords, markdownProse } from "../../../tools/koreanProse";
import { CASES } from "./cases";

/** Every number a sentence states, as digits (500,000 and 500000 are the same number). */
function numbers(text: string): string[] {
  return [...text.matchAll(/\d[\d,]*(?:\.\d+)?/g)].map((m) => m[0].replaceAll(",", "")).sort();
}

for (const c of CASES) {
  test(`Korean: ${c.name}`, () => {
    const ko = c.say({ lang: "ko", cores: c.cores, node: "v20.0.0" });
    const en = c.say({ lang: "en", cores: c.cores, node: "v20.0.0" });
    assert.match(ko, c.ko);
    assert.notEqual(ko, en);
    // Code spans (`…`) hold code and the system's own messages; the prose around them is checked.
    assert.deepEqual(latinWords(markdownProse(ko)), [], `English words in: ${ko}`);
    assert.deepEqual(
      numbers(ko),
      numbers(en),
      `the Korean sentence states other numbers than the English one:\n${ko}\n${en}`,
    );
  });
}
