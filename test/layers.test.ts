// The layers of src/ are real: each folder imports only from the folders it builds on.
// (README, "How the code is laid out".) A new import across the grain fails here.
import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { ROOT } from "./helpers/jupyter";

const SRC = path.join(ROOT, "src");
const SHARED = ["errors", "validate", "lang"];

/** What each layer may import, besides itself and the shared modules at the top of src/. */
const ALLOWED: Record<string, string[]> = {
  engine: [],
  eventLoop: [],
  analysis: ["engine"],
  python: [],
  narrate: ["engine", "eventLoop", "analysis", "python"],
  show: ["engine", "eventLoop", "analysis", "python", "narrate"],
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : name.endsWith(".ts") ? [full] : [];
  });
}

/** The top of src/ an import lands in: a layer folder, or a top-level module's name. */
function landsIn(file: string, specifier: string): string | undefined {
  if (!specifier.startsWith(".")) return undefined; // node: and packages
  const target = path.relative(SRC, path.resolve(path.dirname(file), specifier));
  if (target.startsWith("..")) return `outside src: ${specifier}`;
  return target.split(path.sep)[0];
}

for (const [layer, allowed] of Object.entries(ALLOWED)) {
  test(`src/${layer} imports only from ${[...allowed, ...SHARED].join(", ")}`, () => {
    for (const file of files(path.join(SRC, layer))) {
      const source = readFileSync(file, "utf8");
      for (const [, specifier] of source.matchAll(/(?:from|import)\s*\(?\s*["']([^"']+)["']/g)) {
        const top = landsIn(file, specifier);
        if (top === undefined || top === layer || SHARED.includes(top) || allowed.includes(top)) continue;
        assert.fail(`${path.relative(ROOT, file)} imports ${specifier} (${top}), across the layers`);
      }
    }
  });
}

test("the shared modules at the top import no layer", () => {
  for (const name of SHARED) {
    const file = path.join(SRC, `${name}.ts`);
    for (const [, specifier] of readFileSync(file, "utf8").matchAll(/from\s*["']([^"']+)["']/g)) {
      const top = landsIn(file, specifier);
      assert.ok(top === undefined || SHARED.includes(top), `src/${name}.ts imports ${specifier}`);
    }
  }
});
