"""Execute every lesson notebook on the tslab kernel, once, and export two views of each run:
a page (NN-name.html) and a reveal.js deck (NN-name.slides.html).

    npm run export -- [--out DIR] [--notebooks DIR] [--lang en|ko] [--jobs N] [--timeout SECONDS]
                      [--threads 8 --how-many 1000000 ...]

Before any kernel starts, `node dist/src/publish/exportPlan.js` checks every flag (src/publish/exportPlan.ts):
an unknown parameter, a bad value or a flag without a value exits 2 with one line, and nothing
runs or is written. Accepted overrides reach the kernels as environment variables
(--how-many 20000 -> HOW_MANY=20000), which the notebooks' parameters cells read.

Editions: notebooks/NN-*.ipynb is English and goes to DIR/; notebooks/<lang>/NN-*.ipynb goes
to DIR/<lang>/. --lang exports one edition and keeps the others' files from the last export.
Writes, per notebook, the page, the deck and the executed .ipynb; DIR/index.html (every
edition's contents); DIR/reveal.js/ (the decks' pinned copy); DIR/manifest.json (for tests).
Nothing loads from the network.

Safe: everything is built in DIR.partial-<pid> beside DIR, which replaces DIR only when every
notebook succeeded. When one fails (a cell error, or any stderr output: tslab reports errors
there), DIR is left as it was and the attempt is kept in DIR.failed for inspection.
"""

import asyncio
import base64
import copy
import html
import json
import os
import re
import shutil
import subprocess
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path


ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = ROOT / "jupyter" / "templates"
PLANNER = ROOT / "dist" / "src" / "publish" / "exportPlan.js"
REVEAL = ROOT / "node_modules" / "reveal.js"
# The part of reveal.js a deck uses: the core, the theme and its font, the speaker-notes plugin.
REVEAL_FILES = ["LICENSE", "dist/reveal.css", "dist/reveal.js", "dist/theme/white.css",
                "dist/theme/fonts/source-sans-pro", "plugin/notes/notes.js"]
DEFAULT_LANG = "en"
# Slide size: a 16:9 projector.
SLIDE_WIDTH, SLIDE_HEIGHT = 1280, 720


def load_jupyter():
    """Imports nbformat, nbclient and nbconvert (about 2-4 s), after the plan is checked: a
    refused flag is told in the time it takes node to check it, not after these imports."""
    global nbformat, NotebookClient, CellExecutionError, CellTimeoutError, HTMLExporter, SlidesExporter, Config
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError, CellTimeoutError
    from nbconvert import HTMLExporter, SlidesExporter
    from traitlets.config import Config


def say(text, file=sys.stdout):
    print(text, file=file, flush=True)


def plan_export(argv):
    """The checked plan from src/publish/exportPlan.ts, or exit 2 with its one line."""
    if not PLANNER.exists():
        sys.exit(f"export: {PLANNER.relative_to(ROOT)} is missing; run: npm run build")
    run = subprocess.run(["node", str(PLANNER), *argv], capture_output=True, text=True, encoding="utf-8")
    if run.returncode == 2:
        print(run.stderr.strip(), file=sys.stderr)
        sys.exit(2)
    if run.returncode != 0:
        sys.exit(f"export: checking the options failed:\n{run.stderr}")
    return json.loads(run.stdout)


def ui_text(lang):
    """The export's own words (navigation, contents) in an edition's language."""
    table = json.loads((TEMPLATES / "ui.json").read_text(encoding="utf-8"))
    return {**table[DEFAULT_LANG], **table.get(lang, {})}


def folder(lang):
    """Where an edition's files go, relative to the export: "" or "ko/"."""
    return "" if lang == DEFAULT_LANG else f"{lang}/"


def up(lang):
    """From an edition's folder back to the export's top."""
    return "" if lang == DEFAULT_LANG else "../"


def first_heading(nb, fallback):
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("#"):
                    return line.lstrip("#").strip()
    return fallback


def problems_in(nb):
    """Stderr text and error outputs, which tslab and Node use to report failures."""
    found = []
    for index, cell in enumerate(nb.cells):
        for output in cell.get("outputs", []):
            if output.output_type == "stream" and output.name == "stderr":
                found.append(f"cell {index}: stderr: {output.text.strip()}")
            elif output.output_type == "error":
                found.append(f"cell {index}: {output.ename}: {output.evalue}")
    return found


def notebook_client(path, timeout, km=None):
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


