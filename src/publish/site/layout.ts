/**
 * The folders an export holds besides its pages and decks, as every room of the publishing side
 * names them: the export writes them, the presenter serves them, the class session keeps its
 * results in one of them. Named once here, so no room has to import another to agree on a path.
 */

/** The live race's scripts, bundled at build time into dist/browser/ (package.json, build:browser). */
export const LIVE_FOLDER = "live";
export const LIVE_FILES = ["live-race.js", "race-worker.js"] as const;

/**
 * The class sessions the presenter keeps (publish/class/session.ts), so a later lecture can show
 * an earlier room. Every export carries the folder over whole from the last export before the
 * new one is swapped in: re-exporting the lesson never loses a room's results.
 */
export const SESSIONS_FOLDER = "class-sessions";
