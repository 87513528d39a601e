// A phone in the hall watches the room: Chromium at another network address than the
// presenter's (a network namespace of its own, joined to this machine by a veth pair, in a
// private test range), opens the join address as a phone that scanned the QR code would, and
// sees the room's chart update when a machine's result arrives, under the class session's
// own rate limit. The namespace and its link are made here and always removed, whatever
// happens; as root only (making a namespace needs it), and with iproute2's `ip`.
// Screenshots land in artifacts/present/, to be looked at.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { PHRASES } from "../../../src/lesson/narrate/phrases";
import { medianLost } from "../../../src/publish/class/chart";
import type { ClassParams, ResultReport } from "../../../src/publish/class/protocol";
import { startPresenter, type Presenter } from "../../../src/publish/present/presenter";
import { chromiumPath, launchChromium, skipWithoutChromium, type Browser, type Page } from "../../helpers/chromium";
import { ROOT } from "../../helpers/jupyter";
import { fakeExport, postJson, type FakeExport } from "../../helpers/present";

const SHOTS = path.join(ROOT, "artifacts", "present");
const PARAMS: ClassParams = { counter: "unsafe", threads: 5, howMany: 100_000, sensorWork: 60, trials: 3 };

/** The command `ip`, or undefined. */
function ipCommand(): string | undefined {
  try {
    return execFileSync("sh", ["-c", "command -v ip"], { encoding: "utf8" }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** Why this test cannot run here, or undefined. */
function whyNot(): string | undefined {
  if (skipWithoutChromium) return skipWithoutChromium;
  if (process.platform !== "linux") return "network namespaces are Linux's";
  if (process.getuid?.() !== 0) return "making a network namespace needs root (CI runs as root)";
  if (!ipCommand()) return "no `ip` on PATH: Debian's and Ubuntu's iproute2 package provides it";
  // A container may hold root back from making one: asked once, with a namespace made and removed.
  const probe = `lu-probe-${process.pid}`;
  try {
    execFileSync("ip", ["netns", "add", probe], { stdio: "ignore" });
    execFileSync("ip", ["netns", "del", probe], { stdio: "ignore" });
  } catch {
    return "this machine does not let root make a network namespace (a container without CAP_SYS_ADMIN?)";
  }
  return undefined;
}

/**
 * A network namespace with one address, joined to this machine by a veth pair: a /30 of the
 * private test range 10.200.0.0/16 that no interface here uses yet (this machine is .1, the
 * namespace .2). Never a real network's address.
 */
class OtherAddress {
  readonly name = `lu-join-${process.pid}`;
  readonly hostLink = `luh${process.pid % 100_000}`;
  readonly nsLink = `lun${process.pid % 100_000}`;
  host = "";
  peer = "";

  create(): void {
    const taken = execFileSync("ip", ["-o", "-4", "addr", "show"], { encoding: "utf8" });
    const third = Array.from({ length: 250 }, (_, i) => ((process.pid + i) % 250) + 1).find(
      (n) => !taken.includes(`10.200.${n}.`),
    );
    if (third === undefined) throw new Error("every 10.200.N.0/30 test network is in use here");
    this.host = `10.200.${third}.1`;
    this.peer = `10.200.${third}.2`;
    const ip = (...args: string[]) => execFileSync("ip", args, { stdio: ["ignore", "ignore", "pipe"] });
    ip("netns", "add", this.name);
    ip("link", "add", this.hostLink, "type", "veth", "peer", "name", this.nsLink);
    ip("link", "set", this.nsLink, "netns", this.name);
    ip("addr", "add", `${this.host}/30`, "dev", this.hostLink);
    ip("link", "set", this.hostLink, "up");
    ip("-n", this.name, "addr", "add", `${this.peer}/30`, "dev", this.nsLink);
    ip("-n", this.name, "link", "set", this.nsLink, "up");
    ip("-n", this.name, "link", "set", "lo", "up");
  }

  /** Removes the namespace (and the link's end in it) and this machine's end: every step tried. */
  remove(): string[] {
    const left: string[] = [];
    for (const args of [
      ["netns", "del", this.name],
      ["link", "del", this.hostLink],
    ]) {
      try {
        execFileSync("ip", args, { stdio: "ignore" });
      } catch {
        // Already gone: deleting one end of a veth pair deletes both.
      }
    }
    const links = execFileSync("ip", ["-o", "link", "show"], { encoding: "utf8" });
    if (links.includes(`${this.hostLink}@`) || links.includes(`${this.hostLink}:`)) left.push(this.hostLink);
    const spaces = execFileSync("ip", ["netns", "list"], { encoding: "utf8" });
    if (spaces.split("\n").some((line) => line.split(" ")[0] === this.name)) left.push(this.name);
    return left;
  }
}

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

/** Waits until `expression` holds, asking every 100 ms (the join page's policy refuses waitForFunction's polling). */
async function until(page: Page, expression: string, timeout: number): Promise<void> {
  const end = performance.now() + timeout;
  while (!(await page.evaluate<boolean>(expression))) {
    if (performance.now() > end) throw new Error(`not within ${timeout} ms: ${expression}`);
    await new Promise((wake) => setTimeout(wake, 100));
  }
}

describe("a phone at another address sees the room's chart update", { skip: whyNot() }, () => {
  const other = new OtherAddress();
  let site: FakeExport;
  let presenter: Presenter;
  let browser: Browser;
  let launcher: string;

  before(async () => {
    mkdirSync(SHOTS, { recursive: true });
    other.create();
    site = fakeExport();
    // Listening where the phone reaches it, with the class session's own rate limit.
    presenter = await startPresenter({ folder: site.folder, port: 0, class: { params: PARAMS, hosts: [other.host] } });
    // Chromium started inside the namespace: its only way out is the veth pair.
    launcher = path.join(mkdtempSync(path.join(tmpdir(), "netns-chromium-")), "chromium");
    writeFileSync(launcher, `#!/bin/sh\nexec ip netns exec ${other.name} ${chromiumPath()!} "$@"\n`);
    chmodSync(launcher, 0o755);
    browser = await launchChromium({ executablePath: launcher });
  });

  after(async () => {
    await browser?.close();
    await presenter?.close();
    site?.remove();
    if (launcher) rmSync(path.dirname(launcher), { recursive: true, force: true });
    assert.deepEqual(other.remove(), [], "the namespace and its link are gone");
  });

  test("the join page at the network address draws each result as it arrives, in the phone's language", async () => {
    const [address] = presenter.join;
    assert.ok(address, "the presenter gives a join address on the namespace's network");
    assert.equal(new URL(address.url).hostname, other.host);
    for (const lang of ["en", "ko"] as const) {
      const context = await browser.newContext({
        viewport: { width: 390, height: 844 },
        deviceScaleFactor: 2,
        isMobile: true,
        hasTouch: true,
        locale: lang === "ko" ? "ko-KR" : "en-US",
      });
      try {
        const page = await context.newPage();
        const errors: string[] = [];
        page.on("pageerror", (error) => errors.push(error.message));
        // This browser is not the presenting machine: the lecturer's page is refused it.
        await page.goto(`http://${other.host}:${presenter.port}/class/`);
        assert.match(await page.evaluate<string>("document.body.innerText"), /opens only on the presenting machine/);
        // Nor can it reach the presenter's own loopback: it is another machine on the network.
        const probe = await context.newPage();
        const loopback = await probe.goto(`http://127.0.0.1:${presenter.port}/`).then(
          () => "reached",
          () => "unreachable",
        );
        await probe.close();
        assert.equal(loopback, "unreachable");

        const before = presenter.session!.all.length;
        await page.goto(address.url);
        assert.equal(await page.evaluate<string>("document.documentElement.lang"), lang);
        await until(page, `document.querySelector("[data-join-view]")?.dataset.results === "${before}"`, 15_000);
        const sent = await postJson(
          presenter.port,
          `/class/results?token=${presenter.session!.token}`,
          report(lang === "en" ? 8 : 4, lang === "en" ? "linux" : "darwin", [0.6, 0.55, 0.7]),
        );
        assert.equal(sent.status, 201, sent.body);
        const now = presenter.session!.all;
        await until(page, `document.querySelector("[data-join-view]").dataset.results === "${now.length}"`, 15_000);
        const W = PHRASES[lang].classroom;
        const trials = now.reduce((sum, r) => sum + r.trials.length, 0);
        assert.equal(await page.locator(".jv-summary").innerText(), W.summary(now.length, trials, medianLost(now)));
        await page.screenshot({
          path: path.join(SHOTS, `join-page.other-address${lang === "en" ? "" : ".ko"}.png`),
          fullPage: true,
        });
        assert.deepEqual(errors, []);
      } finally {
        await context.close();
      }
    }
  });
});
