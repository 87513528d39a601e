// Which Node versions the lesson supports is said in several places; they must say the same.
// The source is scripts/capabilities.sh (what set-up accepts); .ci/node-versions is what CI
// runs the suite on besides the machine's own Node; package.json's engines and @types/node
// state the lowest supported line; README's platform table names what CI tests.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { ROOT } from "../helpers/jupyter";

const read = (file: string): string => readFileSync(path.join(ROOT, file), "utf8");

function shellNumbers(name: string): number[] {
  const line = read("scripts/capabilities.sh").match(new RegExp(`^${name}=\\(?([\\d ]+)\\)?`, "m"));
  assert.ok(line, `scripts/capabilities.sh sets ${name}`);
  return line[1]!.trim().split(/\s+/).map(Number);
}

const SUPPORTED = shellNumbers("NODE_SUPPORTED");
const [OLDEST] = shellNumbers("NODE_OLDEST");
const PINNED = read(".ci/node-versions")
  .split("\n")
  .filter((line) => line.trim() && !line.startsWith("#"))
  .map((line) => line.trim());
const major = (version: string): number => Number(version.replace(/^[^\d]*/, "").split(".")[0]);

test("CI pins one exact version of each supported Node line, and no other", () => {
  for (const version of PINNED) assert.match(version, /^\d+\.\d+\.\d+$/);
  assert.deepEqual(PINNED.map(major), SUPPORTED);
});

test("package.json's engines and @types/node name the lowest supported line", () => {
  const pkg = JSON.parse(read("package.json")) as {
    engines: { node: string };
    devDependencies: Record<string, string>;
  };
  assert.equal(pkg.engines.node, `>=${SUPPORTED[0]}`);
  assert.equal(major(pkg.devDependencies["@types/node"]!), SUPPORTED[0]);
  assert.ok(
    OLDEST! < SUPPORTED[0]!,
    "the oldest Node set-up accepts is below the supported lines (it is only tolerated)",
  );
});

test("README's platform table names the Nodes CI tests", () => {
  const readme = read("README.md");
  const section = readme.slice(readme.indexOf("## Platforms and Node versions"));
  const table = section
    .slice(0, section.indexOf("\n## "))
    .split("\n")
    .filter((line) => line.startsWith("| "));
  const debian = table.find((row) => row.startsWith("| Debian"));
  assert.ok(debian, "a Debian/Ubuntu row");
  const nodeCell = debian.split("|")[2]!;
  for (const version of PINNED) assert.ok(nodeCell.includes(version), `the Debian row names ${version}: ${nodeCell}`);
  // Any other version it names is the machine's own, the oldest line set-up accepts.
  for (const version of nodeCell.match(/\d+\.\d+\.\d+/g) ?? []) {
    assert.ok(PINNED.includes(version) || major(version) === OLDEST, `${version} is not tested by CI`);
  }
  for (const platform of ["macOS", "Fedora", "Windows"]) {
    assert.ok(
      table.some((row) => row.includes(platform)),
      `a row for ${platform}`,
    );
  }
  for (const line of SUPPORTED) assert.ok(table.filter((row) => row.includes(String(line))).length >= 3);
});
