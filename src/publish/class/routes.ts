/**
 * The class session over HTTP: what students' machines may ask and send, and what only the
 * presenting machine may see.
 *
 * Students (any listener, every request rate-limited per address, the token required):
 *   GET  /class/join?token=T      the join page (a browser at the join address), &lang=en|ko
 *   GET  /class/join-view.js?token=T   its script, which draws the room's results
 *   GET  /class/params?token=T    the lecture's parameters, as JSON
 *   POST /class/results?token=T   one result, application/json, at most 8 KB (protocol.ts)
 *   GET  /class/results?token=T   the room's results so far (&after=ID: only those after it)
 * The presenting machine (the 127.0.0.1 listener only; elsewhere 403):
 *   GET  /class/                  the lecturer's page;  /class/class-view.js its script
 *   GET  /class/session           join addresses, QR codes, parameters
 *   GET  /class/events            Server-Sent Events: a snapshot, then each result as kept
 *   GET  /class/results           the room's results so far
 *
 * A refusal is one line with its status: 400 malformed, 401 no token, 403 wrong token or not
 * the presenting machine, 404, 405 (with Allow), 409 another race's parameters, 413 too large,
 * 415 not JSON, 429 too many requests (with Retry-After), 503 the session is full.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { checkLang } from "../../lesson/core/lang";
import { InputError } from "../../lesson/core/validate";
import { medianLost } from "./chart";
import { PAGE_POLICY, joinLang, joinPage, lecturerPage } from "./page";
import type { ClassSession } from "./session";
import { readJsonBody } from "../http/jsonBody";
import { CLASS_LIMITS, CLASS_PATHS, type Accepted, type KeptResult, type SessionInfo } from "./protocol";
import { RateLimiter } from "../http/rateLimit";
import { Refusal, sendBody, sendJson } from "../http/responses";
import { checkResultReport, describeParams, sameParams } from "./resultSchema";

/** What a route sees of a request. */
export interface ClassRequest {
  req: IncomingMessage;
  res: ServerResponse;
  /** The path, without the query. */
  path: string;
  query: URLSearchParams;
  /** Whether it came in on the presenting machine's own listener (127.0.0.1). */
  local: boolean;
  /** The client's address, for the rate limit. */
  client: string;
}

export interface ClassRoutesOptions {
  session: ClassSession;
  limiter: RateLimiter;
  /** The join addresses with their QR codes, shown on the lecturer's page. */
  info: () => SessionInfo;
  /** The lecturer's page's script (bundled at build time). */
  script: () => Buffer;
  /** The join page's script (bundled at build time). */
  joinScript: () => Buffer;
  /** The terminal line for each accepted result. */
  log: (line: string) => void;
}

/** Open Server-Sent Events streams, which the presenter ends when it stops. */
export const MAX_EVENT_STREAMS = 32;

type Handler = (r: ClassRequest) => Promise<void> | void;
interface Route {
  /** Who may ask: the presenting machine only, or students with the token. */
  who: "lecturer" | "student" | "either";
  methods: Partial<Record<"GET" | "HEAD" | "POST", Handler>>;
}

export class ClassRoutes {
  private readonly streams = new Set<ServerResponse>();
  private readonly routes: Record<string, Route>;

  constructor(private readonly options: ClassRoutesOptions) {
    const page: Handler = (r) => this.page(r);
    this.routes = {
      [CLASS_PATHS.page]: { who: "lecturer", methods: { GET: page, HEAD: page } },
      [CLASS_PATHS.script]: {
        who: "lecturer",
        methods: { GET: ({ res }) => sendBody(res, "text/javascript; charset=utf-8", options.script()) },
      },
      [CLASS_PATHS.session]: { who: "lecturer", methods: { GET: ({ res }) => sendJson(res, 200, options.info()) } },
      [CLASS_PATHS.events]: { who: "lecturer", methods: { GET: (r) => this.events(r) } },
      [CLASS_PATHS.join]: { who: "student", methods: { GET: (r) => this.join(r) } },
      [CLASS_PATHS.joinScript]: {
        who: "student",
        methods: { GET: ({ res }) => sendBody(res, "text/javascript; charset=utf-8", options.joinScript()) },
      },
      [CLASS_PATHS.params]: {
        who: "student",
        methods: { GET: ({ res }) => sendJson(res, 200, options.session.params) },
      },
      [CLASS_PATHS.results]: {
        who: "either",
        methods: {
          GET: (r) => this.results(r),
          POST: (r) => this.receive(r),
        },
      },
    };
  }

