// What the hall sees, in Chromium (Debian's, headless, offline): the export's pages are
// cross-origin isolated when the presenter serves them, and the lecturer's class page shows
// the join address with its QR code and draws each result the moment it is kept.
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { after, before, test } from "node:test";
import { startPresenter, type Presenter } from "../../../src/publish/present/presenter";
import { joinLang } from "../../../src/publish/class/page";
import { medianLost } from "../../../src/publish/class/chart";
import { PHRASES } from "../../../src/lesson/narrate/phrases";
import type { ClassParams, ResultReport } from "../../../src/publish/class/protocol";
import { launchChromium, skipWithoutChromium, watchNetwork, type Browser, type Page } from "../../helpers/chromium";
import { ROOT } from "../../helpers/jupyter";
import { fakeExport, postJson, type FakeExport } from "../../helpers/present";

const PARAMS: ClassParams = { counter: "unsafe", threads: 5, howMany: 100_000, sensorWork: 60, trials: 3 };
/** Where the screenshots go, to be looked at (not compared). */
const SHOTS = path.join(ROOT, "artifacts", "present");

function report(cores: number, platform: string, shares: number[]): ResultReport {
  const expected = PARAMS.threads * PARAMS.howMany;
  return {
    cores,
    node: "v22.11.0",
    platform,
    params: PARAMS,
    trials: shares.map((share) => ({
      lost: Math.round(share * expected),
      expected,
      elapsedMs: 40,
      startSkewMs: 0.5,
      loopMs: 38,
    })),
  };
}

let site: FakeExport;
let presenter: Presenter;
let browser: Browser;

before(async () => {
  if (skipWithoutChromium) return;
  site = fakeExport();
  mkdirSync(SHOTS, { recursive: true });
  const hosts = await startPresenter({ folder: site.folder, port: 0, class: { params: PARAMS, hosts: ["127.0.0.2"] } })
    .then(async (p) => {
      await p.close();
      return ["127.0.0.2"];
    })
    .catch(() => []);
  // Every request here comes from 127.0.0.1, the test's posts and the pages' alike: the per-address
  // limit is lifted (routes.test.ts holds an address to it).
  presenter = await startPresenter({
    folder: site.folder,
    port: 0,
    class: { params: PARAMS, hosts },
    rateLimit: { burst: 1_000, perSecond: 100 },
  });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await presenter?.close();
  site?.remove();
});

test(
  "the export's page is cross-origin isolated, so a SharedArrayBuffer is there",
  { skip: skipWithoutChromium },
  async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    try {
      const page = await context.newPage();
      await page.goto(`${presenter.localUrl}01-the-race.slides.html`);
      assert.equal(await page.evaluate<boolean>("self.crossOriginIsolated"), true);
      assert.equal(await page.evaluate<string>("typeof SharedArrayBuffer"), "function");
    } finally {
      await context.close();
    }
  },
);

test("the class page shows how to join and draws the room's results live", { skip: skipWithoutChromium }, async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    const fetched = watchNetwork(context);
    await page.goto(`${presenter.localUrl}class/`);
    await until(page, "document.querySelector('[data-class-view]').dataset.results === '0'", 10_000);
    assert.equal(await page.evaluate<boolean>("self.crossOriginIsolated"), true);
    const summary = page.locator(".cv-summary");
    assert.equal(await summary.innerText(), "Waiting for the first machine to send its race…");
    if (presenter.join.length > 0) {
      assert.match(await page.locator(".cv-command").innerText(), /^npm run race -- --join http:\/\/127\.0\.0\.2:/);
      assert.match(String(await page.locator(".cv-qr").getAttribute("src")), /^data:image\/svg\+xml;base64,/);
    }

    const token = presenter.session!.token;
    const room = [
      report(2, "linux", [0.41, 0.38, 0.45]),
      report(4, "linux", [0.62, 0.6, 0.66]),
      report(4, "darwin", [0.55, 0.51, 0.58]),
      report(8, "darwin", [0.7, 0.72, 0.69]),
      report(8, "win32", [0.74, 0.7, 0.77]),
      report(16, "linux", [0.8, 0.79, 0.83]),
    ];
    const started = performance.now();
    for (const result of room) {
      assert.equal((await postJson(presenter.port, `/class/results?token=${token}`, result)).status, 201);
    }
    await until(page, "document.querySelector('[data-class-view]').dataset.results === '6'", 10_000);
    const drawnAfterMs = performance.now() - started;
    assert.equal(await summary.innerText(), "6 machines, 18 trials; the median trial lost 67.5%");
    await page.screenshot({ path: path.join(SHOTS, "class-page.png") });
    assert.deepEqual(errors, []);
    assert.deepEqual(
      fetched.filter((url) => !url.startsWith(presenter.localUrl)),
      [],
      "nothing fetched from anywhere but the presenter",
    );
    // Not a threshold (these machines are shared): said, so a reader sees what "live" was here.
    process.stdout.write(`# the class page drew 6 results ${drawnAfterMs.toFixed(0)} ms after the first was sent\n`);

    const korean = await context.newPage();
    await korean.goto(`${presenter.localUrl}class/?lang=ko`);
    await until(korean, "document.querySelector('[data-class-view]').dataset.results === '6'", 10_000);
    assert.equal(
      await korean.locator(".cv-summary").innerText(),
      "컴퓨터 6대, 시행 18번, 시행마다 잃은 갱신의 중앙값 67.5%",
    );
    await korean.screenshot({ path: path.join(SHOTS, "class-page.ko.png") });
  } finally {
    await context.close();
  }
});