async def start_kernel(client):
    """Starts a kernel ahead of its turn; the notebooks that share it run on it, then stop_kernel ends it."""
    client.km = client.create_kernel_manager()
    await client.async_start_new_kernel()
    await client.async_start_new_kernel_client()


async def stop_kernel(client):
    """Shuts down a kernel that was started (whether or not its notebooks ran)."""
    if client.km is not None and client.km.has_kernel:
        await client.km.shutdown_kernel(now=True)
    if client.kc is not None:
        client.kc.stop_channels()


async def execute(client, timeout):
    nb = client.nb
    started = time.monotonic()
    error = None
    try:
        # The kernel outlives this notebook: its other editions run on it next (see main).
        await client.async_execute(cleanup_kc=False)
    except CellTimeoutError as exc:
        error = f"a cell ran longer than {timeout} s: {str(exc).splitlines()[0]}"
    except CellExecutionError as exc:
        error = str(exc).strip()
    seconds = time.monotonic() - started
    problems = problems_in(nb)
    if error and not problems:
        problems.append(error)
    return nb, seconds, problems


# --- Two views of one executed notebook ----------------------------------------------

# [text](02-the-lock.ipynb#part), [ref]: 02-the-lock.ipynb, href="02-the-lock.ipynb": relative
# links to another notebook go to its page (or deck) instead of the raw executed JSON.
NOTEBOOK_LINKS = [
    re.compile(r"(?P<head>\]\(\s*<?)(?P<target>[^)\s<>]+?)\.ipynb(?P<tail>(?:#[^)\s>]*)?>?(?:\s+\"[^\"]*\")?\s*\))"),
    re.compile(r"(?P<head>^\s{0,3}\[[^\]]+\]:\s*<?)(?P<target>\S+?)\.ipynb(?P<tail>(?:#\S*?)?>?(?:\s|$))", re.M),
    re.compile(r"(?P<head>\bhref\s*=\s*[\"'])(?P<target>[^\"']+?)\.ipynb(?P<tail>(?:#[^\"']*)?[\"'])"),
]
EXTERNAL = re.compile(r"^(?:[a-zA-Z][a-zA-Z0-9+.-]*:|/)")


def rewrite_links(text, extension):
    def replace(match):
        if EXTERNAL.match(match["target"]):
            return match[0]
        return match["head"] + match["target"] + extension + match["tail"]

    for pattern in NOTEBOOK_LINKS:
        text = pattern.sub(replace, text)
    return text


def with_links(nb, extension):
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            cell.source = rewrite_links(cell.source, extension)
        for output in cell.get("outputs", []):
            for mime in ("text/markdown", "text/html"):
                if mime in output.get("data", {}):
                    value = output.data[mime]
                    output.data[mime] = rewrite_links("".join(value) if isinstance(value, list) else value, extension)
    return nb


def slide_type(cell):
    return cell.metadata.get("slideshow", {}).get("slide_type", "-")


def has_image(cell):
    return any("image/png" in o.get("data", {}) or "image/svg+xml" in o.get("data", {}) for o in cell.get("outputs", []))


def auto_slides(nb):
    """A notebook whose cells carry no slide_type yet: a slide per heading and per chart, prose
    that follows an output below it (a subslide), narration as fragments. Any slide_type in
    the notebook means its author decides instead."""
    if any("slide_type" in cell.metadata.get("slideshow", {}) for cell in nb.cells):
        return nb
    previous = None
    for cell in nb.cells:
        kind = "-"
        if cell.cell_type == "markdown" and re.match(r"#{1,3}\s", cell.source):
            kind = "slide"
        elif cell.cell_type == "code" and has_image(cell):
            kind = "slide"
        elif "narration" in cell.metadata.get("tags", []):
            kind = "fragment"
        elif cell.cell_type == "markdown" and previous is not None and previous.cell_type == "code":
            kind = "subslide"
        cell.metadata.setdefault("slideshow", {})["slide_type"] = kind
        previous = cell
    return nb


def png_description(data):
    """The "Description" iTXt chunk a lesson chart carries in its PNG (src/lesson/show/charts/pngText.ts)."""
    png = base64.b64decode(data)
    at = 8
    while at + 12 <= len(png):
        length = int.from_bytes(png[at:at + 4], "big")
        kind, body = png[at + 4:at + 8], png[at + 8:at + 8 + length]
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


