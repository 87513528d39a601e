import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { navigation, pageEntry } from "../../../src/publish/export/pages";

const english = [
  pageEntry("en", "01-the-race.ipynb", "1 · The race"),
  pageEntry("en", "02-the-lock.ipynb", "2 · The lock"),
  pageEntry("en", "03-distributions.ipynb", "3 · Distributions"),
];
const korean = [pageEntry("ko", "01-the-race.ipynb", "1 · 경합")];

describe("pages", () => {
  test("a notebook's page, deck and executed copy sit in its edition's folder", () => {
    assert.deepEqual(korean[0], {
      edition: "ko",
      notebook: "01-the-race.ipynb",
      title: "1 · 경합",
      html: "ko/01-the-race.html",
      slides: "ko/01-the-race.slides.html",
      ipynb: "ko/01-the-race.ipynb",
    });
    assert.equal(english[0]?.html, "01-the-race.html");
  });

  test("the first notebook has no previous, the last no next; the middle one links both ways", () => {
    assert.equal(navigation(english, 0, []).prev, null);
    assert.deepEqual(navigation(english, 0, []).next, { href: "02-the-lock.html", title: "2 · The lock" });
    assert.deepEqual(navigation(english, 1, []).prev, { href: "01-the-race.html", title: "1 · The race" });
    assert.equal(navigation(english, 2, []).next, null);
  });

  test("an English page links to ko/ for its twin; a Korean page goes up a folder", () => {
    const en = navigation(english, 0, ["ko"]);
    assert.equal(en.contents, "index.html");
    assert.deepEqual(en.twins, [
      { lang: "ko", name: "한국어", page: "ko/01-the-race.html", deck: "ko/01-the-race.slides.html" },
    ]);
    const ko = navigation(korean, 0, ["en"]);
    assert.equal(ko.contents, "../index.html");
    assert.deepEqual(ko.twins, [
      { lang: "en", name: "English", page: "../01-the-race.html", deck: "../01-the-race.slides.html" },
    ]);
    assert.equal(ko.page, "01-the-race.html");
    assert.equal(ko.deck, "01-the-race.slides.html");
  });

  test("each edition's navigation speaks its language", () => {
    assert.equal(navigation(english, 0, []).ui.contents, "Contents");
    assert.equal(navigation(korean, 0, []).ui.contents, "목차");
  });
});
