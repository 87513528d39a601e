// Fixed prose must hold on every machine: a markdown cell states no number about the run or
// the machine (a core count, a time, a share): those come from narrators, which read the run.
// The numbers prose may state are listed here, each with why it holds everywhere.
import { test } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { NOTEBOOKS_DIR, lessonNotebooks, readNotebook } from "../helpers/jupyter";

/** Numbers that are true on every machine, and why. */
const ALLOWED: Record<string, string> = {
  "100,000": "the book's how_many",
  "500,000": "the book's expected total (5 × 100,000)",
  "95,769": "what the book's run lost (500000 − 404231)",
  "54": "the book's item number (Better way 54)",
  "3.9": "a CPython release",
  "3.10": "a CPython release",
  "3.13": "a CPython release",
  "703": "PEP 703",
  "5 ms": "CPython's default switch interval",
  "1,680": "the schedules of 3 threads × 1 increment: 9! / (3!)³",
};
/** 0–4: lock-word states, the tiny race's final counts, chapter numbers, list items. */
const SMALL = /^[0-4]$/;
/** A number followed by one of these is about a machine or a run, whatever its size. */
const MEASURED = /^\s?(cores?\b|코어|ns\b|ms\b|µs\b|s\b|초|%|×|배|GB\b|MB\b)/;
/** …and so is one after a core count's noun, as Korean writes it (코어 2개). */
const MEASURED_BEFORE = /(코어|cores?:?)\s?$/;

