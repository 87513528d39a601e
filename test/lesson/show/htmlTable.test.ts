import { test } from "node:test";
import assert from "node:assert/strict";
import { htmlTable } from "../../../src/lesson/show/htmlTable";

test("htmlTable escapes text and tints graded rows inline", () => {
  const html = htmlTable(
    [
      { outcome: "<script>", count: 1234, grade: "forbidden" },
      { outcome: "a & b", count: 5, grade: "acceptable" },
    ],
    ["outcome", { header: "times seen", value: "count" }, { header: "grade", value: (r) => r.grade }],
    { rowClass: (r) => r.grade, caption: "x < y" },
  );
  assert.ok(html.includes("&lt;script&gt;") && !html.includes("<script>"));
  assert.ok(html.includes("a &amp; b"));
  assert.ok(html.includes("x &lt; y"));
  assert.match(html, /<tr class="forbidden" style="background:#[0-9A-F]{6}">/);
  assert.ok(html.includes(">1,234</td>"));
  assert.match(html, /text-align:right">1,234/);
  assert.throws(() => htmlTable([], []), /columns is empty/);
});
