"""`make lab` serves JupyterLab on the workshops and prints the address to open."""

import os
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.slow
def test_lab_serves_the_workshops_without_a_screen(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["JUPYTER_RUNTIME_DIR"] = str(tmp_path / "runtime")
    env["JUPYTERLAB_WORKSPACES_DIR"] = str(tmp_path / "workspaces")
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "makerkit.lab", str(ROOT / "workshops"), f"--ServerApp.port={port}"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=env,
        start_new_session=True,
    )
    try:
        url, folder, deadline, seen = None, None, time.monotonic() + 90, []
        while not (url and folder) and time.monotonic() < deadline:
            line = server.stdout.readline()
            if not line:
                break
            seen.append(line)
            found = re.search(rf"(http://127\.0\.0\.1:{port}/lab\?token=\w+)", line)
            url = url or (found.group(1) if found else None)
            served = re.search(r"Serving notebooks from local directory: (\S+)", line)
            folder = folder or (served.group(1) if served else None)
        assert url, "".join(seen[-20:])
        assert folder and Path(folder).resolve() == (ROOT / "workshops").resolve()
        assert server.poll() is None  # still serving
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
