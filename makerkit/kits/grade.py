"""``makerkit kit grade``: grade a whole class with nbgrader, in parallel, and report.

The steps::

    kit ──open──▶ source notebook ──nbgrader generate assignment──▶ private course + gradebook
    submissions ──copy safely──▶ one notebook per pseudonym (or a rejection with its reason)
    each notebook ──nbgrader autograde (time limit per cell, missing cells put back)──▶ points
    points + hints ──▶ feedback/<pseudonym>.html, class.csv, class.png (+ alt text), results.json

Learners are graded by several worker processes at once (one kernel each); each worker
has its own copy of the course and gradebook, so they never wait for each other.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from makerkit.errors import KitError
from makerkit.i18n import t
from makerkit.kits.course import DEFAULT_CELL_TIMEOUT_S, Course
from makerkit.kits.notebooks import cells_of, read_notebook
from makerkit.kits.submissions import Kit, Rejection, collect_submissions, ok_pseudonym, open_kit

__all__ = ["grade_class", "ClassResult", "LearnerResult", "CellResult"]

_TIMEOUT_ERRORS = {"CellTimeoutError", "TimeoutError", "DeadKernelError"}


@dataclass
class CellResult:
    """One test cell for one learner: its step title, points and, when it failed, the hint."""

    grade_id: str
    title: str
    score: float
    max_score: float
    hint: str | None = None

    @property
    def passed(self) -> bool:
        return self.score >= self.max_score


@dataclass
class LearnerResult:
    """One learner's points, per test cell, and notes on what was put back or stopped."""

    learner: str
    cells: list[CellResult]
    notes: list[tuple[str, dict]] = field(default_factory=list)
    #: How long each code cell ran, in seconds (by grade id, else ``cell-<number>``).
    cell_seconds: dict[str, float] = field(default_factory=dict)
    #: Every error shown in the graded notebook, as ``"<cell>: <name>"``.
    cell_errors: list[str] = field(default_factory=list)

    @property
    def score(self) -> float:
        return sum(c.score for c in self.cells)

    @property
    def max_score(self) -> float:
        return sum(c.max_score for c in self.cells)


@dataclass
class ClassResult:
    """The whole class: graded learners, rejected ones, and where the reports are."""

    workshop: str
    lang: str
    title: str
    learners: list[LearnerResult]
    rejected: list[Rejection]
    out_dir: Path
    seconds: float = 0.0

    @property
    def feedback_dir(self) -> Path:
        return self.out_dir / "feedback"

    def as_dict(self) -> dict:
        """What ``makerkit kit grade --json`` prints."""
        return {
            "workshop": self.workshop,
            "lang": self.lang,
            "learners": [
                {"id": r.learner, "score": r.score, "max_score": r.max_score} for r in self.learners
            ],
            "rejected": [
                {
                    "id": r.learner,
                    "reason": r.reason(self.lang),
                    "code": r.reason_key.split(".")[-1],
                }
                for r in self.rejected
            ],
            "feedback_dir": str(self.feedback_dir),
            "csv": str(self.out_dir / "class.csv"),
            "chart": str(self.out_dir / "class.png"),
            "seconds": round(self.seconds, 1),
        }

    def summary_text(self) -> str:
        """A few lines for the facilitator, in the kit's language."""
        lang = self.lang
        lines = [t("kits.graded", lang=lang, count=len(self.learners), seconds=self.seconds)]
        lines += [
            f"  {r.learner:<20} {r.score:g} / {r.max_score:g}"
            for r in sorted(self.learners, key=lambda r: r.learner)
        ]
        if self.rejected:
            lines.append(t("kits.rejected_title", lang=lang, count=len(self.rejected)))
            lines += [f"  {r.learner:<20} {r.reason(lang)}" for r in self.rejected]
        lines.append(t("kits.reports_in", lang=lang, path=str(self.out_dir)))
        return "\n".join(lines)


