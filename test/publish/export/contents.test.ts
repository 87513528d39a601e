import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { InputError } from "../../../src/lesson/core/validate";
import { contentsPage } from "../../../src/publish/export/contents";
import { pageEntry } from "../../../src/publish/export/pages";

describe("the contents page", () => {
  test("lists each edition once, in the order given, each with its notebooks' page and deck", () => {
    const page = contentsPage([
      pageEntry("en", "01-a.ipynb", "1 · A"),
      pageEntry("en", "02-b.ipynb", "2 · B"),
      pageEntry("ko", "01-a.ipynb", "1 · 가"),
    ]);
    assert.equal(page.lang, "en");
    assert.equal(page.heading, "Lost Updates");
    assert.equal(page.title, "Lost Updates: contents");
    assert.deepEqual(
      page.editions.map((e) => [e.lang, e.name, e.slides, e.entries.map((x) => `${x.title}|${x.html}|${x.slides}`)]),
      [
        ["en", "English", "Slides", ["1 · A|01-a.html|01-a.slides.html", "2 · B|02-b.html|02-b.slides.html"]],
        ["ko", "한국어", "슬라이드", ["1 · 가|ko/01-a.html|ko/01-a.slides.html"]],
      ],
    );
  });

  test("an edition the phrase tables do not speak is refused in one line, never shown in English", () => {
    assert.throws(
      () => contentsPage([pageEntry("fr", "01-a.ipynb", "1 · A")]),
      (error: unknown) =>
        error instanceof InputError && error.message === `an edition's language must be one of en, ko, got "fr"`,
    );
  });
});
