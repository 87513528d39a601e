/**
 * Number formats for the Korean phrases: numbers grouped by thousands as Korean readers
 * write them (500,000), 만 on chart axes (10만), ratios as 배 (2.5배).
 */
import { numberFormats, type NumberFormats } from "../../numbers";

const base = numberFormats("ko-KR");

export const f: NumberFormats = { ...base, times: (ratio) => `${base.fixed(ratio, 1)}배` };
export const { int } = f;

/** 2, 4, 5, 9 are read 이, 사, 오, 구: no final consonant; every other last digit, and 십, 백, 천, 만, has one. */
function hasFinalConsonant(n: number): boolean {
  const last = Math.abs(Math.round(n)) % 10;
  return ![2, 4, 5, 9].includes(last);
}

/** A number and the particle that follows it as it is read aloud: josa(3, "을", "를") → "3을". */
export const josa = (n: number, afterConsonant: string, afterVowel: string): string =>
  `${int(n)}${hasFinalConsonant(n) ? afterConsonant : afterVowel}`;

/**
 * The particle that follows a number as it is read aloud, for any particle pair:
 * particle(7, "으로", "로") → "로" (칠 ends in ㄹ, which takes 로), particle(3, "을", "를") → "을".
 * The last digit decides (2, 4, 5, 9 end in a vowel); a number ending in 0 is read with its
 * unit (십, 백, 천, 만), which ends in a consonant.
 */
export function particle(n: number | string, afterConsonant: string, afterVowel: string): string {
  const digit = Number(/(\d)\D*$/.exec(String(n))?.[1] ?? "0");
  const vowel = [2, 4, 5, 9].includes(digit);
  const rieul = [1, 7, 8].includes(digit); // 일, 칠, 팔
  if (afterConsonant === "으로") return vowel || rieul ? afterVowel : afterConsonant;
  return vowel ? afterVowel : afterConsonant;
}
