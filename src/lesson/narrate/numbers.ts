/**
 * Number formats for one locale: the narrators and the charts print every number through these.
 * Plain functions, not methods: they are passed around on their own (`values.map(f.int)`).
 */
export interface NumberFormats {
  /** 500000 → "500,000" */
  int: (n: number) => string;
  /**
   * 0.2345 → "23.5%" (digits after the point, default 1). A share that is neither none nor
   * all never reads as either: 0.000004 → "0.0004%", 0.99996 → "99.996%".
   */
  pct: (fraction: number, digits?: number) => string;
  /** 12.345 → "12.3" (digits after the point, default 1) */
  fixed: (n: number, digits?: number) => string;
  /** 3 significant digits: 0.852, 12.3, 4,560 */
  sig3: (n: number) => string;
  /** 150000 → "150K" (en), "15만" (ko): short labels on chart axes */
  compact: (n: number) => string;
  /** 2.54 → "2.5×" */
  times: (ratio: number) => string;
}

export function numberFormats(locale: string): NumberFormats {
  const grouped = new Intl.NumberFormat(locale);
  const compactFormat = new Intl.NumberFormat(locale, { notation: "compact", maximumFractionDigits: 1 });
  const fixed = (n: number, digits = 1) =>
    n.toLocaleString(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return {
    int: (n) => grouped.format(Math.round(n)),
    pct: (fraction, digits = 1) => {
      let d = fraction > 0 && fraction < 0.001 && digits < 3 ? 3 : digits;
      const reads = (n: number) => Number((100 * fraction).toFixed(n));
      while (d < 12 && fraction > 0 && fraction < 1 && (reads(d) === 0 || reads(d) === 100)) d++;
      return `${fixed(100 * fraction, d)}%`;
    },
    fixed,
    sig3: (n) => {
      if (n === 0) return "0";
      if (Math.abs(n) >= 1000) return grouped.format(Math.round(n));
      return Number(n.toPrecision(3)).toLocaleString(locale, { maximumFractionDigits: 20 });
    },
    compact: (n) => compactFormat.format(n),
    times: (ratio) => `${fixed(ratio, 1)}×`,
  };
}

/** A number as code writes it, digits grouped by underscores: 4000000 → "4_000_000". */
export function codeNumber(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, "_");
}
