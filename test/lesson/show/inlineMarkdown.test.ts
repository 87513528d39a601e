import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { inlineMarkdownHtml } from "../../../src/lesson/show/inlineMarkdown";

describe("inlineMarkdownHtml", () => {
  it("turns a narration's bold and code into HTML", () => {
    assert.equal(
      inlineMarkdownHtml("**3 of 5 trials lost updates**; run `npm run present`."),
      "<strong>3 of 5 trials lost updates</strong>; run <code>npm run present</code>.",
    );
  });

  it("escapes everything else, so a sentence never carries markup", () => {
    assert.equal(
      inlineMarkdownHtml(`<img src=x onerror="alert(1)"> & 'q'`),
      "&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &#39;q&#39;",
    );
    assert.equal(inlineMarkdownHtml("`<b>`"), "<code>&lt;b&gt;</code>");
  });
});
