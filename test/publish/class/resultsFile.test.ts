// The session's file: written whole (temporary file, then rename), one write at a time, and
// the last write holds every change, however many arrive at once.
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, test } from "node:test";
import { ResultsFile, writeAtomic } from "../../../src/publish/class/resultsFile";

const dir = mkdtempSync(path.join(tmpdir(), "results-file-"));
after(() => rmSync(dir, { recursive: true, force: true }));

test("writeAtomic replaces the file whole and leaves no temporary file", async () => {
  const file = path.join(dir, "a.json");
  writeFileSync(file, "old\n");
  await writeAtomic(file, '{"new": true}\n');
  assert.equal(readFileSync(file, "utf8"), '{"new": true}\n');
  assert.deepEqual(readdirSync(dir), ["a.json"]);
});

test("writeAtomic into a folder that is gone fails and leaves the old file as it was", async () => {
  await assert.rejects(writeAtomic(path.join(dir, "missing", "b.json"), "{}"), /ENOENT/);
  assert.deepEqual(readdirSync(dir), ["a.json"]);
});

test("500 changes at once: far fewer writes, and the file ends with all of them", async () => {
  const file = path.join(dir, "c.json");
  const items: number[] = [];
  let snapshots = 0;
  const store = new ResultsFile(file, () => {
    snapshots++;
    return { items };
  });
  for (let i = 0; i < 500; i++) {
    items.push(i);
    store.changed();
    // Every fiftieth change, let the writes under way move on.
    if (i % 50 === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  await store.flush();
  assert.deepEqual((JSON.parse(readFileSync(file, "utf8")) as { items: number[] }).items, items);
  assert.ok(snapshots < 100, `${snapshots} writes for 500 changes`);
});

test("a failed write is reported, kept dirty, and a later flush writes it", async () => {
  const folder = path.join(dir, "later");
  const file = path.join(folder, "d.json");
  const errors: string[] = [];
  const store = new ResultsFile(
    file,
    () => ({ ok: true }),
    (error) => errors.push(error.message),
  );
  store.changed();
  await assert.rejects(store.flush(), /ENOENT/);
  assert.equal(errors.length, 1);
  const { mkdirSync } = await import("node:fs");
  mkdirSync(folder);
  await store.flush();
  assert.deepEqual(JSON.parse(readFileSync(file, "utf8")), { ok: true });
});
