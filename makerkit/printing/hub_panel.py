"""The print queue on the hub's facilitator page, and the learners' door to it.

The facilitator's page (:mod:`makerkit.hub.page`, a JupyterHub service) imports this
module. Every function takes the session's folder first (the page's own convention); the
queue itself is the library's, under makerkit's home (``MAKERKIT_HOME`` of the service),
the same one ``makerkit print queue`` shows in a terminal. Each returns plain JSON-able
data; a :class:`~makerkit.errors.MakerkitError` says what went wrong in plain words.

For the facilitator (routes of the page, facilitator only)::

    jobs(session_dir) -> list[dict]                 active jobs + those ended in the last 12 h
    approve(session_dir, job_id) -> dict            the job; then the queue advances
    refuse(session_dir, job_id, why) -> dict
    ready(session_dir, printer) -> dict             "the bed is clear" for that printer
    printers(session_dir) -> list[dict]             the library's printers and their last state
    advance(session_dir) -> list[dict]              follow the printers; call it every few seconds
    forget(session_dir, learner) -> int             privacy: a learner's jobs and files removed

For a learner (routes open to any signed-in user; ``learner`` is the hub's user name, never
taken from the request's body)::

    submit(session_dir, learner, gcode, printer, material=None, lang=None) -> dict
    mine(session_dir, learner, lang=None) -> list[dict]
    printer_names(session_dir) -> list[dict]        name, profile, state: no address, no secret

The learner's notebook reaches these through :class:`makerkit.printing.client.QueueClient`
(``MAKERKIT_PRINT_QUEUE_URL``, the hub token): ``POST …/submit?printer=&material=&lang=``
with the G-code as the body (or, for a model, multipart files ``gcode`` and ``model``), ``GET …/mine?lang=`` and ``GET …/printers`` (to slice a model
for the right profile in the learner's own kernel). The check runs here, on the bytes
received, which are the bytes that will be uploaded.

>>> import tempfile, os
>>> os.environ["MAKERKIT_HOME"] = tempfile.mkdtemp()
>>> jobs("."), printers(".")
([], [])
>>> del os.environ["MAKERKIT_HOME"]
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

__all__ = [
    "jobs",
    "approve",
    "refuse",
    "ready",
    "printers",
    "advance",
    "forget",
    "submit",
    "mine",
    "printer_names",
]


def _queue():
    from makerkit.printing.queue import PrintQueue

    return PrintQueue()


def _job_dict(job: Any, lang: str | None = None) -> dict[str, Any]:
    data = job.to_dict(lang)
    data["file"] = job.source  # the page's word for where the job came from
    return data


def jobs(session_dir: str | Path, lang: str | None = None) -> list[dict[str, Any]]:
    """Jobs to show: waiting, approved and printing ones, and those that ended lately."""
    return [_job_dict(j, lang) for j in _queue().jobs() if j.recent()]


def approve(session_dir: str | Path, job_id: Any, lang: str | None = None) -> dict[str, Any]:
    """Approve a waiting job, then let the queue start it if its printer is free."""
    queue = _queue()
    job = queue.approve(int(job_id), by="hub")
    queue.advance()
    return _job_dict(queue.job(job.id), lang)


def refuse(
    session_dir: str | Path, job_id: Any, why: str, lang: str | None = None
) -> dict[str, Any]:
    """Refuse a job with the facilitator's reason (the learner reads it)."""
    return _job_dict(_queue().refuse(int(job_id), why), lang)


def ready(session_dir: str | Path, printer: str) -> dict[str, Any]:
    """The facilitator took the last print off ``printer``: the next approved job may start."""
    queue = _queue()
    queue.mark_ready(printer)
    return {"printer": printer, "bed_clear": True, "events": queue.advance()}


def printers(session_dir: str | Path) -> list[dict[str, Any]]:
    """The library's printers, each with its last known state and whether its bed is clear."""
    from makerkit.printing.registry import library_printers

    queue = _queue()
    found = []
    for p in library_printers():
        known = queue.printer_state(p.name)
        found.append(
            {
                **p.to_dict(),
                "state": (known.get("status") or {}).get("state", "unknown"),
                "progress_percent": (known.get("status") or {}).get("progress_percent"),
                "bed_clear": known.get("bed_clear", True),
                "last_error": known.get("last_error"),
            }
        )
    return found


def advance(session_dir: str | Path) -> list[dict[str, Any]]:
    """One round of the queue (ask the printers, start what may start)."""
    return _queue().advance()


def forget(session_dir: str | Path, learner: str) -> int:
    """Remove a learner's jobs and their files (those not printing right now)."""
    return _queue().forget(learner)


def submit(
    session_dir: str | Path,
    learner: str,
    gcode: bytes,
    printer: str,
    material: str | None = None,
    lang: str | None = None,
    model_stl: bytes | None = None,
) -> dict[str, Any]:
    """A learner's G-code for ``printer``: checked here, queued when safe (``ok``) or refused.

    ``model_stl``, when the notebook sent its model too, lets the job go on a class plate.
    """
    from makerkit.i18n import current_language, language
    from makerkit.printing.gate import Prepared

    item = Prepared(bytes(gcode), "notebook", bytes(model_stl) if model_stl else None)
    with language(lang or current_language()):
        sent = _queue().submit(item, printer, learner=learner, material=material)
        return sent.to_dict()


def mine(session_dir: str | Path, learner: str, lang: str | None = None) -> list[dict[str, Any]]:
    """The jobs of ``learner``, with their state in ``lang``."""
    return [_job_dict(j, lang) for j in _queue().jobs(learner=learner)]


def printer_names(session_dir: str | Path) -> list[dict[str, Any]]:
    """What a learner may know of the printers: name, profile and state."""
    return [
        {"name": p["name"], "profile": p["profile"], "state": p["state"]}
        for p in printers(session_dir)
    ]
