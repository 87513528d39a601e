/**
 * Number formats for one locale: the narrators, the tables and the charts print every number
 * through these. Each measured quantity has one formatter (`ms`, `ns`, `seconds`, `pct`,
 * `times`, `count`), used by a sentence and by the table or chart beside it alike, so the two
 * cannot write one number two ways (0.035 ms in a sentence, 0.04 in its table).
 * Plain functions, not methods: they are passed around on their own (`values.map(f.int)`).
 */
export interface NumberFormats {
  /** A count: 500000 → "500,000" */
  int: (n: number) => string;
  /** A count; the same as `int`, named for what it formats. */
  count: (n: number) => string;
  /**
   * A share, from a fraction: 0.2345 → "23.5%" (digits after the point, default 1). A share
   * that is neither none nor all never reads as either: 0.000004 → "0.0004%", 0.99996 → "99.996%".
   */
  pct: (fraction: number, digits?: number) => string;
  /** Milliseconds, 3 significant digits, without the unit: 31.684 → "31.7", 0.03524 → "0.0352". */
  ms: (ms: number) => string;
  /** Nanoseconds per increment, 3 significant digits, without the unit: 57.73 → "57.7". */
  ns: (ns: number) => string;
  /** Seconds, 3 significant digits, without the unit: 23.24 → "23.2". */
  seconds: (s: number) => string;
  /** A ratio, with its sign: 2.54 → "2.5×" (ko: "2.5배"). */
  times: (ratio: number) => string;
  /** 12.345 → "12.3" (digits after the point, default 1): for what is not a measured quantity. */
  fixed: (n: number, digits?: number) => string;
  /** 3 significant digits: 0.852, 12.3, 4,560 */
  sig3: (n: number) => string;
  /** A switch interval in seconds, with its unit as people say one: 1e-6 → "1 µs", 0.005 → "5 ms". */
  interval: (seconds: number) => string;
  /** 150000 → "150K" (en), "15만" (ko): short labels on chart axes, never for a number a sentence states */
  compact: (n: number) => string;
}

/** Digits after the point in a ratio, as `times` writes it. */
const TIMES_DIGITS = 1;

/**
 * A ratio as `times` writes it, as a number (2.54 → 2.5, 1.96 → 2): to judge a ratio as its
 * sentence shows it. Rounded by Intl, as `times` is: toFixed would write 2.05 as 2.0, Intl 2.1.
 */
export function timesAsShown(ratio: number): number {
  const digits = { minimumFractionDigits: TIMES_DIGITS, maximumFractionDigits: TIMES_DIGITS, useGrouping: false };
  return Number(ratio.toLocaleString("en-US", digits));
}

export function numberFormats(locale: string, timesSign = "×"): NumberFormats {
  const grouped = new Intl.NumberFormat(locale);
  const compactFormat = new Intl.NumberFormat(locale, { notation: "compact", maximumFractionDigits: 1 });
  const fixed = (n: number, digits = 1) =>
    n.toLocaleString(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  const int = (n: number) => grouped.format(Math.round(n));
  const sig3 = (n: number) => {
    if (n === 0) return "0";
    if (Math.abs(n) >= 1000) return grouped.format(Math.round(n));
    return Number(n.toPrecision(3)).toLocaleString(locale, { maximumFractionDigits: 20 });
  };
  return {
    int,
    count: int,
    pct: (fraction, digits = 1) => {
      let d = fraction > 0 && fraction < 0.001 && digits < 3 ? 3 : digits;
      const reads = (n: number) => Number((100 * fraction).toFixed(n));
      while (d < 12 && fraction > 0 && fraction < 1 && (reads(d) === 0 || reads(d) === 100)) d++;
      return `${fixed(100 * fraction, d)}%`;
    },
    ms: sig3,
    ns: sig3,
    seconds: sig3,
    times: (ratio) => `${fixed(ratio, TIMES_DIGITS)}${timesSign}`,
    fixed,
    sig3,
    interval: (seconds) => (seconds < 1e-3 ? `${sig3(seconds * 1e6)} µs` : `${sig3(seconds * 1e3)} ms`),
    compact: (n) => compactFormat.format(n),
  };
}

/** A number as code writes it: 100000 → "100_000", from 1_000 up; a fraction as it is (2.5). */
export function codeNumber(n: number): string {
  const digits = String(Math.abs(n));
  if (!Number.isInteger(n) || digits.length < 4) return String(n);
  return (n < 0 ? "-" : "") + digits.replace(/\B(?=(\d{3})+$)/g, "_");
}
