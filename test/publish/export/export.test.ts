// `npm run export`: every lesson notebook executes once on the tslab kernel and becomes a
// self-contained page and a reveal.js deck that a lecture hall without network can show.
// The fixture lesson (test/fixtures/export) carries the slide conventions, a Korean edition,
// links between notebooks, and a notebook that leaves a file behind when it runs.
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, test } from "node:test";
import {
  cellTexts,
  copyFixtureLesson,
  exportOnce,
  fixtureExportOnce,
  lessonNotebooks,
  readNotebook,
  ROOT,
  runExport,
  skipWithoutVenv,
  type ExportEntry,
  type Notebook,
} from "../../helpers/jupyter";

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
  ["a CDN host", /\bcdn(?:js)?\.|\/\/cdn|unpkg\.com|jsdelivr/i],
  ["a script module import from the network", /import\(\s*["'](?:https?:)?\/\//i],
];

// An embedded image's base64 is any run of letters, digits, + and /: it spells "//CdN" now and then.
// It loads nothing, so the scan skips it; anything after it is still read.
const withoutEmbeddedData = (html: string) => html.replace(/data:[\w.+\/-]+;base64,[A-Za-z0-9+/=]+/g, "data:");

const read = (dir: string, file: string) => readFileSync(path.join(dir, file), "utf8");
const sourceOf = (cell: Notebook["cells"][number]) => (Array.isArray(cell.source) ? cell.source.join("") : cell.source);
const cellById = (nb: Notebook, id: string) => {
  const cell = nb.cells.find((c) => c.id === id);
  assert.ok(cell, `no cell with id ${id}`);
  return cell;
};
const escaped = (text: string) =>
  text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");
/** Whether an HTML page shows this code (pygments splits it into tokens, so compare the text). */
const showsCode = (page: string, code: string) => {
  const text = page
    .replace(/<[^>]*>/g, "")
    .replace(/&(quot|#34|#x27|#39|lt|gt|amp);/g, (_, e: string) =>
      e === "quot" || e === "#34" ? '"' : e === "lt" ? "<" : e === "gt" ? ">" : e === "amp" ? "&" : "'",
    );
  const spaced = (s: string) => s.replace(/\s+/g, " ").trim();
  return spaced(text).includes(spaced(code));
};

/** Every file under `dir`, with a hash of its bytes. */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (sub: string) => {
    for (const name of readdirSync(path.join(dir, sub))) {
      const rel = path.join(sub, name);
      if (statSync(path.join(dir, rel)).isDirectory()) walk(rel);
      else
        files.set(
          rel,
          createHash("sha256")
            .update(readFileSync(path.join(dir, rel)))
            .digest("hex"),
        );
    }
  };
  walk("");
  return files;
}

/** Relative links and sources in an exported HTML file that point at no file. */
function brokenLinks(outDir: string, file: string): string[] {
  const html = read(outDir, file);
  const targets = [...html.matchAll(/\b(?:href|src)\s*=\s*"([^"]*)"/g)].map((m) => m[1]!);
  return targets
    .filter((t) => t !== "" && !/^(?:[a-z][a-z0-9+.-]*:|#|\/\/)/i.test(t))
    .map((t) => t.split("#")[0]!)
    .filter((t) => t !== "" && !existsSync(path.join(outDir, path.dirname(file), decodeURIComponent(t))));
}

function pagesAndDecks(entries: ExportEntry[]): string[] {
  return ["index.html", ...entries.flatMap((e) => [e.html, e.slides])];
}

describe("npm run export", { skip: skipWithoutVenv }, () => {
  test("exports every notebook without a failure, a line each as it finishes", async () => {
    const result = await exportOnce();
    assert.equal(result.code, 0, `export failed:\n${result.stderr}\n${result.stdout}`);
    assert.deepEqual(
      result.entries.map((e) => e.notebook),
      lessonNotebooks(),
    );
    const lines = result.stdout.split("\n").filter((l) => /^export: \w+ +\d\d-/.test(l));
    // Notebook by notebook, each one's editions in turn: they run on the notebook's one kernel.
    const inRunOrder = lessonNotebooks().flatMap((name) =>
      result.all.filter((e) => e.notebook === name).map((e) => `${e.edition} ${e.notebook}`),
    );
    assert.deepEqual(
      lines.map((l) => l.split(/\s+/).slice(1, 3).join(" ")),
      inRunOrder,
    );
    for (const line of lines) assert.match(line, /\d+\.\d s {2}ok$/);
    assert.match(
      result.stdout,
      /^export: \d+ notebooks? \(.+\) in \d+\.\d s: kernels started \d+\.\d s, running \d+\.\d s, pages and decks \d+\.\d s$/m,
    );
  });

  test("index.html lists every edition: each notebook's page and deck, in order, titled by its heading", async () => {
    const { outDir, entries, all } = await exportOnce();
    const index = read(outDir, "index.html");
    const links = [
      ...index.matchAll(
        /<li><a href="([^"]+)">[^<]*<\/a> <span class="meta">&middot; <a class="deck" href="([^"]+)">/g,
      ),
    ];
    assert.deepEqual(
      links.map((m) => [m[1], m[2]]),
      all.map((e) => [e.html, e.slides]),
    );
    assert.deepEqual(
      entries.map((e) => e.html),
      lessonNotebooks().map((name) => name.replace(/\.ipynb$/, ".html")),
    );
    for (const entry of all) {
      assert.notEqual(entry.title, entry.notebook.replace(/\.ipynb$/, ""), `${entry.notebook} has no # heading`);
      assert.ok(index.includes(`>${escaped(entry.title)}</a>`), `index.html does not title ${entry.html}`);
    }
  });

  test("each page and deck shows its outputs, with images embedded", async () => {
    const { outDir, all } = await exportOnce();
    assert.ok(all.length > 0, "no notebooks");
    for (const entry of all) {
      const executed = readNotebook(path.join(outDir, entry.ipynb));
      assert.ok(
        cellTexts(executed).some((t) => t.trim() !== ""),
        `${entry.notebook}: no text output`,
      );
      const showsPng = executed.cells.some((c) => c.outputs?.some((o) => o.data?.["image/png"]));
      for (const file of [entry.html, entry.slides]) {
        const html = read(outDir, file);
        // assert.ok, not assert.match: a failure should not print the whole page.
        assert.ok(/class="[^"]*\bjp-OutputArea-output\b/.test(html), `${file}: no output area`);
        assert.ok(!/class="jp-(?:Input|Output)Prompt/.test(html), `${file}: shows In/Out prompts`);
        if (showsPng) assert.ok(/<img\b[^>]*\bsrc="data:image\/png;base64,/.test(html), `${file}: PNG not embedded`);
        // Every chart's alt text is its own description, in its edition's language.
        assert.ok(!html.includes("No description has been provided"), `${file}: an image without alt text`);
        for (const [, alt = ""] of html.matchAll(/<img alt="([^"]*)"/g)) {
          if (entry.edition === "ko") assert.match(alt, /[\uac00-\ud7a3]/, `${file}: alt text not in Korean: ${alt}`);
        }
      }
    }
  });

  test("the network scan skips an embedded image's bytes, and only those", () => {
    const cdn = NETWORK_REFERENCES.find(([what]) => what === "a CDN host")![1];
    assert.equal(withoutEmbeddedData('<img src="data:image/png;base64,iVBOR//CdNw+=">').match(cdn), null);
    assert.ok(withoutEmbeddedData('<img src="data:image/png;base64,iVBOR="><script src="//cdn.example/x.js">').match(cdn));
  });

  test("pages and decks load nothing from the network; decks use the export's own reveal.js", async () => {
    const { outDir, all } = await exportOnce();
    for (const file of pagesAndDecks(all)) {
      const html = withoutEmbeddedData(read(outDir, file));
      for (const [what, pattern] of NETWORK_REFERENCES) {
        const found = html.match(pattern);
        assert.equal(found, null, `${file} references ${what}: ${found?.[0]}`);
      }
    }
    for (const entry of all) {
      const deck = read(outDir, entry.slides);
      const up = entry.edition === "en" ? "" : "../";
      assert.ok(
        deck.includes(`<script src="${up}reveal.js/dist/reveal.js"></script>`),
        `${entry.slides}: no local reveal.js`,
      );
    }
    // The copy is the pinned 4.x from the npm registry, the version nbconvert's reveal template is written for.
    const pkg = JSON.parse(read(ROOT, "package.json")) as { devDependencies: Record<string, string> };
    const pinned = pkg.devDependencies["reveal.js"] ?? "";
    assert.match(pinned, /^4\.\d+\.\d+$/, "reveal.js is not pinned to one 4.x version");
    for (const file of ["dist/reveal.js", "dist/reveal.css", "plugin/notes/notes.js"]) {
      assert.ok(
        readFileSync(path.join(outDir, "reveal.js", file)).equals(
          readFileSync(path.join(ROOT, "node_modules", "reveal.js", file)),
        ),
        `reveal.js/${file} is not the installed copy`,
      );
    }
  });

  test("pages link previous | contents | their deck | next; decks link back", async () => {
    const { outDir, all } = await exportOnce();
    for (const lang of new Set(all.map((e) => e.edition))) {
      const entries = all.filter((e) => e.edition === lang);
      entries.forEach((entry, i) => {
        const name = (file: string) => path.basename(file);
        const page = read(outDir, entry.html);
        const contents = lang === "en" ? "index.html" : "../index.html";
        assert.ok(page.includes(`<a class="contents" href="${contents}">`), `${entry.html}: no contents link`);
        assert.ok(page.includes(`<a class="deck" href="${name(entry.slides)}">`), `${entry.html}: no link to its deck`);
        if (i > 0)
          assert.ok(page.includes(`href="${name(entries[i - 1]!.html)}" rel="prev"`), `${entry.html}: no previous`);
        if (i + 1 < entries.length)
          assert.ok(page.includes(`href="${name(entries[i + 1]!.html)}" rel="next"`), `${entry.html}: no next`);
        const deck = read(outDir, entry.slides);
        assert.ok(deck.includes(`<a class="page" href="${name(entry.html)}">`), `${entry.slides}: no link to its page`);
      });
    }
  });

  test("every relative link and source in the export points at a file that is there", async () => {
    const { outDir, all } = await exportOnce();
    for (const file of pagesAndDecks(all)) assert.deepEqual(brokenLinks(outDir, file), [], `${file}: broken links`);
  });

  test("cells tagged narration show their output, not their input, on pages and decks", async () => {
    const { outDir, all } = await exportOnce();
    for (const entry of all) {
      const executed = readNotebook(path.join(outDir, entry.ipynb));
      for (const cell of executed.cells.filter((c) => c.metadata.tags?.includes("narration"))) {
        for (const file of [entry.html, entry.slides]) {
          assert.ok(
            !showsCode(read(outDir, file), sourceOf(cell)),
            `${file} shows the input of narration cell ${cell.id}`,
          );
        }
      }
    }
  });
});

describe("the fixture lesson's export", { skip: skipWithoutVenv }, () => {
  test("exports both editions, one line per notebook, with the --threads override applied", async () => {
    const result = await fixtureExportOnce();
    assert.equal(result.code, 0, `export failed:\n${result.stderr}\n${result.stdout}`);
    assert.deepEqual(
      result.stdout
        .split("\n")
        .filter((l) => /^export: \w+ +\d\d-/.test(l))
        .map((l) => l.split(/\s+/).slice(1, 3).join(" ")),
      ["en 01-first.ipynb", "ko 01-first.ipynb", "en 02-second.ipynb"],
    );
    assert.deepEqual(
      result.all.map((e) => [e.edition, e.html, e.slides, e.ipynb]),
      [
        ["en", "01-first.html", "01-first.slides.html", "01-first.ipynb"],
        ["en", "02-second.html", "02-second.slides.html", "02-second.ipynb"],
        ["ko", "ko/01-first.html", "ko/01-first.slides.html", "ko/01-first.ipynb"],
      ],
    );
    assert.match(result.stdout, /^export: --threads 3 {2}\(THREADS=3\)$/m);
    const params = cellTexts(readNotebook(path.join(result.outDir, "01-first.ipynb")))[0]!;
    assert.match(params, /threads +3 +\(from THREADS\)/);
    assert.ok(existsSync(path.join(result.notebooksDir, "executed.marker")), "02-second did not run");
  });

  test("narration shows its sentence without its input; code that teaches keeps its input", async () => {
    const { outDir } = await fixtureExportOnce();
    const nb = readNotebook(path.join(outDir, "01-first.ipynb"));
    for (const file of ["01-first.html", "01-first.slides.html"]) {
      const html = read(outDir, file);
      assert.ok(
        html.includes("The locked counter took <strong>1.67×</strong> as long"),
        `${file}: no narration sentence`,
      );
      assert.ok(!showsCode(html, sourceOf(cellById(nb, "chart-reading"))), `${file}: shows the narration's input`);
      assert.ok(showsCode(html, sourceOf(cellById(nb, "long"))), `${file}: hides a teaching cell`);
    }
  });

  test("a slide shows what a cell made, not the call, unless the cell teaches; plumbing stays on the page", async () => {
    const { outDir } = await fixtureExportOnce();
    const nb = readNotebook(path.join(outDir, "01-first.ipynb"));
    const page = read(outDir, "01-first.html");
    const deck = read(outDir, "01-first.slides.html");
    for (const id of ["chart", "progress", "parameters"]) {
      assert.ok(showsCode(page, sourceOf(cellById(nb, id))), `the page hides the code of ${id}`);
      assert.ok(!showsCode(deck, sourceOf(cellById(nb, id))), `the deck shows the code of ${id}, not tagged teach`);
    }
    for (const id of ["long", "wide"]) assert.ok(showsCode(deck, sourceOf(cellById(nb, id))), `the deck hides ${id}`);
    assert.match(deck, /<img [^>]*src="data:image\/png/, "the deck lost the chart");
    assert.match(page, /data-lu-plumbing="progress"[\s\S]*✓ 3\/3/, "the page lost the progress bar's last line");
    assert.doesNotMatch(deck, /data-lu-plumbing/, "a progress bar reached the deck");
  });

  test("speaker notes are in the deck only; skipped cells are on the page only", async () => {
    const { outDir } = await fixtureExportOnce();
    const page = read(outDir, "01-first.html");
    const deck = read(outDir, "01-first.slides.html");
    const note = "Speaker notes: ask the room how many of the 500,000 updates they expect to lose.";
    assert.match(deck, new RegExp(`<aside class="notes">[\\s\\S]*${note.replace(/[.,]/g, "\\$&")}[\\s\\S]*?</aside>`));
    assert.ok(!page.includes(note), "the page shows the speaker notes");
    const pageOnly = "This paragraph is for readers of the page only; the deck skips it.";
    assert.ok(page.includes(pageOnly), "the page lost a skipped cell");
    assert.ok(!deck.includes(pageOnly), "the deck shows a skipped cell");
  });

  test("links between notebooks go to the page in pages and to the deck in decks", async () => {
    const { outDir } = await fixtureExportOnce();
    const page = read(outDir, "01-first.html");
    const deck = read(outDir, "01-first.slides.html");
    assert.ok(page.includes('<a href="02-second.html">2 · Second fixture</a>'), "page: link to the next page");
    assert.ok(page.includes('<a href="02-second.html#A-section">its section</a>'), "page: link to a section");
    assert.ok(deck.includes('<a href="02-second.slides.html">2 · Second fixture</a>'), "deck: link to the next deck");
    assert.ok(deck.includes('<a href="02-second.slides.html#A-section">its section</a>'), "deck: link to a section");
    for (const html of [page, deck]) {
      assert.ok(html.includes('<a href="https://example.org/notebook.ipynb">'), "a web link was rewritten");
      assert.ok(
        !/href="[^"]*\.ipynb"/.test(html.replace('"https://example.org/notebook.ipynb"', "")),
        "a link to .ipynb is left",
      );
    }
    assert.ok(read(outDir, "02-second.html").includes('<a href="01-first.html">1 · First fixture</a>'));
    assert.ok(
      read(outDir, "ko/01-first.html").includes('<a href="../01-first.html">영어판</a>'),
      "a link across editions",
    );
  });

  test("each page and deck links to its twin in the other edition; index.html lists both editions", async () => {
    const { outDir, all } = await fixtureExportOnce();
    assert.ok(
      read(outDir, "01-first.html").includes(
        '<a class="twin" href="ko/01-first.html" hreflang="ko" lang="ko">한국어</a>',
      ),
    );
    assert.ok(
      read(outDir, "01-first.slides.html").includes(
        '<a class="twin" href="ko/01-first.slides.html" hreflang="ko" lang="ko">한국어</a>',
      ),
    );
    assert.ok(
      read(outDir, "ko/01-first.html").includes(
        '<a class="twin" href="../01-first.html" hreflang="en" lang="en">English</a>',
      ),
    );
    assert.ok(
      read(outDir, "ko/01-first.slides.html").includes(
        '<a class="twin" href="../01-first.slides.html" hreflang="en" lang="en">English</a>',
      ),
    );
    assert.ok(
      !read(outDir, "02-second.html").includes('class="twin"'),
      "02-second has no Korean twin, but links to one",
    );
    assert.match(read(outDir, "ko/01-first.html"), /<html lang="ko">/);
    assert.match(read(outDir, "ko/01-first.html"), /<a class="contents" href="..\/index.html">목차<\/a>/);
    const index = read(outDir, "index.html");
    assert.deepEqual(
      [...index.matchAll(/<section class="edition" lang="(\w+)">\s*<h2>([^<]+)<\/h2>/g)].map((m) => [m[1], m[2]]),
      [
        ["en", "English"],
        ["ko", "한국어"],
      ],
    );
    for (const file of pagesAndDecks(all)) assert.deepEqual(brokenLinks(outDir, file), [], `${file}: broken links`);
  });
});

describe("export script: refusals, failures and one edition", { skip: skipWithoutVenv }, () => {
  const scratch = mkdtempSync(path.join(tmpdir(), "export-cli-"));
  after(() => rmSync(scratch, { recursive: true, force: true }));

  test("a refused override exits 2 with one line, before anything runs or is written", async () => {
    const notebooks = copyFixtureLesson(path.join(scratch, "lesson"));
    const out = path.join(scratch, "refused-out");
    const cases: [string[], RegExp][] = [
      [
        ["--howmany", "20000"],
        /^export: --howmany is not a parameter of these notebooks \(did you mean --how-many\?\); their parameters: --threads, --how-many, --trials, --sensor-work; export options: .*--lang$/,
      ],
      [["--trails", "3"], /\(did you mean --trials\?\)/],
      [["--tiny-repetitions", "5"], /^export: --tiny-repetitions is not a parameter of these notebooks;/],
      [["--threads", "0"], /^export: --threads must be an integer from 1 to 64, got 0$/],
      [["--threads", "abc"], /^export: --threads must be an integer from 1 to 64, got "abc"$/],
      [["--how-many", "20000", "--threads"], /^export: --threads needs a value: --threads VALUE or --threads=VALUE$/],
      [["--threads", "--trials", "3"], /^export: --threads needs a value/],
      [["--trials="], /^export: --trials needs a value/],
      [["--threads", "64", "--how-many", "50000000"], /^export: --threads × --how-many = 3,200,000,000 does not fit/],
      [["--lang", "fr"], /^export: --lang must be one of en, ko, got "fr"$/],
    ];
    for (const [args, message] of cases) {
      const run = await runExport(["--notebooks", notebooks, "--out", out, ...args]);
      assert.equal(run.code, 2, `${args.join(" ")}: exit ${run.code}\n${run.stderr}`);
      assert.equal(run.stdout, "", `${args.join(" ")}: printed ${run.stdout}`);
      const lines = run.stderr.trimEnd().split("\n");
      assert.equal(lines.length, 1, `${args.join(" ")}: more than one line:\n${run.stderr}`);
      assert.match(lines[0]!, message, args.join(" "));
    }
    assert.ok(!existsSync(path.join(notebooks, "executed.marker")), "a notebook ran");
    assert.deepEqual(
      readdirSync(scratch).filter((name) => name.startsWith("refused-out")),
      [],
      "something was written beside --out",
    );
  });

  test("a refused flag is told before the Jupyter libraries load (they take seconds to import)", async () => {
    // A stand-in nbconvert and nbclient that fail on import: the refusal must not reach them.
    const trap = path.join(scratch, "import-trap");
    for (const name of ["nbconvert", "nbclient", "nbformat"]) {
      mkdirSync(path.join(trap, name), { recursive: true });
      writeFileSync(path.join(trap, name, "__init__.py"), `raise ImportError("${name} was imported")\n`);
    }
    const run = await runExport(["--threads", "abc"], 60_000, { PYTHONPATH: trap });
    assert.equal(run.code, 2, run.stderr);
    assert.equal(run.stderr.trim(), 'export: --threads must be an integer from 1 to 64, got "abc"');
  });

  test("a failing notebook leaves the previous export byte for byte, and says where the attempt is", async () => {
    const good = await fixtureExportOnce();
    const out = path.join(scratch, "safe-out");
    cpSync(good.outDir, out, { recursive: true });
    const before = snapshot(out);
    const notebooks = copyFixtureLesson(path.join(scratch, "failing"));
    const second = path.join(notebooks, "02-second.ipynb");
    const nb = readNotebook(second);
    nb.cells.push({
      cell_type: "code",
      id: "fails",
      metadata: {},
      source: 'console.error("something broke");',
      outputs: [],
      execution_count: null,
    });
    writeFileSync(second, JSON.stringify(nb));

    const run = await runExport(["--notebooks", notebooks, "--out", out]);

    assert.equal(run.code, 1, run.stderr);
    assert.match(run.stdout, /^export: en {2}02-second\.ipynb +\d+\.\d s {2}FAILED$/m);
    assert.match(run.stderr, /export: en 02-second\.ipynb failed:\n {2}cell \d+: stderr: something broke/);
    const failedAt = `${out}.failed`;
    assert.ok(
      run.stderr.includes(
        `export: failed: 02-second.ipynb; ${out} is unchanged; this attempt's executed notebooks and pages are in ${failedAt}`,
      ),
      run.stderr,
    );
    assert.deepEqual(snapshot(out), before, "the previous export changed");
    const kept = readNotebook(path.join(failedAt, "02-second.ipynb"));
    assert.match(cellTexts(kept).join(""), /something broke/);
    assert.ok(existsSync(path.join(failedAt, "02-second.html")), "the failed attempt's page is not kept");
    assert.deepEqual(
      readdirSync(scratch)
        .filter((name) => name.startsWith("safe-out"))
        .sort(),
      ["safe-out", "safe-out.failed"],
      "a half-built folder was left behind",
    );
  });

  test("a bad value typed into a parameters cell is refused by the cell itself, in one line", async () => {
    const notebooks = copyFixtureLesson(path.join(scratch, "bad-cell"));
    const first = path.join(notebooks, "01-first.ipynb");
    const nb = readNotebook(first);
    const cell = nb.cells.find((c) => c.id === "parameters");
    assert.ok(cell, "the fixture has no parameters cell");
    const source = Array.isArray(cell.source) ? cell.source.join("") : cell.source;
    assert.match(source, /threads: 5,/);
    cell.source = source.replace("threads: 5,", "threads: 0,");
    writeFileSync(first, JSON.stringify(nb));

    const out = path.join(scratch, "bad-cell-out");
    const run = await runExport(["--notebooks", notebooks, "--out", out, "--lang", "en"]);

    assert.equal(run.code, 1, run.stderr);
    const executed = readNotebook(path.join(`${out}.failed`, "01-first.ipynb"));
    const shown = (executed.cells.find((c) => c.id === "parameters")?.outputs ?? [])
      .map((o) => (Array.isArray(o.text) ? o.text.join("") : (o.text ?? "")))
      .join("");
    assert.equal(shown.trim(), "InputError: threads must be an integer from 1 to 64, got 0", "not one line");
  });

  test("--lang ko exports the Korean edition only and keeps the English files as they were", async () => {
    const good = await fixtureExportOnce();
    const out = path.join(scratch, "lang-out");
    cpSync(good.outDir, out, { recursive: true });
    const english = [...snapshot(out)].filter(
      ([file]) => !file.startsWith("ko/") && !["index.html", "manifest.json"].includes(file),
    );
    const notebooks = copyFixtureLesson(path.join(scratch, "lang-lesson"));

    const run = await runExport(["--notebooks", notebooks, "--out", out, "--lang", "ko"]);

    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(
      run.stdout
        .split("\n")
        .filter((l) => /^export: \w+ +\d\d-/.test(l))
        .map((l) => l.split(/\s+/).slice(1, 3).join(" ")),
      ["ko 01-first.ipynb"],
    );
    assert.match(run.stdout, /^export: 1 notebook \(ko\) in /m);
    const now = snapshot(out);
    for (const [file, hash] of english) assert.equal(now.get(file), hash, `${file} changed`);
    assert.ok(!existsSync(path.join(notebooks, "executed.marker")), "an English notebook ran");
    const manifest = JSON.parse(read(out, "manifest.json")) as ExportEntry[];
    assert.deepEqual(
      manifest.map((e) => `${e.edition}/${e.notebook}`),
      ["en/01-first.ipynb", "en/02-second.ipynb", "ko/01-first.ipynb"],
    );
    assert.match(
      read(out, "index.html"),
      /<section class="edition" lang="en">[\s\S]*<section class="edition" lang="ko">/,
    );
  });
});
