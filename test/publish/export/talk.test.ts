// A talk's composition on small notebooks: what each slide is made of, in the outline's order,
// and every way an outline can be wrong refused by name.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { composeDeck, TalkError, TALK_NARRATION_WORDS, type Talk } from "../../../src/publish/export/talk";
import { deckView } from "../../../src/publish/export/views";
import { code, markdown, notebook, shown, slide } from "../../helpers/notebooks";

const notes = (id: string, text = "Say: this.\nAsk: that?") => markdown(id, text, slide("notes", ["notes"]));
const long = Array.from({ length: 40 }, (_, i) => `w${i}`).join(" ");

const executed = () =>
  notebook(
    markdown("title", "# 1 · The race\n\n*A promise.*"),
    code("this-run", "tell.thisMachine();", [shown("text/markdown", "This run: Node 20 on 2 cores.")], { tags: ["narration"] }),
    notes("notes-title"),
    code("race", "const race = await run();", [shown("text/plain", "ok")]),
    code("claim", "tell.raceHeadline(race);", [shown("text/markdown", "Every trial lost updates, up to 9.6%")], {
      tags: ["narration", "headline"],
    }),
    code("chart", "await showChart(c);", [shown("image/png", "iVBOR")]),
    code("reading", "tell.raceOutcome(race);", [shown("text/markdown", `First sentence. ${long}.`)], { tags: ["narration"] }),
    notes("notes-race"),
    markdown("counter", "## The counter"),
    code("counter-code", "class UnsafeCounter {}", [], { tags: ["teach"] }),
    notes("notes-counter"),
  );

const talk = (slides: Talk["slides"]): Talk => ({ notebook: "01-x", slides });

describe("composeDeck", () => {
  test("each slide: its headline as a heading, what it shows in the outline's order, then its notes", () => {
    const cells = composeDeck(
      executed(),
      talk([
        { kind: "title", headline: "title", show: ["this-run"], notes: "notes-title" },
        { kind: "picture", headline: "claim", show: ["chart", { cell: "reading", fragment: true }], notes: "notes-race" },
        { kind: "picture", headline: "counter", show: ["counter-code"], notes: "notes-counter" },
      ]),
    );
    assert.deepEqual(
      cells.map((c) => [c.id, c.metadata.slideshow?.slide_type]),
      [
        ["01-x-slide-1", "slide"],
        ["this-run", "-"],
        ["notes-title", "notes"],
        ["01-x-slide-2", "slide"],
        ["chart", "-"],
        ["reading", "fragment"],
        ["notes-race", "notes"],
        ["01-x-slide-3", "slide"],
        ["counter-code", "-"],
        ["notes-counter", "notes"],
      ],
    );
    assert.equal(cells[0]!.source, "# 1 · The race\n\n*A promise.*");
    assert.deepEqual(cells[0]!.metadata.slideshow, { slide_type: "slide", data: { lu_slide: "title" } });
    assert.equal(cells[3]!.source, "## Every trial lost updates, up to 9.6%");
    assert.equal(cells[4]!.metadata.transient?.remove_source, true, "a chart's code stays on the page");
    assert.equal(cells[8]!.metadata.transient, undefined, "code that teaches keeps its code");
  });

  test("a narration on a slide shows its lead; the rest joins the slide's one notes cell", () => {
    const cells = composeDeck(
      executed(),
      talk([{ kind: "picture", headline: "claim", show: ["reading"], notes: "notes-race" }]),
    );
    const reading = cells.find((c) => c.id === "reading")!;
    assert.equal(reading.outputs![0]!.data!["text/markdown"], "First sentence.");
    assert.ok(TALK_NARRATION_WORDS < 40);
    assert.equal(cells.filter((c) => c.metadata.slideshow?.slide_type === "notes").length, 1);
    assert.equal(cells.at(-1)!.source, `Say: this.\nAsk: that?\n\n${long}.`);
  });

  test("refuses an outline that names a missing cell, a cell twice, a headline or notes of the wrong kind", () => {
    const refused = (slides: Talk["slides"], message: RegExp) =>
      assert.throws(() => composeDeck(executed(), talk(slides)), (e: unknown) => e instanceof TalkError && message.test(e.message));
    refused([{ kind: "words", headline: "nope", notes: "notes-race" }], /shows cell "nope", which its notebook lacks/);
    refused([{ kind: "words", headline: "counter", show: ["chart", "chart"], notes: "notes-race" }], /shows cell "chart" twice/);
    refused([{ kind: "words", headline: "race", notes: "notes-race" }], /race is code not tagged headline/);
    refused([{ kind: "words", headline: "counter", notes: "chart" }], /notes chart is not a speaker-notes cell/);
  });
});

describe("deckView with a talk", () => {
  test("composes the talk, and the page's plumbing stays off it", () => {
    const nb = executed();
    nb.cells.push(code("bar", "progressBar()", [shown("text/html", '<div data-lu-plumbing="progress">9/9</div>')]));
    const deck = deckView(
      nb,
      "1 · The race",
      talk([{ kind: "picture", headline: "claim", show: ["chart", "bar"], notes: "notes-race" }]),
    );
    assert.deepEqual(
      deck.cells.map((c) => c.id),
      ["01-x-slide-1", "chart", "bar", "notes-race"],
    );
    assert.deepEqual(deck.cells[2]!.outputs, []);
    assert.equal(deck.metadata.title, "1 · The race");
  });
});
