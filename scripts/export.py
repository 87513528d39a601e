"""Execute every lesson notebook on the tslab kernel, once, and export two views of each run:
a page (NN-name.html) and a reveal.js deck (NN-name.slides.html).

    npm run export -- [--out DIR] [--notebooks DIR] [--lang en|ko] [--jobs N] [--timeout SECONDS]
                      [--threads 8 --how-many 1000000 ...]

Every decision about the export is TypeScript's (src/publish/export/). First
`node dist/src/publish/export/plan.js` checks every flag (an unknown parameter, a bad value or a
flag without a value exits 2 with one line, and nothing runs or is written) and plans the
editions, every file's path and link, and the order the notebooks run in. Accepted overrides
reach the kernels as environment variables (--how-many 20000 -> HOW_MANY=20000), which the
notebooks' parameters cells read. After the runs, `node dist/src/publish/export/stage.js` makes
each run's page and deck views and everything else in the folder, and names the files to render.

This script does only what Python must: it starts the kernels and executes the notebooks,
renders each view through nbconvert and the templates in jupyter/templates, and swaps folders.
Nothing loads from the network.

Safe: everything is built in DIR.partial-<pid> beside DIR, which replaces DIR only when every
notebook succeeded. When one fails (a cell error, or any stderr output: tslab reports errors
there), DIR is left as it was and the attempt is kept in DIR.failed for inspection.
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import subprocess
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:  # imported for real by load_jupyter(), once the plan is checked
    import nbformat
    from jupyter_client.manager import AsyncKernelManager
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError, CellTimeoutError
    from nbconvert import HTMLExporter, SlidesExporter
    from nbformat import NotebookNode

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = ROOT / "jupyter" / "templates"
PLANNER = ROOT / "dist" / "src" / "publish" / "export" / "plan.js"
STAGER = ROOT / "dist" / "src" / "publish" / "export" / "stage.js"
# Slide size: a 16:9 projector.
SLIDE_WIDTH, SLIDE_HEIGHT = 1280, 720


# --- The plan (src/publish/export/plan.ts) ---------------------------------------------
# The plan is TypeScript's; this script reads the few fields it acts on and hands the plan back
# to stage.js unchanged.
Plan = dict[str, Any]


def say(text: str, file: TextIO = sys.stdout) -> None:
    print(text, file=file, flush=True)


def plan_export(argv: list[str]) -> Plan:
    """The checked plan, or exit 2 with its one line (exit 1 when the machine lacks something)."""
    if not PLANNER.exists():
        sys.exit(f"export: {PLANNER.relative_to(ROOT)} is missing; run: npm run build")
    run = subprocess.run(["node", str(PLANNER), *argv], capture_output=True, text=True, encoding="utf-8")
    if run.returncode in (1, 2) and run.stderr.startswith("export: "):
        print(run.stderr.strip(), file=sys.stderr)
        sys.exit(run.returncode)
    if run.returncode != 0:
        sys.exit(f"export: checking the options failed:\n{run.stderr}")
    plan: Plan = json.loads(run.stdout)
    return plan


def node_step(script: Path, request: Any) -> Any:
    """Runs one of the export's TypeScript steps with `request` as JSON on stdin; its JSON answer."""
    run = subprocess.run(
        ["node", str(script)], input=json.dumps(request), capture_output=True, text=True, encoding="utf-8"
    )
    if run.returncode != 0:
        raise RuntimeError(f"export: {script.relative_to(ROOT)} failed:\n{run.stderr}")
    return json.loads(run.stdout)


def load_jupyter() -> None:
    """Imports nbformat, nbclient and nbconvert (about 2-4 s), after the plan is checked: a
    refused flag is told in the time it takes node to check it, not after these imports."""
    global nbformat, NotebookClient, CellExecutionError, CellTimeoutError, HTMLExporter, SlidesExporter
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError, CellTimeoutError
    from nbconvert import HTMLExporter, SlidesExporter


# --- Running the notebooks -----------------------------------------------------------------


def problems_in(nb: NotebookNode) -> list[str]:
    """Stderr text and error outputs, which tslab and Node use to report failures."""
    found = []
    for index, cell in enumerate(nb.cells):
        for output in cell.get("outputs", []):
            if output.output_type == "stream" and output.name == "stderr":
                found.append(f"cell {index}: stderr: {output.text.strip()}")
            elif output.output_type == "error":
                found.append(f"cell {index}: {output.ename}: {output.evalue}")
    return found


def notebook_client(path: Path, timeout: int, km: Any = None) -> NotebookClient:
    nb = nbformat.read(path, as_version=4)
    return NotebookClient(
        nb,
        km=km,
        kernel_name="tslab",
        # One output per stream, not one per console.log: pages and slides show a block of lines.
        coalesce_streams=True,
        timeout=timeout,
        # The kernel's working directory is the notebook's folder, as in JupyterLab,
        # and notebooks import the compiled project by its package name, "lost-updates".
        resources={"metadata": {"path": str(path.parent)}},
    )


