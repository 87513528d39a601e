// Random fabricated runs through every narrator that stands beside a table or a chart
// (beside.ts), together with that table or chart drawn from the same run, in both languages
// on 1, 2 and 16 cores: each number the sentence states with a unit (31.7 ms, 57.7 ns, 3.8%,
// 2.6×) must be written beside it the same way, digits and unit, so a reader who checks the
// sentence against the table finds the number, not another rounding of it (0.035 ms against
// 0.04). A failure names its seed: GENERATED_SEED=<seed> replays it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { LANGS } from "../../../src/lesson/core/lang";
import { seeded } from "../../helpers/random";
import { PAIRINGS, type Unit } from "./beside";
import { NARRATORS } from "./registry";

const SAMPLES = 24;
/** Fewer for a chart, which is drawn for each: node-canvas takes a tenth of a second a chart. */
const CHART_SAMPLES = 8;
const CORES = [1, 2, 16];
const FIRST_SEED = Number(process.env.GENERATED_SEED ?? 1);

export interface Quantity {
  digits: string;
  unit: Unit;
}

const UNIT_OF: Readonly<Record<string, Unit>> = {
  ms: "ms",
  ns: "ns",
  µs: "µs",
  s: "s",
  초: "s",
  "%": "%",
  "×": "×",
  배: "×",
};

/** Every number written with a unit: "31.7 ms", "3.8%", "2.6×", "2.6배", "23.2초". */
export function quantities(text: string): Quantity[] {
  return [...text.matchAll(/(?<![\w.])(\d[\d,]*(?:\.\d+)?)\s?(ms|ns|µs|s(?![A-Za-z])|%|×|배|초)/g)].map((m) => ({
    digits: m[1]!,
    unit: UNIT_OF[m[2]!]!,
  }));
}

/** The unit a table column's header names: "(ms)", "ns per increment", "증가 한 번당 ns". */
function headerUnit(header: string): Unit | undefined {
  const m = /\((ms|ns|s|초)\)|(?:^|\s)(ns|ms)(?:\s|$)/.exec(header);
  const unit = m?.[1] ?? m?.[2];
  return unit ? UNIT_OF[unit] : undefined;
}

/** A table's text as a reader reads it: each number cell with its column's unit, and the caption. */
export function tableText(html: string): string {
  const rows = [...html.matchAll(/<tr[^>]*>(.*?)<\/tr>/g)].map((row) =>
    [...row[1]!.matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/g)].map((cell) => cell[1]!),
  );
  const [header = [], ...body] = rows;
  const units = header.map(headerUnit);
  const cells = body.flatMap((row) =>
    row.map((cell, i) => (units[i] && /^[\d,.]+$/.test(cell) ? `${cell} ${units[i]}` : cell)),
  );
  const caption = /<caption[^>]*>(.*?)<\/caption>/.exec(html)?.[1] ?? "";
  return [caption, ...cells].join(" | ");
}

/** Each number with a unit the sentence states that is not written the same way beside it. */
export function missingBeside(sentence: string, beside: readonly string[], notBeside: readonly Unit[] = []): string[] {
  const shown = new Set(
    beside
      .flatMap((text) => quantities(text.includes("<table") ? tableText(text) : text))
      .map((q) => `${q.digits} ${q.unit}`),
  );
  return quantities(sentence)
    .filter((q) => !notBeside.includes(q.unit))
    .map((q) => `${q.digits} ${q.unit}`)
    .filter((q) => !shown.has(q));
}

test("the check finds a number written two ways, and the unit a column's header gives", () => {
  const table = "<table><tr><th>all done (ms)</th><th>share</th></tr><tr><td>0.04</td><td>3.8%</td></tr></table>";
  assert.deepEqual(missingBeside("all done a median 0.035 ms", [table]), ["0.035 ms"]);
  assert.deepEqual(missingBeside("all done a median 0.04 ms, 3.8% of them", [table]), []);
  assert.deepEqual(missingBeside("3.80% of them", [table]), ["3.80 %"]);
  assert.deepEqual(missingBeside("0.04 ns", [table]), ["0.04 ns"], "the same digits in another unit");
  assert.deepEqual(missingBeside("5.4× as slow", ["Values: locked 57.7 ns"], ["×"]), []);
  assert.deepEqual(quantities("2.6배, 23.2초, 5 steps"), [
    { digits: "2.6", unit: "×" },
    { digits: "23.2", unit: "s" },
  ]);
});

test("every pairing names a narrator of the registry, once", () => {
  const names = new Set(NARRATORS.map((n) => n.name));
  for (const p of PAIRINGS) assert.ok(names.has(p.narrator), `${p.narrator} is not in registry.ts`);
  assert.equal(new Set(PAIRINGS.map((p) => `${p.notebook}:${p.narration}`)).size, PAIRINGS.length);
});

for (const pairing of PAIRINGS) {
  test(`generated runs, beside their tables and charts: ${pairing.narrator}`, async () => {
    const notBeside = Object.keys(pairing.notBeside ?? {}) as Unit[];
    const samples = pairing.beside.some((b) => b.draws.endsWith("Chart")) ? CHART_SAMPLES : SAMPLES;
    for (let i = 0; i < samples; i++) {
      const seed = FIRST_SEED + i;
      const sample = pairing.sample(seeded(seed));
      for (const lang of LANGS) {
        const cores = CORES[i % CORES.length]!;
        const beside = await sample.beside(lang, cores);
        for (const on of CORES) {
          const sentence = sample.say({ lang, cores: on, node: "v20.0.0" });
          assert.deepEqual(
            missingBeside(sentence, beside, notBeside),
            [],
            `${pairing.narrator}, seed ${seed}, ${lang}, ${on} cores: a number not written as beside it\n${sentence}\n${beside.join("\n")}`,
          );
        }
      }
    }
  });
}
