"""One round of the queue for one printer: read its state, follow its print, maybe start a job.

Called by :meth:`makerkit.printing.queue.PrintQueue.advance` with the queue's state held
under its lock, so two processes never start two jobs on one printer.

The rules, in order:

1. a printer that does not answer, or is in error, gets nothing;
2. the job it prints is followed (progress), and marked done or stopped when it ends;
3. a printer seen printing has a part on its bed: nothing more starts until the
   facilitator says the bed is clear (``makerkit printer ready NAME`` or the hub's page);
4. the oldest approved job starts — after checking that its file and its target are
   still those it was checked with, and checking it again if not.

A job never stays bound to a printer the library no longer has (:func:`settle_removed`):
waiting and approved ones are refused with a reason the learner reads, one that was on it
ends as *stopped*, "no longer followed", with that reason (nobody can say how it ended).
"""

from __future__ import annotations

import os
import socket
import time
from typing import Any

from makerkit.errors import MakerkitError
from makerkit.printing.adapters import PrinterStatus, adapter_for
from makerkit.printing.jobs import Job

__all__ = [
    "BOUND_STATES",
    "advance_printer",
    "send",
    "finish_send",
    "settle_removed",
    "settle_replaced",
]

COMPLETE_PERCENT = 99.9
SEND_LOST_S = 300.0  # longer than any upload may take (adapters' upload timeout: 120 s)
BOUND_STATES = ("waiting", "approved", "sending", "printing")  # jobs that need their printer
_HOST = socket.gethostname()


def advance_printer(
    queue: Any,
    state: dict[str, Any],
    name: str,
    sends: list[tuple] | None = None,
    adapters: dict[str, Any] | None = None,
) -> list[dict[str, Any]]:
    """Advance the jobs of printer ``name``; returns the events (done, refused …).

    A job ready to go is marked ``sending`` and added to ``sends`` as ``(printer, job id,
    file name, bytes)``: the caller uploads it after letting go of the lock (an upload
    can take a while) and then calls :func:`finish_send`. ``adapters`` keeps each printer's
    connection for that upload (the caller closes them).
    """
    sends = [] if sends is None else sends
    from makerkit.printing.registry import get_library_printer

    events: list[dict[str, Any]] = []
    entry = state["printers"].setdefault(name, {"bed_clear": True})
    entry.setdefault("bed_clear", True)
    try:
        lp = get_library_printer(name, store=queue.store)
    except MakerkitError as err:
        entry["last_error"] = str(err)
        return events
    if adapters is None:
        with adapter_for(lp) as adapter:
            return _advance_with(queue, state, entry, lp, adapter, sends)
    adapter = adapters.setdefault(name, adapter_for(lp))
    return _advance_with(queue, state, entry, lp, adapter, sends)


def _advance_with(
    queue: Any, state: dict[str, Any], entry: dict[str, Any], lp: Any, adapter: Any, sends: list
) -> list[dict[str, Any]]:
    events: list[dict[str, Any]] = []
    name = lp.name
    try:
        status = adapter.status()
    except MakerkitError as err:
        status = PrinterStatus("offline", message=str(err))
    entry["status"] = status.to_dict()
    entry["seen_at"] = round(time.time(), 3)
    jobs = {k: Job.from_dict(d) for k, d in state["jobs"].items() if d.get("printer") == name}

    for job in jobs.values():
        if job.state in ("approved", "sending") and status.busy and status.file == job.filename:
            job.started_at = time.time()  # sent by a round that could not save (a crash)
            job.move("printing", note="adopted")
        elif job.state == "sending" and _send_lost(job):
            job.move("approved", note="send_lost")  # its sender died before the printer took it
        state["jobs"][str(job.id)] = job.to_storage()
    printing = [j for j in jobs.values() if j.state == "printing"]
    for job in printing:
        events += _follow(job, status)
        state["jobs"][str(job.id)] = job.to_storage()
        _mirror_parts(state, job)
    if status.busy:
        entry["bed_clear"] = False
    if status.state in ("offline", "error") or status.busy or not status.accepts_job:
        return events
    if any(j.state in ("printing", "sending") for j in jobs.values()) or not entry["bed_clear"]:
        return events
    try:  # a profile makerkit no longer has (after an update): nothing can be checked for it
        from makerkit.printers import get_printer

        get_printer(lp.profile)
    except MakerkitError as err:
        entry["last_error"] = str(err)
        return events

    for job in sorted(
        (j for j in jobs.values() if j.state == "approved"),
        key=lambda j: (j.approved_at or 0, j.id),
    ):
        more = _start(queue, lp, job, sends)
        events += more
        state["jobs"][str(job.id)] = job.to_storage()
        _mirror_parts(state, job)
        if job.state == "sending":
            break  # one job per printer
    return events


