"""What a workshop notebook is made of, as nbgrader sees it.

Each cell of a source notebook is one of (nbgrader's own words):

- ``solution``: the learner writes here; the answer sits between ``### BEGIN SOLUTION``
  and ``### END SOLUTION`` and is replaced by a blank when the kit is built;
- ``test``: an autograded, locked cell worth ``points``; the part between
  ``### BEGIN HIDDEN TESTS`` and ``### END HIDDEN TESTS`` is removed from the learner's copy;
- ``locked``: explanations and set-up code the learner reads but cannot change;
- ``plain``: a free cell (nbgrader ignores it).

>>> import nbformat
>>> nb = nbformat.v4.new_notebook()
>>> nb.cells.append(nbformat.v4.new_code_cell("assert 1 == 1", metadata={"nbgrader": {
...     "grade": True, "solution": False, "locked": True, "points": 2,
...     "grade_id": "t1", "schema_version": 3, "task": False}}))
>>> [(c.kind, c.grade_id, c.points) for c in cells_of(nb)]
[('test', 't1', 2.0)]
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

import nbformat

__all__ = [
    "Cell",
    "cells_of",
    "read_notebook",
    "total_points",
    "figures_without_alt",
    "SCHEMA_VERSION",
    "nbgrader_metadata",
    "answered_copy",
]

SCHEMA_VERSION = 3
_MD_IMAGE = re.compile(r"!\[([^\]]*)\]\(([^)]*)\)")
_HTML_IMG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
_ALT = re.compile(r"""\balt\s*=\s*("([^"]*)"|'([^']*)')""", re.IGNORECASE)


@dataclass(frozen=True)
class Cell:
    """One cell: its index, type (``code``/``markdown``), role and grading."""

    index: int
    cell_type: str
    kind: str
    grade_id: str
    points: float
    source: str


def read_notebook(path: str | Path) -> nbformat.NotebookNode:
    """Read a notebook file (format 4); a :class:`ValueError` says why it is not one."""
    try:
        text = Path(path).read_text(encoding="utf-8")
        return nbformat.reads(text, as_version=4)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError(str(exc)) from exc
    except Exception as exc:  # nbformat raises several kinds for a broken notebook
        raise ValueError(f"{type(exc).__name__}: {exc}") from exc


def _kind(meta: dict) -> str:
    if meta.get("grade") and not meta.get("solution"):
        return "test"
    if meta.get("solution"):
        return "solution"
    if meta.get("task"):
        return "task"
    if meta.get("locked"):
        return "locked"
    return "plain"


def cells_of(nb: nbformat.NotebookNode) -> list[Cell]:
    """The cells of ``nb`` with their nbgrader role."""
    out = []
    for i, cell in enumerate(nb.cells):
        meta = cell.get("metadata", {}).get("nbgrader", {})
        out.append(
            Cell(
                index=i,
                cell_type=cell.cell_type,
                kind=_kind(meta),
                grade_id=str(meta.get("grade_id", "")),
                points=_points(meta.get("points")),
                source=cell.source if isinstance(cell.source, str) else "".join(cell.source),
            )
        )
    return out


def _points(value: object) -> float:
    # A broken notebook may say anything here; nbgrader's validator names the problem.
    try:
        return float(value or 0)
    except (TypeError, ValueError):
        return 0.0


def total_points(nb: nbformat.NotebookNode) -> float:
    """The points a learner can earn in ``nb``."""
    return sum(c.points for c in cells_of(nb) if c.kind == "test")


def nbgrader_metadata(kind: str, grade_id: str, points: float = 0) -> dict:
    """The ``metadata.nbgrader`` of a new cell of ``kind`` (``solution``, ``test``, ``locked``).

    >>> nbgrader_metadata("test", "check_name", 2)["points"]
    2
    """
    meta = {
        "grade": kind == "test",
        "grade_id": grade_id,
        "locked": kind in ("test", "locked"),
        "schema_version": SCHEMA_VERSION,
        "solution": kind == "solution",
        "task": False,
    }
    if kind == "test":
        meta["points"] = points
    return meta


def figures_without_alt(text: str) -> list[str]:
    """Images in Markdown or HTML ``text`` that have no alt text (what a screen reader would miss).

    >>> figures_without_alt("![](tag.png) and ![a blue tag](ok.png) <img src='x.png'>")
    ['tag.png', "<img src='x.png'>"]
    """
    missing = [src for alt, src in _MD_IMAGE.findall(text) if not alt.strip()]
    for tag in _HTML_IMG.findall(text):
        found = _ALT.search(tag)
        if not found or not (found.group(2) or found.group(3) or "").strip():
            missing.append(tag)
    return missing


def answered_copy(released: nbformat.NotebookNode, source: nbformat.NotebookNode):
    """The learner's notebook with every answer cell filled in from the source, markers removed.

    What a learner who did everything right hands in: used to try a kit end to end.
    """
    answers = {
        c.grade_id: _strip_markers(c.source) for c in cells_of(source) if c.kind == "solution"
    }
    copy = nbformat.from_dict(json.loads(nbformat.writes(released)))
    for cell in copy.cells:
        gid = cell.get("metadata", {}).get("nbgrader", {}).get("grade_id")
        if cell.get("metadata", {}).get("nbgrader", {}).get("solution") and gid in answers:
            cell.source = answers[gid]
    return copy


def _strip_markers(text: str) -> str:
    keep = [
        line
        for line in text.splitlines()
        if line.strip() not in ("### BEGIN SOLUTION", "### END SOLUTION")
    ]
    return "\n".join(keep)
