"""The print queue: learners send, the safety gate checks, the facilitator approves, printers print.

Everything is kept under makerkit's home (``printing/queue.json`` and one G-code file per
job), written atomically under one lock, so the queue survives a restart and several
processes (the command line, the hub's page, a ``makerkit print serve`` worker) can share it.

:meth:`PrintQueue.advance` drives it: it asks each printer with work how it is, follows
the jobs it prints, and starts the oldest approved job on a printer that is free — ready,
not printing, and with its bed cleared since the last print (``printer ready NAME``).
Right before a job goes, its file's checksum and its target's profile are compared with
those it was checked with; if either changed, it is checked again.

A damaged ``queue.json`` stops the queue with a clear error (nothing is rewritten, no job is
dropped); :meth:`PrintQueue.restore` (``makerkit print restore``) goes back to its last
good copy, kept beside it at every change.

>>> import tempfile, os
>>> os.environ["MAKERKIT_HOME"] = tempfile.mkdtemp()
>>> from makerkit.printing.registry import add_printer
>>> _ = add_printer("atelier", "moonraker", "http://127.0.0.1:9", "prusa-mini")
>>> q = PrintQueue()
>>> sent = q.submit(b"G28\\nG1 Z5 F600\\nG1 X500 F3000\\n", "atelier", learner="Camille")
>>> sent.accepted, sent.report["problems"][0]["code"]
(False, 'out_of_bounds')
>>> safe = "G28\\nM104 S215\\nM109 S215\\nG1 Z0.2 F600\\nG1 X50 Y20 E3 F1200\\nM104 S0\\n"
>>> job = q.submit(safe, "atelier", learner="Camille").job
>>> job.id, job.state, q.approve(job.id).state
(1, 'waiting', 'approved')
>>> del os.environ["MAKERKIT_HOME"]
"""

from __future__ import annotations

import html
import os
import re
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import MISSING, dataclass, field, fields
from typing import Any

from makerkit.errors import MakerkitError, PrintingError
from makerkit.printing.gate import inspect, prepare, sha256, target_fingerprint
from makerkit.printing.home import Store, previous
from makerkit.printing.jobs import JOB_STATES, Job
from makerkit.printing.registry import get_library_printer, known_printers

__all__ = ["PrintQueue", "Submission", "printer_changing"]

_FILE = "queue.json"
_PSEUDONYM_MAX = 40
_REQUIRED = {f.name for f in fields(Job) if f.default is MISSING and f.default_factory is MISSING}
_BLOB = re.compile(r"^(\d+)\.gcode$")


def _shape(data: Any) -> bool:
    """Whether ``queue.json`` holds what makerkit wrote there (else: damaged)."""
    if not isinstance(data, dict):
        return False
    jobs, printers = data.get("jobs", {}), data.get("printers", {})
    if not isinstance(jobs, dict) or not isinstance(printers, dict):
        return False
    if not isinstance(data.get("next_id", 1), int):
        return False
    return all(isinstance(p, dict) for p in printers.values()) and all(
        isinstance(d, dict)
        and d.keys() >= _REQUIRED
        and str(d["id"]) == key
        and d.get("state") in JOB_STATES
        and isinstance(d.get("history", []), list)
        for key, d in jobs.items()
    )


@dataclass
class Submission:
    """What :meth:`PrintQueue.submit` answers: the queued job, or the reasons it was refused."""

    accepted: bool
    job: Job | None
    report: dict[str, Any]
    printer: str
    estimate: dict[str, Any] = field(default_factory=dict)

    @property
    def problems(self) -> list[dict[str, Any]]:
        return self.report.get("problems", [])

    def message(self, lang: str | None = None) -> str:
        """One paragraph: queued (with its id), or refused with what to fix."""
        from makerkit.i18n import t

        if self.accepted and self.job is not None and self.job.parts:
            return t(
                "printing.plate_queued",
                lang=lang,
                id=self.job.id,
                count=len(self.job.parts),
                printer=self.printer,
            )
        if self.accepted and self.job is not None:
            return t("printing.queued", lang=lang, id=self.job.id, printer=self.printer)
        rows = [t("printing.unsafe", lang=lang, printer=self.printer)]
        rows += [f"  ✖ {p['message']}" for p in self.problems if p.get("severity") == "error"]
        return "\n".join(rows)

    def to_dict(self, lang: str | None = None) -> dict[str, Any]:
        job = self.job.to_dict(lang) if self.job else None
        return {
            "ok": self.accepted,
            "job": job
            or {"id": None, "state": "refused", "problems": self.problems, "printer": self.printer},
            "message": self.message(lang),
        }

    def __str__(self) -> str:
        return self.message()

    def _repr_html_(self) -> str:
        colour = "#009E73" if self.accepted else "#D55E00"
        rows = self.message().split("\n")
        head, rest = (
            html.escape(rows[0]),
            "".join(f"<li>{html.escape(r[4:])}</li>" for r in rows[1:]),
        )
        return (
            f'<div class="makerkit-print" role="status"><p style="color:{colour}">'
            f"<strong>{head}</strong></p>{f'<ul>{rest}</ul>' if rest else ''}</div>"
        )


