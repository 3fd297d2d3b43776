"""Where the print queue plugs into the facilitator's page (see /docs/hub.md, "The page").

The print queue lives in :mod:`makerkit.printing`. When it provides a module
``makerkit.printing.hub_panel`` with these three functions, the page shows its jobs
with approve / refuse buttons; until then the panel says the queue is not installed::

    jobs(session_dir: Path) -> list[dict]          # newest last; each job as `makerkit print queue --json`
    approve(session_dir: Path, job_id: str) -> dict          # the job after the change
    refuse(session_dir: Path, job_id: str, why: str) -> dict

A job dict has at least ``id``, ``state`` (``waiting`` shows the buttons), ``learner``,
``file``, ``printer`` and ``problems`` [{``code``, ``message``}]. A ``MakerkitError``
raised by ``approve``/``refuse`` is shown to the facilitator in the page's language.

>>> from makerkit.hub.session import Session
>>> "installed" in jobs(Session(Path("."), [], "en"))
True
"""

from __future__ import annotations

import importlib
from pathlib import Path

from makerkit.errors import MakerkitError

__all__ = ["PANEL_MODULE", "jobs", "act"]

PANEL_MODULE = "makerkit.printing.hub_panel"


def _panel():
    try:
        return importlib.import_module(PANEL_MODULE)
    except ModuleNotFoundError as exc:
        if exc.name and PANEL_MODULE.startswith(exc.name):
            return None  # the print queue is not there (yet): the page says so
        raise


def jobs(session) -> dict:
    """``{"installed": bool, "jobs": [...]}`` for the page."""
    panel = _panel()
    if panel is None:
        return {"installed": False, "jobs": []}
    return {"installed": True, "jobs": list(panel.jobs(session.root))}


def act(session, job_id: str, action: str, why: str = "") -> dict:
    """Approve or refuse a job; ``{"ok": bool, "job" | "message"}``."""
    panel = _panel()
    if panel is None:
        return {"ok": False, "message": "print queue not installed"}
    try:
        if action == "approve":
            job = panel.approve(session.root, job_id)
        else:
            job = panel.refuse(session.root, job_id, why)
    except MakerkitError as err:
        return {"ok": False, "message": err.message(session.lang)}
    return {"ok": True, "job": job}
