/**
 * The headers that make a page of the export cross-origin isolated, set in one place for every
 * response the presenter sends, files and refusals alike.
 *
 * A page is cross-origin isolated (and so may have a SharedArrayBuffer, which the race in the
 * browser needs) only when it is served with COOP same-origin and COEP require-corp; under COEP
 * every image, script and style it loads must be same-origin with CORP, or it is blocked.
 */
export const ISOLATION_HEADERS: Readonly<Record<string, string>> = {
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Embedder-Policy": "require-corp",
  "Cross-Origin-Resource-Policy": "same-origin",
  // The join address carries the session's token: no page passes it on.
  "Referrer-Policy": "no-referrer",
  "X-Content-Type-Options": "nosniff",
};