def describe_images(nb):
    """Every chart's own description as its alt text, in the chart's language: the templates put it
    on <img alt>, where nbconvert would write "No description has been provided for this image"."""
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            png = output.get("data", {}).get("image/png")
            alt = png and png_description(png)
            if alt:
                output.setdefault("metadata", {}).setdefault("image/png", {})["alt"] = alt
    return nb


def page_view(nb):
    nb = with_links(copy.deepcopy(nb), ".html")
    # Speaker notes are the lecturer's, not the reader's.
    nb.cells = [cell for cell in nb.cells if slide_type(cell) != "notes"]
    return nb


def deck_view(nb):
    return auto_slides(with_links(copy.deepcopy(nb), ".slides.html"))


def exporter_config():
    # Narration cells show the sentence, not the call that made it; code that teaches keeps its input.
    return Config({"TagRemovePreprocessor": {"enabled": True, "remove_input_tags": ["narration"]}})


class Views:
    """The page and deck exporters, made once per process (their templates load once)."""

    def __init__(self):
        common = dict(
            config=exporter_config(),
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

    def render(self, nb, entry, lesson):
        nb = describe_images(copy.deepcopy(nb))
        nb.metadata["title"] = entry["title"]
        lang = entry["edition"]
        self.page.language_code = self.deck.language_code = lang
        self.deck.reveal_url_prefix = up(lang) + "reveal.js"
        page, _ = self.page.from_notebook_node(page_view(nb), resources={"lesson": lesson})
        deck, _ = self.deck.from_notebook_node(deck_view(nb), resources={"lesson": lesson})
        return page, deck


_views = None


def render_files(stage, executed, entry, lesson):
    """Writes one executed notebook's page and deck into stage; runs in a process of a pool."""
    global _views
    if _views is None:
        _views = Views()
    nb = nbformat.reads(executed, as_version=4)
    page, deck = _views.render(nb, entry, lesson)
    target = Path(stage) / entry["html"]
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(page, encoding="utf-8")
    (Path(stage) / entry["slides"]).write_text(deck, encoding="utf-8")


def navigation(entries, index, twins_of):
    """What a page and a deck link to: neighbours, contents, each other, the other editions."""
    entry = entries[index]
    lang = entry["edition"]
    name = lambda e: Path(e["html"]).name  # noqa: E731 - links within one edition's folder
    neighbour = lambda e: e and {"href": name(e), "title": e["title"]}  # noqa: E731
    return {
        "prev": neighbour(entries[index - 1] if index > 0 else None),
        "next": neighbour(entries[index + 1] if index + 1 < len(entries) else None),
        "contents": up(lang) + "index.html",
        "page": name(entry),
        "deck": Path(entry["slides"]).name,
        "twins": [
            {
                "lang": twin["edition"],
                "name": ui_text(twin["edition"])["name"],
                "page": up(lang) + twin["html"],
                "deck": up(lang) + twin["slides"],
            }
            for twin in twins_of(entry)
        ],
        "ui": ui_text(lang),
    }


def contents_page(entries):
    css = (TEMPLATES / "lesson" / "static" / "lesson.css").read_text(encoding="utf-8")
    ui = ui_text(DEFAULT_LANG)
    editions = []
    for lang in dict.fromkeys(e["edition"] for e in entries):
        text = ui_text(lang)
        items = "\n".join(
            f'  <li><a href="{e["html"]}">{html.escape(e["title"])}</a>'
            f' <span class="meta">&middot; <a class="deck" href="{e["slides"]}">{html.escape(text["slides"])}</a></span></li>'
            for e in entries
            if e["edition"] == lang
        )
        editions.append(
            f'<section class="edition" lang="{lang}">\n<h2>{html.escape(text["name"])}</h2>\n'
            f'<p>{html.escape(text["intro"])}</p>\n<ol>\n{items}\n</ol>\n</section>'
        )
    return f"""<!DOCTYPE html>
<html lang="{DEFAULT_LANG}">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{html.escape(ui["title"])}: {html.escape(ui["contents"].lower())}</title>
<style type="text/css">
{css}
</style>
</head>
<body class="lesson-contents">
<h1>{html.escape(ui["title"])}</h1>
{chr(10).join(editions)}
</body>
</html>
"""


# --- The export folder: built beside the target, swapped in when all went well ------------


def alive(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_leftovers(out):
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


def replace_folder(new, out):
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


def copy_reveal(stage):
    for part in REVEAL_FILES:
        source, target = REVEAL / part, stage / "reveal.js" / part
        target.parent.mkdir(parents=True, exist_ok=True)
        if source.is_dir():
            shutil.copytree(source, target)
        else:
            shutil.copy2(source, target)


def kept_entries(out, exported_langs):
    """The other editions' entries of the current export, whose files an --lang export keeps."""
    manifest = out / "manifest.json"
    if not manifest.exists():
        return []
    kept, dropped = [], set()
    for entry in json.loads(manifest.read_text(encoding="utf-8")):
        lang = entry.get("edition", DEFAULT_LANG)
        if lang in exported_langs:
            continue
        files = [entry.get(key) for key in ("html", "slides", "ipynb")]
        if all(files) and all((out / f).is_file() for f in files):
            kept.append({**entry, "edition": lang})
        else:  # an export made before decks, or files removed by hand
            dropped.add(lang)
    for lang in sorted(dropped):
        say(f"export: the {lang} edition in {out} is incomplete and is left out; export it again with --lang {lang}")
    return [e for e in kept if e["edition"] not in dropped]


async def main(argv):
    plan = plan_export(argv)
    load_jupyter()
    out = Path(plan["out"])
    editions = plan["editions"]
    exported = [e for e in editions if e["exported"]]
    missing = [part for part in REVEAL_FILES if not (REVEAL / part).exists()]
    if missing:
        sys.exit(f"export: node_modules/reveal.js is incomplete ({missing[0]}); run: npm ci")

    # Kernels inherit this environment: the checked overrides, and our kernel spec first,
    # before any user-level "tslab" spec elsewhere on the machine.
    for override in plan["overrides"]:
        os.environ[override["env"]] = override["value"]
        say(f"export: {override['flag']} {override['value']}  ({override['env']}={override['value']})")
    os.environ["JUPYTER_PATH"] = os.pathsep.join(
        filter(None, [str(ROOT / ".venv" / "share" / "jupyter"), os.environ.get("JUPYTER_PATH")])
    )

    entries = []
    for edition in exported:
        lang = edition["lang"]
        for notebook in edition["notebooks"]:
            path = Path(notebook["file"])
            entries.append({
                "edition": lang,
                "notebook": notebook["name"],
                "title": first_heading(nbformat.read(path, as_version=4), path.stem),
                "html": f"{folder(lang)}{path.stem}.html",
                "slides": f"{folder(lang)}{path.stem}.slides.html",
                "ipynb": f"{folder(lang)}{path.name}",
                "source": str(path),
                "seconds": None,
                "problems": [],
            })
    remove_leftovers(out)
    kept = kept_entries(out, {e["lang"] for e in exported})
    # Twins: the same notebook in the other editions of the notebooks folder.
    all_notebooks = {(e["lang"], n["name"]) for e in editions for n in e["notebooks"]}

    def twins_of(entry):
        return [
            {"edition": e["lang"], "html": f"{folder(e['lang'])}{Path(entry['notebook']).stem}.html",
             "slides": f"{folder(e['lang'])}{Path(entry['notebook']).stem}.slides.html"}
            for e in editions
            if e["lang"] != entry["edition"] and (e["lang"], entry["notebook"]) in all_notebooks
        ]

    out.parent.mkdir(parents=True, exist_ok=True)
    stage = out.with_name(f"{out.name}.partial-{os.getpid()}")
    shutil.rmtree(stage, ignore_errors=True)
    stage.mkdir()
    try:
        started = time.monotonic()
        # One kernel per notebook, shared by its editions: the Korean 01 runs in the kernel
        # the English 01 ran in, right after it, with every cell run again (tslab lets a
        # cell declare what an earlier cell declared). That saves a kernel start and the
        # first compile of the lesson's types for every edition after the first.
        # Every kernel starts first, two at a time (a tslab kernel takes about 1.5 s of a core
        # to load TypeScript), and waits idle for its notebooks: the starts overlap each other
        # instead of adding up, and none of them runs beside a notebook's race.
        groups = {}
        for index, entry in enumerate(entries):
            groups.setdefault(entry["notebook"], []).append(index)
        holders = {name: notebook_client(Path(entries[ix[0]]["source"]), plan["timeout"]) for name, ix in groups.items()}
        starting = asyncio.Semaphore(2)

        async def start(client):
            async with starting:
                await start_kernel(client)

        try:
            await asyncio.gather(*(start(client) for client in holders.values()))
        except BaseException:
            await asyncio.gather(*(stop_kernel(client) for client in holders.values()), return_exceptions=True)
            raise
        kernels_started = time.monotonic() - started

        gate = asyncio.Semaphore(plan["jobs"])
        executed = {}

        async def run_group(name):
            holder = holders[name]
            async with gate:
                for index in groups[name]:
                    entry = entries[index]
                    client = holder
                    if index != groups[name][0]:
                        # The next edition on the same kernel, through the same client channels.
                        client = notebook_client(Path(entry["source"]), plan["timeout"], km=holder.km)
                        client.kc = holder.kc
                    nb, seconds, problems = await execute(client, plan["timeout"])
                    entry["seconds"], entry["problems"] = round(seconds, 2), problems
                    executed[index] = nb
                    status = "FAILED" if problems else "ok"
                    say(f"export: {entry['edition']:<3} {entry['notebook']:<40} {seconds:6.1f} s  {status}")
            await stop_kernel(holder)

        try:
            await asyncio.gather(*(run_group(name) for name in groups))
        finally:  # a kernel whose notebooks never ran (an export that broke off) goes too
            await asyncio.gather(*(stop_kernel(client) for client in holders.values()), return_exceptions=True)

        # Pages and decks after every race has run, two processes at once (nothing else
        # needs the cores now).
        rendered = time.monotonic()
        for index, nb in executed.items():
            (stage / entries[index]["ipynb"]).parent.mkdir(parents=True, exist_ok=True)
            nbformat.write(nb, stage / entries[index]["ipynb"])
        loop = asyncio.get_running_loop()
        with ProcessPoolExecutor(max_workers=2) as pool:
            jobs = []
            for index, nb in executed.items():
                entry = entries[index]
                same_edition = [e for e in entries if e["edition"] == entry["edition"]]
                lesson = navigation(same_edition, same_edition.index(entry), twins_of)
                plain = {k: v for k, v in entry.items() if k in ("edition", "title", "html", "slides")}
                jobs.append(loop.run_in_executor(pool, render_files, str(stage), nbformat.writes(nb), plain, lesson))
            await asyncio.gather(*jobs)
        rendering = time.monotonic() - rendered

        for entry in kept:  # another edition's files, as the last export left them
            for key in ("html", "slides", "ipynb"):
                (stage / entry[key]).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(out / entry[key], stage / entry[key])
        copy_reveal(stage)
        everything = [{k: v for k, v in e.items() if k != "source"} for e in entries] + kept
        order = {e["lang"]: i for i, e in enumerate(editions)}
        everything.sort(key=lambda e: (order.get(e["edition"], len(order)), e["notebook"]))
        (stage / "index.html").write_text(contents_page(everything), encoding="utf-8")
        manifest = json.dumps(everything, indent=2, ensure_ascii=False) + "\n"
        (stage / "manifest.json").write_text(manifest, encoding="utf-8")
        total = time.monotonic() - started
    except BaseException:
        shutil.rmtree(stage, ignore_errors=True)
        raise

    failed = [e for e in entries if e["problems"]]
    langs = ", ".join(e["lang"] for e in exported)
    running = sum(e["seconds"] for e in entries)
    count = f"{len(entries)} notebook{'s' if len(entries) != 1 else ''}"
    say(f"export: {count} ({langs}) in {total:.1f} s: kernels started {kernels_started:.1f} s, "
        f"running {running:.1f} s, pages and decks {rendering:.1f} s")
    if failed:
        for e in failed:
            say(f"\nexport: {e['edition']} {e['notebook']} failed:", file=sys.stderr)
            for problem in e["problems"]:
                say("  " + problem.replace("\n", "\n  "), file=sys.stderr)
        kept_at = out.with_name(f"{out.name}.failed")
        shutil.rmtree(kept_at, ignore_errors=True)
        os.rename(stage, kept_at)
        names = ", ".join(f"{e['ipynb']}" for e in failed)
        state = f"{out} is unchanged" if out.exists() else f"{out} was not created"
        say(f"\nexport: failed: {names}; {state}; this attempt's executed notebooks and pages "
            f"are in {kept_at}", file=sys.stderr)
        sys.exit(1)
    replace_folder(stage, out)
    shutil.rmtree(out.with_name(f"{out.name}.failed"), ignore_errors=True)
    say(f"export: -> {out / 'index.html'}")


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1:]))
