"""Times a lecturer's re-run: run notebook 01 once in a live tslab kernel, then re-run
its parameters cell and its race cell a few times, each timed from request to idle
(tslab's compile included). Prints one line per cell as JSON for bench/notebooks.ts.

    .venv/bin/python bench/notebook_cells.py notebooks/01-the-race.ipynb 'counter: "unsafe"'
"""

import json
import sys
import time
from pathlib import Path
from typing import Any

from jupyter_client.manager import start_new_kernel


def run(client: Any, source: str) -> float:
    started = time.perf_counter()
    reply = client.execute_interactive(source, timeout=120, output_hook=lambda msg: None)
    if reply["content"]["status"] != "ok":
        raise SystemExit(f"cell failed: {source[:60]!r}")
    return time.perf_counter() - started


def main(path: str, race_marker: str, repeats: int = 3) -> None:
    notebook = json.loads(Path(path).read_text())
    code = ["".join(c["source"]) for c in notebook["cells"] if c["cell_type"] == "code"]
    params = next(c for c in notebook["cells"] if "parameters" in c.get("metadata", {}).get("tags", []))
    race = next(src for src in code if race_marker in src)
    manager, client = start_new_kernel(kernel_name="tslab", cwd=str(Path(path).resolve().parent))
    try:
        first = sum(run(client, src) for src in code)
        print(json.dumps({"cell": "whole notebook, first run", "seconds": [round(first, 3)]}))
        for name, src in (("parameters cell", "".join(params["source"])), ("race cell", race)):
            print(
                json.dumps({"cell": f"re-run {name}", "seconds": [round(run(client, src), 3) for _ in range(repeats)]})
            )
    finally:
        client.stop_channels()
        manager.shutdown_kernel(now=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
