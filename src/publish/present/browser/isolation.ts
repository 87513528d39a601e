/**
 * The page's side of the export's service worker (isolationWorker.ts): a page holding a live
 * race that lacks only the isolation headers registers the worker and reloads once, and is
 * then served isolated. What it does is liveness.ts's rule (isolationStep); this file only
 * asks the browser, and remembers the one reload in the tab's session storage, so there is
 * never a second: a browser that is still not isolated after it is told why instead.
 */
import { ISOLATION_WORKER } from "../../site/layout";
import { isolationStep, type IsolationStep } from "../liveness";

/** Set in session storage just before the one reload; removed once the page is isolated. */
const RELOADED = "lost-updates:isolation-reload";
/** How long the worker may take to install and activate before the page gives up on it. */
const ACTIVATION_TIMEOUT_MS = 10_000;

/** Whether this tab already reloaded once, or null when session storage is out of reach. */
function reloadedOnce(): boolean | null {
  try {
    return sessionStorage.getItem(RELOADED) !== null;
  } catch {
    return null;
  }
}

/** What the page does about isolation now, from what the browser says of it. */
export function pageIsolationStep(): IsolationStep {
  const step = isolationStep({
    protocol: location.protocol,
    isSecureContext: window.isSecureContext,
    crossOriginIsolated: window.crossOriginIsolated,
    hasSharedMemory: typeof SharedArrayBuffer === "function",
    hasServiceWorker: "serviceWorker" in navigator,
    reloadedOnce: reloadedOnce(),
  });
  if (step.kind === "live") {
    try {
      sessionStorage.removeItem(RELOADED);
    } catch {
      // nothing was kept, then
    }
  }
  return step;
}

/**
 * Registers the export's service worker, waits until it is active, and reloads the page once.
 * Rejects when the browser refuses the worker; the page then stays as it is. The worker lies at
 * the export's top, one folder above the live script (`liveScript`, in site/layout.ts's
 * LIVE_FOLDER), and its scope is the whole export: both editions' folders.
 */
export async function registerAndReload(liveScript: string): Promise<void> {
  const top = new URL("../", liveScript);
  const registration = await navigator.serviceWorker.register(new URL(ISOLATION_WORKER, top), { scope: top.href });
  await active(registration);
  sessionStorage.setItem(RELOADED, "1");
  location.reload();
}

function active(registration: ServiceWorkerRegistration): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the service worker did not start within ${ACTIVATION_TIMEOUT_MS / 1000} s`)),
      ACTIVATION_TIMEOUT_MS,
    );
    const check = () => {
      if (registration.active) {
        clearTimeout(timer);
        resolve();
        return true;
      }
      return false;
    };
    if (check()) return;
    const installing = registration.installing ?? registration.waiting;
    if (!installing) {
      clearTimeout(timer);
      reject(new Error("the service worker was registered but is neither installing nor active"));
      return;
    }
    installing.addEventListener("statechange", () => {
      if (installing.state === "redundant") {
        clearTimeout(timer);
        reject(new Error("the service worker failed to install"));
      } else check();
    });
  });
}