def grade_class(
    kit: str | os.PathLike,
    submissions: str | os.PathLike,
    out_dir: str | os.PathLike | None = None,
    cell_timeout_s: int | None = None,
    workers: int | None = None,
    *,
    users: Mapping[str, str | int] | None = None,
    feedback_name: str | None = None,
    sandbox: bool | None = None,
    progress: Callable[[str, int, int], None] | None = None,
) -> ClassResult:
    """Grade every learner of ``submissions`` with ``kit``; write feedback, CSV and chart.

    This is what ``makerkit kit grade`` and the hub's "grade the room" both call.

    - ``kit``: a kit zip made by ``makerkit kit build`` (or its unpacked folder).
    - ``submissions``: a folder (or a zip) with one sub-folder per learner, named with
      their pseudonym, holding their notebook. Only the notebooks are read (copied
      first); the folders are never changed, except for ``feedback_name`` below.
    - ``out_dir``: where ``feedback/<pseudonym>.html``, ``class.csv``, ``class.png`` and
      ``results.json`` go (default ``<submissions>-results`` beside the submissions).
    - ``cell_timeout_s``: the processor time one cell may use (default 20 s); a machine
      that is busy with other work does not make a learner's cell fail.
    - ``workers``: learners graded at once (default: one per processor).
    - ``users``: pseudonym → system user (name or uid) whose rights that learner's code
      runs with, in the sandbox (on the hub: each learner's own user). Learners not in
      it run as the dedicated ``makerkit-grader`` user when makerkit runs as root, else
      as the current user. Needs the sandbox.
    - ``feedback_name``: when given (e.g. ``"nametag-feedback.html"``), each graded
      learner's page is also written as ``<submissions>/<pseudonym>/<feedback_name>``
      (owned by their user when ``users`` names one); a file of that name the learner
      made is never overwritten: the page then takes a free name beside it.
    - ``sandbox``: ``None`` (default) grades in the sandbox when the machine can, else
      goes on and says what is at risk (:attr:`ClassResult.sandbox`); ``True`` refuses
      to grade without it (:class:`KitError` ``kits.sandbox_unavailable``); ``False``
      grades without it.
    - ``progress``: called as ``progress(pseudonym, done, total)`` each time a learner
      is graded (or given up on), from the calling thread.

    Returns a :class:`ClassResult`: ``as_dict()`` is the JSON ``kit grade --json`` prints;
    a learner who could not be graded (refused, or failing for the machine's reasons
    after retries) is in ``rejected`` with a reason, never scored 0 for it.

    >>> import inspect
    >>> list(inspect.signature(grade_class).parameters)[5:]
    ['users', 'feedback_name', 'sandbox', 'progress']
    """
    from makerkit.kits.report import write_reports

    started = time.perf_counter()
    timeout = int(cell_timeout_s or DEFAULT_CELL_TIMEOUT_S)
    sub_path = Path(submissions)
    out = Path(out_dir) if out_dir else sub_path.parent / f"{sub_path.stem}-results"
    if out.resolve() == sub_path.resolve() or sub_path.resolve() in out.resolve().parents:
        raise KitError("kits.out_inside_submissions", path=str(out))
    if sandbox or users:
        # The sandbox is being built: until then, never pretend to run a learner's code as
        # another user or confined.
        raise KitError("kits.sandbox_unavailable", reason="not available in this version")
    if feedback_name is not None and not (
        ok_pseudonym(feedback_name) and feedback_name.endswith(".html") and sub_path.is_dir()
    ):
        raise KitError("kits.bad_feedback_name", name=str(feedback_name))
    with tempfile.TemporaryDirectory(prefix="makerkit-grade-") as tmp:
        work = Path(tmp)
        opened = open_kit(kit, work)
        found = collect_submissions(sub_path, opened.notebook_name, work)
        template = _prepare_course(opened, work / "course", timeout)
        jobs = [
            {
                "template": str(template.root),
                "assignment": opened.workshop,
                "lang": opened.lang,
                "timeout": timeout,
                "notebook": opened.notebook_name,
                "learner": lid,
                "path": str(p),
            }
            for lid, p in sorted(found.learners.items())
        ]
        raw = _run(jobs, workers, work, progress)
        learners, rejected = _results(opened, found.learners, raw)
    result = ClassResult(
        workshop=opened.workshop,
        lang=opened.lang,
        title=opened.manifest.get("title", opened.workshop),
        learners=learners,
        rejected=found.rejected + rejected,
        out_dir=out,
    )
    result.seconds = time.perf_counter() - started
    write_reports(result)
    if feedback_name is not None:
        from makerkit.kits.handback import hand_back

        hand_back(result, sub_path, feedback_name, users)
    return result


