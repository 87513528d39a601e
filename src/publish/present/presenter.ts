/**
 * The presenter: an export folder over HTTP, cross-origin isolated, and, with a class session,
 * the endpoints the room joins through (publish/class/routes.ts).
 *
 * It always listens on 127.0.0.1, which only this machine reaches; with a class session it
 * also listens on the network addresses it is given, on the same port. The listener a request
 * came in on says who may see what: the lecturer's page and its data only on 127.0.0.1.
 *
 * Whatever a client sends, the presenter keeps running: every handler's failure is answered
 * (one line, a status) and never escapes; slow clients are cut off by the server's timeouts;
 * Node's own parser answers requests it cannot read. Closing ends the event streams, lets
 * requests under way finish (for a few seconds at most), then writes the session's file a
 * last time.
 */
import { existsSync, readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import path from "node:path";
import { projectRoot } from "../../lesson/core/projectRoot";
import { ClassRoutes } from "../class/routes";
import { ClassSession } from "../class/session";
import { CLASS_PATHS, type ClassParams, type JoinAddress, type SessionInfo } from "../class/protocol";
import { qrSvgDataUri } from "../class/qr";
import { CLASS_RATE_LIMIT, RateLimiter, type RateLimitOptions } from "../http/rateLimit";
import { Refusal, sendLine, setIsolationHeaders } from "../http/responses";
import { staticFiles } from "./staticFiles";

export const LOCAL_HOST = "127.0.0.1";
/** The lecturer's page's script, bundled by `npm run build` (tools/buildBrowser.ts). */
export const CLASS_SCRIPT = path.join(projectRoot(), "dist", "browser", "class-view.js");
/** The join page's script, bundled with it. */
export const JOIN_SCRIPT = path.join(projectRoot(), "dist", "browser", "join-view.js");
/** How long closing waits for requests under way before it cuts them off. */
const CLOSE_GRACE_MS = 3_000;

export interface PresenterOptions {
  /** A checked export folder (staticFiles.ts, checkExportFolder). */
  folder: string;
  /** 0: any free port. */
  port: number;
  /** A class session, and the network addresses the room joins at. */
  class?: { params: ClassParams; hosts: readonly string[] };
  /** The terminal: a line for each accepted result, and for trouble. */
  log?: (line: string) => void;
  rateLimit?: RateLimitOptions;
}

export interface Presenter {
  readonly port: number;
  /** http://127.0.0.1:PORT/ */
  readonly localUrl: string;
  readonly session: ClassSession | null;
  /** The addresses students join at, with their QR codes (none without a class session). */
  readonly join: readonly JoinAddress[];
  /** Stops listening and writes the session's file a last time; safe to call twice. */
  close(): Promise<void>;
}

/** A port or an address the presenter could not listen on, said in one line. */
export class ListenError extends Error {
  override get name(): string {
    return "ListenError";
  }
}

function listen(server: Server, host: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const failed = (error: NodeJS.ErrnoException) => {
      const why =
        error.code === "EADDRINUSE"
          ? "is in use by another program; choose another with --port"
          : error.code === "EACCES"
            ? "needs privileges this user lacks; choose one above 1023 with --port"
            : error.code === "EADDRNOTAVAIL"
              ? "is not an address of this machine"
              : `could not be opened (${error.code ?? error.message})`;
      reject(new ListenError(`present: ${host}:${port} ${why}`));
    };
    server.once("error", failed);
    server.listen(port, host, () => {
      server.off("error", failed);
      resolve((server.address() as { port: number }).port);
    });
  });
}

function newServer(handler: (req: IncomingMessage, res: ServerResponse) => void): Server {
  const server = createServer(
    {
      // A client that drips its headers or body is cut off instead of holding a connection.
      headersTimeout: 10_000,
      requestTimeout: 15_000,
      keepAliveTimeout: 5_000,
      maxHeaderSize: 16_384,
    },
    handler,
  );
  server.maxHeadersCount = 64;
  return server;
}