async def start_kernel(client: NotebookClient) -> None:
    """Starts a kernel ahead of its turn; the notebooks that share it run on it, then stop_kernel ends it."""
    client.km = client.create_kernel_manager()
    await client.async_start_new_kernel()
    await client.async_start_new_kernel_client()


async def stop_kernel(client: NotebookClient) -> None:
    """Shuts down a kernel that was started (whether or not its notebooks ran)."""
    km: AsyncKernelManager | None = client.km  # type: ignore[assignment]  # nbclient makes async managers
    if km is not None and km.has_kernel:
        await km.shutdown_kernel(now=True)
    if client.kc is not None:
        client.kc.stop_channels()


@dataclass
class Run:
    """One notebook's run: the executed notebook, how long it took, what went wrong."""

    nb: NotebookNode
    seconds: float
    problems: list[str] = field(default_factory=list)


async def execute(client: NotebookClient, timeout: int) -> Run:
    nb = client.nb
    started = time.monotonic()
    error = None
    try:
        # The kernel outlives this notebook: its other editions run on it next (see run_all).
        await client.async_execute(cleanup_kc=False)
    except CellTimeoutError as exc:
        error = f"a cell ran longer than {timeout} s: {str(exc).splitlines()[0]}"
    except CellExecutionError as exc:
        error = str(exc).strip()
    seconds = time.monotonic() - started
    problems = problems_in(nb)
    if error and not problems:
        problems.append(error)
    return Run(nb, seconds, problems)


async def run_all(plan: Plan) -> tuple[dict[int, Run], float]:
    """Runs the plan's notebooks: one kernel per group of plan["kernels"], in turn.

    A group is a notebook's editions: the Korean 01 runs in the kernel the English 01 ran in,
    right after it, with every cell run again (tslab lets a cell declare what an earlier cell
    declared), which saves a kernel start and the first compile of the lesson's types. Every
    kernel starts first, two at a time (a tslab kernel takes about 1.5 s of a core to load
    TypeScript), and waits idle for its notebooks: the starts overlap each other instead of
    adding up, and none of them runs beside a notebook's race.
    """
    entries, timeout = plan["entries"], plan["timeout"]
    holders = [notebook_client(Path(entries[group[0]]["source"]), timeout) for group in plan["kernels"]]
    starting = asyncio.Semaphore(2)

    async def start(client: NotebookClient) -> None:
        async with starting:
            await start_kernel(client)

    started = time.monotonic()
    try:
        await asyncio.gather(*(start(client) for client in holders))
    except BaseException:
        await asyncio.gather(*(stop_kernel(client) for client in holders), return_exceptions=True)
        raise
    kernels_started = time.monotonic() - started

    gate = asyncio.Semaphore(plan["jobs"])
    runs: dict[int, Run] = {}

    async def run_group(holder: NotebookClient, group: list[int]) -> None:
        async with gate:
            for index in group:
                entry = entries[index]
                client = holder
                if index != group[0]:
                    # The next edition on the same kernel, through the same client channels.
                    client = notebook_client(Path(entry["source"]), timeout, km=holder.km)
                    client.kc = holder.kc
                run = runs[index] = await execute(client, timeout)
                status = "FAILED" if run.problems else "ok"
                say(f"export: {entry['edition']:<3} {entry['notebook']:<40} {run.seconds:6.1f} s  {status}")
        await stop_kernel(holder)

    try:
        await asyncio.gather(*(run_group(h, g) for h, g in zip(holders, plan["kernels"])))
    finally:  # a kernel whose notebooks never ran (an export that broke off) goes too
        await asyncio.gather(*(stop_kernel(client) for client in holders), return_exceptions=True)
    return runs, kernels_started


# --- Rendering: each view through nbconvert and the lesson's templates ---------------------


class Views:
    """The page and deck exporters, made once per process (their templates load once)."""

    def __init__(self) -> None:
        common: dict[str, Any] = dict(
            extra_template_basedirs=[str(TEMPLATES)],
            exclude_input_prompt=True,
            exclude_output_prompt=True,
        )
        self.page = HTMLExporter(template_name="lesson", **common)
        self.deck = SlidesExporter(
            template_name="lesson-slides",
            reveal_width=str(SLIDE_WIDTH),
            reveal_height=str(SLIDE_HEIGHT),
            reveal_theme="white",
            reveal_transition="none",
            **common,
        )

    def render(self, job: dict[str, Any]) -> str:
        exporter = self.page if job["template"] == "page" else self.deck
        exporter.language_code = job["lang"]
        self.deck.reveal_url_prefix = job["reveal"]
        view = nbformat.read(job["view"], as_version=4)
        html, _ = exporter.from_notebook_node(view, resources={"lesson": job["lesson"]})
        return str(html)


_views: Views | None = None


def render_file(job: dict[str, Any]) -> None:
    """Writes one view's HTML where the job says; runs in a process of a pool."""
    global _views
    if _views is None:
        load_jupyter()
        _views = Views()
    target = Path(job["target"])
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(_views.render(job), encoding="utf-8")