def _prepare_course(kit: Kit, root: Path, timeout: int) -> Course:
    import warnings

    course = Course(root, kit.workshop, kit.lang, timeout)
    course.add_source(kit.source, kit.notebook_name, kit.data_dirs)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # nbgrader's database library talks a lot
        course.release()
    course.close()
    return course


#: How many times a learner is graded again after a failure that is the machine's, not
#: their notebook's (a worker that died, a kernel that did not start).
ATTEMPTS = 3


def _run(
    jobs: list[dict], workers: int | None, work: Path, progress: Callable | None = None
) -> list[dict]:
    """Grade the jobs in ``workers`` separate Python processes (one kernel each at a time).

    Each job is a file in ``work/jobs``; a worker claims the next one by renaming it into
    its own folder (an atomic step), so a learner whose notebook runs long never holds up
    the others. A job whose worker died, or that failed for the machine's reasons, goes
    back in the queue (up to :data:`ATTEMPTS` tries) and a new worker is started if
    needed: a busy machine delays grading, it does not fail learners.
    """
    if not jobs:
        return []
    count = max(1, min(workers or os.cpu_count() or 1, len(jobs)))
    queue, done_dir = work / "jobs", work / "results"
    queue.mkdir()
    done_dir.mkdir()
    tries = [0] * len(jobs)
    results: dict[int, dict] = {}

    def enqueue(i: int) -> None:
        tries[i] += 1
        partial = queue / f".{i:05d}.partial"
        partial.write_text(json.dumps(jobs[i]), encoding="utf-8")
        os.replace(partial, queue / f"{i:05d}.json")

    def finish(i: int, outcome: dict) -> None:
        if "retry" in outcome:
            if tries[i] < ATTEMPTS:
                enqueue(i)
                return
            outcome = {"learner": jobs[i]["learner"], "error": outcome["retry"]}
        results[i] = outcome
        if progress is not None:
            progress(jobs[i]["learner"], len(results), len(jobs))

    for i in range(len(jobs)):
        enqueue(i)
    running: list[tuple[subprocess.Popen, object]] = []
    started = 0
    while len(results) < len(jobs):
        for found in sorted(done_dir.glob("*.json")):
            i = int(found.stem)
            outcome = json.loads(found.read_text("utf-8"))
            found.unlink()
            finish(i, outcome)
        for process, log in list(running):
            if process.poll() is None:
                continue
            running.remove((process, log))
            log.close()
            # What it had claimed and not finished goes back in the queue.
            for left in sorted((work / f"claimed-{process.pid}").glob("*.json")):
                i = int(left.stem)
                if not (done_dir / left.name).exists() and i not in results:
                    left.unlink()
                    finish(i, {"retry": t("kits.worker_stopped", lang=jobs[i]["lang"])})
        waiting = len(list(queue.glob("*.json")))
        while waiting and len(running) < count:
            running.append(_start_worker(queue, done_dir, work, started))
            started += 1
            waiting -= 1
        if len(results) < len(jobs):
            time.sleep(0.1)
    for process, log in running:
        process.wait()
        log.close()
    return [results[i] for i in range(len(jobs))]


def _start_worker(queue: Path, done_dir: Path, work: Path, number: int):
    log = (work / f"worker-{number}.log").open("wb")
    # A fresh interpreter per worker: nothing shared, whatever the caller's process is
    # (a script, a notebook, a test run); its kernels' chatter goes to the log.
    process = subprocess.Popen(
        [sys.executable, "-m", "makerkit.kits.worker", str(queue), str(done_dir)],
        stdout=log,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
    )
    return process, log


