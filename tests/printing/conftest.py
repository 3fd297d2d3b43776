"""Fixtures of the printing tests: a private makerkit home, a real OctoPrint server."""

from __future__ import annotations

import os

import pytest


@pytest.fixture
def home(tmp_path, monkeypatch):
    """A fresh makerkit home (printers and queue) for one test."""
    path = tmp_path / "makerkit-home"
    monkeypatch.setenv("MAKERKIT_HOME", str(path))
    monkeypatch.delenv("MAKERKIT_PRINT_QUEUE_URL", raising=False)
    monkeypatch.delenv("MAKERKIT_LEARNER", raising=False)
    monkeypatch.delenv("JUPYTERHUB_USER", raising=False)
    return path


@pytest.fixture
def lab(home):
    """The printer "lab": a Moonraker stand-in (standins.py) with the Ender-3 V2 profile."""
    from standins import MoonrakerStandIn

    from makerkit.printing import add_printer

    with MoonrakerStandIn() as server:
        add_printer("lab", "moonraker", server.url, "creality-ender3-v2")
        yield server


@pytest.fixture
def queue(home):
    """The print queue of the test's makerkit home."""
    from makerkit.printing import PrintQueue

    return PrintQueue()


@pytest.fixture(scope="module")
def octoprint(tmp_path_factory):
    """A real OctoPrint with its virtual printer on 127.0.0.1, once per test module."""
    from octoprint_server import OctoPrintServer, find_octoprint

    program = find_octoprint()
    if program is None:
        message = "OctoPrint is not installed (make test installs it into .venv-octoprint)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    server = OctoPrintServer(program, tmp_path_factory.mktemp("octoprint"))
    server.start()
    try:
        yield server
    finally:
        server.stop()
