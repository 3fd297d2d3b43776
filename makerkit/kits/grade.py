"""``makerkit kit grade``: grade a whole class with nbgrader, in parallel, and report.

The steps::

    kit ──open──▶ source notebook ──nbgrader generate assignment──▶ private course + gradebook
    submissions ──copy safely──▶ one notebook per pseudonym (or a rejection with its reason)
    each notebook ──nbgrader autograde in the sandbox (processor time per cell, missing and
                    changed cells put back, checks loaded afresh)──▶ points
    points + hints ──▶ feedback/<pseudonym>.html, class.csv, class.png (+ alt text), results.json

Learners are graded by several worker processes at once (one kernel each); each worker
has its own copy of the course and gradebook, so they never wait for each other. Each
learner's kernel runs in the sandbox of :mod:`makerkit.kits.sandbox` (bubblewrap: no
network, nothing of the disk but their own files, an unprivileged user, limits).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Mapping
from pathlib import Path

from makerkit.errors import KitError
from makerkit.i18n import t
from makerkit.kits.course import DEFAULT_CELL_TIMEOUT_S, Course
from makerkit.kits.notebooks import read_notebook
from makerkit.kits.results import CellResult, ClassResult, LearnerResult, read_results
from makerkit.kits.submissions import Kit, collect_submissions, ok_pseudonym, open_kit

__all__ = ["grade_class", "ClassResult", "LearnerResult", "CellResult"]


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
    confined, kernels = _sandbox_plan(sandbox, users)
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
                "kernel": kernels(lid),
                "address": _kit_address(opened),
            }
            for lid, p in sorted(found.learners.items())
        ]
        raw = _run(jobs, workers, work, progress, _limit_s(opened, timeout))
        with _kit_voice(opened):  # hints and pages speak as the workshop does (tu/vous)
            learners, rejected = read_results(opened, found.learners, raw)
    result = ClassResult(
        workshop=opened.workshop,
        lang=opened.lang,
        title=opened.manifest.get("title", opened.workshop),
        learners=learners,
        rejected=found.rejected + rejected,
        out_dir=out,
        sandbox=confined,
    )
    result.seconds = time.perf_counter() - started
    with _kit_voice(opened):
        write_reports(result)
    _write_graded(result)
    if feedback_name is not None:
        from makerkit.kits.handback import hand_back

        hand_back(result, sub_path, feedback_name, users)
    return result


def _limit_s(kit: Kit, timeout: int) -> float:
    """How long one learner may take before their worker counts as stuck (not their fault)."""
    from makerkit.kits.course import KERNEL_STARTUP_TIMEOUT_S
    from makerkit.kits.notebooks import cells_of

    code_cells = sum(1 for c in cells_of(read_notebook(kit.source)) if c.cell_type == "code")
    return KERNEL_STARTUP_TIMEOUT_S + 2.0 * code_cells * timeout * 3


def _write_graded(result: ClassResult) -> None:
    """Keep each notebook as it ran in ``graded/`` (the facilitator's: hidden tests are in it)."""
    import warnings

    from makerkit.files import write_text

    folder = result.out_dir / "graded"
    folder.mkdir(parents=True, exist_ok=True)
    folder.chmod(0o700)  # hidden tests inside: the facilitator's eyes only
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        for learner in result.learners:
            if learner.graded_notebook:
                write_text(folder / f"{learner.learner}.ipynb", learner.graded_notebook)


def _sandbox_plan(
    wanted: bool | None, users: Mapping[str, str | int] | None
) -> tuple[dict, Callable[[str], dict]]:
    """Whether to sandbox, as whom; and each learner's kernel settings (for the worker)."""
    from makerkit.kits import sandbox as box

    can = box.support()
    if wanted and not can.available or users and not can.available:
        raise KitError("kits.sandbox_unavailable", reason=t(can.reason_key, detail=can.detail))
    on = can.available if wanted is None else bool(wanted)
    if not on:
        why = {"why_not_key": can.reason_key or "kits.sandbox_off", "detail": can.detail}
        return {"on": False, **why}, lambda learner: {"sandboxed": False}
    ids: dict[str, tuple[int, int]] = {}
    for learner, user in (users or {}).items():
        try:
            ids[learner] = box.user_ids(user)
        except (KeyError, PermissionError, OverflowError) as exc:
            raise KitError(
                "kits.sandbox_user", user=str(user), learner=learner, reason=str(exc)
            ) from exc
    own_users = can.root

    def kernel(learner: str) -> dict:
        # The default user (makerkit-grader, made on first use) only for learners without one.
        uid, gid = ids[learner] if learner in ids else box.user_ids(None)
        return {"sandboxed": True, "uid": uid, "gid": gid}

    who = "per learner" if ids else (box.GRADER_USER if can.root else "current user")
    return {"on": True, "tool": "bubblewrap", "user": who, "own_users": own_users}, kernel


def _kit_address(kit: Kit) -> str:
    return kit.manifest.get("address") if kit.manifest.get("address") in ("tu", "vous") else "tu"


def _kit_voice(kit: Kit):
    """The kit's language, its workshop's voice (tu/vous) and print size, while in use."""
    from makerkit.kits.pages import reading_as

    return reading_as(kit.lang, kit.manifest)


def _prepare_course(kit: Kit, root: Path, timeout: int) -> Course:
    import warnings

    import nbformat

    from makerkit.kits.guard import guard_tests

    course = Course(root, kit.workshop, kit.lang, timeout, address=_kit_address(kit))
    guarded = root.parent / "guarded" / kit.notebook_name
    guarded.parent.mkdir()
    nbformat.write(guard_tests(read_notebook(kit.source)), guarded)
    course.add_source(guarded, kit.notebook_name, kit.data_dirs)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # nbgrader's database library talks a lot
        course.release()
    course.close()
    return course


#: How many times a learner is graded again after a failure that is the machine's, not
#: their notebook's (a worker that died, a kernel that did not start).
ATTEMPTS = 3


def _run(
    jobs: list[dict],
    workers: int | None,
    work: Path,
    progress: Callable | None = None,
    limit_s: float = 3600.0,
) -> list[dict]:
    """Grade the jobs in ``workers`` separate Python processes (one kernel each at a time).

    Each job is a file in ``work/jobs``; a worker claims the next one by renaming it into
    its own folder (an atomic step), so a learner whose notebook runs long never holds up
    the others. A job whose worker died, or that failed for the machine's reasons, goes
    back in the queue (up to :data:`ATTEMPTS` tries) and a new worker is started if
    needed: a busy machine delays grading, it does not fail learners. A worker that holds
    one learner longer than ``limit_s`` (times the machine's load) is stuck: it is stopped,
    and that learner is tried again too.
    """
    from makerkit.kits.execute import machine_load
    from makerkit.kits.sandbox import kill_tree

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
    holding: dict[int, tuple[str, float]] = {}  # worker pid -> (job it holds, since when)
    stuck: set[int] = set()
    started = 0
    while len(results) < len(jobs):
        for found in sorted(done_dir.glob("*.json")):
            i = int(found.stem)
            outcome = json.loads(found.read_text("utf-8"))
            found.unlink()
            finish(i, outcome)
        for process, log in list(running):
            if process.poll() is None:
                held = sorted((work / f"claimed-{process.pid}").glob("*.json"))
                name = held[0].name if held else ""
                if holding.get(process.pid, ("",))[0] != name:
                    holding[process.pid] = (name, time.monotonic())
                elif name and time.monotonic() - holding[process.pid][1] > limit_s * max(
                    1.0, machine_load()
                ):
                    stuck.add(process.pid)
                    kill_tree(process.pid)
                continue
            running.remove((process, log))
            log.close()
            # What it had claimed and not finished goes back in the queue.
            why = "kits.grading_too_long" if process.pid in stuck else "kits.worker_stopped"
            for left in sorted((work / f"claimed-{process.pid}").glob("*.json")):
                i = int(left.stem)
                if not (done_dir / left.name).exists() and i not in results:
                    left.unlink()
                    finish(i, {"retry": t(why, lang=jobs[i]["lang"])})
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
        [
            sys.executable,
            "-m",
            "makerkit.startup",
            "makerkit.kits.worker",
            str(queue),
            str(done_dir),
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
    )
    return process, log