def _results(
    kit: Kit, copies: dict[str, Path], raw: list[dict]
) -> tuple[list[LearnerResult], list[Rejection]]:
    import nbformat

    source = read_notebook(kit.source)
    released = read_notebook(kit.released) if kit.released.is_file() else source
    titles = _step_titles(source)
    test_ids = [c.grade_id for c in cells_of(source) if c.kind == "test"]
    # A locked cell counts as changed when it matches neither the learner's copy nor the source.
    locked_sources: dict[str, set[str]] = {}
    for nb in (released, source):
        for c in cells_of(nb):
            if c.kind in ("locked", "test"):
                locked_sources.setdefault(c.grade_id, set()).add(c.source.strip())
    learners, rejected = [], []
    for item in raw:
        lid = item["learner"]
        if "error" in item:
            rejected.append(Rejection(lid, "kits.reject_grading_failed", {"reason": item["error"]}))
            continue
        graded = nbformat.reads(item["autograded"], as_version=4)
        errors = _errors_by_cell(graded)
        cells = [
            CellResult(
                gid,
                titles.get(gid, gid),
                float(score),
                float(max_score),
                None if score >= max_score else _hint(errors.get(gid), kit.lang),
            )
            for gid, score, max_score in item["grades"]
        ]
        order = {gid: i for i, gid in enumerate(test_ids)}
        cells.sort(key=lambda c: order.get(c.grade_id, len(order)))
        result = LearnerResult(lid, cells)
        result.cell_seconds, result.cell_errors = _cell_times_and_errors(graded)
        submitted = cells_of(read_notebook(copies[lid]))
        present = {c.grade_id for c in submitted}
        missing = [titles.get(g, g) for g in test_ids if g not in present]
        if missing:
            result.notes.append(("kits.note_restored", {"cells": ", ".join(missing)}))
        edited = [
            c.grade_id
            for c in submitted
            if c.grade_id in locked_sources and c.source.strip() not in locked_sources[c.grade_id]
        ]
        if edited:
            result.notes.append(("kits.note_locked", {"count": len(edited)}))
        if any(_timed_out(cell) for cell in graded.cells):
            result.notes.append(("kits.note_timeout", {}))
        learners.append(result)
    return learners, rejected


def _cell_times_and_errors(nb) -> tuple[dict[str, float], list[str]]:
    from datetime import datetime

    def when(stamp: str) -> datetime:
        return datetime.fromisoformat(stamp.replace("Z", "+00:00"))

    times, errors = {}, []
    for i, cell in enumerate(nb.cells):
        if cell.cell_type != "code":
            continue
        key = cell.get("metadata", {}).get("nbgrader", {}).get("grade_id") or f"cell-{i + 1}"
        timing = cell.get("metadata", {}).get("execution", {})
        start = timing.get("shell.execute_reply.started") or timing.get("iopub.execute_input")
        end = timing.get("shell.execute_reply")
        if start and end:
            times[key] = (when(end) - when(start)).total_seconds()
        errors += [
            f"{key}: {o.get('ename')}"
            for o in cell.get("outputs", [])
            if o.get("output_type") == "error"
        ]
    return times, errors


def _step_titles(nb) -> dict[str, str]:
    """Each test cell's step: the last heading above it in the notebook."""
    titles, heading = {}, ""
    for cell in cells_of(nb):
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("#"):
                    heading = line.lstrip("#").strip().replace("*", "").replace("`", "")
        if cell.kind == "test":
            titles[cell.grade_id] = heading or cell.grade_id
    return titles


def _errors_by_cell(nb) -> dict[str, list[tuple[str, str]]]:
    out = {}
    for cell in nb.cells:
        gid = cell.get("metadata", {}).get("nbgrader", {}).get("grade_id")
        errs = [
            (o.get("ename", ""), o.get("evalue", ""))
            for o in cell.get("outputs", [])
            if o.get("output_type") == "error"
        ]
        if gid and errs:
            out[gid] = errs
    return out


def _timed_out(cell) -> bool:
    return any(
        o.get("output_type") == "error" and o.get("ename") in _TIMEOUT_ERRORS
        for o in cell.get("outputs", [])
    )


def _hint(errors: list[tuple[str, str]] | None, lang: str) -> str:
    """What the learner may read about a failed test: a check's hint, never a hidden test's code."""
    if not errors:
        return t("kits.hint_generic", lang=lang)
    ename, evalue = errors[0]
    if ename == "CheckFailed" and evalue.strip():
        return evalue.strip()
    if ename in _TIMEOUT_ERRORS:
        return t("kits.hint_timeout", lang=lang)
    if ename == "NameError":
        return t("kits.hint_name_error", lang=lang)
    return t("kits.hint_error", lang=lang, error=ename or "?")
