"""A grading worker: ``python -m makerkit.kits.worker JOBS.json RESULTS.json``.

:func:`makerkit.kits.grade.grade_class` starts one per processor; each grades its share of
the class, one learner after the other, in its own copy of the nbgrader course (so the
workers never wait for each other's gradebook), and writes what it found as JSON.
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
    template_root: str,
    assignment: str,
    lang: str,
    timeout: int,
    notebook_name: str,
    learner: str,
    notebook_path: str,
) -> dict:
    """Autograde one learner's copied notebook in this process's own copy of the course."""
    course = _COURSES.get(template_root)
    if course is None:
        root = Path(template_root).parent / f"worker-{os.getpid()}"
        shutil.copytree(template_root, root, dirs_exist_ok=True)
        course = _COURSES[template_root] = Course(root, assignment, lang, timeout)
    target = course.submitted_dir(learner)
    target.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(notebook_path, target / notebook_name)
    outcome = course.autograde(learner)
    graded = course.autograded_dir(learner) / notebook_name
    if not outcome.get("success") or not graded.is_file():
        text = (outcome.get("error") or outcome.get("log") or "?").strip().splitlines()
        return {"learner": learner, "error": text[-1][:200] if text else "?"}
    stem = notebook_name[: -len(".ipynb")]
    grades = [(g.grade_id, g.score, g.max_score) for g in course.grades(stem, learner)]
    return {"learner": learner, "grades": grades, "autograded": graded.read_text("utf-8")}


def main(argv: list[str] | None = None) -> int:
    """Grade every job of the JSON file ``argv[0]``; write the results to ``argv[1]``."""
    job_file, out_file = (argv if argv is not None else sys.argv[1:])[:2]
    warnings.filterwarnings("ignore")  # nbgrader's database library talks a lot
    jobs = json.loads(Path(job_file).read_text("utf-8"))
    results = []
    for job in jobs:
        try:
            results.append(grade_one(*job))
        except Exception as exc:  # one learner's trouble never stops the others
            results.append({"learner": job[5], "error": f"{type(exc).__name__}: {exc}"[:200]})
        # Written after each learner: what is done is kept even if the worker is stopped.
        Path(out_file).write_text(json.dumps(results), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
