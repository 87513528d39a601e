// The Korean edition's narration: every branch of every narrator, asked in Korean.
// Each must say its own branch (a Korean phrase only that branch uses), state the same
// numbers as the English sentence, and contain no English words beyond code names.
import { test } from "node:test";
import assert from "node:assert/strict";
import { CASES } from "./cases";

/** Names a reader meets in the code, and the units: allowed in a Korean sentence. */
const CODE_WORDS = new Set([
  "unsafe",
  "atomic",
  "locked",
  "sync",
  "Atomics",
  "add",
  "howMany",
  "trials",
  "scheduleThreads",
  "scheduleIncrements",
  "pythonHowMany",
  "python",
  "Node",
  "GIL",
  "ms",
  "ns",
  "self",
  "count",
  "offset",
  "await",
  "npm",
  "run",
  "export",
  "command",
  "LOAD_ATTR",
  "STORE_ATTR",
  "BINARY_OP",
  "INPLACE_ADD",
  "RESUME",
  "SyntaxError",
]);

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
    const prose = ko.replace(/`[^`]*`/g, "");
    const english = [...prose.matchAll(/[A-Za-z_][A-Za-z_0-9]*/g)]
      .map((m) => m[0])
      .filter((w) => !CODE_WORDS.has(w) && !/^python\d/.test(w) && !/^[A-C]$/.test(w)); // A, B, C: the workers
    assert.deepEqual(english, [], `English words in: ${ko}`);
    assert.deepEqual(
      numbers(ko),
      numbers(en),
      `the Korean sentence states other numbers than the English one:\n${ko}\n${en}`,
    );
  });
}
