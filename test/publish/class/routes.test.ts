// The class session as a boundary, on loopback: a room of 200 machines joining at once, with
// bad requests among them, and every refusal's status and one line. Bounded: a few hundred
// requests in all, each answered within 10 s (helpers/present.ts).
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { runInNewContext } from "node:vm";
import { connect, type Socket } from "node:net";
import { after, before, test } from "node:test";
import { startPresenter, type Presenter } from "../../../src/publish/present/presenter";
import {
  CLASS_LIMITS,
  type ClassParams,
  type KeptResult,
  type ResultReport,
} from "../../../src/publish/class/protocol";
import { SESSION_FORMAT, type SessionDocument } from "../../../src/publish/class/session";
import { LAST_SESSION_GLOBAL, LAST_SESSION_SCRIPT } from "../../../src/publish/site/layout";
import { fakeExport, postJson, raw, type FakeExport, type RawAnswer } from "../../helpers/present";

const PARAMS: ClassParams = { counter: "unsafe", threads: 2, howMany: 1_000, sensorWork: 0, trials: 2 };

/** A result as a machine in the room would send it; `mark` (0 … 1,999) tells them apart. */
function report(mark: number, params: ClassParams = PARAMS): ResultReport {
  const expected = params.threads * params.howMany;
  return {
    cores: 1 + (mark % 16),
    node: "v22.11.0",
    platform: (["linux", "darwin", "win32"] as const)[(mark % 3) as 0 | 1 | 2],
    params,
    trials: Array.from({ length: params.trials }, (_, t) => ({
      lost: t === 0 ? mark : 0,
      expected,
      elapsedMs: 1.5,
      startSkewMs: 0.1,
      loopMs: 1.2,
    })),
  };
}

let site: FakeExport;
let presenter: Presenter;
let token: string;
const resultsPath = () => `/class/results?token=${token}`;

before(async () => {
  site = fakeExport();
  // Every simulated student comes from 127.0.0.1, so the per-address limit is lifted here;
  // its own test below holds one address to it.
  presenter = await startPresenter({
    folder: site.folder,
    port: 0,
    class: { params: PARAMS, hosts: [] },
    rateLimit: { burst: 100_000, perSecond: 1_000 },
  });
  token = presenter.session!.token;
});

after(async () => {
  await presenter.close();
  site.remove();
});

function assertOneLine(answer: RawAnswer, status: number, pattern: RegExp, what: string): void {
  assert.equal(answer.status, status, `${what}: ${answer.status} ${answer.body}`);
  assert.match(answer.body, pattern, what);
  assert.equal(answer.body.split("\n").length, 2, `${what}: one line and its newline`);
  assert.match(String(answer.headers["content-type"]), /^text\/plain/, what);
  assert.equal(answer.headers["cross-origin-embedder-policy"], "require-corp", what);
}

