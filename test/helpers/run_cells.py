"""Runs cells one after another on a fresh tslab kernel, the way a lecturer runs them in
JupyterLab (each waits for the one before), and prints what each showed, as JSON:
[{"status": "ok" | "error", "stdout": "...", "stderr": "..."}, ...]

    .venv/bin/python test/helpers/run_cells.py notebooks/ cells.json
"""

import json
import sys
import time
from pathlib import Path
from typing import Any

from jupyter_client.manager import start_new_kernel


def run(client: Any, code: str, timeout: int = 60) -> dict[str, str]:
    shown = {"stdout": "", "stderr": ""}

    def hook(msg: dict[str, Any]) -> None:
        if msg["msg_type"] == "stream":
            shown[msg["content"]["name"]] += msg["content"]["text"]

    reply = client.execute_interactive(code, timeout=timeout, output_hook=hook)
    return {"status": reply["content"]["status"], **shown}


def main(cwd: str, cells_file: str) -> None:
    cells = json.loads(Path(cells_file).read_text(encoding="utf-8"))
    manager, client = start_new_kernel(kernel_name="tslab", cwd=cwd)
    try:
        results = []
        for code in cells:
            results.append(run(client, code))
            # tslab drops requests that arrive within 200 ms of a failed cell; a person clicks slower.
            time.sleep(0.5)
        print(json.dumps(results))
    finally:
        client.stop_channels()
        manager.shutdown_kernel(now=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