  /** Answers a request for a path under /class; throws a Refusal for the caller to send. */
  async handle(r: ClassRequest): Promise<void> {
    const { req, res, path, query, local, client } = r;
    if (path === "/class") {
      res.writeHead(301, { Location: CLASS_PATHS.page, "Content-Length": 0 });
      res.end();
      return;
    }
    const route = this.routes[path];
    if (!route) throw new Refusal(404, `no such class endpoint: ${path}`);
    const handler = route.methods[req.method as keyof Route["methods"]];
    if (!handler) {
      const allowed = Object.keys(route.methods).join(", ");
      throw new Refusal(405, `${path} answers ${allowed}, not ${req.method}`, { Allow: allowed });
    }
    // The presenting machine reads its own session freely; everyone else proves the token.
    const asLecturer = local && (route.who === "lecturer" || (route.who === "either" && req.method === "GET"));
    if (route.who === "lecturer" && !local) {
      throw new Refusal(403, `${path} opens only on the presenting machine, at 127.0.0.1`);
    }
    if (!asLecturer) {
      const verdict = this.options.limiter.take(client);
      if (!verdict.allowed) {
        throw new Refusal(429, `too many requests from ${client}; try again in ${verdict.retryAfterSeconds} s`, {
          "Retry-After": verdict.retryAfterSeconds,
        });
      }
      const token = this.options.session.checkToken(query.get("token"));
      if (token === "missing") {
        throw new Refusal(401, `${path} needs the session's token: use the join address the lecturer shows`, {
          "WWW-Authenticate": 'Token realm="class"',
        });
      }
      if (token === "wrong") {
        throw new Refusal(403, "that is not this session's token: use the join address the lecturer shows now");
      }
    }
    await handler(r);
  }

  /** Ends every open event stream (the presenter is stopping). */
  endStreams(): void {
    for (const res of this.streams) res.end();
    this.streams.clear();
  }

  private page({ res, query }: ClassRequest): void {
    let lang;
    try {
      lang = checkLang(query.get("lang") ?? "en", "lang");
    } catch (error) {
      throw new Refusal(400, (error as InputError).message);
    }
    sendBody(res, "text/html; charset=utf-8", lecturerPage(lang), { "Content-Security-Policy": PAGE_POLICY });
  }

  private join({ res, req, query }: ClassRequest): void {
    // The address this browser came in on, if it is one of ours; else the first one.
    const { join } = this.options.info();
    const url = (join.find((j) => new URL(j.url).host === req.headers.host) ?? join[0])?.url;
    if (!url) throw new Refusal(404, "this session has no join address: the presenting machine is on no network");
    const lang = joinLang(query.get("lang"), req.headers["accept-language"]);
    sendBody(res, "text/html; charset=utf-8", joinPage(url, this.options.session.token, lang), {
      "Content-Security-Policy": PAGE_POLICY,
      "Content-Language": lang,
      Vary: "Accept-Language",
    });
  }

  /** The room's results, or those after the id `after` names (a page that follows the room asks for what is new). */
  private results({ res, query }: ClassRequest): void {
    const after = query.get("after");
    let from = 0;
    if (after !== null) {
      from = Number(after);
      if (after === "" || !Number.isInteger(from) || from < 0) {
        throw new Refusal(400, `after must be a result's id, a whole number from 0, got ${JSON.stringify(after)}`);
      }
    }
    // Ids are given in order from 1, so the results after `from` are the tail of the list.
    sendJson(res, 200, { results: this.options.session.all.slice(from) });
  }

  private events({ req, res }: ClassRequest): void {
    if (this.streams.size >= MAX_EVENT_STREAMS) {
      throw new Refusal(503, `${MAX_EVENT_STREAMS} pages already follow this session; close one`);
    }
    res.writeHead(200, {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-store",
      Connection: "keep-alive",
    });
    const send = (event: string, data: unknown) => res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    send("snapshot", this.options.session.all);
    const stop = this.options.session.subscribe((result) => send("result", result));
    // A comment now and then, so a proxy or a sleeping laptop's network notices a dead stream.
    const heartbeat = setInterval(() => res.write(": still here\n\n"), 15_000);
    heartbeat.unref();
    this.streams.add(res);
    req.on("close", () => {
      stop();
      clearInterval(heartbeat);
      this.streams.delete(res);
    });
  }

  private async receive({ req, res }: ClassRequest): Promise<void> {
    const body = await readJsonBody(req, CLASS_LIMITS.bodyBytes);
    let report;
    try {
      report = checkResultReport(body);
    } catch (error) {
      if (error instanceof InputError) throw new Refusal(400, error.message);
      throw error;
    }
    const { session } = this.options;
    if (!sameParams(report.params, session.params)) {
      throw new Refusal(
        409,
        `this result ran ${describeParams(report.params)}; the lecture's race is ${describeParams(session.params)}: join again`,
      );
    }
    const kept = session.accept(report);
    if (kept === "full")
      throw new Refusal(503, `this session is full: it keeps at most ${CLASS_LIMITS.results} results`);
    this.options.log(joinedLine(kept));
    const accepted: Accepted = { id: kept.id, results: session.all.length };
    sendJson(res, 201, accepted);
  }
}

/** The presenter's terminal line for a result it kept. */
export function joinedLine(r: KeptResult): string {
  return (
    `present: #${r.id} joined: ${r.cores} cores, Node ${r.node}, ${r.platform}; ` +
    `${r.trials.length} trials, median lost ${(100 * medianLost([r])).toFixed(1)}%`
  );
}