test("a refusal for each way a request can be wrong, with its status and one line", async () => {
  const port = presenter.port;
  const wrongToken = "0".repeat(26);
  const valid = report(7);
  const cases: [string, () => Promise<RawAnswer>, number, RegExp][] = [
    ["no token", () => postJson(port, "/class/results", valid), 401, /needs the session's token/],
    ["wrong token", () => postJson(port, `/class/results?token=${wrongToken}`, valid), 403, /not this session's token/],
    [
      "params, wrong token",
      () => raw({ port, target: `/class/params?token=${wrongToken}` }),
      403,
      /not this session's token/,
    ],
    ["malformed JSON", () => postJson(port, resultsPath(), '{"cores": 4,'), 400, /^the body is not JSON: /],
    [
      "not UTF-8",
      () =>
        raw({
          port,
          method: "POST",
          target: resultsPath(),
          headers: { "Content-Type": "application/json" },
          body: Buffer.from([0x7b, 0xff, 0x7d]),
        }),
      400,
      /^the body is not valid UTF-8\n$/,
    ],
    [
      "unknown field",
      () => postJson(port, resultsPath(), { ...valid, hostname: "alice-laptop" }),
      400,
      /unknown field "hostname"/,
    ],
    [
      "unknown field in a trial",
      () => postJson(port, resultsPath(), { ...valid, trials: valid.trials.map((t) => ({ ...t, user: "alice" })) }),
      400,
      /^trials\[0\] has an unknown field "user"/,
    ],
    [
      "missing field",
      () => postJson(port, resultsPath(), { ...valid, cores: undefined }),
      400,
      /^the result is missing cores\n$/,
    ],
    [
      "lost above expected",
      () => postJson(port, resultsPath(), report(2_001)),
      400,
      /^trials\[0\]\.lost must be an integer from 0 to 2,000/,
    ],
    ["a list, not an object", () => postJson(port, resultsPath(), [valid]), 400, /must be an object .* got a list/],
    [
      "another race",
      () => postJson(port, resultsPath(), report(1, { ...PARAMS, threads: 3 })),
      409,
      /the lecture's race is/,
    ],
    [
      "oversized",
      () => postJson(port, resultsPath(), { ...valid, pad: "x".repeat(CLASS_LIMITS.bodyBytes) }),
      413,
      /^the body must be at most 8,192 bytes\n$/,
    ],
    [
      "oversized, no Content-Length (chunked)",
      () =>
        raw({
          port,
          method: "POST",
          target: resultsPath(),
          headers: { "Content-Type": "application/json", "Transfer-Encoding": "chunked" },
          body: "x".repeat(CLASS_LIMITS.bodyBytes + 1),
        }),
      413,
      /^the body must be at most/,
    ],
    [
      "not JSON's type",
      () => raw({ port, method: "POST", target: resultsPath(), headers: { "Content-Type": "text/plain" }, body: "{}" }),
      415,
      /^the body must be application\/json/,
    ],
    [
      "wrong method",
      () => raw({ port, method: "DELETE", target: resultsPath() }),
      405,
      /answers GET, POST, not DELETE/,
    ],
    ["no such endpoint", () => raw({ port, target: `/class/admin?token=${token}` }), 404, /^no such class endpoint/],
  ];
  for (const [what, send, status, pattern] of cases) assertOneLine(await send(), status, pattern, what);
  // None of them was kept, and the presenter still answers.
  assert.equal(presenter.session!.all.length, 0);
  assert.equal((await raw({ port, target: "/index.html" })).status, 200);
});

test("200 machines join at once, bad requests among them: each valid result kept exactly once", async () => {
  const port = presenter.port;
  const before = presenter.session!.all.length;
  const students = Array.from({ length: 200 }, async (_, i) => {
    const params = await raw({ port, target: `/class/params?token=${token}` });
    assert.equal(params.status, 200);
    assert.deepEqual(JSON.parse(params.body), PARAMS);
    const answer = await postJson(port, resultsPath(), report(i));
    assert.equal(answer.status, 201, answer.body);
    return JSON.parse(answer.body) as { id: number; results: number };
  });
  const intruders = Array.from({ length: 40 }, (_, i) => {
    const bad: [() => Promise<RawAnswer>, number][] = [
      [() => postJson(port, "/class/results?token=wrong", report(i)), 403],
      [() => postJson(port, resultsPath(), "{not json"), 400],
      [() => postJson(port, resultsPath(), { ...report(i), extra: 1 }), 400],
      [() => postJson(port, resultsPath(), { ...report(i), pad: "y".repeat(20_000) }), 413],
    ];
    const [send, status] = bad[i % bad.length]!; // i % 4 is an index of bad
    return send().then((answer) => assert.equal(answer.status, status, answer.body));
  });
  const [accepted] = await Promise.all([Promise.all(students), Promise.all(intruders)]);

  const ids = accepted.map((a) => a.id).sort((a, b) => a - b);
  assert.deepEqual(
    ids,
    Array.from({ length: 200 }, (_, i) => before + i + 1),
    "ids 1 … 200, each once",
  );
  const listed = await raw({ port, target: "/class/results" });
  const results = (JSON.parse(listed.body) as { results: KeptResult[] }).results;
  assert.equal(results.length, before + 200);
  const marks = results
    .slice(before)
    .map((r) => r.trials[0]!.lost) // the session accepts only PARAMS.trials (2) trials a result
    .sort((a, b) => a - b);
  assert.deepEqual(
    marks,
    Array.from({ length: 200 }, (_, i) => i),
    "every machine's result, none twice",
  );

  // On disk, after the writes under way: valid JSON holding the same results.
  await presenter.session!.save();
  const file = JSON.parse(readFileSync(presenter.session!.file, "utf8")) as SessionDocument;
  assert.equal(file.format, SESSION_FORMAT);
  assert.deepEqual(file.params, PARAMS);
  assert.deepEqual(file.results, results);
  assert.ok(!JSON.stringify(file).includes(token), "the token is not in the file");
  // Beside it, the same document as the script a class slide loads (site/layout.ts), token-free too.
  const script = readFileSync(path.join(path.dirname(presenter.session!.file), LAST_SESSION_SCRIPT), "utf8");
  const page: Record<string, unknown> = {};
  runInNewContext(script, { self: page });
  // (Made in another context, its objects have that context's prototypes: compared as JSON.)
  assert.equal(JSON.stringify(page[LAST_SESSION_GLOBAL]), JSON.stringify(presenter.session!.document()));
  assert.ok(!script.includes(token), "the token is not in the script");

  // A page that follows the room asks for what is new: the results after a given id.
  const tail = JSON.parse((await raw({ port, target: `${resultsPath()}&after=195` })).body) as {
    results: KeptResult[];
  };
  assert.deepEqual(
    tail.results.map((r) => r.id),
    [196, 197, 198, 199, 200],
  );
  const none = JSON.parse((await raw({ port, target: `${resultsPath()}&after=200` })).body) as {
    results: KeptResult[];
  };
  assert.deepEqual(none.results, []);
  for (const after of ["", "-1", "1.5", "x"]) {
    assertOneLine(
      await raw({ port, target: `${resultsPath()}&after=${after}` }),
      400,
      /after must be a result's id/,
      `after=${after}`,
    );
  }

  // And the presenter still answers, files and class alike.
  assert.equal((await raw({ port, target: "/index.html" })).status, 200);
  assert.equal((await raw({ port, target: `/class/params?token=${token}` })).status, 200);
});

test("bytes that are not HTTP get Node's 400 and the presenter keeps answering", async () => {
  const answer = await new Promise<string>((resolve, reject) => {
    const socket: Socket = connect(presenter.port, "127.0.0.1", () => socket.end("\x00\x01 not http at all\r\n\r\n"));
    let text = "";
    socket.setTimeout(10_000, () => socket.destroy(new Error("no answer in 10 s")));
    socket.on("data", (chunk: Buffer) => (text += chunk.toString("latin1")));
    socket.on("close", () => resolve(text));
    socket.on("error", reject);
  });
  assert.match(answer, /^HTTP\/1\.1 400 /);
  assert.equal((await raw({ port: presenter.port, target: `/class/params?token=${token}` })).status, 200);
});

test("the lecturer's page and its live feed: isolated, and a result appears on the feed as kept", async () => {
  const page = await raw({ port: presenter.port, target: "/class/" });
  assert.equal(page.status, 200);
  assert.match(page.body, /data-class-view/);
  assert.equal(page.headers["cross-origin-opener-policy"], "same-origin");
  assert.match(String(page.headers["content-security-policy"]), /default-src 'none'/);
  const script = await raw({ port: presenter.port, target: "/class/class-view.js" });
  assert.equal(script.status, 200);
  assert.match(String(script.headers["content-type"]), /^text\/javascript/);

  const { request } = await import("node:http");
  const feed = await new Promise<string>((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port: presenter.port, path: "/class/events", agent: false }, (res) => {
      let text = "";
      res.on("data", (chunk: Buffer) => {
        text += chunk.toString();
        if (text.includes("event: snapshot") && !text.includes("event: result")) {
          void postJson(presenter.port, resultsPath(), report(1_999));
        }
        if (text.includes("event: result")) {
          req.destroy();
          resolve(text);
        }
      });
    });
    req.setTimeout(10_000, () => req.destroy(new Error("no event in 10 s")));
    req.on("error", reject);
    req.end();
  });
  const data = /event: result\ndata: (.*)\n/.exec(feed)?.[1];
  assert.ok(data, feed);
  const result = JSON.parse(data) as KeptResult;
  assert.equal(result.trials[0]?.lost, 1_999);
});

