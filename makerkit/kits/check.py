"""``makerkit workshop check``: is a workshop complete, consistent and fair in both languages?

The check is a list of small rules (:data:`makerkit.kits.rules.RULES`, like nbgrader's
preprocessors): each has a ``code``, a ``severity`` and a sentence for the author in
French and English (``kits.check_<code>`` in the catalogues). :func:`check_workshop` reads
the workshop once and runs every rule on it in one loop. A workshop with no problem can be
built into a kit and graded; a warning does not stop it.

>>> from makerkit.kits.workshop import list_workshops
>>> all(isinstance(p, Problem) for w in list_workshops() for p in check_workshop(w))
True
"""

from __future__ import annotations

import shutil
import tempfile
import warnings
from dataclasses import dataclass
from pathlib import Path

from makerkit.i18n import t
from makerkit.kits.rules import MAX_MINUTES, MIN_MINUTES, RULES, WorkshopFiles
from makerkit.kits.workshop import Workshop

__all__ = ["Problem", "check_workshop", "run_workshop", "MIN_MINUTES", "MAX_MINUTES"]


@dataclass(frozen=True)
class Problem:
    """One thing to fix: a ``code``, ``where`` it is, the ``message`` for the author, and
    its ``severity`` (``error``: the workshop cannot be used as it is; ``warning``)."""

    code: str
    where: str
    message: str
    severity: str = "error"

    def as_dict(self) -> dict[str, str]:
        return {
            "code": self.code,
            "where": self.where,
            "message": self.message,
            "severity": self.severity,
        }


def check_workshop(ws: Workshop) -> list[Problem]:
    """Every problem found in ``ws`` by every rule (an empty list: ready to build)."""
    files = WorkshopFiles.read(ws)
    return [
        Problem(rule.code, where, t(f"kits.check_{rule.code}", **values), rule.severity)
        for rule in RULES
        for where, values in rule.find(files)
    ]


def run_workshop(ws: Workshop, timeout_s: int = 30) -> list[Problem]:
    """Run each language's notebooks with nbgrader's ``Validator`` (slower: real kernels).

    The source notebook (answers filled in) must pass every test, and the learner's
    blank copy must pass none: a test that passes on a blank copy gives points for nothing.
    """
    problems: list[Problem] = []
    for lang in ws.languages:
        source = ws.notebook(lang)
        if not source.is_file():
            continue
        answered, blank = _validate(ws, lang, timeout_s)
        for cell in answered.get("failed", []):
            lines = (cell.get("raw_error") or "").strip().splitlines()
            error = lines[-1] if lines else "?"
            values = {"code": _first_line(cell["source"]), "error": error}
            problems.append(_problem("solution_fails", source.name, values))
        for cell in blank.get("passed", []):
            values = {"code": _first_line(cell["source"])}
            problems.append(_problem("blank_passes", source.name, values))
    return problems


def _problem(code: str, where: str, values: dict) -> Problem:
    return Problem(code, where, t(f"kits.check_{code}", **values))


def _validate(ws: Workshop, lang: str, timeout_s: int) -> tuple[dict, dict]:
    """nbgrader's ``Validator`` on the answers and, inverted, on the blank learner copy.

    (``nbgrader validate`` on the command line exits 0 even when tests fail, so the class
    is used and its results read.)
    """
    from nbgrader.validator import Validator
    from traitlets.config import Config

    from makerkit.kits.course import KERNEL_ARGUMENTS, Course, nbgrader_environment

    config = Config()
    config.Execute.timeout = timeout_s
    config.Execute.extra_arguments = KERNEL_ARGUMENTS
    config.Validator.ignore_checksums = True
    source = ws.notebook(lang)
    with tempfile.TemporaryDirectory(prefix="makerkit-check-") as tmp, warnings.catch_warnings():
        warnings.simplefilter("ignore")
        course = Course(Path(tmp) / "course", ws.slug, lang, address=ws.address)
        course.add_source(source, source.name, (ws.assets,))
        released = course.release() / source.name
        answered = Path(tmp) / "answered"
        shutil.copytree(course.source_dir, answered)
        with nbgrader_environment():
            failed = Validator(config=config).validate(str(answered / source.name))
            config.Validator.invert = True
            passed = Validator(config=config).validate(str(released))
    return failed, passed


def _first_line(source: str) -> str:
    return source.strip().splitlines()[0][:70] if source.strip() else "?"