test("the join page speaks the language its link asks for, else the phone's first the lesson speaks, else English", () => {
  assert.equal(joinLang("ko", "en-US"), "ko");
  assert.equal(joinLang(null, "ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7"), "ko");
  assert.equal(joinLang(null, "fr-FR,fr;q=0.9,ko;q=0.8,en;q=0.5"), "ko", "French is not spoken: the next one is");
  assert.equal(joinLang(null, "en;q=0.4, ko;q=0.6"), "ko", "by preference, not by order");
  assert.equal(joinLang(null, "ko;q=0, en"), "en", "q=0 means not this one");
  assert.equal(joinLang(null, undefined), "en");
  assert.equal(joinLang("fr", "ko"), "ko", "a language the lesson does not speak is passed over");
});

test(
  "on a phone, the join page draws the room's results as they arrive, in both languages",
  { skip: skipWithoutChromium },
  async () => {
    // A phone in the hall: a narrow screen, a touch, and the join address from the QR code.
    const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
    const token = presenter.session!.token;
    const host = presenter.join[0] ? new URL(presenter.join[0].url).host : `127.0.0.1:${presenter.port}`;
    for (const lang of ["en", "ko"] as const) {
      const before = presenter.session!.all.length;
      const context = await browser.newContext({ ...phone, locale: lang === "ko" ? "ko-KR" : "en-US" });
      try {
        const page = await context.newPage();
        const errors: string[] = [];
        page.on("pageerror", (error) => errors.push(error.message));
        const fetched = watchNetwork(context);
        await page.goto(`http://${host}/class/join?token=${token}`);
        assert.equal(await page.evaluate<string>("document.documentElement.lang"), lang, "the phone's own language");
        await until(page, `document.querySelector("[data-join-view]").dataset.results === "${before}"`, 10_000);
        // A machine in the room sends its race: the phone draws it within a few polls.
        const sent = await postJson(
          presenter.port,
          `/class/results?token=${token}`,
          report(4, "darwin", [0.2, 0.3, 0.25]),
        );
        assert.equal(sent.status, 201, sent.body);
        const now = presenter.session!.all;
        await until(page, `document.querySelector("[data-join-view]").dataset.results === "${now.length}"`, 15_000);
        const W = PHRASES[lang].classroom;
        const trials = now.reduce((sum, r) => sum + r.trials.length, 0);
        assert.equal(await page.locator(".jv-summary").innerText(), W.summary(now.length, trials, medianLost(now)));
        const drawn = await page.evaluate<number>(`(() => {
        const canvas = document.querySelector("[data-join-view] canvas");
        const { data } = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height);
        let drawn = 0;
        for (let i = 3; i < data.length; i += 4) if (data[i] > 0) drawn++;
        return drawn;
      })()`);
        assert.ok(drawn > 10_000, `the room's chart is blank: ${drawn} pixels`);
        const overflow = await page.evaluate<number>("document.documentElement.scrollWidth - innerWidth");
        assert.ok(overflow <= 0, `the page is ${overflow} px wider than the phone`);
        await page.locator("[data-join-view]").scrollIntoViewIfNeeded();
        await page.screenshot({
          path: path.join(SHOTS, `join-page.phone${lang === "en" ? "" : ".ko"}.png`),
          fullPage: true,
        });
        assert.deepEqual(errors, []);
        assert.deepEqual(
          fetched.filter((url) => !url.startsWith(`http://${host}/`)),
          [],
          "nothing fetched from anywhere but the presenter",
        );
      } finally {
        await context.close();
      }
    }
  },
);

/**
 * Waits until `expression` holds on the page, asking every 100 ms: the join page's policy
 * (script-src 'self') refuses the evaluated polling that waitForFunction injects.
 */
async function until(page: Page, expression: string, timeout: number): Promise<void> {
  const end = performance.now() + timeout;
  while (!(await page.evaluate<boolean>(expression))) {
    if (performance.now() > end) throw new Error(`not within ${timeout} ms: ${expression}`);
    await new Promise((wake) => setTimeout(wake, 100));
  }
}
