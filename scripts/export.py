"""Execute every lesson notebook on the tslab kernel, once, and export two views of each run:
a page (NN-name.html) and a reveal.js deck (NN-name.slides.html).

    npm run export -- [--out DIR] [--notebooks DIR] [--lang en|ko] [--jobs N] [--timeout SECONDS]
                      [--threads 8 --how-many 1000000 ...]

Everything about the export is decided first by `node dist/src/publish/export/plan.js`
(src/publish/export/plan.ts): it checks every flag (an unknown parameter, a bad value or a flag
without a value exits 2 with one line, and nothing runs or is written), and plans the editions,
every file's path, each page's and deck's navigation and twin links, the contents page, what a
one-edition export keeps, and the order the notebooks run in. Accepted overrides reach the
kernels as environment variables (--how-many 20000 -> HOW_MANY=20000), which the notebooks'
parameters cells read.

This script carries the plan out: it executes the notebooks, renders each run through the
templates in jupyter/templates (a page, a deck, and the contents page), and swaps folders.
Nothing loads from the network.

Safe: everything is built in DIR.partial-<pid> beside DIR, which replaces DIR only when every
notebook succeeded. When one fails (a cell error, or any stderr output: tslab reports errors
there), DIR is left as it was and the attempt is kept in DIR.failed for inspection.
"""

from __future__ import annotations

import asyncio
import base64
import copy
import json
import os
import re
import shutil
import subprocess
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO, TypedDict

if TYPE_CHECKING:  # imported for real by load_jupyter(), once the plan is checked
    import nbformat
    from jupyter_client.manager import AsyncKernelManager
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError, CellTimeoutError
    from nbconvert import HTMLExporter, SlidesExporter
    from nbformat import NotebookNode
    from traitlets.config import Config

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = ROOT / "jupyter" / "templates"
PLANNER = ROOT / "dist" / "src" / "publish" / "export" / "plan.js"
# Slide size: a 16:9 projector.
SLIDE_WIDTH, SLIDE_HEIGHT = 1280, 720


# --- The plan (src/publish/export/plan.ts) ------------------------------------------------


class Override(TypedDict):
    flag: str
    env: str
    value: str


class PageEntry(TypedDict):
    edition: str
    notebook: str
    title: str
    html: str
    slides: str
    ipynb: str


class ExportEntry(PageEntry):
    source: str
    reveal: str
    navigation: dict[str, Any]


class ManifestSlot(TypedDict):
    run: int | None
    kept: int | None


class Plan(TypedDict):
    out: str
    timeout: int
    jobs: int
    overrides: list[Override]
    entries: list[ExportEntry]
    kernels: list[list[int]]
    kept: list[dict[str, Any]]
    dropped: list[str]
    manifest: list[ManifestSlot]
    contents: dict[str, Any]
    assets: list[tuple[str, str]]


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


def load_jupyter() -> None:
    """Imports nbformat, nbclient and nbconvert (about 2-4 s), after the plan is checked: a
    refused flag is told in the time it takes node to check it, not after these imports."""
    global nbformat, NotebookClient, CellExecutionError, CellTimeoutError, HTMLExporter, SlidesExporter, Config
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError, CellTimeoutError
    from nbconvert import HTMLExporter, SlidesExporter
    from traitlets.config import Config


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


# --- Two views of one executed notebook ----------------------------------------------

# [text](02-the-lock.ipynb#part), [ref]: 02-the-lock.ipynb, href="02-the-lock.ipynb": relative
# links to another notebook go to its page (or deck) instead of the raw executed JSON.
NOTEBOOK_LINKS = [
    re.compile(r"(?P<head>\]\(\s*<?)(?P<target>[^)\s<>]+?)\.ipynb(?P<tail>(?:#[^)\s>]*)?>?(?:\s+\"[^\"]*\")?\s*\))"),
    re.compile(r"(?P<head>^\s{0,3}\[[^\]]+\]:\s*<?)(?P<target>\S+?)\.ipynb(?P<tail>(?:#\S*?)?>?(?:\s|$))", re.M),
    re.compile(r"(?P<head>\bhref\s*=\s*[\"'])(?P<target>[^\"']+?)\.ipynb(?P<tail>(?:#[^\"']*)?[\"'])"),
]
EXTERNAL = re.compile(r"^(?:[a-zA-Z][a-zA-Z0-9+.-]*:|/)")


def rewrite_links(text: str, extension: str) -> str:
    def replace(match: re.Match[str]) -> str:
        if EXTERNAL.match(match["target"]):
            return match[0]
        return match["head"] + match["target"] + extension + match["tail"]

    for pattern in NOTEBOOK_LINKS:
        text = pattern.sub(replace, text)
    return text