def _send_lost(job: Job) -> bool:
    """Whether a ``sending`` job's sender is gone (it died, or hangs far beyond any upload).

    On this machine the sender's process is asked directly; otherwise (or for a job marked
    by an older makerkit) the time says it, in both directions: a clock set back by the
    facilitator must not keep the printer reserved for ever.
    """
    from makerkit.files import _alive

    note = job.history[-1] if job.history else {}
    elapsed_s = time.time() - job.last_change()
    pid = note.get("pid")
    if note.get("host") == _HOST and isinstance(pid, int):
        return not _alive(pid) or elapsed_s > SEND_LOST_S
    return abs(elapsed_s) > SEND_LOST_S


def _mirror_parts(state: dict[str, Any], plate: Job) -> None:
    """The jobs on a class plate follow it: its progress, then done or stopped with it."""
    for part_id in plate.parts:
        data = state["jobs"].get(str(part_id))
        if data is None:
            continue
        part = Job.from_dict(data)
        part.progress_percent = plate.progress_percent
        if plate.state in ("done", "stopped") and part.state == "on_plate":
            part.finished_at, part.reason = plate.finished_at, plate.reason
            part.move(plate.state, plate=plate.id)
        elif plate.state == "refused" and part.state == "on_plate":  # back in the queue
            part.plate, part.progress_percent = None, None
            part.move("approved", note="plate_refused")
        state["jobs"][str(part_id)] = part.to_storage()


def _follow(job: Job, status: PrinterStatus) -> list[dict[str, Any]]:
    """Update a printing job from its printer's status; say when it ends.

    When the printer no longer shows our file (dismissed on its screen, unplugged, or
    another print began), the end was not seen: the job is done only if its last known
    progress was complete, else it is marked stopped.
    """
    if status.state in ("offline", "error"):
        return []
    if status.busy and status.file == job.filename:
        job.progress_percent = status.progress_percent
        return []
    if status.file != job.filename:
        return _end(job, "done" if (job.progress_percent or 0) >= COMPLETE_PERCENT else "stopped")
    vendor = status.vendor_state.lower()
    if vendor in ("stopped", "cancelled"):
        return _end(job, "stopped")
    complete = (
        vendor in ("finished", "complete") or (status.progress_percent or 0) >= COMPLETE_PERCENT
    )
    return _end(job, "done" if complete else "stopped")


def _end(job: Job, state: str) -> list[dict[str, Any]]:
    job.finished_at = time.time()
    if state == "done":
        job.progress_percent = 100.0
    job.move(state)
    return [{"job": job.id, "event": state, "printer": job.printer}]


def _start(queue: Any, lp: Any, job: Job, sends: list) -> list[dict[str, Any]]:
    """Check the job once more if needed, then mark it for sending; returns the events."""
    from makerkit.printing.gate import inspect, target_fingerprint
    from makerkit.printing.queue import check_unchanged

    try:
        data, changed = check_unchanged(queue, job, lp.profile)
    except MakerkitError as err:  # e.g. its material is one makerkit no longer has
        job.refuse_for("printing.refused_cannot_check", error=str(err))
        return [{"job": job.id, "event": "refused", "why": "cannot_check"}]
    if changed is not None:
        if not data:
            job.refuse_for("printing.refused_file_missing")
            return [{"job": job.id, "event": "refused", "why": "file_missing"}]
        verdict = inspect(data, lp.profile, job.material)
        if not verdict.ok:
            first = verdict.errors[0]["message"] if verdict.errors else ""
            job.report = verdict.report
            job.refuse_for(f"printing.refused_changed_{changed}", problem=first)
            return [{"job": job.id, "event": "refused", "why": f"changed_{changed}"}]
        job.report, job.estimate = verdict.report, verdict.estimate
        if changed == "file":  # other bytes than those approved: the facilitator looks again
            job.sha256, job.size_bytes = verdict.sha256, verdict.size_bytes
            job.approved_at = None
            job.move("waiting", note="file_changed")
            return [{"job": job.id, "event": "needs_approval", "why": "changed_file"}]
        job.profile, job.target = lp.profile, target_fingerprint(lp.profile, job.material)
        job.history.append({"at": round(time.time(), 3), "state": job.state, "note": "rechecked"})
    job.move("sending", pid=os.getpid(), host=_HOST)
    sends.append((lp, job.id, job.filename, data))
    return []


