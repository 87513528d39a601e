// JupyterLab from the project's .venv, on a free port of 127.0.0.1, for the browser tests:
// no token, autosave off (running a notebook must never write its outputs back), settings
// and workspaces in a scratch folder, and every kernel shut down when it stops.
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { ROOT, VENV_JUPYTER, jupyterEnv } from "./jupyter";

export interface Lab {
  /** http://127.0.0.1:PORT */
  base: string;
  /** Opens a notebook path (relative to the root folder) in a workspace of its own: only its tab open. */
  url(notebook: string): string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export async function startLab(rootDir: string): Promise<Lab> {
  const scratch = mkdtempSync(path.join(tmpdir(), "lab-"));
  const settings = path.join(scratch, "settings", "@jupyterlab", "docmanager-extension");
  mkdirSync(settings, { recursive: true });
  writeFileSync(path.join(settings, "plugin.jupyterlab-settings"), JSON.stringify({ autosave: false }));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const lab = spawn(
    VENV_JUPYTER,
    [
      "lab",
      "--no-browser",
      "--allow-root",
      "--ip=127.0.0.1",
      `--port=${port}`,
      "--ServerApp.port_retries=0",
      "--IdentityProvider.token=",
      "--ServerApp.password=",
      `--ServerApp.root_dir=${rootDir}`,
      `--LabApp.user_settings_dir=${path.join(scratch, "settings")}`,
      `--LabApp.workspaces_dir=${path.join(scratch, "workspaces")}`,
    ],
    { cwd: ROOT, env: jupyterEnv(), stdio: ["ignore", "pipe", "pipe"] },
  );
  let log = "";
  lab.stdout?.on("data", (d) => (log += d));
  lab.stderr?.on("data", (d) => (log += d));

  const stop = async () => {
    if (lab.exitCode === null) {
      try {
        const kernels = (await (await fetch(`${base}/api/kernels`)).json()) as { id: string }[];
        await Promise.all(kernels.map((k) => fetch(`${base}/api/kernels/${k.id}`, { method: "DELETE" })));
      } catch {
        // the server is already gone
      }
      const exited = new Promise((resolve) => lab.once("exit", resolve));
      lab.kill("SIGTERM");
      const timer = setTimeout(() => lab.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(scratch, { recursive: true, force: true });
  };

  const deadline = Date.now() + 60_000;
  for (;;) {
    if (lab.exitCode !== null) throw new Error(`JupyterLab exited (${lab.exitCode}):\n${log}`);
    try {
      if ((await fetch(`${base}/api/status`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`JupyterLab did not answer within 60 s:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  const url = (notebook: string) =>
    `${base}/lab/workspaces/${notebook.replace(/\W+/g, "-")}/tree/${notebook.split("/").map(encodeURIComponent).join("/")}`;
  return { base, url, stop };
}
