// What the presenter's tests share: a small export folder made on the spot (with a secret
// beside it, which no request may read), and HTTP requests sent byte for byte as written,
// since fetch and URL would tidy a `../` away before it ever reached the server.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { EXPORT_MARK } from "../../src/publish/present/staticFiles";

/** The secret's content: a response that contains it was served from outside the export. */
export const SECRET = "the-secret-beside-the-export";

export interface FakeExport {
  /** The export folder. */
  folder: string;
  /** The folder holding it, and the secret beside it. */
  parent: string;
  remove(): void;
}

/** An export with a contents page, a Korean one and a deck, as `npm run export` lays them out. */
export function fakeExport(): FakeExport {
  const parent = mkdtempSync(path.join(tmpdir(), "present-"));
  const folder = path.join(parent, "export");
  mkdirSync(path.join(folder, "ko"), { recursive: true });
  writeFileSync(path.join(folder, "index.html"), "<!doctype html><title>contents</title>\n");
  writeFileSync(path.join(folder, "01-the-race.slides.html"), "<!doctype html><title>deck</title>\n");
  writeFileSync(path.join(folder, "ko", "index.html"), "<!doctype html><title>차례</title>\n");
  writeFileSync(path.join(folder, EXPORT_MARK), "[]\n");
  writeFileSync(path.join(parent, "secret.txt"), `${SECRET}\n`);
  return { folder, parent, remove: () => rmSync(parent, { recursive: true, force: true }) };
}

export interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export interface RawRequest {
  host?: string;
  port: number;
  method?: string;
  /** The request target exactly as it goes on the wire: "/../secret.txt" stays so. */
  target: string;
  headers?: Record<string, string | number>;
  body?: string | Buffer;
}

/** One request on a connection of its own, answered within 10 s or failed. */
export function raw(options: RawRequest): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: options.host ?? "127.0.0.1",
        port: options.port,
        method: options.method ?? "GET",
        path: options.target,
        headers: options.headers,
        agent: false,
        timeout: 10_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }),
        );
        res.on("error", reject);
      },
    );
    req.on("timeout", () =>
      req.destroy(new Error(`no answer to ${options.method ?? "GET"} ${options.target} in 10 s`)),
    );
    req.on("error", reject);
    req.end(options.body);
  });
}

/** A POST of a JSON document (or of text that claims to be one). */
export function postJson(port: number, target: string, body: unknown, host?: string): Promise<RawAnswer> {
  const text = typeof body === "string" ? body : JSON.stringify(body);
  return raw({
    host,
    port,
    method: "POST",
    target,
    headers: { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(text) },
    body: text,
  });
}
