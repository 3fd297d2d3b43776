"""`make lab` serves JupyterLab on the workshops and prints the address to open."""

import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
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
    env["JUPYTERLAB_SETTINGS_DIR"] = str(tmp_path / "settings")
    env["MAKERKIT_LANG"] = "fr"
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
        # JupyterLab in French (the language pack), autosaving every 30 s: the defaults.
        base, token = url.split("/lab?token=")
        direct = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        settings = {}
        for plugin in ("translation-extension:plugin", "docmanager-extension:plugin"):
            address = f"{base}/lab/api/settings/@jupyterlab/{plugin}?token={token}"
            for _ in range(300):  # the address is printed as the server starts listening
                try:
                    with direct.open(address, timeout=30) as r:
                        found = json.loads(r.read())["schema"]["properties"]
                    settings[plugin] = {k: v.get("default") for k, v in found.items()}
                    break
                except urllib.error.URLError as exc:
                    if not isinstance(exc.reason, ConnectionRefusedError):
                        raise
                    time.sleep(0.1)
        assert settings["translation-extension:plugin"]["locale"] == "fr_FR"
        assert settings["docmanager-extension:plugin"]["autosaveInterval"] == 30
        with direct.open(f"{base}/lab/api/translations/fr_FR?token={token}", timeout=30) as r:
            assert json.loads(r.read())["data"]  # the French pack is installed
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
