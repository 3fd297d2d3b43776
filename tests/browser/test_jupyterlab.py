"""A learner's session, from the kit alone, in a real browser.

The name-tag kit is built and unpacked; JupyterLab starts on 127.0.0.1 with a token and
its own empty settings, workspace and runtime folders, serving the kit's ``learner/``
folder; Chromium (Debian's) is driven headless by Playwright. The answers are typed into
the learner's cells with the keyboard, then every cell is run with JupyterLab's command
ids (which do not change with the interface language): the keychain's picture appears with
its alt text, every check says well done, and no cell fails.
"""

from __future__ import annotations

import os
import secrets
import socket
import subprocess
import sys
import time
import urllib.request
import zipfile
from pathlib import Path

import nbformat
import pytest

from makerkit.kits.build import build_kit
from makerkit.kits.workshop import load_workshop

pytestmark = [pytest.mark.slow, pytest.mark.browser]

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
WORKSHOP = ROOT / "workshops" / "nametag"
SERVER_START_S = 90
RUN_ALL_S = 120


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def jupyterlab(tmp_path):
    """A JupyterLab server on a copy of the workshop; always stopped afterwards."""
    if not Path(CHROMIUM).exists():
        pytest.skip(f"Chromium is not installed at {CHROMIUM} (make test installs it with apt-get)")
    pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip extra dev)")
    ws = load_workshop(WORKSHOP)
    kit = build_kit(ws, "fr", tmp_path / "kit")
    with zipfile.ZipFile(kit) as zf:
        zf.extractall(tmp_path / "unpacked")
    root = tmp_path / "unpacked" / "learner"
    source = nbformat.read(
        tmp_path / "unpacked" / "facilitator" / "solutions" / ws.notebook("fr").name, 4
    )
    answers = {
        c.metadata["nbgrader"]["grade_id"]: "\n".join(
            line for line in c.source.splitlines() if "### " not in line
        )
        for c in source.cells
        if c.metadata.get("nbgrader", {}).get("solution")
    }
    port, token = _free_port(), secrets.token_hex(16)
    env = dict(os.environ)
    for name in ("JUPYTER_CONFIG_DIR", "JUPYTER_RUNTIME_DIR"):
        env[name] = str(tmp_path / name.lower())
    env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")
    log = (tmp_path / "server.log").open("wb")
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "jupyter",
            "lab",
            "--no-browser",
            "--ServerApp.ip=127.0.0.1",
            f"--ServerApp.port={port}",
            "--ServerApp.port_retries=0",
            f"--IdentityProvider.token={token}",
            f"--ServerApp.root_dir={root}",
            f"--LabApp.workspaces_dir={tmp_path / 'workspaces'}",
            f"--LabApp.user_settings_dir={tmp_path / 'settings'}",
            "--LabApp.expose_app_in_browser=True",
            "--LabApp.news_url=",
        ]
        + (["--allow-root"] if hasattr(os, "geteuid") and os.geteuid() == 0 else []),
        cwd=root,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + SERVER_START_S
        while True:
            try:
                with urllib.request.urlopen(f"{base}/api/status?token={token}", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if server.poll() is not None or time.monotonic() > deadline:
                pytest.fail(
                    f"JupyterLab did not start:\n{(tmp_path / 'server.log').read_text()[-2000:]}"
                )
            time.sleep(0.5)
        yield base, token, ws.notebook("fr").name, answers
    finally:
        server.terminate()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(timeout=15)
        log.close()


def test_workshop_runs_in_jupyterlab_in_chromium(jupyterlab):
    from playwright.sync_api import sync_playwright

    base, token, name, answers = jupyterlab
    with sync_playwright() as p:
        browser = p.chromium.launch(
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
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.goto(f"{base}/lab/tree/{name}?token={token}", timeout=60_000)
            # The notebook is open and its kernel is ready.
            page.wait_for_function(
                """() => {
                    const app = window.jupyterapp;
                    const w = app && app.shell.currentWidget;
                    const k = w && w.sessionContext && w.sessionContext.session
                        && w.sessionContext.session.kernel;
                    return k && k.status === 'idle';
                }""",
                timeout=90_000,
            )
            # Type each answer in its cell, as a learner would, in place of the ✎ line.
            ids = page.evaluate(
                """() => window.jupyterapp.shell.currentWidget.content.model.toJSON().cells
                    .map(c => ((c.metadata || {}).nbgrader || {}).grade_id || '')"""
            )
            for grade_id, answer in answers.items():
                editor = page.locator(".jp-Notebook .jp-Cell").nth(ids.index(grade_id))
                editor.locator(".cm-content").click()
                page.keyboard.press("Control+A")
                page.keyboard.type(answer)
            typed = page.evaluate(
                """() => window.jupyterapp.shell.currentWidget.content.model.toJSON().cells
                    .map(c => Array.isArray(c.source) ? c.source.join('') : c.source)"""
            )
            assert all(answers[g].strip() in typed[ids.index(g)] for g in answers)
            page.evaluate("() => window.jupyterapp.commands.execute('notebook:run-all-cells')")
            # Done when no cell waits or runs any more and the kernel is idle again.
            page.wait_for_function(
                """() => {
                    const w = window.jupyterapp.shell.currentWidget;
                    const nb = w.content.model.toJSON();
                    const code = nb.cells.filter(c => c.cell_type === 'code');
                    const prompts = [...document.querySelectorAll('.jp-InputPrompt')]
                        .map(e => e.textContent);
                    return w.sessionContext.session.kernel.status === 'idle'
                        && code.every(c => c.execution_count !== null)
                        && !prompts.some(t => t.includes('*'));
                }""",
                timeout=RUN_ALL_S * 1000,
            )
            errors = page.evaluate(
                """() => window.jupyterapp.shell.currentWidget.content.model.toJSON().cells
                    .flatMap(c => (c.outputs || []).filter(o => o.output_type === 'error')
                    .map(o => o.ename + ': ' + o.evalue))"""
            )
            assert errors == []
            images = page.locator(".jp-OutputArea-output img")
            images.first.wait_for(state="visible", timeout=30_000)
            alts = [images.nth(i).get_attribute("alt") or "" for i in range(images.count())]
            assert alts and all(a.strip() for a in alts), alts
            assert any("Camille" in a for a in alts)  # the learner's own tag, described
            checks = page.evaluate(
                """() => window.jupyterapp.shell.currentWidget.content.model.toJSON().cells
                    .filter(c => ((c.metadata || {}).nbgrader || {}).grade).length"""
            )
            assert page.locator(".jp-OutputArea-output:has-text('Bravo')").count() == checks
        finally:
            browser.close()
