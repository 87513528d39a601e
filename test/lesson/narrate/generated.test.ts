// Random fabricated runs through every narrator (registry.ts), in both languages, on 1, 2
// and 16 cores. Whatever the run, a sentence must never show NaN, Infinity or "undefined";
// a Korean one has no English word outside code spans but the names the edition keeps,
// no hedged particle, and every particle after a number in the form that number takes;
// every percentage is one the run's own counts give; and both languages state the same
// numbers. A failure names its seed: GENERATED_SEED=<seed> replays it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { LANGS } from "../../../src/lesson/core/lang";
import type { Facts } from "../../../src/lesson/narrate/facts";
import { PHRASES } from "../../../src/lesson/narrate/phrases";
import { josa, type Particle } from "../../../src/lesson/narrate/phrases/ko/josa";
import { tell } from "../../../src/lesson/show/tell";
import { latinWords, markdownProse } from "../../../tools/koreanProse";
import { seeded } from "../../helpers/random";
import { NARRATORS, type Sample } from "./registry";

const SAMPLES = 80;
const CORES = [1, 2, 16];
const FIRST_SEED = Number(process.env.GENERATED_SEED ?? 1);

/** Every number a sentence states, as digits (500,000 and 500000 are the same number). */
function numbers(text: string): string[] {
  return [...text.matchAll(/\d[\d,]*(?:\.\d+)?/g)].map((m) => m[0].replaceAll(",", "")).sort();
}

const PAIRS: Record<string, Particle> = {
  을: "을/를",
  를: "을/를",
  이: "이/가",
  가: "이/가",
  은: "은/는",
  는: "은/는",
  과: "과/와",
  와: "과/와",
  으로: "으로/로",
  로: "으로/로",
};

/** The counters' Korean names: a particle typed after one is held to the form josa() gives. */
const KO = PHRASES.ko.counters;
const NAMES = [...new Set([KO.name, KO.label, KO.asyncName, KO.asyncLabel].flatMap((names) => Object.values(names)))]
  .sort((a, b) => b.length - a.length)
  .map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));

/** A particle glued to a number (with its unit: 40 ms, 7.8%, 2.5×, 2.5배), code, a Latin word or a counter's name. */
const GLUED = new RegExp(
  `(\\d[\\d,.]*(?:\\s?(?:ms|ns|µs|%|×|배))?|\`[^\`]+\`|[A-Za-z][A-Za-z0-9]*|${NAMES.join("|")})` +
    "(으로|로|을|를|이|가|은|는|과|와)(?=[\\s.,:;)*]|$)",
  "g",
);

/** Each particle glued to a value that is not the form the value takes. */
function particleErrors(text: string): string[] {
  const errors: string[] = [];
  for (const m of text.matchAll(GLUED)) {
    // Both groups take part in every match, and the particle is one of PAIRS' keys.
    const value = m[1]!;
    const particle = m[2]!;
    // The form josa() gives this value: a particle typed into a phrase instead of josa() is caught here.
    const expected = josa(value, PAIRS[particle]!).slice(value.length);
    if (particle !== expected) errors.push(`${value}${particle} (should be ${value}${expected})`);
  }
  return errors;
}

/**
 * Each time or ratio not written as its formatter writes it (numbers.ts): 3 significant digits
 * for ms, ns and s ("3.5 ms", never "3.50 ms"), one decimal for a ratio ("2.5×", "2.5배").
 */
function formatErrors(text: string, lang: Facts["lang"]): string[] {
  const f = PHRASES[lang].f;
  const errors: string[] = [];
  for (const m of text.matchAll(/(?<![\w.])(\d[\d,]*(?:\.\d+)?)\s?(ms|ns|µs|s(?![A-Za-z])|초|×|배)/g)) {
    const [written, digits, unit] = [m[0], m[1]!, m[2]!];
    const value = Number(digits.replaceAll(",", ""));
    const expected = unit === "×" || unit === "배" ? f.times(value) : f.ms(value);
    if ((unit === "×" || unit === "배" ? `${digits}${unit}` : digits) !== expected)
      errors.push(`${written} (${expected})`);
  }
  return errors;
}

function check(text: string, facts: Facts, sample: Sample, where: string): void {
  assert.ok(text.trim() !== "", `${where}: nothing said`);
  assert.doesNotMatch(text, /NaN|Infinity|undefined|null|\[object /, where);
  const f = PHRASES[facts.lang].f;
  const allowed = new Set([...sample.shares.map((s) => f.pct(s)), ...(sample.written ?? [])]);
  for (const [pct] of text.matchAll(/\d[\d,]*(?:\.\d+)?%/g)) {
    assert.ok(allowed.has(pct), `${where}: ${pct} is not a share of this run (${[...allowed].join(", ")})\n${text}`);
  }
  assert.deepEqual(
    formatErrors(text, facts.lang),
    [],
    `${where}: a time or ratio not in its quantity's format\n${text}`,
  );
  if (facts.lang === "ko") {
    assert.deepEqual(latinWords(markdownProse(text)), [], `${where}: English in Korean prose\n${text}`);
    assert.doesNotMatch(text, /이\(가\)|을\(를\)|은\(는\)|와\(과\)|과\(와\)|\(으\)로/, `${where}: a hedged particle`);
    assert.deepEqual(particleErrors(text), [], `${where}: particles\n${text}`);
  }
}

test("every narrator is in the registry", () => {
  const registered = new Set(NARRATORS.map((n) => n.name.split(".").pop()));
  const missing = Object.keys(tell).filter((name) => !registered.has(name));
  assert.deepEqual(missing, [], "add these narrators to test/lesson/narrate/registry.ts");
});

for (const narrator of NARRATORS) {
  test(`generated runs: ${narrator.name}`, () => {
    for (let i = 0; i < SAMPLES; i++) {
      const seed = FIRST_SEED + i;
      const sample = narrator.sample(seeded(seed));
      for (const cores of CORES) {
        const said = Object.fromEntries(
          LANGS.map((lang) => {
            const facts: Facts = { lang, cores, node: "v20.0.0" };
            const text = sample.say(facts);
            check(text, facts, sample, `${narrator.name}, seed ${seed}, ${lang}, ${cores} cores`);
            return [lang, text];
          }),
        );
        assert.deepEqual(
          numbers(said.ko!),
          numbers(said.en!),
          `${narrator.name}, seed ${seed}, ${cores} cores: the languages state different numbers\n${said.en}\n${said.ko}`,
        );
      }
    }
  });
}