class PrintQueue:
    """The queue kept in ``store`` (default: makerkit's home); see the module's example."""

    def __init__(self, store: Store | None = None) -> None:
        self.store = store or Store()

    # --- state on disk --------------------------------------------------------------------
    def _load(self) -> dict[str, Any]:
        state = self.store.read_json(_FILE, None, _shape)
        if state is None:  # a new queue, or its file deleted: never reuse a kept file's id
            state = {"next_id": max(self._blob_ids(), default=0) + 1}
        state.setdefault("next_id", 1)
        state.setdefault("jobs", {})
        state.setdefault("printers", {})
        used = max((int(k) for k in state["jobs"]), default=0)
        state["next_id"] = max(int(state["next_id"]), used + 1)
        return state

    def _blob_ids(self) -> list[int]:
        """The ids of the job files kept in the queue's folder."""
        try:
            names = os.listdir(self.store.path("files"))
        except OSError:
            return []
        return [int(m[1]) for m in map(_BLOB.match, names) if m]

    @contextmanager
    def _changing(self, *, held: bool = False) -> Iterator[dict[str, Any]]:
        """The state, under the lock (``held``: the caller holds it); saved if the block ends well."""
        with nullcontext() if held else self.store.locked():
            state = self._load()
            yield state
            self.store.write_json(_FILE, state)

    def _blob(self, job_id: int) -> str:
        return f"files/{job_id}.gcode"

    def _model(self, job_id: int) -> str:
        return f"files/{job_id}.stl"

    # --- reading -------------------------------------------------------------------------
    def jobs(
        self, *, learner: str | None = None, printer: str | None = None, states: Any = None
    ) -> list[Job]:
        """The jobs, oldest first, optionally one learner's, one printer's or in some states."""
        found = [Job.from_dict(d) for d in self._load()["jobs"].values()]
        if learner is not None:
            found = [j for j in found if j.learner == learner]
        if printer is not None:
            found = [j for j in found if j.printer == printer]
        if states is not None:
            found = [j for j in found if j.state in states]
        return sorted(found, key=lambda j: j.id)

    def job(self, job_id: int) -> Job:
        """The job with this id, or an error that says there is none."""
        data = self._load()["jobs"].get(str(int(job_id)))
        if data is None:
            raise PrintingError("printing.no_such_job", id=job_id)
        return Job.from_dict(data)

    def gcode(self, job_id: int) -> bytes:
        """The exact bytes that were checked for this job (and will be uploaded)."""
        data = self.store.read_bytes(self._blob(int(job_id)))
        if data is None:
            raise PrintingError("printing.job_file_missing", id=job_id)
        return data

    def printer_state(self, name: str) -> dict[str, Any]:
        """What the queue knows of a printer: ``bed_clear``, its last status and error."""
        return dict(self._load()["printers"].get(name, {"bed_clear": True}))

    # --- the learner's side ----------------------------------------------------------------
    def submit(
        self,
        item: Any,
        printer: str,
        *,
        learner: str | None = None,
        material: str | None = None,
    ) -> Submission:
        """Check ``item`` for ``printer`` and queue it when it is safe (it then waits for approval).

        ``item``: G-code bytes or text, a G-code or model file, a ``Solid``, or a slice.
        Nothing is uploaded here; an unsafe file is not queued at all.
        """
        lp = get_library_printer(printer, store=self.store)
        material = material or "pla"
        learner = _pseudonym(learner)
        prepared = prepare(item, lp.profile, material)
        verdict = inspect(prepared.gcode, lp.profile, material)
        if not verdict.ok:
            return Submission(False, None, verdict.report, printer)
        job = self._enqueue(prepared, verdict, lp, material, learner=learner)
        return Submission(True, job, verdict.report, printer, verdict.estimate)

    def _enqueue(self, prepared: Any, verdict: Any, lp: Any, material: str, **fields: Any) -> Job:
        """Give a checked file its id and keep it (with its model, if any) in the queue."""
        state_after = fields.pop("state", "waiting")
        with self._changing() as state:
            if lp.name not in (known_printers(self.store) or ()):  # removed meanwhile
                get_library_printer(lp.name, store=self.store)
            for part in fields.get("parts", ()):  # a plate: its parts may have moved on meanwhile
                entry = self._get(state, part)
                if entry.state != "approved":
                    raise PrintingError(
                        "printing.plate_needs_approved", id=entry.id, state=entry.describe()
                    )
            job_id = int(state["next_id"])
            state["next_id"] = job_id + 1
            job = Job(
                id=job_id,
                printer=lp.name,
                profile=lp.profile,
                material=material,
                learner=fields.pop("learner", None),
                source=prepared.source,
                sha256=verdict.sha256,
                size_bytes=verdict.size_bytes,
                target=target_fingerprint(lp.profile, material),
                report=verdict.report,
                estimate=verdict.estimate,
                **fields,
            ).move(state_after)
            self.store.write_bytes(self._blob(job_id), prepared.gcode)
            if prepared.model_stl:
                self.store.write_bytes(self._model(job_id), prepared.model_stl)
            state["jobs"][str(job_id)] = job.to_storage()
            for part in job.parts:  # a class plate: its parts go with it
                entry = Job.from_dict(state["jobs"][str(part)])
                entry.plate = job_id
                state["jobs"][str(part)] = entry.move("on_plate", plate=job_id).to_storage()
        return job

    def model_stl(self, job_id: int) -> bytes | None:
        """The model a job was sliced from (binary STL), or ``None`` for G-code sent as such."""
        return self.store.read_bytes(self._model(int(job_id)))

    # --- the facilitator's side ------------------------------------------------------------
    def approve(self, job_id: int, *, by: str | None = None) -> Job:
        """Let a waiting job go to its printer as soon as the printer is free."""
        with self._changing() as state:
            job = self._get(state, job_id)
            if job.state != "waiting":
                raise PrintingError("printing.cannot_approve", id=job.id, state=job.describe())
            if job.printer not in (known_printers(self.store) or ()):
                raise PrintingError("printing.job_printer_removed", id=job.id, printer=job.printer)
            job.approved_at = time.time()
            job.move("approved", **({"by": by} if by else {}))
            state["jobs"][str(job.id)] = job.to_storage()
        return job

    def refuse(self, job_id: int, why: str) -> Job:
        """Refuse a job that has not started, with a reason the learner will read."""
        why = (why or "").strip()
        if not why:
            raise PrintingError("printing.refuse_needs_reason")
        with self._changing() as state:
            job = self._get(state, job_id)
            if job.state not in ("waiting", "approved"):
                raise PrintingError("printing.cannot_refuse", id=job.id, state=job.describe())
            job.refuse_by(why[:500])
            state["jobs"][str(job.id)] = job.to_storage()
            for part in job.parts:  # a refused plate gives its parts back to the queue
                if str(part) not in state["jobs"]:
                    continue  # forgotten meanwhile (privacy)
                entry = Job.from_dict(state["jobs"][str(part)])
                if entry.state == "on_plate":
                    entry.plate = None
                    state["jobs"][str(part)] = entry.move(
                        "approved", note="plate_refused"
                    ).to_storage()
        return job

    def mark_ready(self, printer: str) -> None:
        """The facilitator says the printer's bed is clear: the next approved job may start."""
        get_library_printer(printer, store=self.store)
        with self._changing() as state:
            entry = state["printers"].setdefault(printer, {})
            entry["bed_clear"] = True
            entry["ready_at"] = time.time()

    def forget(self, learner: str) -> int:
        """Remove a learner's jobs and their files (privacy), but those on a printer right now.

        Returns how many were removed.
        """
        with self._changing() as state:
            gone = [
                k
                for k, d in state["jobs"].items()
                if d.get("learner") == learner and d.get("state") not in ("sending", "printing")
            ]
            for k in gone:
                del state["jobs"][k]
                self.store.path(self._blob(int(k))).unlink(missing_ok=True)
                self.store.path(self._model(int(k))).unlink(missing_ok=True)
        return len(gone)

    def _get(self, state: dict[str, Any], job_id: Any) -> Job:
        try:
            key = str(int(job_id))
        except (TypeError, ValueError) as exc:
            raise PrintingError("printing.no_such_job", id=job_id) from exc
        if key not in state["jobs"]:
            raise PrintingError("printing.no_such_job", id=job_id)
        return Job.from_dict(state["jobs"][key])

    # --- driving the queue ------------------------------------------------------------------
    def advance(self) -> list[dict[str, Any]]:
        """Ask the printers that have work how they are; follow prints; start approved jobs.

        Returns what happened, as plain events (``{"job": 3, "event": "started", …}``).
        Safe to call from several processes at once: one at a time holds the lock.
        """
        events: list[dict[str, Any]] = []
        sends: list[tuple] = []
        adapters: dict[str, Any] = {}
        try:
            self._advance(events, sends, adapters)
        finally:
            for adapter in adapters.values():
                adapter.close()
        return events

    def _advance(self, events: list, sends: list, adapters: dict) -> None:
        from makerkit.printing.driver import (
            BOUND_STATES,
            advance_printer,
            finish_send,
            send,
            settle_removed,
        )

        with self._changing() as state:
            known = known_printers(self.store)
            if known is not None:  # jobs of a printer no longer in the list: settled, not stuck
                used = {d["printer"] for d in state["jobs"].values() if d["state"] in BOUND_STATES}
                events += settle_removed(state, used - known)
            names = sorted(
                {
                    d["printer"]
                    for d in state["jobs"].values()
                    if d.get("state") in ("approved", "sending", "printing")
                }
            )
            for name in names:
                events += advance_printer(self, state, name, sends, adapters)
        # uploads happen without the lock: learners can send meanwhile; the job's
        # "sending" state keeps other processes from starting anything on that printer
        for lp, job_id, filename, data in sends:
            error = send(adapters[lp.name], filename, data)
            with self._changing() as state:
                events += finish_send(state, lp, job_id, error)

    # --- a damaged file ------------------------------------------------------------------------
    def restore(self) -> dict[str, Any]:
        """Put back the last good copy of a damaged queue or printers file; the rest stays.

        The damaged file is kept beside it (``queue.damaged-<time>.json``); with no good copy
        left, the file starts empty. A queue restored from its copy may be one change behind,
        so nothing starts until the facilitator looks again: approved jobs wait for a new
        approval, and every printer for "bed clear". Returns ``restored`` (one entry per file
        put back) and ``missing`` (ids of job files kept in the folder that the copy does not
        list: jobs sent after it).
        """
        from makerkit.printing import registry

        report: dict[str, Any] = {"restored": [], "missing": []}
        files = (
            (registry._FILE, registry._shape, {"printers": {}}),
            (_FILE, _shape, {"next_id": 1, "jobs": {}, "printers": {}}),
        )
        with self.store.locked():
            for name, shape, empty in files:
                try:
                    self.store.read_json(name, None, shape)
                    continue
                except PrintingError as err:
                    if err.key != "printing.store_damaged":
                        raise
                report["restored"].append(self._put_back(name, shape, empty))
            if any(r["file"] == str(self.store.path(_FILE)) for r in report["restored"]):
                with self._changing(held=True) as state:
                    report["missing"] = self._after_restore(state)
        return report

    def _put_back(self, name: str, shape: Any, empty: dict[str, Any]) -> dict[str, Any]:
        path, copy = self.store.path(name), self.store.path(previous(name))
        stamp, n = time.strftime("%Y%m%d-%H%M%S"), 0
        kept = path.with_name(f"{path.stem}.damaged-{stamp}{path.suffix}")
        while kept.exists():
            n += 1
            kept = path.with_name(f"{path.stem}.damaged-{stamp}-{n}{path.suffix}")
        os.replace(path, kept)  # never deleted: someone may want what it holds
        try:
            data = self.store.read_json(previous(name), None, shape)
        except PrintingError:
            data = None
        saved_at = copy.stat().st_mtime if data is not None else None
        self.store.write_json(name, data if data is not None else empty)
        return {
            "file": str(path),
            "kept": str(kept),
            "from": str(copy) if data is not None else None,
            "saved_at": saved_at,
        }

    def _after_restore(self, state: dict[str, Any]) -> list[int]:
        for key, data in state["jobs"].items():
            if data["state"] in ("approved", "sending"):
                job = Job.from_dict(data)
                job.approved_at = None
                state["jobs"][key] = job.move("waiting", note="restored").to_storage()
        for name in set(state["printers"]) | (known_printers(self.store) or set()):
            state["printers"].setdefault(name, {})["bed_clear"] = False
        kept = self._blob_ids()  # files of jobs sent after the copy: never overwritten
        state["next_id"] = max(state["next_id"], max(kept, default=0) + 1)
        return sorted(i for i in kept if str(i) not in state["jobs"])

    # --- one loop for the command line ---------------------------------------------------------
    def serve(
        self,
        interval_s: float = 5.0,
        rounds: int | None = None,
        say: Callable[[str], Any] | None = None,
    ) -> None:
        """Call :meth:`advance` every ``interval_s`` seconds (``rounds`` times, or until stopped).

        A round that fails (the lock busy, the queue's file damaged) is tried again at the
        next; ``say`` is given its message, once until the message changes.
        """
        done, said = 0, None
        while rounds is None or done < rounds:
            try:
                self.advance()
                said = None
            except MakerkitError as err:
                if say is not None and str(err) != said:
                    say(str(err))
                said = str(err)
            done += 1
            if rounds is None or done < rounds:
                time.sleep(interval_s)