async def render_all(plan: Plan, runs: dict[int, Run], stage: Path) -> None:
    """The executed notebooks into the stage, the rest of the folder from stage.js, then every
    page and deck, two processes at once (nothing else needs the cores now)."""
    for index, run in runs.items():
        target = stage / plan["entries"][index]["ipynb"]
        target.parent.mkdir(parents=True, exist_ok=True)
        nbformat.write(run.nb, target)
    outcomes = [{"seconds": runs[i].seconds, "problems": runs[i].problems} for i in range(len(plan["entries"]))]
    jobs = node_step(STAGER, {"plan": plan, "stage": str(stage), "runs": outcomes})
    loop = asyncio.get_running_loop()
    with ProcessPoolExecutor(max_workers=2) as pool:
        await asyncio.gather(*(loop.run_in_executor(pool, render_file, job) for job in jobs))
    shutil.rmtree(stage / ".views")


# --- The export folder: built beside the target, swapped in when all went well ------------


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_leftovers(out: Path) -> None:
    """Folders of earlier exports that were killed before they could clean up."""
    for leftover in out.parent.glob(f"{out.name}.partial-*"):
        pid = leftover.name.rsplit("-", 1)[-1]
        if pid.isdigit() and not alive(int(pid)):
            shutil.rmtree(leftover, ignore_errors=True)
    # Killed between replace_folder's two renames: the previous export waits under .old-<pid>.
    for old in out.parent.glob(f"{out.name}.old-*"):
        pid = old.name.rsplit("-", 1)[-1]
        if pid.isdigit() and not alive(int(pid)):
            if out.exists():
                shutil.rmtree(old, ignore_errors=True)
            else:
                os.rename(old, out)


def replace_folder(new: Path, out: Path) -> None:
    """Puts `new` where `out` is, two renames apart; the old export is removed only after."""
    old = out.with_name(f"{out.name}.old-{os.getpid()}")
    if out.exists():
        os.rename(out, old)
    try:
        os.rename(new, out)
    except BaseException:
        if old.exists():
            os.rename(old, out)
        raise
    shutil.rmtree(old, ignore_errors=True)


async def main(argv: list[str]) -> None:
    plan = plan_export(argv)
    load_jupyter()
    out = Path(plan["out"])
    # Kernels inherit this environment: the checked overrides, and our kernel spec first,
    # before any user-level "tslab" spec elsewhere on the machine.
    for override in plan["overrides"]:
        os.environ[override["env"]] = override["value"]
        say(f"export: {override['flag']} {override['value']}  ({override['env']}={override['value']})")
    os.environ["JUPYTER_PATH"] = os.pathsep.join(
        filter(None, [str(ROOT / ".venv" / "share" / "jupyter"), os.environ.get("JUPYTER_PATH")])
    )
    for lang in plan["dropped"]:
        say(f"export: the {lang} edition in {out} is incomplete and is left out; export it again with --lang {lang}")

    remove_leftovers(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    stage = out.with_name(f"{out.name}.partial-{os.getpid()}")
    shutil.rmtree(stage, ignore_errors=True)
    stage.mkdir()
    try:
        started = time.monotonic()
        runs, kernels_started = await run_all(plan)
        rendered = time.monotonic()
        await render_all(plan, runs, stage)
        rendering = time.monotonic() - rendered
        total = time.monotonic() - started
    except BaseException:
        shutil.rmtree(stage, ignore_errors=True)
        raise

    entries = plan["entries"]
    failed = [(entries[i], run) for i, run in runs.items() if run.problems]
    langs = ", ".join(dict.fromkeys(e["edition"] for e in entries))
    running = sum(run.seconds for run in runs.values())
    count = f"{len(entries)} notebook{'s' if len(entries) != 1 else ''}"
    say(
        f"export: {count} ({langs}) in {total:.1f} s: kernels started {kernels_started:.1f} s, "
        f"running {running:.1f} s, pages and decks {rendering:.1f} s"
    )
    if failed:
        for entry, run in failed:
            say(f"\nexport: {entry['edition']} {entry['notebook']} failed:", file=sys.stderr)
            for problem in run.problems:
                say("  " + problem.replace("\n", "\n  "), file=sys.stderr)
        kept_at = out.with_name(f"{out.name}.failed")
        shutil.rmtree(kept_at, ignore_errors=True)
        os.rename(stage, kept_at)
        names = ", ".join(entry["ipynb"] for entry, _ in failed)
        state = f"{out} is unchanged" if out.exists() else f"{out} was not created"
        say(
            f"\nexport: failed: {names}; {state}; this attempt's executed notebooks and pages are in {kept_at}",
            file=sys.stderr,
        )
        sys.exit(1)
    replace_folder(stage, out)
    shutil.rmtree(out.with_name(f"{out.name}.failed"), ignore_errors=True)
    say(f"export: -> {out / 'index.html'}")


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1:]))
