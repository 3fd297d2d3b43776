"""Shared fixtures: the public test models, both languages, the command line in-process."""

from __future__ import annotations

import io
import json
import os
import shutil
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest
from hypothesis import settings

ROOT = Path(__file__).resolve().parents[1]

# Property tests draw the same examples on every run (a verdict that does not change from one
# run to the next) and have no per-example deadline (a busy machine is not a failure); the
# long random runs live in benchmarks/ (fuzzing).
settings.register_profile("makerkit", derandomize=True, deadline=None, print_blob=True)
settings.load_profile("makerkit")

# Scripts that tests run in another process (not test modules: importing them runs them).
collect_ignore = ["hub/offline_client.py"]


def models_dir() -> Path:
    """The public test models (``MAKERKIT_TEST_MODELS``, else the project's ``tests/data/models``)."""
    return Path(os.environ.get("MAKERKIT_TEST_MODELS", ROOT / "tests" / "data" / "models"))


@pytest.fixture(scope="session")
def models() -> Path:
    d = models_dir()
    if not (d / "20mm-xyz-cube.stl").exists():
        pytest.skip(f"test models not found in {d} (set MAKERKIT_TEST_MODELS)")
    return d


@pytest.fixture(params=["en", "fr"])
def lang(request):
    """Run the test once in English and once in French."""
    from makerkit.i18n import language

    with language(request.param):
        yield request.param


@pytest.fixture(autouse=True)
def _english_by_default(monkeypatch):
    monkeypatch.setenv("MAKERKIT_LANG", "en")
    monkeypatch.delenv("MAKERKIT_LARGE_PRINT", raising=False)
    yield
    from makerkit import display
    from makerkit.i18n import set_language

    set_language(None)
    display._large = None


class CliResult:
    def __init__(self, status: int, out: str, err: str) -> None:
        self.status, self.out, self.err = status, out, err

    @property
    def json(self) -> dict:
        return json.loads(self.out)


@pytest.fixture
def cli():
    """Run ``makerkit ARGS`` in this process: ``cli("printers", "--json").json``."""
    from makerkit.cli import main

    def run(*args: str) -> CliResult:
        out, err = io.StringIO(), io.StringIO()
        with redirect_stdout(out), redirect_stderr(err):
            status = main([str(a) for a in args])
        return CliResult(status, out.getvalue(), err.getvalue())

    return run


def need_program(name: str) -> str:
    """The path of an installed program, or skip the test saying how to install it."""
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (make test installs it with apt-get when it can)")
    return path
