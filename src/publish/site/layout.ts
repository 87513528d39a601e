/**
 * The folders an export holds besides its pages and decks, as every room of the publishing side
 * names them: the export writes them, the presenter serves them, the class session keeps its
 * results in one of them. Named once here, so no room has to import another to agree on a path.
 */

/** The live race's scripts, bundled at build time into dist/browser/ (package.json, build:browser). */
export const LIVE_FOLDER = "live";
export const LIVE_FILES = ["live-race.js", "race-worker.js"] as const;

/**
 * The export's service worker (bundled from present/browser/isolationWorker.ts): it adds the
 * isolation headers where a static web host sends none. At the export's top, never in a
 * folder: a service worker controls only the pages at and under its own folder, and the
 * editions' pages lie at the top and in ko/.
 */
export const ISOLATION_WORKER = "isolation-worker.js";

/**
 * The class sessions the presenter keeps (publish/class/session.ts), so a later lecture can show
 * an earlier room. Every export carries the folder over whole from the last export before the
 * new one is swapped in: re-exporting the lesson never loses a room's results.
 */
export const SESSIONS_FOLDER = "class-sessions";

/**
 * The last class session that kept a result, as a script in SESSIONS_FOLDER: it sets
 * LAST_SESSION_GLOBAL to the session's document (class/session.ts, SessionDocument), so a class
 * slide can show that room wherever the export is opened, from disk too (where a page may load
 * a script beside it, but may not fetch a file). Written by the presenter with each result.
 */
export const LAST_SESSION_SCRIPT = "last-session.js";
export const LAST_SESSION_GLOBAL = "lostUpdatesLastSession";