def _pseudonym(learner: str | None) -> str | None:
    if learner is None:
        return None
    name = " ".join(str(learner).split())
    if not name:
        return None
    if len(name) > _PSEUDONYM_MAX or any(not ch.isprintable() for ch in name):
        raise PrintingError("printing.bad_pseudonym", max=_PSEUDONYM_MAX)
    return name


@contextmanager
def printer_changing(
    store: Store, name: str, old: dict[str, Any], new: dict[str, Any] | None, *, force: bool
) -> Iterator[list[dict[str, Any]]]:
    """Around the registry's change of printer ``name`` (the caller holds the store's lock).

    Before the change: a printer sending or printing a job is not removed (``new`` is
    ``None``) nor given another address or kind, unless ``force`` (that print could no
    longer be followed). After it: the printer's jobs are settled (see the driver's
    ``settle_removed`` and ``settle_replaced``); their events fill the list yielded.
    """
    from makerkit.printing.driver import settle_removed, settle_replaced

    events: list[dict[str, Any]] = []
    with PrintQueue(store)._changing(held=True) as state:
        moved = new is None or (new["url"], new["kind"]) != (old["url"], old["kind"])
        busy = sorted(
            int(d["id"])
            for d in state["jobs"].values()
            if d["printer"] == name and d["state"] in ("sending", "printing")
        )
        if busy and moved and not force:
            why = "remove" if new is None else "replace"
            raise PrintingError(
                f"printing.printer_busy_{why}", name=name, ids=", ".join(map(str, busy))
            )
        yield events
        if new is None:
            events += settle_removed(state, {name})
            state["printers"].pop(name, None)
        else:
            events += settle_replaced(state, name, moved, new["profile"] != old["profile"])


def check_unchanged(queue: PrintQueue, job: Job, profile: str) -> tuple[bytes, str | None]:
    """The job's bytes, and why it must be checked again (``None`` when nothing changed)."""
    data = queue.store.read_bytes(queue._blob(job.id))
    if data is None:
        return b"", "file"
    if sha256(data) != job.sha256:
        return data, "file"
    if profile != job.profile or target_fingerprint(profile, job.material) != job.target:
        return data, "target"
    return data, None
