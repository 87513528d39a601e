import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { InputError } from "../../../src/lesson/core/validate";
import { contentsHtml, contentsPage } from "../../../src/publish/export/contents";
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

describe("the contents page's HTML", () => {
  test("one self-contained page: its style inlined, every title escaped, each notebook's page and deck linked", () => {
    const page = contentsPage([pageEntry("en", "01-a.ipynb", "1 · <A> & \"B\""), pageEntry("ko", "01-a.ipynb", "1 · 가")]);
    const html = contentsHtml(page, "body { margin: 0 }");
    assert.match(html, /^<!DOCTYPE html>\n<html lang="en">/);
    assert.match(html, /<style type="text\/css">\nbody \{ margin: 0 \}\n<\/style>/);
    assert.match(html, /<a href="01-a.html">1 · &lt;A&gt; &amp; &quot;B&quot;<\/a>/);
    assert.match(html, /<section class="edition" lang="ko">\n<h2>한국어<\/h2>/);
    assert.match(html, /<a class="deck" href="ko\/01-a.slides.html">슬라이드<\/a>/);
    assert.doesNotMatch(html, /<script|<link|https?:/, "nothing loads from anywhere");
  });
});
