// The export on a static web host that sends no isolation headers (Python's http.server on
// 127.0.0.1, as a lecturer might serve it; GitHub Pages behaves the same), in Debian's Chromium:
// the export's service worker isolates a page with a live race after one reload, never more;
// a browser that refuses service workers, or that is still not isolated after the reload, is
// told why in one line and left as exported; the worker keeps no cache, so a newer export is
// never answered with an older one's files; and under npm run present nothing registers.
// Screenshots land in artifacts/present/, to be looked at.
import assert from "node:assert/strict";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { phrasesFor } from "../../../src/lesson/narrate/phrases";
import { startPresenter } from "../../../src/publish/present/presenter";
import { ISOLATION_WORKER } from "../../../src/publish/site/layout";
import {
  launchChromium,
  skipWithoutChromium,
  type Browser,
  type BrowserContext,
  type Page,
} from "../../helpers/chromium";
import { ROOT, exportOnce, skipWithoutVenv } from "../../helpers/jupyter";
import {
  WATCH_WORKERS,
  panelData,
  panelText,
  runRace,
  setRace,
  shown,
  waitForState,
  workerCount,
} from "../../helpers/livePanel";
import { raw } from "../../helpers/present";
import { startStaticServer, type StaticServer } from "../../helpers/staticServer";

const SHOTS = path.join(ROOT, "artifacts", "present");
const SLIDE = { width: 1280, height: 720 };
/** A small race: what matters here is that the page runs one at all. */
const SMALL = { threads: 2, howMany: 100_000, sensorWork: 0, trials: 2 };

let folder: string;
let host: StaticServer;
let browser: Browser;

async function inFreshContext(options: object, use: (context: BrowserContext) => Promise<void>): Promise<void> {
  const context = await browser.newContext({ viewport: SLIDE, ...options });
  try {
    await context.addInitScript(WATCH_WORKERS);
    await use(context);
  } finally {
    await context.close();
  }
}

async function newPage(context: BrowserContext, errors: string[]): Promise<Page> {
  const page = await context.newPage();
  page.on("pageerror", (error) => errors.push(error.message));
  return page;
}

/** Waits until the page's panel has settled: running live, or saying why not. */
function settled(page: Page): Promise<unknown> {
  return waitForState(page, ["ready", "offline", "failed"], 30_000);
}

