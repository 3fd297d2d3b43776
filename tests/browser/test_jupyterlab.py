"""A learner's session, from the kit alone, in a real browser.

The name-tag kit is built and unpacked; JupyterLab starts on 127.0.0.1 with a token and
its own empty settings, workspace and runtime folders, serving the kit's ``learner/``
folder; Chromium (Debian's) is driven headless by Playwright. The answers are typed into
the learner's cells with the keyboard, then every cell is run with JupyterLab's command
ids (which do not change with the interface language): the keychain's picture appears with
its alt text, every check says well done, and no cell fails.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import nbformat
import pytest
from browser_lab import launch_chromium, need_browser, running_lab

from makerkit.kits.build import build_kit
from makerkit.kits.workshop import load_workshop

pytestmark = [pytest.mark.slow, pytest.mark.browser]

ROOT = Path(__file__).resolve().parents[2]
WORKSHOP = ROOT / "workshops" / "nametag"
RUN_ALL_S = 120


@pytest.fixture
def jupyterlab(tmp_path):
    """A JupyterLab server on a copy of the workshop; always stopped afterwards."""
    need_browser()
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
    with running_lab(root, tmp_path) as lab:
        yield lab, ws.notebook("fr").name, answers


def test_workshop_runs_in_jupyterlab_in_chromium(jupyterlab):
    from playwright.sync_api import sync_playwright

    lab, name, answers = jupyterlab
    with sync_playwright() as p:
        browser = launch_chromium(p)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.goto(lab.url(name), timeout=60_000)
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
