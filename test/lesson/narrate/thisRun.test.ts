import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { codeNumber, cpuName, parameterCode, thisRun } from "../../../src/lesson/narrate/thisRun";
import { EN, ONE_CORE } from "../../helpers/fabricate";

describe("thisRun", () => {
  it("names the Node, the cores and the CPU, then every parameter but the language, as the cell writes it", () => {
    const text = thisRun(
      { ...EN, cores: 16, cpu: "AMD EPYC 7B13 64-Core Processor" },
      { lang: "en", threads: 5, howMany: 100_000, sizes: [100, 1_000], pythonCommand: "python3" },
    );
    assert.equal(
      text,
      "**This run:** Node 20.0.0 on 16 cores (`AMD EPYC 7B13 64-Core Processor`), with `threads=5`, " +
        '`howMany=100_000`, `sizes=[100, 1_000]`, `pythonCommand="python3"`.',
    );
  });

  it("says one core in the singular, and leaves the CPU out when the system names none", () => {
    assert.equal(thisRun(ONE_CORE, { lang: "en", trials: 5 }), "**This run:** Node 20.0.0 on 1 core, with `trials=5`.");
    assert.equal(
      thisRun({ ...EN, cpu: "unknown" }, { trials: 5 }),
      "**This run:** Node 20.0.0 on 2 cores, with `trials=5`.",
    );
  });

  it("with no parameter but the language, says only the machine", () => {
    assert.equal(thisRun(EN, { lang: "en" }), "**This run:** Node 20.0.0 on 2 cores.");
  });

  it("speaks Korean in the Korean edition, with the same code", () => {
    assert.equal(
      thisRun({ ...EN, lang: "ko", cpu: "Apple M2" }, { lang: "ko", threads: 5 }),
      "**이번 실행:** 코어 2개(`Apple M2`), Node 20.0.0. 매개변수는 `threads=5`.",
    );
  });
});

describe("codeNumber", () => {
  it("groups thousands with _ as TypeScript does, from 1_000 up, and leaves the rest alone", () => {
    assert.deepEqual([0, 7, 999, 1_000, 100_000, 4_000_000, -12_345, 2.5].map(codeNumber), [
      "0",
      "7",
      "999",
      "1_000",
      "100_000",
      "4_000_000",
      "-12_345",
      "2.5",
    ]);
  });
});

describe("parameterCode", () => {
  it("writes a number, a list and a text as the parameters cell does", () => {
    assert.equal(parameterCode("howMany", 100_000), "`howMany=100_000`");
    assert.equal(parameterCode("workerCounts", [1, 2, 4]), "`workerCounts=[1, 2, 4]`");
    assert.equal(parameterCode("pythonCommand", "python3"), '`pythonCommand="python3"`');
  });
});

describe("cpuName", () => {
  it("tidies a model's spaces, and refuses the placeholders some systems report", () => {
    assert.equal(cpuName("  Intel(R) Xeon(R)   CPU @ 2.20GHz "), "Intel(R) Xeon(R) CPU @ 2.20GHz");
    for (const none of [undefined, "", "   ", "unknown", "Unknown", "cpu model"])
      assert.equal(cpuName(none), undefined);
  });
});
