"""A grading worker: ``python -m makerkit.kits.worker JOBS_DIR RESULTS_DIR``.

:func:`makerkit.kits.grade.grade_class` starts one per processor; each grades its share of
the class: it claims the next learner from the job folder, grades them in its own copy of
the nbgrader course (so the workers never wait for each other's gradebook), writes what it
found as JSON, and goes on until no job is left.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import warnings
from pathlib import Path

from makerkit.kits.course import Course

__all__ = ["grade_one", "main"]

_COURSES: dict[str, Course] = {}


def grade_one(
    template: str,
    assignment: str,
    lang: str,
    timeout: int,
    notebook: str,
    learner: str,
    path: str,
    kernel: dict | None = None,
    address: str = "tu",
) -> dict:
    """Autograde one learner's copied notebook in this process's own copy of the course.

    ``kernel``: how the learner's kernel starts (``sandboxed``, ``uid``, ``gid``; see
    :class:`makerkit.kits.execute.SandboxKernelManager`); ``address``: the workshop's « tu »
    or « vous », for the notices nbgrader writes into the learner's notebook.

    Returns ``{"learner", "grades", "autograded"}``, or ``{"learner", "retry"}`` when the
    grading failed for the machine's reasons (the learner is then graded again).
    """
    course = _COURSES.get(template)
    if course is None:
        root = Path(template).parent / f"worker-{os.getpid()}"
        shutil.copytree(template, root, dirs_exist_ok=True)
        course = _COURSES[template] = Course(root, assignment, lang, timeout, address=address)
    target = course.submitted_dir(learner)
    target.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(path, target / notebook)
    kernel = {**(kernel or {}), "box_root": str(Path(template).parent / "boxes")}
    try:
        outcome = course.autograde(learner, kernel)
    finally:
        _reap_leftovers()
    graded = course.autograded_dir(learner) / notebook
    if not outcome.get("success") or not graded.is_file():
        text = (outcome.get("error") or outcome.get("log") or "?").strip().splitlines()
        return {"learner": learner, "retry": text[-1][:200] if text else "?"}
    stem = notebook[: -len(".ipynb")]
    grades = [(g.grade_id, g.score, g.max_score) for g in course.grades(stem, learner)]
    return {"learner": learner, "grades": grades, "autograded": graded.read_text("utf-8")}


def _become_subreaper() -> None:
    """Adopt every orphan our kernels leave (Linux), so that none outlives its learner."""
    if not sys.platform.startswith("linux"):
        return
    import contextlib
    import ctypes

    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(36, 1, 0, 0, 0)  # PR_SET_CHILD_SUBREAPER


def _reap_leftovers() -> None:
    """Kill and reap whatever a learner's kernel left running (we hold no other child)."""
    from makerkit.kits.sandbox import kill_tree, process_tree

    if sys.platform.startswith("linux"):
        for pid in process_tree(os.getpid())[1:]:
            kill_tree(pid)
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return


def main(argv: list[str] | None = None) -> int:
    """Claim and grade the jobs of folder ``argv[0]`` one by one; results go in ``argv[1]``."""
    queue, done = (Path(a) for a in (argv if argv is not None else sys.argv[1:])[:2])
    warnings.filterwarnings("ignore")  # nbgrader's database library talks a lot
    _become_subreaper()
    mine = queue.parent / f"claimed-{os.getpid()}"
    mine.mkdir(exist_ok=True)
    while True:
        claimed = None
        for job_file in sorted(queue.glob("*.json")):
            try:
                os.replace(job_file, mine / job_file.name)  # atomic: one worker wins
            except FileNotFoundError:
                continue  # another worker took it first
            claimed = mine / job_file.name
            break
        if claimed is None:
            return 0
        job = json.loads(claimed.read_text("utf-8"))
        try:
            result = grade_one(**job)
        except Exception as exc:  # one learner's trouble never stops the others
            result = {"learner": job["learner"], "retry": f"{type(exc).__name__}: {exc}"[:200]}
        partial = done / f".{claimed.name}.partial"
        partial.write_text(json.dumps(result), encoding="utf-8")
        os.replace(partial, done / claimed.name)
        claimed.unlink()


if __name__ == "__main__":
    sys.exit(main())
