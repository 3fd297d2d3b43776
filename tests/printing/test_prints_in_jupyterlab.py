"""A learner follows their print in JupyterLab, in Chromium, in French, as it changes.

JupyterLab starts on 127.0.0.1 with a token on a folder holding one notebook; Chromium
(Debian's) is driven headless by Playwright. The notebook shows ``mk.watch_my_prints()``;
the test then approves the job and moves the printer along (the Moonraker stand-in of
standins.py, written from Moonraker's documentation) and the panel follows by itself.
"""

from __future__ import annotations

import nbformat
import pytest
from browser_lab import launch_chromium, need_browser, running_lab
from standins import SAFE, MoonrakerStandIn

pytestmark = [pytest.mark.slow, pytest.mark.browser]


@pytest.fixture
def lab_server(tmp_path, home, monkeypatch):
    """JupyterLab on a folder with the learner's notebook; stopped afterwards."""
    need_browser()
    folder = tmp_path / "learner"
    folder.mkdir()
    cell = "import makerkit as mk\npanel = mk.watch_my_prints(refresh_s=0.5)\npanel"
    kernel = {"name": "python3", "display_name": "Python 3", "language": "python"}
    notebook = nbformat.v4.new_notebook(
        cells=[nbformat.v4.new_code_cell(cell)], metadata={"kernelspec": kernel}
    )
    nbformat.write(notebook, folder / "prints.ipynb")
    monkeypatch.setenv("MAKERKIT_LEARNER", "Zoé")
    monkeypatch.setenv("MAKERKIT_LANG", "fr")
    with running_lab(folder, tmp_path) as lab:
        yield lab.url("prints.ipynb")


def test_the_learner_sees_the_print_move_along(lab_server, home):
    from playwright.sync_api import expect, sync_playwright

    from makerkit.printing import PrintQueue, add_printer

    with MoonrakerStandIn() as printer:
        add_printer("lab", "moonraker", printer.url, "creality-ender3-v2")
        queue = PrintQueue()
        job = queue.submit(SAFE, "lab", learner="Zoé").job
        with sync_playwright() as p:
            browser = launch_chromium(p)
            try:
                page = browser.new_page(viewport={"width": 1280, "height": 900})
                page.goto(lab_server, timeout=60_000)
                page.wait_for_function(
                    """() => { const w = window.jupyterapp && window.jupyterapp.shell.currentWidget;
                        const k = w && w.sessionContext && w.sessionContext.session
                            && w.sessionContext.session.kernel; return k && k.status === 'idle'; }""",
                    timeout=90_000,
                )
                page.evaluate("() => window.jupyterapp.commands.execute('notebook:run-all-cells')")
                panel = page.locator(".jp-OutputArea-output .widget-html")
                expect(panel).to_contain_text("Mes impressions", timeout=60_000)
                expect(panel).to_contain_text("En attente de l’accord", timeout=10_000)
                expect(page.get_by_role("button", name="Actualiser")).to_be_visible()

                queue.approve(job.id)
                queue.advance()
                printer.progress = 0.6
                queue.advance()
                expect(panel).to_contain_text("En cours d’impression : 60 % fait", timeout=20_000)
                expect(panel.locator("progress")).to_have_attribute("value", "60")
                printer.finish()
                queue.advance()
                expect(panel).to_contain_text("Terminé", timeout=20_000)
            finally:
                browser.close()
