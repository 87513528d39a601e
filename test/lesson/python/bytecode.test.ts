import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { fakePythons } from "../../helpers/fakePython";
import { bytecodeLines, incrementOpcodes, pythonBytecode } from "../../../src/lesson/python/bytecode";

const fakePython = fakePythons("lost-updates-dis-");

describe("pythonBytecode", () => {
  it("a missing interpreter is a result, not a throw", async () => {
    const r = await pythonBytecode("/nonexistent/python3");
    assert.deepEqual(r, {
      available: false,
      python: "/nonexistent/python3",
      missing: true,
      reason: "spawn /nonexistent/python3 ENOENT",
    });
    assert.deepEqual(bytecodeLines(r), [], "nothing to print: the narration says why");
  });

  it("splits the version line from the disassembly", async () => {
    const fake = fakePython(
      "dis",
      'echo "python 3.9.18 (main) [GCC]"\necho "  4   4 LOAD_ATTR   0 (count)"\necho\necho "  8 INPLACE_ADD"',
    );
    const r = await pythonBytecode(fake);
    assert.ok(r.available);
    if (!r.available) return;
    assert.equal(r.pythonVersion, "3.9.18 (main) [GCC]");
    assert.deepEqual(r.lines, ["  4   4 LOAD_ATTR   0 (count)", "  8 INPLACE_ADD"]);
    assert.deepEqual(bytecodeLines(r), ["python 3.9.18 (main) [GCC]", ...r.lines]);
  });

  it("on this machine's python3, finds the read, the add and the write", async (t) => {
    const r = await pythonBytecode();
    if (!r.available) return t.skip(r.reason);
    assert.doesNotMatch(r.lines.join("\n"), /^python /m);
    const ops = incrementOpcodes(r.lines);
    assert.equal(ops.read, "LOAD_ATTR");
    assert.ok(ops.add === "BINARY_OP" || ops.add === "INPLACE_ADD", String(ops.add));
    assert.equal(ops.write, "STORE_ATTR");
  });
});

describe("incrementOpcodes", () => {
  it("reads 3.9 and 3.11 disassemblies", () => {
    assert.deepEqual(incrementOpcodes(["4 LOAD_ATTR 0 (count)", "8 INPLACE_ADD", "12 STORE_ATTR 0 (count)"]), {
      read: "LOAD_ATTR",
      add: "INPLACE_ADD",
      write: "STORE_ATTR",
    });
    assert.deepEqual(incrementOpcodes(["LOAD_ATTR 0 (count)", "BINARY_OP 13 (+=)", "STORE_ATTR 0 (count)"]), {
      read: "LOAD_ATTR",
      add: "BINARY_OP",
      write: "STORE_ATTR",
    });
    assert.deepEqual(incrementOpcodes([]), { read: undefined, add: undefined, write: undefined });
  });
});
