import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { enumerateInterleavings, scheduleSteps } from "../../../src/lesson/analysis/interleavings";
import { escapeHtml } from "../../../src/lesson/show/htmlTable";
import { interleavingsToHtml, scheduleStepsTable } from "../../../src/lesson/show/schedules";

describe("interleavingsToHtml", () => {
  const list = enumerateInterleavings({ threads: 2, increments: 1 });

  it("one row per schedule, steps in columns, lost rows highlighted", () => {
    const html = interleavingsToHtml(list, { maxRows: 100 });
    assert.equal((html.match(/<tr/g) ?? []).length, 21); // header + 20
    assert.equal((html.match(/<tr class="lost"/g) ?? []).length, 18);
    assert.match(html, /<th>#<\/th><th>1<\/th>.*<th>6<\/th><th>final<\/th><th>lost<\/th>/);
    assert.match(
      html,
      /<tr><td>1<\/td><td>A:read<\/td><td>A:add<\/td><td>A:write<\/td><td>B:read<\/td><td>B:add<\/td><td>B:write<\/td><td>2<\/td><td>0<\/td><\/tr>/,
    );
  });

  it("cuts long lists and says how many it left out", () => {
    const html = interleavingsToHtml(list, { maxRows: 5 });
    assert.equal((html.match(/<tr/g) ?? []).length, 1 + 5 + 1);
    assert.match(html, /<td colspan="9">15 more interleavings not shown<\/td>/);
  });

  it("escapes text", () => {
    assert.equal(escapeHtml(`<a href="x">'&'</a>`), "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
    const html = interleavingsToHtml(list.slice(0, 1), { caption: 'A <b> & "B"' });
    assert.match(html, /<caption>A &lt;b&gt; &amp; &quot;B&quot;<\/caption>/);
  });
});

describe("scheduleStepsTable", () => {
  it("words each step, and the losing write says whose update it erased", () => {
    const html = scheduleStepsTable(scheduleSteps("ABABAB", 2), { lang: "en" });
    const actions = [...html.matchAll(/<tr><td[^>]*>\d<\/td><td[^>]*>([AB])<\/td><td[^>]*>([^<]*)<\/td>/g)].map(
      ([, thread, action]) => `${thread} ${action}`,
    );
    assert.deepEqual(actions, [
      "A reads 0",
      "B reads 0",
      "A adds 1 in its register → 1",
      "B adds 1 in its register → 1",
      "A writes 1",
      "B writes 1 over A&#39;s 1: A&#39;s update is lost",
    ]);
    assert.match(html, /<caption[^>]*>Schedule ABABAB<\/caption>/);
  });
});
