// A static web host of the plainest kind for the browser tests: Python's own `python3 -m
// http.server` on 127.0.0.1 (any free port), which sends no isolation headers, as GitHub Pages,
// a university's server or an LMS's file area send none. It notes every path it is asked for.
import { spawn, type ChildProcess } from "node:child_process";

export interface StaticServer {
  /** http://127.0.0.1:PORT/ */
  url: string;
  /** How many times `path` ("/01-the-race.html") was asked for so far. */
  hits(path: string): number;
  close(): Promise<void>;
}

/** Serves `folder` until closed; fails within 10 s if Python does not start serving. */
export function startStaticServer(folder: string): Promise<StaticServer> {
  const child: ChildProcess = spawn(
    "python3",
    ["-u", "-m", "http.server", "0", "--bind", "127.0.0.1", "--directory", folder],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  const asked: string[] = [];
  // Its log, one line per request: 127.0.0.1 - - [date] "GET /path HTTP/1.1" 200 -
  child.stderr!.on("data", (chunk: Buffer) => {
    for (const [, path = ""] of String(chunk).matchAll(/"GET (\S+) HTTP\/[\d.]+"/g)) asked.push(path);
  });
  const close = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null || child.signalCode !== null) return done();
      child.once("exit", () => done());
      child.kill();
    });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void close();
      reject(new Error("python3 -m http.server did not start serving within 10 s"));
    }, 10_000);
    child.once("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    let seen = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      seen += String(chunk);
      const port = /port (\d+)/.exec(seen)?.[1];
      if (!port) return;
      clearTimeout(timer);
      resolve({
        url: `http://127.0.0.1:${port}/`,
        hits: (path) => asked.filter((p) => p === path).length,
        close,
      });
    });
  });
}
