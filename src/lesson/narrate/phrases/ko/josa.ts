/**
 * Korean particles after a rendered value: 을/를, 이/가, 은/는, 과/와, (으)로 and the copula
 * (이)다 take their form from the last sound of the word before them, as it is read aloud.
 * A phrase never hedges with "이(가)": it renders the value, then asks josa() for the form.
 *
 *   josa(int(3), "을/를")        → "3을"     (삼: a final consonant)
 *   josa(int(2), "이/가")        → "2가"     (이: a vowel)
 *   josa(int(1), "으로/로")      → "1로"     (일: ㄹ takes 로)
 *   josa(int(1_000), "은/는")    → "1,000은" (천)
 *   josa("`python3`", "이/가")   → "`python3`이"
 *   josa("3.12.2", "이/가")      → "3.12.2가"
 *
 * Numbers are read as Korean readers read them: the last digit (이, 사, 오, 구 end in a vowel;
 * 영, 일, 삼, 육, 칠, 팔 in a consonant, 일, 칠, 팔 in ㄹ), or for a whole number ending in
 * zeros its last unit (십, 백, 천, 만, 억: all consonants). Units read as words (% 퍼센트,
 * × 배, ms 밀리초) end in a vowel; a Latin letter is read by its name (A 에이, L 엘, M 엠);
 * trailing code marks, quotes and a closing parenthetical are skipped, since the particle
 * follows the word before them.
 *
 * Why not es-hangul's josa(): it reads only Hangul's last syllable, so every number gets the
 * vowel's form ("3가", "1가", "1,000가" where a reader says 삼이, 일이, 천이), and the lesson's
 * particles follow numbers more often than words.
 */
import { int } from "./format";

/** The particles that alternate; the first form follows a consonant, the second a vowel. */
export type Particle = "을/를" | "이/가" | "은/는" | "과/와" | "으로/로" | "이다/다" | "이나/나" | "이라고/라고";

/** How a word ends when read aloud: ㄹ matters only for (으)로. */
export type FinalSound = "vowel" | "rieul" | "consonant";

const HANGUL_FIRST = 0xac00;
const HANGUL_LAST = 0xd7a3;
const RIEUL = 8; // ㄹ as a final consonant (jongseong index)

/** The last digit's Korean reading: 영 일 이 삼 사 오 육 칠 팔 구. */
const DIGIT: readonly FinalSound[] = [
  "consonant",
  "rieul",
  "vowel",
  "consonant",
  "vowel",
  "vowel",
  "consonant",
  "rieul",
  "rieul",
  "vowel",
];

/** Latin letters by their Korean names (에이, 비, 씨, … 엘, 엠, 엔, … 알). */
const LETTER: Readonly<Record<string, FinalSound>> = {
  l: "rieul",
  m: "consonant",
  n: "consonant",
  r: "rieul",
};

/** Words the lesson puts before a particle, as Korean readers say them. */
const WORDS: Readonly<Record<string, FinalSound>> = {
  unsafe: "vowel", // 언세이프
  atomic: "consonant", // 아토믹
  locked: "vowel", // 락트
  sync: "vowel", // 싱크
  python: "consonant", // 파이썬
  node: "vowel", // 노드
  lock: "consonant", // 락
  mutex: "vowel", // 뮤텍스
};

/** Symbols read as a word that ends in a vowel: 퍼센트, 배, 밀리초, 나노초, 마이크로초, 초. */
const VOWEL_UNITS = ["%", "×", "ms", "ns", "µs", "s"];

function hangul(code: number): FinalSound {
  const final = (code - HANGUL_FIRST) % 28;
  return final === 0 ? "vowel" : final === RIEUL ? "rieul" : "consonant";
}

/** A number as written ("1,000", "12.5", "3.12.2"), by how its end is read. */
function number(text: string): FinalSound {
  const digits = text.replaceAll(",", "");
  const last = Number(digits[digits.length - 1]);
  // After a decimal point digits are read one by one (삼 점 일 영 → 영).
  if (digits.includes(".") || last !== 0) return DIGIT[last]!; // text ends in a digit, 0 … 9
  const zeros = digits.length - digits.replace(/0+$/, "").length;
  if (zeros === digits.length) return DIGIT[0]!; // 0 itself: 영
  // 십, 백, 천, 만 (10⁴), 억 (10⁸) end in a consonant; 조 (10¹²) in a vowel.
  return zeros === 12 ? "vowel" : "consonant";
}

/** Everything after the word a particle attaches to: spaces, emphasis and code marks, quotes, a closing (…) or […]. */
function bare(text: string): string {
  let t = text;
  for (;;) {
    const before = t;
    t = t.replace(/[\s*`"'’”_]+$/u, "");
    for (const [open, close] of [
      ["(", ")"],
      ["[", "]"],
    ] as const) {
      if (t.endsWith(close)) {
        const at = t.lastIndexOf(open);
        if (at > 0) t = t.slice(0, at);
      }
    }
    if (t === before) return t;
  }
}

/** How `text` ends when read aloud in Korean. */
export function finalSound(text: string): FinalSound {
  const t = bare(text);
  if (t === "") return "vowel";
  const code = t.charCodeAt(t.length - 1);
  if (code >= HANGUL_FIRST && code <= HANGUL_LAST) return hangul(code);
  // A unit after a number: 40 ms, 7.8%, 2.5×.
  if (VOWEL_UNITS.some((unit) => new RegExp(`\\d\\s?${unit}$`, "u").test(t))) return "vowel";
  const digits = /\d[\d,.]*$/.exec(t);
  if (digits) return number(digits[0].replace(/[,.]+$/, ""));
  const word = /[A-Za-z]+$/.exec(t)?.[0];
  if (word) {
    const known = WORDS[word.toLowerCase()];
    if (known) return known;
    // An all-capital word or a single letter is spelt out: read its last letter's name.
    if (word.length === 1 || word === word.toUpperCase())
      return LETTER[word[word.length - 1]!.toLowerCase()] ?? "vowel";
    // Otherwise an English word as Korean writes it: -l 을, -m/-n/-ng/-k/-c a consonant, the rest a vowel (-t 트, -s 스, -e).
    if (/l$/i.test(word)) return "rieul";
    return /(m|n|ng|k|c)$/i.test(word) ? "consonant" : "vowel";
  }
  return "vowel";
}

/** `value` (a number is rendered with int), then the form of `particle` that follows it. */
export function josa(value: string | number, particle: Particle): string {
  const text = typeof value === "number" ? int(value) : value;
  const [afterConsonant, afterVowel] = particle.split("/");
  const sound = finalSound(text);
  const form =
    particle === "으로/로"
      ? sound === "consonant"
        ? afterConsonant
        : afterVowel
      : sound === "vowel"
        ? afterVowel
        : afterConsonant;
  return `${text}${form}`;
}
