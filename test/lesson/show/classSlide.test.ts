import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { classSlideHtml } from "../../../src/lesson/show/classSlide";

describe("classSlideHtml", () => {
  it("marks the class slide and says, in the edition's language, how to start a class session", () => {
    const en = classSlideHtml("en");
    assert.match(en, /data-lu-class=""/);
    assert.ok(en.includes("<code>npm run present -- --class</code>"));
    const ko = classSlideHtml("ko");
    assert.match(ko, /lang="ko"/);
    assert.ok(ko.includes("강의실의 컴퓨터들"));
    assert.throws(() => classSlideHtml("fr" as never), /lang/);
  });
});