export async function startPresenter(options: PresenterOptions): Promise<Presenter> {
  const log = options.log ?? (() => undefined);
  const serveFile = staticFiles(options.folder);
  let script: Buffer | null = null;
  let joinScript: Buffer | null = null;
  const missing = [CLASS_SCRIPT, JOIN_SCRIPT].find((file) => !existsSync(file));
  if (options.class && missing) {
    throw new ListenError(`present: the class pages' script is missing (${missing}); run: npm run build`);
  }

  const session = options.class
    ? await ClassSession.start({
        folder: options.folder,
        params: options.class.params,
        onWriteError: (error) => log(`present: could not write the session's results file: ${error.message}`),
      })
    : null;
  let join: JoinAddress[] = [];
  const info = (): SessionInfo => ({
    startedAt: session!.startedAt,
    params: session!.params,
    join,
    file: session!.relativeFile,
  });
  const routes = session
    ? new ClassRoutes({
        session,
        limiter: new RateLimiter(options.rateLimit ?? CLASS_RATE_LIMIT),
        info,
        script: () => (script ??= readFileSync(CLASS_SCRIPT)),
        joinScript: () => (joinScript ??= readFileSync(JOIN_SCRIPT)),
        log,
      })
    : null;

  const answer = (local: boolean) => async (req: IncomingMessage, res: ServerResponse) => {
    setIsolationHeaders(res);
    try {
      const target = req.url ?? "";
      if (!target.startsWith("/")) throw new Refusal(400, "the request must name a path, like /index.html");
      const mark = target.indexOf("?");
      const pathname = mark < 0 ? target : target.slice(0, mark);
      if (pathname === "/class" || pathname.startsWith("/class/")) {
        if (!routes)
          throw new Refusal(404, "no class session here: the lecturer starts one with npm run present -- --class");
        const query = new URLSearchParams(mark < 0 ? "" : target.slice(mark + 1));
        const client = req.socket.remoteAddress ?? "unknown";
        await routes.handle({ req, res, path: pathname, query, local, client });
        return;
      }
      if (req.method !== "GET" && req.method !== "HEAD") {
        throw new Refusal(405, `the export's files are read-only: GET or HEAD, not ${req.method}`, {
          Allow: "GET, HEAD",
        });
      }
      serveFile(req, res);
    } catch (error) {
      if (error instanceof Refusal) {
        sendLine(res, error.status, error.message, error.headers);
      } else {
        log(`present: a request to ${JSON.stringify(req.url)} failed: ${(error as Error).message}`);
        sendLine(res, 500, "the presenter could not answer this request; it keeps running");
      }
    }
  };
  // A request's answer turns every error into a response itself: the server has nothing to await.
  const handler = (local: boolean) => (req: IncomingMessage, res: ServerResponse) => void answer(local)(req, res);

  const servers: Server[] = [];
  let port: number;
  try {
    const local = newServer(handler(true));
    servers.push(local);
    port = await listen(local, LOCAL_HOST, options.port);
    for (const host of options.class?.hosts ?? []) {
      const server = newServer(handler(false));
      servers.push(server);
      await listen(server, host, port);
    }
  } catch (error) {
    await Promise.all(servers.map((s) => new Promise((done) => s.close(done))));
    await session?.end();
    throw error;
  }
  for (const server of servers) server.on("error", (error) => log(`present: ${error.message}`));

  if (session) {
    join = await Promise.all(
      options.class!.hosts.map(async (host) => {
        const url = `http://${host}:${port}${CLASS_PATHS.join}?token=${session.token}`;
        return { url, qr: await qrSvgDataUri(url) };
      }),
    );
  }

  let closing: Promise<void> | null = null;
  const close = () =>
    (closing ??= (async () => {
      routes?.endStreams();
      await Promise.all(
        servers.map(
          (server) =>
            new Promise<void>((done) => {
              const cut = setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS);
              server.close(() => {
                clearTimeout(cut);
                done();
              });
              server.closeIdleConnections();
            }),
        ),
      );
      await session?.end();
    })());

  return { port, localUrl: `http://${LOCAL_HOST}:${port}/`, session, join, close };
}
