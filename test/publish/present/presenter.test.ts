// The presenter without a class: the export's files, cross-origin isolated, and nothing else.
// Loopback only; every request answered within 10 s (helpers/present.ts).
import assert from "node:assert/strict";
import { symlinkSync } from "node:fs";
import path from "node:path";
import { after, before, test } from "node:test";
import { ISOLATION_HEADERS } from "../../../src/publish/site/isolation";
import { startPresenter, type Presenter } from "../../../src/publish/present/presenter";
import { checkExportFolder } from "../../../src/publish/present/staticFiles";
import { InputError } from "../../../src/lesson/core/validate";
import { SECRET, fakeExport, raw, type FakeExport, type RawAnswer } from "../../helpers/present";

let site: FakeExport;
let presenter: Presenter;

before(async () => {
  site = fakeExport();
  presenter = await startPresenter({ folder: checkExportFolder(site.folder), port: 0 });
});

after(async () => {
  await presenter.close();
  site.remove();
});

function assertIsolated(answer: RawAnswer, what: string): void {
  assert.equal(answer.headers["cross-origin-opener-policy"], "same-origin", what);
  assert.equal(answer.headers["cross-origin-embedder-policy"], "require-corp", what);
  assert.equal(answer.headers["cross-origin-resource-policy"], "same-origin", what);
}

test("listens on 127.0.0.1 only, at the port it reports", () => {
  assert.match(presenter.localUrl, /^http:\/\/127\.0\.0\.1:\d+\/$/);
  assert.ok(presenter.port > 0);
  assert.equal(presenter.session, null);
  assert.deepEqual(presenter.join, []);
});

test("without --class nothing listens beyond 127.0.0.1: another loopback address is refused", async () => {
  // A server bound to every address (0.0.0.0) would answer at 127.0.0.2 as well.
  await assert.rejects(
    raw({ host: "127.0.0.2", port: presenter.port, target: "/index.html" }),
    /ECONNREFUSED|EADDRNOTAVAIL|ENETUNREACH/,
  );
});

test("the export's pages come with the isolation headers, as do refusals", async () => {
  for (const target of ["/", "/index.html", "/ko/", "/01-the-race.slides.html"]) {
    const answer = await raw({ port: presenter.port, target });
    assert.equal(answer.status, 200, target);
    assert.match(String(answer.headers["content-type"]), /^text\/html/, target);
    assertIsolated(answer, target);
  }
  assert.match((await raw({ port: presenter.port, target: "/ko/" })).body, /차례/);
  const missing = await raw({ port: presenter.port, target: "/no-such-page.html" });
  assert.equal(missing.status, 404);
  assert.equal(missing.body, "no such file in the export\n");
  assertIsolated(missing, "a 404");
  assert.deepEqual(Object.keys(ISOLATION_HEADERS).slice(0, 3), [
    "Cross-Origin-Opener-Policy",
    "Cross-Origin-Embedder-Policy",
    "Cross-Origin-Resource-Policy",
  ]);
});

test("HEAD answers without a body; other methods on files are refused with Allow", async () => {
  const head = await raw({ port: presenter.port, method: "HEAD", target: "/index.html" });
  assert.equal(head.status, 200);
  assert.equal(head.body, "");
  for (const method of ["POST", "PUT", "DELETE"]) {
    const answer = await raw({ port: presenter.port, method, target: "/index.html", body: "x" });
    assert.equal(answer.status, 405, method);
    assert.equal(answer.headers.allow, "GET, HEAD");
    assert.equal(answer.body.split("\n").length, 2, "one line and its newline");
  }
});

test("no path leads outside the export: raw, encoded, double-encoded, backslashed or absolute", async () => {
  const targets = [
    "/../secret.txt",
    "/ko/../../secret.txt",
    "/%2e%2e/secret.txt",
    "/%2E%2E/secret.txt",
    "/%2e%2e%2fsecret.txt",
    "/..%2fsecret.txt",
    "/ko/%2e%2e/%2e%2e/secret.txt",
    "/%252e%252e/secret.txt",
    "/..%5csecret.txt",
    "/ko/..\\..\\secret.txt",
    `/${site.parent}/secret.txt`,
    `${site.parent}/secret.txt`,
    "//etc/passwd",
    "/etc/passwd",
    "/%00../secret.txt",
  ];
  for (const target of targets) {
    const answer = await raw({ port: presenter.port, target });
    assert.ok(answer.status === 404 || answer.status === 400, `${target}: ${answer.status}`);
    assert.ok(!answer.body.includes(SECRET), `${target} served the secret`);
    assert.ok(!answer.body.includes("root:"), `${target} served /etc/passwd`);
    assertIsolated(answer, target);
  }
  // A request target that is not a path at all (absolute-form, or the authority of CONNECT).
  for (const target of [`http://127.0.0.1:${presenter.port}/../secret.txt`, "*"]) {
    const answer = await raw({ port: presenter.port, target });
    assert.equal(answer.status, 400, target);
    assert.ok(!answer.body.includes(SECRET));
  }
  // And after all that, the presenter still serves.
  assert.equal((await raw({ port: presenter.port, target: "/index.html" })).status, 200);
});

test("a file that cannot be read after it was found cuts that request off, and the presenter goes on", async () => {
  // A Unix socket: it exists and is no folder, so the server finds it, and reading it fails,
  // as reading a file the export swapped away between stat and read would.
  const { createServer } = await import("node:net");
  const socketServer = createServer();
  await new Promise<void>((resolve) => socketServer.listen(path.join(site.folder, "gone.html"), resolve));
  try {
    await assert.rejects(raw({ port: presenter.port, target: "/gone.html" }), /socket hang up|ECONNRESET/);
    assert.equal((await raw({ port: presenter.port, target: "/index.html" })).status, 200);
  } finally {
    await new Promise((resolve) => socketServer.close(resolve));
  }
});

test("the class endpoints answer 404 in one line when no class session runs", async () => {
  const answer = await raw({ port: presenter.port, target: "/class/params?token=x" });
  assert.equal(answer.status, 404);
  assert.match(answer.body, /^no class session here: .*--class\n$/);
});

test("a folder holding a link that leads outside it is refused before anything is served", () => {
  const other = fakeExport();
  try {
    symlinkSync(path.join(other.parent, "secret.txt"), path.join(other.folder, "notes.txt"));
    assert.throws(
      () => checkExportFolder(other.folder),
      (error: unknown) =>
        error instanceof InputError &&
        /^--out ".*" holds a link that leads outside it \(notes\.txt -> /.test(error.message),
    );
  } finally {
    other.remove();
  }
});