def with_links(nb: NotebookNode, extension: str) -> NotebookNode:
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            cell.source = rewrite_links(cell.source, extension)
        for output in cell.get("outputs", []):
            for mime in ("text/markdown", "text/html"):
                if mime in output.get("data", {}):
                    value = output.data[mime]
                    output.data[mime] = rewrite_links("".join(value) if isinstance(value, list) else value, extension)
    return nb


def slide_type(cell: NotebookNode) -> str:
    kind: str = cell.metadata.get("slideshow", {}).get("slide_type", "-")
    return kind


def has_image(cell: NotebookNode) -> bool:
    return any(
        "image/png" in o.get("data", {}) or "image/svg+xml" in o.get("data", {}) for o in cell.get("outputs", [])
    )


def auto_slides(nb: NotebookNode) -> NotebookNode:
    """A notebook whose cells carry no slide_type yet: a slide per heading and per chart, prose
    that follows an output below it (a subslide), narration as fragments. Any slide_type in
    the notebook means its author decides instead."""
    if any("slide_type" in cell.metadata.get("slideshow", {}) for cell in nb.cells):
        return nb
    previous = None
    for cell in nb.cells:
        kind = "-"
        if (cell.cell_type == "markdown" and re.match(r"#{1,3}\s", cell.source)) or (
            cell.cell_type == "code" and has_image(cell)
        ):
            kind = "slide"
        elif "narration" in cell.metadata.get("tags", []):
            kind = "fragment"
        elif cell.cell_type == "markdown" and previous is not None and previous.cell_type == "code":
            kind = "subslide"
        cell.metadata.setdefault("slideshow", {})["slide_type"] = kind
        previous = cell
    return nb


def png_description(data: str) -> str | None:
    """The "Description" iTXt chunk a lesson chart carries in its PNG (src/lesson/show/charts/pngText.ts)."""
    png = base64.b64decode(data)
    at = 8
    while at + 12 <= len(png):
        length = int.from_bytes(png[at : at + 4], "big")
        kind, body = png[at + 4 : at + 8], png[at + 8 : at + 8 + length]
        if kind == b"iTXt":
            keyword, _, rest = body.partition(b"\0")
            if keyword == b"Description":
                _lang, _, rest = rest[2:].partition(b"\0")  # after the compression flag and method
                _translated, _, text = rest.partition(b"\0")
                return text.decode("utf-8")
        if kind == b"IEND":
            break
        at += 12 + length
    return None


def describe_images(nb: NotebookNode) -> NotebookNode:
    """Every chart's own description as its alt text, in the chart's language: the templates put it
    on <img alt>, where nbconvert would write "No description has been provided for this image"."""
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            png = output.get("data", {}).get("image/png")
            alt = png and png_description(png)
            if alt:
                output.setdefault("metadata", {}).setdefault("image/png", {})["alt"] = alt
    return nb


def page_view(nb: NotebookNode) -> NotebookNode:
    nb = with_links(copy.deepcopy(nb), ".html")
    # Speaker notes are the lecturer's, not the reader's.
    nb.cells = [cell for cell in nb.cells if slide_type(cell) != "notes"]
    return nb


# A narration on a slide shows at most this many words; the rest goes to the speaker notes.
# The deck check (test/helpers/slideInspection.ts) allows about 60 words a slide, heading included.
SLIDE_NARRATION_WORDS = 35
# Where a narration may be cut: after a sentence's end (and the bold that closes with it), at the
# colon that announces a list, or at a line's end outside a list; a list stays whole.
_SENTENCE_END = re.compile(r"[.!?](?:\*\*)?(?=\s)|:(?=\n- )|\n(?!- )")


def narration_lead(text: str, limit: int = SLIDE_NARRATION_WORDS) -> tuple[str, str]:
    """A narration's Markdown split into what a slide shows and what the notes keep: whole
    sentences from the start while they fit in `limit` words (at least the first one). A lead
    that ends by announcing a list (":") ends with a full stop instead, the list going with the rest."""
    if len(text.split()) <= limit:
        return text, ""
    cuts = [m.end() for m in _SENTENCE_END.finditer(text)]
    fitting = [cut for cut in cuts if len(text[:cut].split()) <= limit]
    cut = fitting[-1] if fitting else (cuts[0] if cuts else len(text))
    lead, rest = text[:cut].rstrip(), text[cut:].strip()
    if lead.endswith(":") and rest:
        lead = lead[:-1] + "."
    return lead, rest


def slide_narrations(nb: NotebookNode) -> NotebookNode:
    """On slides a long narration shows its lead; the rest follows it as speaker notes, so the
    lecturer still has every sentence of this run (key S) and the hall reads a slide, not a page."""
    cells: list[NotebookNode] = []
    for cell in nb.cells:
        cells.append(cell)
        if "narration" not in cell.metadata.get("tags", []):
            continue
        for output in cell.get("outputs", []):
            markdown = output.get("data", {}).get("text/markdown")
            if not isinstance(markdown, str):
                continue
            lead, rest = narration_lead(markdown)
            if rest:
                output["data"]["text/markdown"] = lead
                cells.append(nbformat.v4.new_markdown_cell(rest, metadata={"slideshow": {"slide_type": "notes"}}))
    nb.cells = cells
    return nb


