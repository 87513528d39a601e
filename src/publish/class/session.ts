/**
 * One class session: the lecture's parameters, the token that lets a machine in the room take
 * part, and the results it has kept, in memory and in one file of the export folder.
 *
 * The token is 130 random bits (node:crypto), written in lowercase Crockford base32 (no i, l,
 * o or u), so it can be read off a projector and typed. It goes out in the join address and
 * nowhere else: not in the results file, not in anything served without it.
 *
 * The file is `class-sessions/<start time, UTC>.json` in the export folder: one per session,
 * so a later lecture can show any earlier room, and a new session never overwrites one.
 * It is created when the session starts and rewritten whole after each accepted result
 * (resultsFile.ts), then once more with the end time when the presenter stops. Beside it,
 * class-sessions/last-session.js carries the same document once the session has a result
 * (site/layout.ts says why), so a class slide opened anywhere shows the last room.
 */
import { randomBytes, timingSafeEqual } from "node:crypto";
import { mkdir, open } from "node:fs/promises";
import path from "node:path";
import { CLASS_LIMITS, type ClassParams, type KeptResult, type ResultReport } from "./protocol";
import { ResultsFile } from "./resultsFile";
import { LAST_SESSION_GLOBAL, LAST_SESSION_SCRIPT, SESSIONS_FOLDER } from "../site/layout";

/** What the file says it is, so a later reader knows the shape. */
export const SESSION_FORMAT = "lost-updates/class-session/1";

const CROCKFORD = "0123456789abcdefghjkmnpqrstvwxyz";
export const TOKEN_LENGTH = 26;
export const TOKEN_PATTERN = /^[0-9a-hjkmnp-tv-z]{26}$/;

/** 26 base32 digits: 130 bits from the system's CSPRNG. */
export function newToken(): string {
  let bits = BigInt(`0x${randomBytes(17).toString("hex")}`);
  let token = "";
  for (let i = 0; i < TOKEN_LENGTH; i++) {
    token += CROCKFORD[Number(bits & 31n)];
    bits >>= 5n;
  }
  return token;
}

export type TokenCheck = "ok" | "missing" | "wrong";

/** The document the session's file holds. */
export interface SessionDocument {
  format: typeof SESSION_FORMAT;
  startedAt: string;
  endedAt: string | null;
  params: ClassParams;
  results: KeptResult[];
}

export interface ClassSessionOptions {
  /** The export folder; the session's file goes in its class-sessions/. */
  folder: string;
  params: ClassParams;
  now?: () => Date;
  /** Hears of a results file that could not be written (the results stay in memory). */
  onWriteError?: (error: Error) => void;
}

export class ClassSession {
  readonly token = newToken();
  private readonly results: KeptResult[] = [];
  private readonly listeners = new Set<(result: KeptResult) => void>();
  private endedAt: string | null = null;
  private readonly store: ResultsFile;
  private readonly lastSession: ResultsFile;

  private constructor(
    readonly params: ClassParams,
    readonly startedAt: string,
    /** The file, absolute. */
    readonly file: string,
    /** The file, relative to the export folder (with forward slashes, as in a URL). */
    readonly relativeFile: string,
    private readonly now: () => Date,
    onWriteError: (error: Error) => void,
  ) {
    this.store = new ResultsFile(file, () => this.document(), onWriteError);
    this.lastSession = new ResultsFile(
      path.join(path.dirname(file), LAST_SESSION_SCRIPT),
      () => this.document(),
      onWriteError,
      lastSessionScript,
    );
  }

  /** Starts a session: names its file (never an existing one) and writes it, empty. */
  static async start(options: ClassSessionOptions): Promise<ClassSession> {
    const now = options.now ?? (() => new Date());
    const startedAt = now().toISOString();
    const folder = path.join(options.folder, SESSIONS_FOLDER);
    await mkdir(folder, { recursive: true });
    // 2026-04-12T09-30-05Z: the start to the second, with no colons (Windows refuses them).
    const stamp = startedAt.replace(/\.\d+Z$/, "Z").replaceAll(":", "-");
    let name = "";
    for (let n = 1; ; n++) {
      name = `${stamp}${n === 1 ? "" : `-${n}`}.json`;
      try {
        await (await open(path.join(folder, name), "wx")).close();
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EEXIST" || n >= 100) throw error;
      }
    }
    const session = new ClassSession(
      options.params,
      startedAt,
      path.join(folder, name),
      `${SESSIONS_FOLDER}/${name}`,
      now,
      options.onWriteError ?? (() => undefined),
    );
    await session.save();
    return session;
  }

  /** Whether `given` is this session's token, compared in constant time. */
  checkToken(given: string | null | undefined): TokenCheck {
    if (given === null || given === undefined || given === "") return "missing";
    const a = Buffer.from(given);
    const b = Buffer.from(this.token);
    return a.length === b.length && timingSafeEqual(a, b) ? "ok" : "wrong";
  }

  /** Keeps a checked report under the next id, or says the session is full. */
  accept(report: ResultReport): KeptResult | "full" {
    if (this.results.length >= CLASS_LIMITS.results) return "full";
    const kept: KeptResult = { id: this.results.length + 1, receivedAt: this.now().toISOString(), ...report };
    this.results.push(kept);
    this.store.changed();
    this.lastSession.changed();
    for (const listener of this.listeners) listener(kept);
    return kept;
  }

  get all(): readonly KeptResult[] {
    return this.results;
  }

  /** Calls `listener` with each result accepted from now on; returns the way to stop. */
  subscribe(listener: (result: KeptResult) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Resolves when every accepted result is in the file (and, once there is one, in last-session.js). */
  async save(): Promise<void> {
    this.store.changed();
    if (this.results.length > 0) this.lastSession.changed();
    await Promise.all([this.store.flush(), this.lastSession.flush()]);
  }

  /** Notes the end time and writes the file a last time. */
  async end(): Promise<void> {
    this.endedAt ??= this.now().toISOString();
    this.listeners.clear();
    await this.save();
  }

  document(): SessionDocument {
    return {
      format: SESSION_FORMAT,
      startedAt: this.startedAt,
      endedAt: this.endedAt,
      params: this.params,
      results: this.results,
    };
  }
}

/** The script that hands a page the last session's document (site/layout.ts, LAST_SESSION_SCRIPT). */
export function lastSessionScript(document: unknown): string {
  // JSON is a JavaScript expression, save for two line separators a string may hold raw.
  const json = JSON.stringify(document)
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
  return `self.${LAST_SESSION_GLOBAL} = ${json};\n`;
}
