"""A real JupyterLab server and a real Chromium for the browser tests.

JupyterLab starts on 127.0.0.1 on a free port with a token and its own settings, workspace
and runtime folders (nothing of the machine's own Jupyter set-up leaks in); the tests wait
until it answers and always stop it. Chromium is Debian's, driven headless by Playwright.

>>> 1024 <= free_port() <= 65535
True
"""

from __future__ import annotations

import os
import secrets
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

__all__ = ["CHROMIUM", "Lab", "free_port", "launch_chromium", "need_browser", "running_lab"]

CHROMIUM = "/usr/bin/chromium"
START_S = 90


def free_port() -> int:
    """A TCP port nobody listens on at the moment, on 127.0.0.1."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def need_browser() -> None:
    """Skip, saying why, where Chromium or Playwright is missing (``make test`` installs both)."""
    if not Path(CHROMIUM).exists():
        pytest.skip(f"Chromium is not installed at {CHROMIUM} (make test installs it with apt-get)")
    pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip extra dev)")


def launch_chromium(playwright):
    """Headless Chromium that asks nothing of the network by itself."""
    return playwright.chromium.launch(
        executable_path=CHROMIUM,
        args=[
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
        ],
    )


@dataclass(frozen=True)
class Lab:
    """A running JupyterLab: its address and token."""

    base: str
    token: str

    def url(self, notebook: str) -> str:
        """The address that opens ``notebook`` (a path inside the served folder)."""
        return f"{self.base}/lab/tree/{notebook}?token={self.token}"


@contextmanager
def running_lab(folder: Path, work: Path, env: dict[str, str] | None = None) -> Iterator[Lab]:
    """JupyterLab serving ``folder`` until the block ends; its own folders and log in ``work``."""
    env = dict(os.environ if env is None else env)
    for name in ("JUPYTER_CONFIG_DIR", "JUPYTER_RUNTIME_DIR", "JUPYTERLAB_SETTINGS_DIR"):
        env[name] = str(work / name.lower())
    env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")
    port, token = free_port(), secrets.token_hex(16)
    command = [
        sys.executable,
        "-m",
        "jupyter",
        "lab",
        "--no-browser",
        "--ServerApp.ip=127.0.0.1",
        f"--ServerApp.port={port}",
        "--ServerApp.port_retries=0",
        f"--IdentityProvider.token={token}",
        f"--ServerApp.root_dir={folder}",
        f"--LabApp.workspaces_dir={work / 'workspaces'}",
        f"--LabApp.user_settings_dir={work / 'settings'}",
        "--LabApp.expose_app_in_browser=True",
        "--LabApp.news_url=",
    ] + (["--allow-root"] if hasattr(os, "geteuid") and os.geteuid() == 0 else [])
    log_path = work / "lab.log"
    log = log_path.open("wb")
    server = subprocess.Popen(command, cwd=folder, env=env, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + START_S
        while True:
            try:
                with urllib.request.urlopen(f"{base}/api/status?token={token}", timeout=2):
                    break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"JupyterLab did not start:\n{log_path.read_text()[-2000:]}")
                time.sleep(0.5)
        yield Lab(base, token)
    finally:
        server.terminate()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(timeout=15)
        log.close()
