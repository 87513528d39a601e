import assert from "node:assert/strict";
import { test } from "node:test";
import type { Lang } from "../../../src/lesson/core/lang";
import { parametersReport, type ParamSource } from "../../../src/lesson/narrate/parametersReport";

/** One value from each source, each overridden by its name in capitals. */
const PARAMS = (
  [
    ["lang", "en", "edition"],
    ["threads", 8, "cell"],
    ["howMany", 1_000_000, "env"],
    ["sizes", [100, 1_000], "default"],
  ] as [string, number | string | number[], ParamSource][]
).map(([name, value, source]) => ({ name, value, source, envName: name.toUpperCase() }));

const EXPECTED: Record<Lang, string[]> = {
  en: [
    "Parameters of this run (Node v20.0.0, 2 cores):",
    "  lang                         en   (this edition)",
    "  threads                       8   (in the cell)",
    "  howMany               1,000,000   (from HOWMANY)",
    "  sizes                100, 1,000   (default)",
  ],
  ko: [
    "이번 실행의 매개변수 (Node v20.0.0, 코어 2개):",
    "  lang                         en   (이 판의 언어)",
    "  threads                       8   (셀에서 수정)",
    "  howMany               1,000,000   (HOWMANY에서)",
    "  sizes                100, 1,000   (기본값)",
  ],
};

for (const lang of ["en", "ko"] as const) {
  test(`the ${lang} report prints the machine, then each value with where it came from`, () => {
    assert.deepEqual(parametersReport(PARAMS, lang, { node: "v20.0.0", cores: 2 }).split("\n"), EXPECTED[lang]);
  });
}

test("one core is one core, not one cores", () => {
  assert.equal(
    parametersReport([], "en", { node: "v24.0.0", cores: 1 }),
    "Parameters of this run (Node v24.0.0, 1 core):\n",
  );
});
