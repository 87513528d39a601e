/**
 * How soon a student who joins appears on the class slide: the time from a result's POST to
 * the class view on a deck's class slide drawing it, in Chromium, on this machine.
 *
 * The page is the class slide as an export holds it (classSlideHtml and the live race's
 * script), served by the presenter with a class session; the view mounts as it does on the
 * deck, follows the session's Server-Sent Events and marks how many results it has drawn
 * (data-results). Each result is a real one for the session's race, sent as the join client
 * sends it; the clock runs from just before the POST until the page shows one result more.
 * The session's rate limit is raised for the bench, since every result here comes from one
 * address; in a hall each machine has its own.
 */
import { classSlideHtml } from "../src/lesson/show/classSlide";
import type { TrialResult } from "../src/lesson/engine/trialResult";
import { resultReport } from "../src/publish/class/join";
import { defaultClassParams } from "../src/publish/present/options";
import { startPresenter, type Presenter } from "../src/publish/present/presenter";
import { CLASS_PATHS } from "../src/publish/class/protocol";
import { NO_CHROMIUM, chromiumPath, launchChromium, type Browser } from "../tools/chromium";
import { closeAll, livePageFolder } from "./livePage";
import { median } from "./table";

/** Results sent, one at a time, each waited for on the slide. */
const RESULTS = 30;
const MOUNT_TIMEOUT_MS = 30_000;
const DRAWN_TIMEOUT_MS = 10_000;
const VIEW = "[data-lu-class]";

/** A result of the session's race, as a machine that lost `lost` updates per trial would send it. */
function fabricatedResult(lost: number) {
  const params = defaultClassParams();
  const expected = params.threads * params.howMany;
  const trials: TrialResult[] = Array.from({ length: params.trials }, (_, i) => ({
    counter: params.counter,
    threads: params.threads,
    howMany: params.howMany,
    expected,
    found: expected - Math.min(expected, lost * (i + 1)),
    lost: Math.min(expected, lost * (i + 1)),
    elapsedMs: 10,
    startSkewMs: 0.1,
    loopMs: 8,
  }));
  return resultReport(params, trials);
}

export async function run(): Promise<string> {
  if (!chromiumPath()) throw new Error(NO_CHROMIUM);
  const pageFolder = livePageFolder("class-bench-", classSlideHtml("en"));
  let presenter: Presenter | null = null;
  let browser: Browser | null = null;
  try {
    presenter = await startPresenter({
      folder: pageFolder.folder,
      port: 0,
      class: { params: defaultClassParams(), hosts: [] },
      rateLimit: { burst: RESULTS * 2, perSecond: 1_000 },
    });
    const token = presenter.session?.token;
    if (!token) throw new Error("the presenter started no class session");
    browser = await launchChromium();
    const page = await (await browser.newContext({})).newPage();
    await page.goto(`${presenter.localUrl}index.html`);
    await page.waitForFunction(`document.querySelector(${JSON.stringify(VIEW)})?.dataset.results === "0"`, undefined, {
      timeout: MOUNT_TIMEOUT_MS,
      polling: 20,
    });
    const latencies: number[] = [];
    for (let k = 1; k <= RESULTS; k++) {
      const started = performance.now();
      const answer = await fetch(`${presenter.localUrl.replace(/\/$/, "")}${CLASS_PATHS.results}?token=${token}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(fabricatedResult(1_000 * k)),
      });
      if (answer.status !== 201)
        throw new Error(`the session refused result ${k}: ${answer.status} ${await answer.text()}`);
      await page.waitForFunction(
        `document.querySelector(${JSON.stringify(VIEW)}).dataset.results === "${k}"`,
        undefined,
        { timeout: DRAWN_TIMEOUT_MS, polling: 2 },
      );
      latencies.push(performance.now() - started);
    }
    const sorted = [...latencies].sort((a, b) => a - b);
    const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
    return [
      `Class slide on Chromium ${browser.version()}, served by the presenter with a class session; ` +
        `${RESULTS} results POSTed one after another, each timed until the slide had drawn it (polled every 2 ms)`,
      `POST → drawn: median ${median(latencies).toFixed(0)} ms, 90th percentile ${at(0.9).toFixed(0)} ms, ` +
        `slowest ${sorted[sorted.length - 1]!.toFixed(0)} ms (first ${latencies[0]!.toFixed(0)} ms)`,
    ].join("\n");
  } finally {
    await closeAll("class", [() => browser?.close(), () => presenter?.close()]);
    pageFolder.remove();
  }
}