def deck_view(nb: NotebookNode) -> NotebookNode:
    return slide_narrations(auto_slides(with_links(copy.deepcopy(nb), ".slides.html")))


class Views:
    """The page and deck exporters, made once per process (their templates load once)."""

    def __init__(self) -> None:
        # Narration cells show the sentence, not the call that made it; code that teaches keeps its input.
        config = Config({"TagRemovePreprocessor": {"enabled": True, "remove_input_tags": ["narration"]}})
        common: dict[str, Any] = dict(
            config=config,
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

    def render(self, nb: NotebookNode, entry: ExportEntry) -> tuple[str, str]:
        nb = describe_images(copy.deepcopy(nb))
        nb.metadata["title"] = entry["title"]
        self.page.language_code = self.deck.language_code = entry["edition"]
        self.deck.reveal_url_prefix = entry["reveal"]
        lesson = entry["navigation"]
        page, _ = self.page.from_notebook_node(page_view(nb), resources={"lesson": lesson})
        deck, _ = self.deck.from_notebook_node(deck_view(nb), resources={"lesson": lesson})
        return page, deck


_views: Views | None = None


def render_files(stage: str, executed: str, entry: ExportEntry) -> None:
    """Writes one executed notebook's page and deck into stage; runs in a process of a pool."""
    global _views
    if _views is None:
        load_jupyter()
        _views = Views()
    page, deck = _views.render(nbformat.reads(executed, as_version=4), entry)
    target = Path(stage) / entry["html"]
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(page, encoding="utf-8")
    (Path(stage) / entry["slides"]).write_text(deck, encoding="utf-8")


def contents_page(contents: dict[str, Any]) -> str:
    """index.html, from the plan's contents data and jupyter/templates/contents/index.html.j2."""
    from jinja2 import Environment, FileSystemLoader

    environment = Environment(loader=FileSystemLoader(str(TEMPLATES / "contents")), keep_trailing_newline=True)
    css = (TEMPLATES / "lesson" / "static" / "lesson.css").read_text(encoding="utf-8")
    return environment.get_template("index.html.j2").render(contents=contents, css=css)


async def render_all(plan: Plan, runs: dict[int, Run], stage: Path) -> None:
    """Pages and decks after every race has run, two processes at once (nothing else needs the cores now)."""
    for index, run in runs.items():
        target = stage / plan["entries"][index]["ipynb"]
        target.parent.mkdir(parents=True, exist_ok=True)
        nbformat.write(run.nb, target)
    loop = asyncio.get_running_loop()
    with ProcessPoolExecutor(max_workers=2) as pool:
        await asyncio.gather(
            *(
                loop.run_in_executor(pool, render_files, str(stage), nbformat.writes(run.nb), plan["entries"][index])
                for index, run in runs.items()
            )
        )


def manifest_of(plan: Plan, runs: dict[int, Run]) -> list[dict[str, Any]]:
    """Every notebook in the plan's order: what this export ran (with its seconds and problems)
    and what it kept from the last one."""
    listed: list[dict[str, Any]] = []
    for slot in plan["manifest"]:
        if slot["run"] is not None:
            e, run = plan["entries"][slot["run"]], runs[slot["run"]]
            listed.append(
                {
                    "edition": e["edition"],
                    "notebook": e["notebook"],
                    "title": e["title"],
                    "html": e["html"],
                    "slides": e["slides"],
                    "ipynb": e["ipynb"],
                    "seconds": round(run.seconds, 2),
                    "problems": run.problems,
                }
            )
        elif slot["kept"] is not None:
            listed.append(plan["kept"][slot["kept"]])
    return listed


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


def copy_assets(plan: Plan, out: Path, stage: Path) -> None:
    """reveal.js's files beside the decks, and the kept editions' files as the last export left them."""
    for source, target in plan["assets"]:
        (stage / target).parent.mkdir(parents=True, exist_ok=True)
        if Path(source).is_dir():
            shutil.copytree(source, stage / target)
        else:
            shutil.copy2(source, stage / target)
    for entry in plan["kept"]:
        for key in ("html", "slides", "ipynb"):
            (stage / entry[key]).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(out / entry[key], stage / entry[key])


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
        copy_assets(plan, out, stage)
        (stage / "index.html").write_text(contents_page(plan["contents"]), encoding="utf-8")
        manifest = json.dumps(manifest_of(plan, runs), indent=2, ensure_ascii=False) + "\n"
        (stage / "manifest.json").write_text(manifest, encoding="utf-8")
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
