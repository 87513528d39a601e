import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { closest, editDistance, parseFlags, valueOf } from "../../../src/lesson/core/flags";
import { InputError } from "../../../src/lesson/core/validate";

const refused = (fn: () => unknown, message: string | RegExp) =>
  assert.throws(fn, (error: unknown) => {
    assert.ok(error instanceof InputError, `expected an InputError, got ${String(error)}`);
    if (typeof message === "string") assert.equal(error.message, message);
    else assert.match(error.message, message);
    return true;
  });

describe("flags", () => {
  test("--name value and --name=value both work; a value may contain = and spaces", () => {
    assert.deepEqual(parseFlags(["--threads", "8", "--how-many=1e6", "--python-command=python3 -X dev"]), [
      { name: "threads", value: "8" },
      { name: "how-many", value: "1e6" },
      { name: "python-command", value: "python3 -X dev" },
    ]);
  });

  test("a flag never swallows the next flag as its value", () => {
    assert.deepEqual(parseFlags(["--threads", "--trials", "3"]), [
      { name: "threads", value: undefined },
      { name: "trials", value: "3" },
    ]);
  });

  test("a word that is not a flag, and a flag given twice, are refused", () => {
    refused(() => parseFlags(["8"]), 'unexpected argument "8": options are --name value or --name=value');
    refused(() => parseFlags(["--threads", "8", "--threads=4"]), "--threads is given twice; give each option once");
  });

  test("a flag's value, or one line saying it has none", () => {
    assert.equal(valueOf({ name: "threads", value: " 8 " }), "8");
    refused(
      () => valueOf({ name: "threads", value: undefined }),
      "--threads needs a value: --threads VALUE or --threads=VALUE",
    );
    refused(() => valueOf({ name: "trials", value: "" }), /^--trials needs a value/);
  });
});

describe("what a command declares", () => {
  const SPEC = { switches: ["json", "help"], short: { h: "help" }, example: "npm run race -- --trials 5" };

  test("a switch never takes the next argument, and refuses a value of its own", () => {
    assert.deepEqual(parseFlags(["--json", "--trials", "3"], SPEC), [
      { name: "json", value: undefined },
      { name: "trials", value: "3" },
    ]);
    refused(() => parseFlags(["--json", "extra"], SPEC), /^unexpected argument "extra"/);
    refused(() => parseFlags(["--json=yes"], SPEC), '--json takes no value, got "yes"');
  });

  test("a one-dash spelling is its flag, and is never taken as a value", () => {
    assert.deepEqual(parseFlags(["-h"], SPEC), [{ name: "help", value: undefined }]);
    assert.deepEqual(parseFlags(["--counter", "-h"], SPEC), [
      { name: "counter", value: undefined },
      { name: "help", value: undefined },
    ]);
    refused(() => parseFlags(["-h", "--help"], SPEC), "--help is given twice; give each option once");
    // Undeclared, a dash and a letter is still a stray argument, and a negative number a value.
    refused(() => parseFlags(["-x"], SPEC), /^unexpected argument "-x"/);
    assert.deepEqual(parseFlags(["--trials", "-1"], SPEC), [{ name: "trials", value: "-1" }]);
  });

  test("a stray argument is answered with how npm passes options on", () => {
    refused(
      () => parseFlags(["8"], SPEC),
      'unexpected argument "8": options are --name value or --name=value; ' +
        "npm passes options on only after a lone --, as in npm run race -- --trials 5",
    );
  });

  test("a missing value can say what the value may be", () => {
    refused(
      () => valueOf({ name: "threads", value: undefined }, { rule: "an integer from 1 to 64", example: "5" }),
      "--threads needs a value: an integer from 1 to 64, like --threads 5",
    );
  });
});

describe("did you mean", () => {
  test("edit distance counts an adjacent swap as one slip", () => {
    assert.equal(editDistance("trials", "trails"), 1);
    assert.equal(editDistance("howmany", "howmany"), 0);
    assert.equal(editDistance("", "abc"), 3);
    assert.equal(editDistance("kitten", "sitting"), 3);
  });

  test("suggests the same letters, or one or two slips; nothing for a different word", () => {
    const flags = ["--threads", "--how-many", "--trials", "--out"];
    assert.equal(closest("--how_many", flags), "--how-many");
    assert.equal(closest("--thread", flags), "--threads");
    assert.equal(closest("--outt", flags), "--out");
    assert.equal(closest("--speed", flags), undefined);
    assert.equal(closest("--o", flags), undefined);
  });
});
