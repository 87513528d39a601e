// `npm run export`: every lesson notebook executes on the tslab kernel and becomes
// a self-contained HTML page that a lecture hall without network can show.
import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, test } from "node:test";
import { cellTexts, exportOnce, lessonNotebooks, readNotebook, runExport, skipWithoutVenv } from "./helpers/jupyter";

// Anything a browser would fetch from another host.
const NETWORK_REFERENCES: [string, RegExp][] = [
  // A plain <a href> to the web is a link a reader may follow, not something the page loads.
  [
    "a resource (src) from the network",
    /<(?:script|img|iframe|source|video|audio|embed|input)\b[^>]*\bsrc\s*=\s*["']?\s*(?:https?:)?\/\//i,
  ],
  ["a stylesheet, font or preload from the network", /<link\b[^>]*\bhref\s*=\s*["']?\s*(?:https?:)?\/\//i],
  ["an object from the network", /<object\b[^>]*\bdata\s*=\s*["']?\s*(?:https?:)?\/\//i],
  ["CSS import from the network", /@import\s+(?:url\()?\s*["']?(?:https?:)?\/\//i],
  ["CSS url() on the network", /url\(\s*["']?(?:https?:)?\/\//i],
  ["require.js", /require(?:\.min)?\.js/i],
  ["a CDN host", /\bcdn(?:js)?\.|\/\/cdn/i],
  ["a script module import from the network", /import\(\s*["'](?:https?:)?\/\//i],
];

describe("npm run export", { skip: skipWithoutVenv }, () => {
  test("exports every notebook without a failure", async () => {
    const result = await exportOnce();
    assert.equal(result.code, 0, `export failed:\n${result.stderr}\n${result.stdout}`);
    assert.deepEqual(
      result.entries.map((e) => e.notebook),
      lessonNotebooks(),
    );
  });

  test("index.html links every notebook in order, titled by its first heading", async () => {
    const { outDir, entries } = await exportOnce();
    const index = readFileSync(path.join(outDir, "index.html"), "utf8");
    const links = [...index.matchAll(/<li><a href="([^"]+)">([^<]*)<\/a>/g)].map((m) => m[1]);
    assert.deepEqual(
      links,
      lessonNotebooks().map((name) => name.replace(/\.ipynb$/, ".html")),
    );
    for (const entry of entries) {
      assert.notEqual(entry.title, entry.notebook.replace(/\.ipynb$/, ""), `${entry.notebook} has no # heading`);
    }
  });

  test("each page shows its outputs, with images embedded", async () => {
    const { outDir, entries } = await exportOnce();
    assert.ok(entries.length > 0, "no notebooks");
    for (const entry of entries) {
      const page = readFileSync(path.join(outDir, entry.html), "utf8");
      const executed = readNotebook(path.join(outDir, entry.ipynb));
      const texts = cellTexts(executed);
      assert.ok(
        texts.some((t) => t.trim() !== ""),
        `${entry.notebook}: no text output`,
      );
      // assert.ok, not assert.match: a failure should not print the whole page.
      assert.ok(/class="[^"]*\bjp-OutputArea-output\b/.test(page), `${entry.html}: no output area`);
      assert.ok(!/class="jp-(?:Input|Output)Prompt/.test(page), `${entry.html}: shows In/Out prompts`);
      const showsPng = executed.cells.some((c) => c.outputs?.some((o) => o.data?.["image/png"]));
      if (showsPng)
        assert.ok(/<img\b[^>]*\bsrc="data:image\/png;base64,/.test(page), `${entry.html}: PNG not embedded`);
    }
  });

  test("pages load nothing from the network", async () => {
    const { outDir, entries } = await exportOnce();
    for (const file of ["index.html", ...entries.map((e) => e.html)]) {
      const page = readFileSync(path.join(outDir, file), "utf8");
      for (const [what, pattern] of NETWORK_REFERENCES) {
        const found = page.match(pattern);
        assert.equal(found, null, `${file} references ${what}: ${found?.[0]}`);
      }
    }
  });

  test("pages link previous | contents | next", async () => {
    const { outDir, entries } = await exportOnce();
    entries.forEach((entry, i) => {
      const page = readFileSync(path.join(outDir, entry.html), "utf8");
      assert.ok(page.includes('<a class="contents" href="index.html">'), `${entry.html}: no contents link`);
      if (i > 0) assert.ok(page.includes(`href="${entries[i - 1].html}" rel="prev"`), `${entry.html}: no previous`);
      if (i + 1 < entries.length)
        assert.ok(page.includes(`href="${entries[i + 1].html}" rel="next"`), `${entry.html}: no next`);
    });
  });
});

describe("export script on fixture notebooks", { skip: skipWithoutVenv }, () => {
  const dir = mkdtempSync(path.join(tmpdir(), "export-fixture-"));
  after(() => rmSync(dir, { recursive: true, force: true }));

  const notebook = (source: string) => ({
    cells: [
      { cell_type: "markdown", id: "title", metadata: {}, source: "# Fixture" },
      { cell_type: "code", id: "code", metadata: {}, source, outputs: [], execution_count: null },
    ],
    metadata: { kernelspec: { name: "tslab", display_name: "TypeScript", language: "typescript" } },
    nbformat: 4,
    nbformat_minor: 5,
  });

  test("passes --foo-bar as FOO_BAR and fails, naming the notebook, on stderr output", async () => {
    const notebooks = path.join(dir, "notebooks");
    const out = path.join(dir, "out");
    rmSync(notebooks, { recursive: true, force: true });
    mkdirSync(notebooks);
    writeFileSync(
      path.join(notebooks, "01-params.ipynb"),
      JSON.stringify(notebook('console.log("FOO_BAR=" + process.env.FOO_BAR);')),
    );
    writeFileSync(
      path.join(notebooks, "02-stderr.ipynb"),
      JSON.stringify(notebook('console.error("something broke");')),
    );

    const run = await runExport(["--notebooks", notebooks, "--out", out, "--foo-bar", "42", "--timeout", "60"]);

    assert.notEqual(run.code, 0, "export must fail when a notebook writes to stderr");
    assert.match(run.stderr, /02-stderr\.ipynb/);
    assert.match(run.stderr, /something broke/);
    assert.doesNotMatch(run.stderr, /01-params\.ipynb failed/);
    const executed = readNotebook(path.join(out, "01-params.ipynb"));
    assert.match(cellTexts(executed).join(""), /FOO_BAR=42/);
    assert.ok(existsSync(path.join(out, "index.html")), "index.html is written even when a notebook fails");
  });
});