def send(adapter: Any, filename: str, data: bytes) -> str | None:
    """Upload and start one file (no lock held); ``None`` when it went, else why not."""
    try:
        adapter.upload_and_print(filename, data)
    except MakerkitError as err:
        return str(err)
    return None


def finish_send(
    state: dict[str, Any], lp: Any, job_id: int, error: str | None
) -> list[dict[str, Any]]:
    """Record how a send went (the lock held again): printing, or back to approved.

    The job may have changed meanwhile: seen printing by another round, taken back as lost
    (``approved``: it went all the same, so it prints), or no longer followed because its
    printer was removed or moved with ``--force`` (it stays so; its history says it went).
    """
    entry = state["printers"].setdefault(lp.name, {"bed_clear": True})
    data = state["jobs"].get(str(job_id))
    job = Job.from_dict(data) if data is not None else None
    if error is not None:
        entry["last_error"] = error
        if job is not None and job.state == "sending":
            job.move("approved", note="send_failed")
        events = [{"job": job_id, "event": "send_failed", "error": error}]
    else:
        entry["bed_clear"] = False
        entry.pop("last_error", None)
        events = []
        if job is not None and job.state in ("sending", "approved"):
            job.started_at = time.time()
            job.progress_percent = 0.0
            job.move("printing")
        if job is not None and job.state == "printing":  # (or seen printing by another round)
            events = [{"job": job.id, "event": "started", "printer": lp.name}]
        elif job is not None:
            job.history.append({"at": round(time.time(), 3), "state": job.state, "note": "sent"})
    if job is not None:
        state["jobs"][str(job.id)] = job.to_storage()
        _mirror_parts(state, job)
    return events


def _unfollowed(job: Job, key: str) -> list[dict[str, Any]]:
    """A job on a printer makerkit can no longer ask: stopped, with why, for the learner."""
    job.finished_at = time.time()
    job.reason = {"key": key, "values": {"printer": job.printer}}
    job.move("stopped", key=key)
    return [{"job": job.id, "event": "unfollowed", "printer": job.printer}]


def settle_removed(state: dict[str, Any], gone: set[str]) -> list[dict[str, Any]]:
    """Jobs bound to printers the library no longer has (``gone``): refused or unfollowed.

    Waiting and approved jobs are refused, with a reason the learner reads; a job sending or
    printing there ends as stopped, "no longer followed". A class plate refused so gives its
    parts back, which are settled the same way when they were for a removed printer too.
    """
    events: list[dict[str, Any]] = []
    for _ in range(2 if gone else 0):  # the second round: parts given back by their plate
        for key in sorted(state["jobs"], key=int):
            job = Job.from_dict(state["jobs"][key])
            if job.printer not in gone or job.state not in BOUND_STATES:
                continue
            if job.state in ("waiting", "approved"):
                job.refuse_for("printing.refused_printer_removed", printer=job.printer)
                events.append({"job": job.id, "event": "printer_removed", "printer": job.printer})
            else:
                events += _unfollowed(job, "printing.unfollowed_printer_removed")
            state["jobs"][key] = job.to_storage()
            _mirror_parts(state, job)
    return events


def settle_replaced(
    state: dict[str, Any], name: str, moved: bool, profile_changed: bool
) -> list[dict[str, Any]]:
    """Jobs of printer ``name`` given another address or kind (``moved``) or profile.

    Moved: a job sending or printing there can no longer be followed (stopped, with why).
    Another profile: approved jobs wait for a new approval (the facilitator approved them
    for another machine); they are checked for the new profile before they go.
    """
    events: list[dict[str, Any]] = []
    for key in sorted(state["jobs"], key=int):
        job = Job.from_dict(state["jobs"][key])
        if job.printer != name:
            continue
        if moved and job.state in ("sending", "printing"):
            events += _unfollowed(job, "printing.unfollowed_printer_replaced")
        elif profile_changed and job.state == "approved":
            job.approved_at = None
            job.move("waiting", note="printer_changed")
            events.append({"job": job.id, "event": "printer_changed", "printer": name})
        else:
            continue
        state["jobs"][key] = job.to_storage()
        _mirror_parts(state, job)
    return events
