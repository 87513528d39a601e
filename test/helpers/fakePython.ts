// Stand-ins for a Python interpreter: tiny shell scripts in a folder of their own, run
// directly (no shell option). Call inside a test file; the folder goes when its tests end.
import { after, before } from "node:test";
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export function fakePythons(prefix: string): (name: string, body: string) => string {
  let dir = "";
  before(() => {
    dir = mkdtempSync(join(tmpdir(), prefix));
  });
  after(() => {
    rmSync(dir, { recursive: true, force: true });
  });
  return (name, body) => {
    const path = join(dir, name);
    writeFileSync(path, `#!/bin/sh\n${body}\n`);
    chmodSync(path, 0o755);
    return path;
  };
}
