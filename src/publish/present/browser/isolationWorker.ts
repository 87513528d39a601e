/**
 * The export's service worker: it gives the export's own responses the isolation headers
 * (site/isolation.ts, the one definition the presenter sends too, bundled in here by esbuild),
 * so a page on a static web host that sends none (GitHub Pages, a university's server, an
 * LMS's file area) becomes cross-origin isolated and may run the live race. The pattern is
 * coi-serviceworker's; the package hard-codes its own headers, so these few lines are ours.
 *
 * It lies at the export's top (site/layout.ts, ISOLATION_WORKER), so its scope covers every
 * edition's folder; only a page holding a live race registers it (browser/isolation.ts).
 *
 * It keeps no cache: every request goes to the network as it would without it, so a newer
 * export is never answered with an older one's files, whichever worker is running. A response
 * that already carries the headers (npm run present's) is passed on untouched, as is anything
 * from another origin or that is not a GET.
 */
import { ISOLATION_HEADERS } from "../../site/isolation";

/** The parts of a service worker's global scope and its events used here (the DOM's types lack them). */
interface FetchEvent extends Event {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface ServiceWorkerScope {
  readonly location: Location;
  skipWaiting(): Promise<void>;
  readonly clients: { claim(): Promise<void> };
  addEventListener(type: "install" | "activate", listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: "fetch", listener: (event: FetchEvent) => void): void;
}
const scope = self as unknown as ServiceWorkerScope;

// A new version takes over at once, and takes the open pages with it: no page waits for
// every tab of the lesson to close before its next load is isolated.
scope.addEventListener("install", (event) => event.waitUntil(scope.skipWaiting()));
scope.addEventListener("activate", (event) => event.waitUntil(scope.clients.claim()));

scope.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET" || new URL(request.url).origin !== scope.location.origin) return;
  // Chromium refuses to fetch an only-if-cached request that is not same-origin mode.
  if (request.cache === "only-if-cached" && request.mode !== "same-origin") return;
  event.respondWith(fetch(request).then(isolated));
});

/** The response with the isolation headers, or as it came when it has them or may not be read. */
export function isolated(response: Response): Response {
  // An opaque response (a redirect the page follows itself) cannot be rebuilt.
  if (response.type === "opaqueredirect" || response.status === 0) return response;
  const missing = Object.entries(ISOLATION_HEADERS).filter(([name]) => !response.headers.has(name));
  if (missing.length === 0) return response;
  const headers = new Headers(response.headers);
  for (const [name, value] of missing) headers.set(name, value);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}
