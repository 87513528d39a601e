// Debian's Chromium, headless, through playwright-core (never a downloaded browser), offline
// as far as Chromium lets us: a fresh profile, no background networking, no updates or sync.
// The tests (test/helpers/chromium.ts) and the benches (bench/browserRace.ts) launch it here,
// so both run the same browser with the same flags.
import { execFileSync } from "node:child_process";

// playwright-core is loaded untyped and described here as far as the tests and benches use it
// (its declarations were written for a DOM lib that only the stepper's page side brings in).
export interface Request {
  url(): string;
}
export interface Keyboard {
  press(key: string): Promise<void>;
  insertText(text: string): Promise<void>;
}
export interface Locator {
  first(): Locator;
  nth(i: number): Locator;
  locator(selector: string, options?: { hasText?: RegExp }): Locator;
  waitFor(options?: { timeout?: number; state?: string }): Promise<void>;
  click(): Promise<void>;
  fill(value: string): Promise<void>;
  selectOption(value: string): Promise<string[]>;
  focus(): Promise<void>;
  count(): Promise<number>;
  innerText(): Promise<string>;
  allInnerTexts(): Promise<string[]>;
  getAttribute(name: string): Promise<string | null>;
  boundingBox(): Promise<{ x: number; y: number; width: number; height: number } | null>;
  screenshot(options: { path: string }): Promise<unknown>;
  scrollIntoViewIfNeeded(): Promise<void>;
}
export interface Page {
  goto(url: string): Promise<unknown>;
  reload(): Promise<unknown>;
  locator(selector: string, options?: { hasText?: RegExp }): Locator;
  setContent(html: string): Promise<void>;
  on(event: "request", listener: (request: Request) => void): void;
  on(event: "pageerror", listener: (error: Error) => void): void;
  evaluate<T>(expression: string): Promise<T>;
  waitForFunction(
    expression: string,
    arg?: undefined,
    options?: { timeout?: number; polling?: number },
  ): Promise<unknown>;
  waitForTimeout(ms: number): Promise<void>;
  addStyleTag(options: { content: string }): Promise<unknown>;
  screenshot(options: { path: string; fullPage?: boolean }): Promise<unknown>;
  pdf(options: { path: string; format?: string; printBackground?: boolean }): Promise<Buffer>;
  emulateMedia(options: { media: "print" | "screen" | null }): Promise<void>;
  setViewportSize(size: { width: number; height: number }): Promise<void>;
  keyboard: Keyboard;
  close(): Promise<void>;
}
export interface BrowserContext {
  newPage(): Promise<Page>;
  /** Takes the context's network away (or gives it back), as a machine with its network off. */
  setOffline(offline: boolean): Promise<void>;
  /** Runs `script` in every page of the context before the page's own scripts. */
  addInitScript(script: string): Promise<void>;
  on(event: "request", listener: (request: Request) => void): void;
  waitForEvent(event: "page", options?: { timeout?: number }): Promise<Page>;
  close(): Promise<void>;
}
export interface Browser {
  /** Chromium's version, "156.0.8078.108". */
  version(): string;
  newContext(options: object): Promise<BrowserContext>;
  close(): Promise<void>;
}
const { chromium } = require("playwright-core") as {
  chromium: { launch(options: object): Promise<Browser> };
};

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Where `chromium` is on PATH, or undefined when it is not. */
export function chromiumPath(): string | undefined {
  try {
    return execFileSync("which", ["chromium"], { encoding: "utf8" }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** What to say when there is no Chromium: `bash scripts/setup.sh` names the command that installs it. */
export const NO_CHROMIUM = "no chromium on PATH: `bash scripts/setup.sh` names the command that installs it";

/**
 * Chromium with a fresh profile (playwright's own temporary one), closed by the caller.
 * `executablePath`: a script that starts Debian's Chromium some other way (in another network
 * namespace, say), passing its arguments on.
 */
export function launchChromium(options: { executablePath?: string } = {}): Promise<Browser> {
  const executablePath = options.executablePath ?? chromiumPath();
  if (!executablePath) return Promise.reject(new Error(NO_CHROMIUM));
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}
