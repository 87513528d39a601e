/**
 * The browser's name and major version as people say it ("Chrome 131", "Firefox 133"), for
 * the line that says where a live race ran. Chromium-based browsers name themselves in
 * navigator.userAgentData's brands; the others only in the user-agent string.
 */
export interface Brand {
  brand: string;
  version: string;
}

export function browserName(userAgent: string, brands: readonly Brand[] = []): string {
  // The brands list a decoy ("Not A;Brand"), the engine (Chromium) and the product.
  const real = brands.filter((b) => !/not.a.brand/i.test(b.brand));
  const named = real.find((b) => b.brand !== "Chromium") ?? real[0];
  if (named) return `${named.brand} ${named.version}`;
  const patterns: [RegExp, string][] = [
    [/Edg\/(\d+)/, "Edge"],
    [/Firefox\/(\d+)/, "Firefox"],
    [/Chrome\/(\d+)/, "Chrome"],
    [/Version\/(\d+)(?:\.\d+)*.*Safari\//, "Safari"],
  ];
  for (const [pattern, name] of patterns) {
    const match = pattern.exec(userAgent);
    if (match) return `${name} ${match[1]}`;
  }
  return "this browser";
}
