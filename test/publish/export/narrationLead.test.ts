// What a slide shows of a long narration, and what the speaker notes keep, on the cases the
// lesson's narrators make.
import assert from "node:assert/strict";
import { test } from "node:test";
import { narrationLead, wordCount } from "../../../src/publish/export/narrationLead";

const leads = (...cases: [string, number][]): [string, string][] =>
  cases.map(([text, limit]) => {
    const { lead, rest } = narrationLead(text, limit);
    return [lead, rest];
  });

test("words are counted between whitespace: a Korean eojeol with its particles is one", () => {
  assert.equal(wordCount("  갱신을 잃었다.\n- one  two "), 5);
  assert.equal(wordCount(""), 0);
});

test("a long narration: whole sentences on the slide while they fit, the rest for the notes", () => {
    const words = (n: number) => Array.from({ length: n }, () => "word").join(" ");
    const [short, long, bold, list, korean, single] = leads(
      ["**Lost 5 of 10 updates.** Every value was written.", 45],
      [`${words(20)}. ${words(20)}. ${words(20)}.`, 45],
      [`**Lost 247,866 of 400,000 updates.** ${words(50)}.`, 45],
      [
        `**Tracing slows it 2.5×**, read it so (medians of 3):\n- unsafe: 6.45 ns\n- locked: 60.7 ns\n\n${words(40)}.`,
        12,
      ],
      [`갱신을 잃었다. ${words(30)}. ${words(30)}.`, 40],
      [words(60), 45],
    );
    assert.deepEqual(short, ["**Lost 5 of 10 updates.** Every value was written.", ""], "a short one is left whole");
    assert.deepEqual(long, [`${words(20)}. ${words(20)}.`, `${words(20)}.`]);
    assert.deepEqual(
      bold,
      ["**Lost 247,866 of 400,000 updates.**", `${words(50)}.`],
      "the bold that closes a sentence stays with it",
    );
    assert.deepEqual(
      list,
      [
        "**Tracing slows it 2.5×**, read it so (medians of 3).",
        `- unsafe: 6.45 ns\n- locked: 60.7 ns\n\n${words(40)}.`,
      ],
      "a list is never cut; the colon that announced it becomes a full stop",
    );
    assert.deepEqual(korean, [`갱신을 잃었다. ${words(30)}.`, `${words(30)}.`]);
    assert.deepEqual(single, [words(60), ""], "one sentence too long to cut stays whole");
  });