test("each address is held to the rate limit: 429 with Retry-After, and the rest go on", async () => {
  const other = fakeExport();
  const limited = await startPresenter({
    folder: other.folder,
    port: 0,
    class: { params: PARAMS, hosts: [] },
    rateLimit: { burst: 3, perSecond: 0.01 },
  });
  try {
    const target = `/class/params?token=${limited.session!.token}`;
    for (let i = 0; i < 3; i++) assert.equal((await raw({ port: limited.port, target })).status, 200);
    const refused = await raw({ port: limited.port, target });
    assertOneLine(refused, 429, /^too many requests from 127\.0\.0\.1; try again in \d+ s\n$/, "the fourth");
    assert.ok(Number(refused.headers["retry-after"]) >= 1);
    // The lecturer's own machine reads its session unlimited, and the files are served.
    assert.equal((await raw({ port: limited.port, target: "/class/results" })).status, 200);
    assert.equal((await raw({ port: limited.port, target: "/index.html" })).status, 200);
  } finally {
    await limited.close();
    other.remove();
  }
});

test("on the network listener the lecturer's endpoints are refused; students with the token are served", async (t) => {
  const other = fakeExport();
  // 127.0.0.2 stands for the room's network: loopback on Linux, where CI runs.
  let room: Presenter;
  try {
    room = await startPresenter({ folder: other.folder, port: 0, class: { params: PARAMS, hosts: ["127.0.0.2"] } });
  } catch (error) {
    other.remove();
    if (/is not an address of this machine/.test((error as Error).message)) return t.skip("no 127.0.0.2 here");
    throw error;
  }
  try {
    const host = "127.0.0.2";
    const token = room.session!.token;
    const lastSession = path.join(other.folder, "class-sessions", LAST_SESSION_SCRIPT);
    assert.equal(existsSync(lastSession), false, "a session with no result yet leaves the last room's script alone");
    assert.equal(room.join.length, 1);
    const [address] = room.join;
    assert.ok(address);
    assert.equal(address.url, `http://127.0.0.2:${room.port}/class/join?token=${token}`);
    assert.match(address.qr, /^data:image\/svg\+xml;base64,/);
    for (const target of ["/class/", "/class/session", "/class/events", "/class/class-view.js"]) {
      const answer = await raw({ host, port: room.port, target });
      assertOneLine(answer, 403, /opens only on the presenting machine, at 127\.0\.0\.1\n$/, target);
    }
    // The room's results are for students too, but only with the token.
    assertOneLine(
      await raw({ host, port: room.port, target: "/class/results" }),
      401,
      /needs the session's token/,
      "results",
    );
    assert.equal((await raw({ host, port: room.port, target: `/class/params?token=${token}` })).status, 200);
    const join = await raw({ host, port: room.port, target: `/class/join?token=${token}` });
    assert.equal(join.status, 200);
    assert.match(join.body, /npm run race -- --join http:\/\/127\.0\.0\.2:\d+\/class\/join\?token=/);
    assert.equal((await postJson(room.port, `/class/results?token=${token}`, report(3), host)).status, 201);
    // The join page draws the room: its script, with the token, and the results it follows.
    assert.equal((await raw({ host, port: room.port, target: "/class/join-view.js" })).status, 401);
    const script = await raw({ host, port: room.port, target: `/class/join-view.js?token=${token}` });
    assert.equal(script.status, 200);
    assert.match(String(script.headers["content-type"]), /^text\/javascript/);
    assert.match(join.body, new RegExp(`<script src="/class/join-view.js\\?token=${token}&amp;lang=en">`));
    // In the phone's own language when the lesson speaks it, with a link to the other.
    const korean = await raw({
      host,
      port: room.port,
      target: `/class/join?token=${token}`,
      headers: { "Accept-Language": "ko-KR,ko;q=0.9,en-US;q=0.8" },
    });
    assert.match(korean.body, /<html lang="ko">/);
    assert.equal(korean.headers["content-language"], "ko");
    assert.match(korean.body, /hreflang="en"/);
    await room.session!.save();
    assert.equal(existsSync(lastSession), true, "with a result, the session is the last room");
  } finally {
    await room.close();
    other.remove();
  }
});
