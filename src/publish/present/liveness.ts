/**
 * Whether a page can run the live race, and if not, why. A browser hands a page a
 * SharedArrayBuffer only when it is cross-origin isolated (served with COOP same-origin and
 * COEP require-corp) and a secure context (localhost or HTTPS). Each reason has its own
 * remedy in the panel's words (phrases `live`).
 *
 * A page that lacks only the headers (the export on a static web host, which sends none) gets
 * them from the export's service worker (browser/isolationWorker.ts) after one reload; the
 * reload is tried once per tab, so a browser that still refuses isolation is told so, never
 * reloaded again.
 */
export type NotLive = "fromFile" | "notSecure" | "notIsolated" | "noServiceWorker" | "stillNotIsolated";

export interface PageState {
  protocol: string;
  isSecureContext: boolean;
  crossOriginIsolated: boolean;
  hasSharedMemory: boolean;
}

export function whyNotLive(page: PageState): NotLive | null {
  if (page.crossOriginIsolated && page.hasSharedMemory) return null;
  if (page.protocol === "file:") return "fromFile";
  if (!page.isSecureContext) return "notSecure";
  return "notIsolated";
}

export interface IsolationState extends PageState {
  /** Whether the browser offers service workers here (not in a private window of some browsers, nor when blocked). */
  hasServiceWorker: boolean;
  /**
   * Whether this tab already reloaded once to be isolated (its session storage says so), or
   * null when the page may keep nothing in session storage, and so could not tell next time.
   */
  reloadedOnce: boolean | null;
}

/** What the page does next: run live, register the service worker and reload once, or say why not. */
export type IsolationStep = { kind: "live" } | { kind: "register" } | { kind: "notLive"; why: NotLive };

export function isolationStep(page: IsolationState): IsolationStep {
  const why = whyNotLive(page);
  if (why === null) return { kind: "live" };
  if (why !== "notIsolated") return { kind: "notLive", why };
  // A page that could not remember its reload might reload for ever: it does not try.
  if (!page.hasServiceWorker || page.reloadedOnce === null) return { kind: "notLive", why: "noServiceWorker" };
  if (page.reloadedOnce) return { kind: "notLive", why: "stillNotIsolated" };
  return { kind: "register" };
}
