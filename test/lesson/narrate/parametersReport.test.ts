import assert from "node:assert/strict";
import { test } from "node:test";
import { parametersReport } from "../../../src/lesson/narrate/parametersReport";

test("the report prints each value with where it came from", () => {
  const report = parametersReport(
    [
      { name: "lang", value: "en", source: "edition", envName: "LANG" },
      { name: "threads", value: 8, source: "cell", envName: "THREADS" },
      { name: "howMany", value: 1_000_000, source: "env", envName: "HOW_MANY" },
      { name: "sizes", value: [100, 1_000], source: "default", envName: "SIZES" },
    ],
    "en",
    { node: "v20.0.0", cores: 2 },
  );
  assert.deepEqual(report.split("\n"), [
    "Parameters of this run (Node v20.0.0, 2 cores):",
    "  lang                         en   (this edition)",
    "  threads                       8   (in the cell)",
    "  howMany               1,000,000   (from HOW_MANY)",
    "  sizes                100, 1,000   (default)",
  ]);
});

test("the Korean report says each source in Korean", () => {
  const report = parametersReport(
    [
      { name: "lang", value: "ko", source: "edition", envName: "LANG" },
      { name: "threads", value: 8, source: "cell", envName: "THREADS" },
      { name: "howMany", value: 1_000_000, source: "env", envName: "HOW_MANY" },
      { name: "trials", value: 5, source: "default", envName: "TRIALS" },
    ],
    "ko",
    { node: "v24.0.0", cores: 1 },
  );
  assert.deepEqual(report.split("\n"), [
    "이번 실행의 매개변수 (Node v24.0.0, 코어 1개):",
    "  lang                         ko   (이 판의 언어)",
    "  threads                       8   (셀에서 수정)",
    "  howMany               1,000,000   (HOW_MANY에서)",
    "  trials                        5   (기본값)",
  ]);
});
