"""Interrupts a tslab kernel in the middle of a long race, the way Jupyter's
"interrupt kernel" button does, and reports what is left running. Prints JSON.

    .venv/bin/python test/helpers/interrupt_kernel.py notebooks/
"""

import json
import sys
import time
from pathlib import Path
from typing import Any

from jupyter_client.manager import start_new_kernel


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / 100  # utime + stime, in clock ticks of 1/100 s


def execute(client: Any, code: str, timeout: int = 60) -> tuple[str, str]:
    out: list[str] = []

    def hook(msg: dict[str, Any]) -> None:
        if msg["msg_type"] == "stream":
            out.append(msg["content"].get("text", ""))

    reply = client.execute_interactive(code, timeout=timeout, output_hook=hook)
    status: str = reply["content"]["status"]
    return status, "".join(out)


def cell_output(client: Any, msg_id: str) -> str:
    """What the cell printed, stdout and stderr, until its kernel went idle."""
    out: list[str] = []
    while True:
        msg = client.get_iopub_msg(timeout=30)
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        if msg["msg_type"] == "stream":
            out.append(msg["content"]["text"])
        if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
            return "".join(out)


def main(cwd: str) -> None:
    manager, client = start_new_kernel(kernel_name="tslab", cwd=cwd)
    pid: int = manager.provisioner.pid  # type: ignore[union-attr]
    try:
        execute(client, 'import { runExperiment, livePoolCount } from "lost-updates";')
        # A race far too long to finish: two workers, 50 million locked increments each.
        msg_id = client.execute(
            'await runExperiment({ counter: "locked", threads: 2, howMany: 50_000_000, sensorWork: 1000 });'
        )
        time.sleep(1.5)
        busy_before = cpu_seconds(pid)
        time.sleep(1.0)
        busy = cpu_seconds(pid) - busy_before
        manager.interrupt_kernel()
        reply = client.get_shell_msg(timeout=30)
        while reply["parent_header"].get("msg_id") != msg_id:
            reply = client.get_shell_msg(timeout=30)
        shown = cell_output(client, msg_id)
        time.sleep(0.5)
        idle_before = cpu_seconds(pid)
        time.sleep(1.0)
        idle = cpu_seconds(pid) - idle_before
        _status, live = execute(client, "console.log(livePoolCount())")
        after_status, after = execute(
            client,
            'console.log((await runExperiment({ counter: "atomic", threads: 2, howMany: 1000 })).trials[0].found)',
        )
        print(
            json.dumps(
                {
                    "cpu_seconds_per_second_while_racing": busy,
                    "cpu_seconds_per_second_after_interrupt": idle,
                    "live_pools_after_interrupt": live.strip(),
                    "kernel_usable_after": after_status == "ok" and after.strip() == "2000",
                    "interrupted_cell_output": shown,
                }
            )
        )
    finally:
        client.stop_channels()
        manager.shutdown_kernel(now=True)


if __name__ == "__main__":
    main(sys.argv[1])
