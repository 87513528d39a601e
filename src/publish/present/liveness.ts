/**
 * Whether a page can run the live race, and if not, why. A browser hands a page a
 * SharedArrayBuffer only when it is cross-origin isolated (served with COOP same-origin and
 * COEP require-corp) and a secure context (localhost or HTTPS). Each reason has its own
 * remedy in the panel's words (phrases `live`).
 */
export type NotLive = "fromFile" | "notSecure" | "notIsolated";

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
