"""Execute every notebooks/NN-*.ipynb on the tslab kernel and export it to HTML.

    npm run export -- [--out DIR] [--jobs N] [--timeout SECONDS] [--threads 8 --how-many 1000000 ...]

--out (default export/), --notebooks (default notebooks/), --jobs (notebooks run
at once, default 1: each race gets the cores to itself, as it would on a reader's machine) and --timeout (seconds per cell, default 120) belong to this script; every other `--foo-bar X`
reaches the kernels as the environment variable FOO_BAR=X, which the notebooks
read in their parameters cell.

Writes DIR/NN-name.html and the executed DIR/NN-name.ipynb for each notebook,
DIR/index.html (the contents, in order) and DIR/manifest.json (for tests).
The pages load nothing from the network. Exits non-zero, naming the notebook,
if a cell fails: tslab reports errors as stderr text, so any stderr output counts.
"""

import asyncio
import html
import json
import os
import re
import sys
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError, CellTimeoutError
from nbconvert import HTMLExporter

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
TEMPLATES = ROOT / "jupyter" / "templates"
OWN_OPTIONS = {"out": "export", "notebooks": str(NOTEBOOKS), "jobs": "1", "timeout": "120"}


def parse_args(argv):
    options, params = dict(OWN_OPTIONS), {}
    args = list(argv)
    while args:
        flag = args.pop(0)
        match = re.fullmatch(r"--([a-z][a-z0-9-]*)(?:=(.*))?", flag)
        if not match:
            sys.exit(f"export: expected --name value, got {flag!r}")
        name, value = match.group(1), match.group(2)
        if value is None:
            if not args:
                sys.exit(f"export: {flag} needs a value")
            value = args.pop(0)
        if name in OWN_OPTIONS:
            options[name] = value
        else:
            params[name.replace("-", "_").upper()] = value
    return options, params


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


async def execute(path, timeout, gate):
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(
        nb,
        kernel_name="tslab",
        timeout=timeout,
        # The kernel's working directory is the notebook's folder, as in JupyterLab,
        # and notebooks import the compiled project by its package name, "lost-updates".
        resources={"metadata": {"path": str(path.parent)}},
    )
    async with gate:
        started = time.monotonic()
        error = None
        try:
            await client.async_execute()
        except CellTimeoutError as exc:
            error = f"a cell ran longer than {timeout} s: {str(exc).splitlines()[0]}"
        except CellExecutionError as exc:
            error = str(exc).strip()
        seconds = time.monotonic() - started
    problems = problems_in(nb)
    if error and not problems:
        problems.append(error)
    return nb, seconds, problems


def export_html(nb, title, nav):
    nb.metadata["title"] = title
    exporter = HTMLExporter(
        template_name="lesson",
        extra_template_basedirs=[str(TEMPLATES)],
        exclude_input_prompt=True,
        exclude_output_prompt=True,
    )
    body, _ = exporter.from_notebook_node(nb, resources={"lesson_nav": nav})
    return body


def contents_page(entries):
    css = (TEMPLATES / "lesson" / "static" / "lesson.css").read_text()
    items = "\n".join(
        f'  <li><a href="{e["html"]}">{html.escape(e["title"])}</a></li>' for e in entries
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Lost Updates: contents</title>
<style type="text/css">
{css}
</style>
</head>
<body class="lesson-contents">
<h1>Lost Updates</h1>
<p>A TypeScript lesson on data races and locks. Read the notebooks in order.</p>
<ol>
{items}
</ol>
</body>
</html>
"""


async def main(argv):
    options, params = parse_args(argv)
    out = Path(options["out"]).resolve()
    notebooks = Path(options["notebooks"]).resolve()
    paths = sorted(notebooks.glob("[0-9][0-9]-*.ipynb"))
    if not paths:
        sys.exit(f"export: no notebooks matching NN-*.ipynb in {notebooks}")
    os.environ.update(params)  # kernels inherit this environment
    # Our kernel spec first, before any user-level "tslab" spec elsewhere on the machine.
    os.environ["JUPYTER_PATH"] = os.pathsep.join(
        filter(None, [str(ROOT / ".venv" / "share" / "jupyter"), os.environ.get("JUPYTER_PATH")])
    )
    for name, value in sorted(params.items()):
        print(f"export: {name}={value}")

    started = time.monotonic()
    gate = asyncio.Semaphore(int(options["jobs"]))
    results = await asyncio.gather(
        *(execute(p, float(options["timeout"]), gate) for p in paths)
    )

    out.mkdir(parents=True, exist_ok=True)
    entries = [
        {
            "notebook": p.name,
            "title": first_heading(nb, p.stem),
            "html": p.stem + ".html",
            "ipynb": p.name,
            "seconds": round(seconds, 2),
            "problems": problems,
        }
        for p, (nb, seconds, problems) in zip(paths, results)
    ]
    for i, (entry, (nb, _, _)) in enumerate(zip(entries, results)):
        nav = {
            "prev": entries[i - 1] if i > 0 else None,
            "next": entries[i + 1] if i + 1 < len(entries) else None,
        }
        nbformat.write(nb, out / entry["ipynb"])
        (out / entry["html"]).write_text(export_html(nb, entry["title"], nav))
    (out / "index.html").write_text(contents_page(entries))
    (out / "manifest.json").write_text(json.dumps(entries, indent=2) + "\n")

    failed = [e for e in entries if e["problems"]]
    for e in entries:
        print(f"export: {e['notebook']:<40} {e['seconds']:6.1f} s  {'FAILED' if e['problems'] else 'ok'}")
    for e in failed:
        print(f"\nexport: {e['notebook']} failed:", file=sys.stderr)
        for problem in e["problems"]:
            print("  " + problem.replace("\n", "\n  "), file=sys.stderr)
    total = time.monotonic() - started
    print(f"export: {len(entries)} notebooks in {total:.1f} s -> {out / 'index.html'}")
    if failed:
        sys.exit(f"export: failed: {', '.join(e['notebook'] for e in failed)}")


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1:]))
