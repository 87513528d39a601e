import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, test } from "node:test";
import { keptEntries, keptSessions } from "../../../src/publish/export/kept";
import { SESSIONS_FOLDER } from "../../../src/publish/site/layout";
import { pageEntry } from "../../../src/publish/export/pages";

const scratch = mkdtempSync(path.join(tmpdir(), "kept-"));
after(() => rmSync(scratch, { recursive: true, force: true }));

/** An export folder whose manifest lists `entries`, with the files of `present` written. */
function exportFolder(name: string, entries: object[], present: string[]): string {
  const out = path.join(scratch, name);
  mkdirSync(path.join(out, "ko"), { recursive: true });
  writeFileSync(path.join(out, "manifest.json"), JSON.stringify(entries));
  for (const file of present) writeFileSync(path.join(out, file), "x");
  return out;
}

const en = pageEntry("en", "01-a.ipynb", "1 · A");
const ko = pageEntry("ko", "01-a.ipynb", "1 · 가");
const filesOf = (e: typeof en) => [e.html, e.slides, e.ipynb];

describe("what a one-edition export keeps", () => {
  test("nothing, when the folder holds no export yet", () => {
    assert.deepEqual(keptEntries(path.join(scratch, "none"), ["ko"]), { kept: [], dropped: [] });
  });

  test("the other editions' entries whose files are all there, with their run's details", () => {
    const out = exportFolder("whole", [{ ...en, seconds: 1.5 }, ko], [...filesOf(en), ...filesOf(ko)]);
    assert.deepEqual(keptEntries(out, ["ko"]), { kept: [{ ...en, seconds: 1.5 }], dropped: [] });
    assert.deepEqual(keptEntries(out, ["en", "ko"]), { kept: [], dropped: [] });
  });

  test("an edition missing a file is dropped as a whole, and named", () => {
    const second = pageEntry("en", "02-b.ipynb", "2 · B");
    const out = exportFolder("partial", [en, second, ko], [...filesOf(en), second.html, second.ipynb]);
    assert.deepEqual(keptEntries(out, ["ko"]), { kept: [], dropped: ["en"] });
  });

  test("an entry from before editions counts as English; one without a title is titled by its file", () => {
    const { edition: _edition, title: _title, ...old } = en;
    const out = exportFolder("old", [old], filesOf(en));
    assert.deepEqual(keptEntries(out, ["ko"]).kept, [{ ...en, title: "01-a.ipynb" }]);
  });
});

test("the class sessions are carried over whole when the last export has them", () => {
  const out = exportFolder("with-sessions", [], []);
  assert.deepEqual(keptSessions(out), []);
  mkdirSync(path.join(out, SESSIONS_FOLDER));
  writeFileSync(path.join(out, SESSIONS_FOLDER, "2026-04-12T09-30-05Z.json"), "{}");
  assert.deepEqual(keptSessions(out), [[path.join(out, SESSIONS_FOLDER), "class-sessions"]]);
  assert.deepEqual(keptSessions(path.join(scratch, "no-export")), []);
});