/** The prose of a markdown cell: no code fences, code spans, link targets or HTML tags. */
function prose(source: string): string {
  return source
    .replace(/```[\s\S]*?```/g, "")
    .replace(/`[^`]*`/g, "")
    .replace(/\]\([^)]*\)/g, "]")
    .replace(/<[^>]+>/g, "");
}

/** Every number in `text` that is neither allowed nor small, with what follows it. */
export function unexplainedNumbers(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/(?<![\w.])\d[\d,]*(?:\.\d+)?/g)) {
    const number = m[0].replace(/[,.]+$/, "");
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 8);
    const measured = MEASURED.test(after) || MEASURED_BEFORE.test(text.slice(Math.max(0, m.index - 6), m.index));
    const unit = /^\s?([^\s,.;:)]*)/.exec(after)![1];
    if (ALLOWED[`${number} ${unit}`] || (!measured && (ALLOWED[number] || SMALL.test(number)))) continue;
    found.push(`${number} ${unit}`.trim());
  }
  return found;
}

test("the allow-list lets the book and versions through, and stops a machine's numbers", () => {
  assert.deepEqual(unexplainedNumbers("the book's run lost 95,769 updates; CPython 3.10, after 5 ms"), []);
  assert.deepEqual(unexplainedNumbers("0 unlocked, 1 locked, 2 contended; notebook 4"), []);
  assert.deepEqual(unexplainedNumbers("this machine's 2 cores"), ["2 cores"]);
  assert.deepEqual(unexplainedNumbers("it took 12.5 ms, 30% of it"), ["12.5 ms", "30 %"]);
  assert.deepEqual(unexplainedNumbers("코어 2개를 넘으면"), ["2 개를"]);
  assert.deepEqual(unexplainedNumbers("스레드 2개가"), []);
  assert.deepEqual(unexplainedNumbers("2 코어"), ["2 코어"]);
  assert.deepEqual(unexplainedNumbers("x86 and ARM, 16 workers"), ["16 workers"]);
});

const editions = ["", "ko"];
for (const edition of editions) {
  for (const name of lessonNotebooks(path.join(NOTEBOOKS_DIR, edition))) {
    test(`${path.join(edition, name)}: markdown states no number about the run or the machine`, () => {
      const nb = readNotebook(path.join(NOTEBOOKS_DIR, edition, name));
      for (const cell of nb.cells) {
        if (cell.cell_type !== "markdown") continue;
        const text = prose(Array.isArray(cell.source) ? cell.source.join("") : cell.source);
        assert.deepEqual(unexplainedNumbers(text), [], `${cell.id}: say it through a narrator, or in words`);
      }
    });
  }
}

/**
 * Comparisons and magnitudes only a run can decide: "far longer than its loop", "tens of
 * milliseconds", "a nanosecond or two". Fixed prose cannot know them; a narrator says them from
 * the run (race.ts barrierReading, distributions.ts incrementsReading), or the prose says it in
 * words that hold on every machine.
 */
const RUN_COMPARISONS: RegExp[] = [
  /(?<!how )\b(?:far|much|many times) (?:longer|shorter|faster|slower|dearer|cheaper)\b/i,
  /\b(?:tens|hundreds) of (?:milli|micro|nano)seconds\b/i,
  /\b(?:nano|micro|milli)second or two\b/i,
  /\bfraction of (?:a|one)\b/i,
  /\bcosts? (?:more|less)\b|\bfor less\b/i,
  /수십 (?:밀리초|마이크로초|나노초)|한두 (?:밀리초|나노초)|(?:밀리초|나노초)에 (?:한참 )?못 미/,
  /훨씬 (?:길|짧|빠르|빨리|느리|비싸|싸|오래)|한참 (?:짧|길)|더 (?:비싼|싸게)/,
];

test("the run-comparison patterns catch the sentences this lesson once had, and let a question through", () => {
  const caught = (text: string) => RUN_COMPARISONS.some((p) => p.test(text));
  assert.ok(caught("Starting a worker takes tens of milliseconds, far longer than its whole loop."));
  assert.ok(caught("an increment alone, a nanosecond or two"));
  assert.ok(caught("the whole loop is a fraction of a millisecond"));
  assert.ok(caught("Why the lock costs more: every locked increment"));
  assert.ok(caught("워커 하나를 띄우는 데는 수십 밀리초가 걸리는데, 이는 워커의 루프 전체보다 훨씬 길다."));
  assert.ok(caught("루프 길이를 타임 슬라이스보다 한참 짧은 것부터"));
  assert.ok(!caught("Ask the room: how much dearer is the lock than Atomics.add, twice, ten times?"));
});

for (const edition of editions) {
  for (const name of lessonNotebooks(path.join(NOTEBOOKS_DIR, edition))) {
    test(`${path.join(edition, name)}: markdown makes no comparison only a run can decide`, () => {
      const nb = readNotebook(path.join(NOTEBOOKS_DIR, edition, name));
      for (const cell of nb.cells) {
        if (cell.cell_type !== "markdown") continue;
        const text = prose(Array.isArray(cell.source) ? cell.source.join("") : cell.source);
        const found = RUN_COMPARISONS.map((p) => p.exec(text)?.[0]).filter(Boolean);
        assert.deepEqual(found, [], `${cell.id}: let a narrator compare, from the run`);
      }
    });
  }
}

/** Fixed sentences that were false on some machine, and why: they must not come back. */
const FALSE_SOMEWHERE: [RegExp, string][] = [
  [/(threads|workers), one per core|(스레드|워커), 코어마다 하나/, "5 workers on 2 cores are not one per core"],
  [/cores must pass back and forth|코어들이 서로 넘겨줘야/, "on one core no cache line moves between cores"],
  [/unsafe counter is fastest|unsafe 카운터가 가장 빠른/, "a run can time the lock as fast as the unsafe counter"],
  [/threads run Python code on several cores at once/, "not on a machine with one core"],
  [/only a run with real parallelism shows the bug|진짜 병렬 실행만이 버그를 드러내/, "one core loses by time slicing"],
  [
    /past this machine's cores on purpose|일부러 이 (?:기계|컴퓨터)의 코어 수를 넘/,
    "not past the cores of a 16-core machine",
  ],
  [/tend to bunch near whole multiples|배수 근처에 몰리는 경향/, "a run's losses may not bunch at all"],
  [/and often nothing|아무것도 잃지 않는 일도 잦다/, "beside a histogram whose every trial lost"],
  [/were exact in every trial above|모든 시행에서 atomic과 locked 카운터는 정확했다/, "a broken counter would not be"],
  [/keep the whole notebook to a few seconds|노트북 전체를 몇 초 안에/, "not on a slow or busy machine"],
];

for (const edition of editions) {
  for (const name of lessonNotebooks(path.join(NOTEBOOKS_DIR, edition))) {
    test(`${path.join(edition, name)}: no fixed sentence that is false on some machine`, () => {
      const nb = readNotebook(path.join(NOTEBOOKS_DIR, edition, name));
      for (const cell of nb.cells) {
        if (cell.cell_type !== "markdown") continue;
        const text = Array.isArray(cell.source) ? cell.source.join("") : cell.source;
        for (const [pattern, why] of FALSE_SOMEWHERE) assert.doesNotMatch(text, pattern, `${cell.id}: ${why}`);
      }
    });
  }
}
