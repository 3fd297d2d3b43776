"""Where the print queue plugs into the facilitator's page.

The print queue lives in :mod:`makerkit.printing`; its module ``makerkit.printing.hub_panel``
gives the page what it shows and does (every function takes the session folder first)::

    jobs(session_dir, lang) -> list[dict]      id, state (``waiting`` shows the buttons), learner,
                                               file, printer, status_text, problems [{message}]
    approve(session_dir, job_id) / refuse(session_dir, job_id, why) -> dict   the job
    ready(session_dir, printer)                the facilitator cleared that printer's bed
    printers(session_dir) -> list[dict]        the library's printers and their state
    advance(session_dir)                       follow the printers: the page calls it every 5 s
    forget(session_dir, learner)               ``makerkit hub forget``
    submit / mine / printer_names              the learners' routes (their own hub token)

Without it (a makerkit without the print queue) the panel says the queue is not installed.
A ``MakerkitError`` is shown to the facilitator in the page's language.

>>> PANEL_MODULE
'makerkit.printing.hub_panel'
"""

from __future__ import annotations

import importlib

from makerkit.errors import MakerkitError

__all__ = ["PANEL_MODULE", "panel", "jobs", "act"]

PANEL_MODULE = "makerkit.printing.hub_panel"


def _panel():
    try:
        return importlib.import_module(PANEL_MODULE)
    except ModuleNotFoundError as exc:
        if exc.name and PANEL_MODULE.startswith(exc.name):
            return None  # the print queue is not there (yet): the page says so
        raise


def panel():
    """The print queue's module for the hub, or ``None`` when makerkit has no print queue."""
    return _panel()


def jobs(session) -> dict:
    """``{"installed", "jobs", "printers"}`` for the page (and ``message`` when the queue fails).

    A queue that cannot be read (its file damaged) is said on the page, in its language.
    """
    found = _panel()
    if found is None:
        return {"installed": False, "jobs": [], "printers": []}
    try:
        return {
            "installed": True,
            "jobs": list(found.jobs(session.root, session.lang)),
            "printers": list(found.printers(session.root)),
        }
    except MakerkitError as err:
        return {"installed": True, "jobs": [], "printers": [], "message": err.message(session.lang)}


def act(session, job_id: str, action: str, why: str = "") -> dict:
    """Approve or refuse a job, or (``action="ready"``) clear printer ``job_id``'s bed.

    Returns ``{"ok": bool}`` with the ``job`` or a ``message`` in the session's language.
    """
    found = _panel()
    if found is None:
        return {"ok": False, "message": "print queue not installed"}
    try:
        if action == "approve":
            job = found.approve(session.root, job_id)
        elif action == "refuse":
            job = found.refuse(session.root, job_id, why)
        else:
            job = found.ready(session.root, job_id)
    except MakerkitError as err:
        return {"ok": False, "message": err.message(session.lang)}
    return {"ok": True, "job": job}
