// The page and deck views of one executed notebook: each decision the export makes, on small
// notebooks, with no kernel.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { autoSlides } from "../../../src/publish/export/autoSlides";
import { LIVE_MARKS, deckView, needsLiveScript, pageView } from "../../../src/publish/export/views";
import { code, markdown, notebook, shown, slide } from "../../helpers/notebooks";

const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(" ");

const executed = () =>
  notebook(
    markdown("title", "# 1 · The race", slide("slide")),
    markdown("next", "Next: [2 · The lock](02-the-lock.ipynb)", slide("-")),
    code("race", "const race = await run();", [shown("text/plain", "ok")], slide("-")),
    code("counter", "class UnsafeCounter {}", [], slide("-", ["teach"])),
    code("reading", "tell.raceOutcome(race);", [shown("text/markdown", `${words(20)}. ${words(30)}.`)], slide("fragment", ["narration"])),
    code("bar", "await sweep(progressBar())", [shown("text/html", '<div data-lu-plumbing="progress">✓ 9/9</div>'), shown("text/plain", "done")], slide("-")),
    markdown("notes", "Say: this.", slide("notes")),
  );

describe("the page", () => {
  test("keeps every cell's code but a narration's, leaves the notes out and links to pages", () => {
    const nb = executed();
    const page = pageView(nb, "1 · The race");
    assert.equal(page.metadata.title, "1 · The race");
    assert.deepEqual(
      page.cells.map((c) => [c.id, c.metadata.transient?.remove_source ?? false]),
      [["title", false], ["next", false], ["race", false], ["counter", false], ["reading", true], ["bar", false]],
    );
    assert.equal(page.cells[1]!.source, "Next: [2 · The lock](02-the-lock.html)");
    assert.equal(page.cells[5]!.outputs!.length, 2, "the page keeps the progress bar's last line");
    assert.equal(nb.cells.length, 7, "the executed notebook itself is left as it was");
    assert.equal(nb.cells[4]!.metadata.transient, undefined);
  });
});

describe("the deck", () => {
  test("shows code only where it teaches, drops plumbing, links to decks", () => {
    const deck = deckView(executed(), "1 · The race");
    const byId = new Map(deck.cells.map((c) => [c.id, c]));
    assert.equal(byId.get("race")!.metadata.transient?.remove_source, true);
    assert.equal(byId.get("counter")!.metadata.transient, undefined, "teach keeps its code");
    assert.deepEqual(byId.get("bar")!.outputs!.map((o) => Object.keys(o.data!)[0]), ["text/plain"]);
    assert.equal(byId.get("next")!.source, "Next: [2 · The lock](02-the-lock.slides.html)");
    assert.equal(byId.get("notes")!.metadata.slideshow?.slide_type, "notes", "speaker notes stay in the deck");
  });

  test("a long narration shows its lead; the rest follows it as speaker notes", () => {
    const deck = deckView(executed(), "1 · The race");
    const at = deck.cells.findIndex((c) => c.id === "reading");
    assert.equal(deck.cells[at]!.outputs![0]!.data!["text/markdown"], `${words(20)}.`);
    assert.deepEqual(deck.cells[at + 1], {
      cell_type: "markdown",
      id: "reading-notes-0",
      metadata: { slideshow: { slide_type: "notes" } },
      source: `${words(30)}.`,
    });
  });
});

describe("a notebook with no slide types", () => {
  test("gets a slide per heading and per chart, prose after an output below it, narration as fragments", () => {
    const nb = notebook(
      markdown("h", "## A heading"),
      markdown("p", "Prose."),
      markdown("h4", "#### A heading too small to start a slide"),
      code("c", "run()", [shown("text/plain", "1")]),
      markdown("after", "What it means."),
      code("chart", "await showChart(x)", [shown("image/png", "iVBOR")]),
      code("n", "tell.x()", [shown("text/markdown", "Read.")], { tags: ["narration"] }),
    );
    autoSlides(nb);
    assert.deepEqual(
      nb.cells.map((c) => c.metadata.slideshow?.slide_type),
      ["slide", "-", "-", "-", "subslide", "slide", "fragment"],
    );
  });

  test("any slide type in the notebook means its author decides", () => {
    const nb = notebook(markdown("h", "## A heading"), markdown("p", "Prose.", slide("skip")));
    autoSlides(nb);
    assert.deepEqual(nb.cells.map((c) => c.metadata.slideshow?.slide_type), [undefined, "skip"]);
  });
});

describe("the live script", () => {
  test("a view loads it only when it holds something live: a race panel, the event-loop panel, the class slide", () => {
    for (const mark of LIVE_MARKS) {
      assert.ok(needsLiveScript(notebook(code("x", "show()", [shown("text/html", `<div ${mark}="{}"></div>`)]))), mark);
    }
    assert.equal(needsLiveScript(executed()), false);
  });
});
