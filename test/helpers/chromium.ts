// The tests' side of Chromium: the launch itself is shared with the benches (tools/chromium.ts);
// here, the reason a browser test is skipped and a watch on what a page fetches.
import { chromiumPath, type Request } from "../../tools/chromium";

export * from "../../tools/chromium";

/** Why Chromium tests can't run here, or undefined when they can. */
export const skipWithoutChromium: string | undefined =
  chromiumPath() === undefined
    ? "no chromium on PATH (only the browser tests need it): `bash scripts/setup.sh` names the command that installs it"
    : undefined;

/** Collects every request that would leave the machine (anything but file:, data:, blob:, about:). */
export function watchNetwork(target: { on(event: "request", listener: (request: Request) => void): void }): string[] {
  const fetched: string[] = [];
  target.on("request", (request) => {
    if (!/^(?:file|data|blob|about):/.test(request.url())) fetched.push(request.url());
  });
  return fetched;
}