describe(
  "the export on a header-less static host, in Chromium",
  { skip: skipWithoutVenv ?? skipWithoutChromium },
  () => {
    before(async () => {
      const exported = await exportOnce();
      assert.equal(exported.code, 0, `npm run export failed:\n${exported.stderr}`);
      folder = path.join(mkdtempSync(path.join(tmpdir(), "static-host-")), "export");
      cpSync(exported.outDir, folder, { recursive: true });
      mkdirSync(SHOTS, { recursive: true });
      host = await startStaticServer(folder);
      browser = await launchChromium();
    });

    after(async () => {
      await browser?.close();
      await host?.close();
      if (folder) rmSync(path.dirname(folder), { recursive: true, force: true });
    });

    test("the host sends no isolation headers: without the worker, no page would be isolated", async () => {
      const answer = await raw({ port: Number(new URL(host.url).port), target: "/01-the-race.html" });
      assert.equal(answer.status, 200);
      assert.equal(answer.headers["cross-origin-opener-policy"], undefined);
      assert.equal(answer.headers["cross-origin-embedder-policy"], undefined);
    });

    test("page 01 and deck 01 are isolated after one reload, Run gives trials, and the Korean pages need none", async () => {
      await inFreshContext({}, async (context) => {
        const errors: string[] = [];
        const page = await newPage(context, errors);
        const before = host.hits("/01-the-race.html");
        await page.goto(`${host.url}01-the-race.html`);
        await settled(page);
        assert.equal((await panelData(page)).state, "ready", await panelText(page, ".lu-live-note").catch(() => ""));
        assert.equal(await page.evaluate<boolean>("self.crossOriginIsolated"), true);
        assert.equal(host.hits("/01-the-race.html") - before, 2, "one load, and one automatic reload");
        assert.equal(await page.evaluate<string>(`performance.getEntriesByType("navigation")[0].type`), "reload");
        assert.deepEqual(await page.evaluate<string[]>("caches.keys()"), [], "the worker keeps no cache");

        await setRace(page, { counter: "unsafe", ...SMALL });
        const run = await runRace(page);
        assert.equal(run.state, "done");
        assert.equal(run.results.length, SMALL.trials);
        for (const trial of run.results) assert.equal(trial.found + trial.lost, SMALL.threads * SMALL.howMany);
        await page.evaluate(`document.querySelector("[data-lu-live]").scrollIntoView({ block: "center" })`);
        await page.screenshot({ path: path.join(SHOTS, "static-host-page01.png") });

        // The worker's scope is the whole export: the Korean edition's page is isolated at once.
        const koBefore = host.hits("/ko/01-the-race.html");
        await page.goto(`${host.url}ko/01-the-race.html`);
        await settled(page);
        assert.equal((await panelData(page)).state, "ready");
        assert.equal(host.hits("/ko/01-the-race.html") - koBefore, 1, "no reload: the worker already serves ko/");
        assert.deepEqual(errors, []);
      });

      // The deck, first thing in a fresh browser: one reload, and it comes back to the same slide.
      await inFreshContext({}, async (context) => {
        const errors: string[] = [];
        const page = await newPage(context, errors);
        const before = host.hits("/01-the-race.slides.html");
        await page.goto(`${host.url}01-the-race.slides.html#/3`);
        await page.waitForFunction(
          `self.crossOriginIsolated && document.body?.dataset.deckReady === "true"`,
          undefined,
          {
            timeout: 30_000,
          },
        );
        assert.equal(host.hits("/01-the-race.slides.html") - before, 2, "one load, and one automatic reload");
        assert.equal(await page.evaluate<number>("Reveal.getIndices().h"), 3, "the reload kept the slide");
        await page.evaluate(`(() => {
        const { h, v } = Reveal.getIndices(document.querySelector("[data-lu-live]").closest("section"));
        Reveal.slide(h, v);
      })()`);
        await settled(page);
        assert.equal((await panelData(page)).state, "ready");
        await setRace(page, { counter: "unsafe", ...SMALL, trials: 1 });
        const run = await runRace(page);
        assert.equal(run.state, "done");
        assert.equal(run.results.length, 1);
        await page.screenshot({ path: path.join(SHOTS, "static-host-deck01.png") });
        assert.deepEqual(errors, []);
      });
    });

    test("with service workers blocked, the page never reloads and says why in one line", async () => {
      await inFreshContext({ serviceWorkers: "block" }, async (context) => {
        const errors: string[] = [];
        const page = await newPage(context, errors);
        const T = phrasesFor("en").live;
        const before = host.hits("/01-the-race.html");
        await page.goto(`${host.url}01-the-race.html`);
        await settled(page);
        // Time enough for a reload that should not come: the page had its chance to ask for one.
        await page.waitForTimeout(2_000);
        assert.equal(host.hits("/01-the-race.html") - before, 1, "never reloaded");
        assert.equal((await panelData(page)).state, "offline");
        const line = await panelText(page, ".lu-live-note");
        assert.equal(line, shown(T.noServiceWorker));
        assert.doesNotMatch(line, /\n/, "one line");
        assert.equal(await page.evaluate<boolean>("self.crossOriginIsolated"), false);
        // The page stays as exported: the run the export made, under the line.
        assert.equal(await page.locator("[data-lu-live] img.lu-live-exported").count(), 1);
        assert.deepEqual(await workerCount(page), { started: 0, ended: 0 });
        await page.evaluate(`document.querySelector("[data-lu-live]").scrollIntoView({ block: "center" })`);
        await page.screenshot({ path: path.join(SHOTS, "static-host-no-service-worker.png") });
        assert.deepEqual(errors, []);
      });
    });

    test("a browser still not isolated after the one reload is told so, and never reloaded again", async () => {
      // A worker that adds nothing: the page reloads once, and comes back as it went.
      const worker = path.join(folder, ISOLATION_WORKER);
      const real = readFileSync(worker);
      writeFileSync(worker, 'self.addEventListener("install", () => self.skipWaiting());\n');
      try {
        await inFreshContext({}, async (context) => {
          const errors: string[] = [];
          const page = await newPage(context, errors);
          const before = host.hits("/01-the-race.html");
          await page.goto(`${host.url}01-the-race.html`);
          await page.waitForFunction(
            `document.querySelector("[data-lu-live]")?.dataset.state === "offline"`,
            undefined,
            { timeout: 30_000 },
          );
          await page.waitForTimeout(2_000);
          assert.equal(host.hits("/01-the-race.html") - before, 2, "one automatic reload, and no second");
          assert.equal(await panelText(page, ".lu-live-note"), shown(phrasesFor("en").live.stillNotIsolated));
          // A reload by hand in the same tab does not start the round again.
          await page.reload();
          await settled(page);
          await page.waitForTimeout(1_000);
          assert.equal(host.hits("/01-the-race.html") - before, 3, "the hand's reload only");
          assert.equal((await panelData(page)).state, "offline");
          assert.deepEqual(errors, []);
        });
      } finally {
        writeFileSync(worker, real);
      }
    });

    test("a newer export is served as it is through an older export's worker: the worker keeps no cache", async () => {
      await inFreshContext({}, async (context) => {
        const errors: string[] = [];
        const page = await newPage(context, errors);
        await page.goto(`${host.url}01-the-race.html`);
        await settled(page);
        assert.equal(await page.evaluate<boolean>("self.crossOriginIsolated"), true);
        const pageFile = path.join(folder, "01-the-race.html");
        const workerFile = path.join(folder, ISOLATION_WORKER);
        const [oldPage, oldWorker] = [readFileSync(pageFile, "utf8"), readFileSync(workerFile, "utf8")];
        try {
          // The export is replaced (a page and the worker both change) while the old worker runs.
          writeFileSync(pageFile, oldPage.replace("<body", '<body data-newer-export="yes"'));
          writeFileSync(workerFile, `${oldWorker}\n// a newer export\n`);
          await page.reload();
          await settled(page);
          assert.equal(await page.evaluate<string | undefined>("document.body.dataset.newerExport"), "yes");
          assert.equal(await page.evaluate<boolean>("self.crossOriginIsolated"), true);
          assert.deepEqual(await page.evaluate<string[]>("caches.keys()"), []);
        } finally {
          writeFileSync(pageFile, oldPage);
          writeFileSync(workerFile, oldWorker);
        }
        assert.deepEqual(errors, []);
      });
    });

    test("under npm run present the page is isolated at once: nothing registers, nothing reloads", async () => {
      const presenter = await startPresenter({ folder, port: 0 });
      try {
        await inFreshContext({}, async (context) => {
          const errors: string[] = [];
          const page = await newPage(context, errors);
          await page.goto(`${presenter.localUrl}01-the-race.html`);
          await settled(page);
          assert.equal((await panelData(page)).state, "ready");
          assert.equal(await page.evaluate<string>(`performance.getEntriesByType("navigation")[0].type`), "navigate");
          assert.equal(
            await page.evaluate<number>("navigator.serviceWorker.getRegistrations().then((r) => r.length)"),
            0,
          );
          assert.deepEqual(errors, []);
        });
      } finally {
        await presenter.close();
      }
    });
  },
);
