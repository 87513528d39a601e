/**
 * What every response of the presenter carries, and the shapes its answers take.
 *
 * The isolation headers (publish/site/isolation.ts) go on everything, files and errors alike:
 * the presenter sets them once, as a request comes in, before any handler answers it.
 */
import type { ServerResponse } from "node:http";
import { ISOLATION_HEADERS } from "../site/isolation";

export function setIsolationHeaders(res: ServerResponse): void {
  for (const [name, value] of Object.entries(ISOLATION_HEADERS)) res.setHeader(name, value);
}

/** A refusal (or any short answer): the status and one line of text saying why. */
export function sendLine(
  res: ServerResponse,
  status: number,
  line: string,
  headers: Record<string, string | number> = {},
): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const body = `${line.replace(/[\r\n]+/g, " ")}\n`;
  res.writeHead(status, {
    "Content-Type": "text/plain; charset=utf-8",
    "Content-Length": Buffer.byteLength(body),
    "Cache-Control": "no-store",
    ...headers,
  });
  res.end(body);
}

/** A JSON answer, never cached: the class session's state changes as results arrive. */
export function sendJson(res: ServerResponse, status: number, value: unknown): void {
  const body = `${JSON.stringify(value)}\n`;
  res.writeHead(status, {
    "Content-Type": "application/json; charset=utf-8",
    "Content-Length": Buffer.byteLength(body),
    "Cache-Control": "no-store",
  });
  res.end(body);
}

/** An answer of a given type (the class page, its script), never cached. */
export function sendBody(
  res: ServerResponse,
  type: string,
  body: string | Buffer,
  headers: Record<string, string> = {},
): void {
  res.writeHead(200, {
    "Content-Type": type,
    "Content-Length": Buffer.byteLength(body),
    "Cache-Control": "no-store",
    ...headers,
  });
  res.end(body);
}

/** A request the presenter will not serve: thrown by a handler, answered by sendLine. */
export class Refusal extends Error {
  constructor(
    readonly status: number,
    line: string,
    readonly headers: Record<string, string | number> = {},
  ) {
    super(line);
  }

  override get name(): string {
    return "Refusal";
  }
}
