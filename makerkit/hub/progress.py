"""How far a learner is, read from their notebook as JupyterLab last saved it (autosave: 30 s).

- *steps done*: answer cells whose text is no longer the blank the workshop gave;
- *checks passed*: test cells that ran (they have an execution count) and showed no error.
  A makerkit check that fails raises ``CheckFailed``, so a passed check is a cell that ran
  without an error output.

>>> import nbformat
>>> from makerkit.kits.notebooks import nbgrader_metadata
>>> blank = nbformat.v4.new_notebook()
>>> blank.cells = [
...     nbformat.v4.new_code_cell("# ✏️", metadata={"nbgrader": nbgrader_metadata("solution", "a")}),
...     nbformat.v4.new_code_cell("checks.bravo()", metadata={"nbgrader": nbgrader_metadata("test", "t", 1)})]
>>> mine = nbformat.reads(nbformat.writes(blank), 4)
>>> mine.cells[0].source = "tag = 1"
>>> mine.cells[1].execution_count = 1
>>> notebook_progress(mine, blank)
{'steps_done': 1, 'steps': 1, 'checks_passed': 1, 'checks': 1}
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from makerkit.kits.notebooks import cells_of

__all__ = ["notebook_progress", "learner_progress"]


def notebook_progress(nb, blank) -> dict[str, int]:
    """Steps done and checks passed in ``nb``, compared with the workshop's ``blank`` notebook."""
    given = {c.grade_id: c.source.strip() for c in cells_of(blank) if c.kind == "solution"}
    steps = done = checks = passed = 0
    for cell, raw in zip(cells_of(nb), nb.cells, strict=False):
        if cell.kind == "solution" and cell.grade_id in given:
            steps += 1
            done += cell.source.strip() != given[cell.grade_id]
        elif cell.kind == "test":
            checks += 1
            ran = raw.get("execution_count") is not None
            failed = any(o.get("output_type") == "error" for o in raw.get("outputs", []))
            passed += ran and not failed
    return {"steps_done": done, "steps": steps, "checks_passed": passed, "checks": checks}


def learner_progress(folder: Path, release: Path, notebook: str) -> dict:
    """The progress in ``folder/notebook`` and when it was last saved (``None`` if absent)."""
    import nbformat

    path = folder / notebook
    try:
        nb = nbformat.from_dict(json.loads(path.read_text(encoding="utf-8")))
        blank = nbformat.from_dict(json.loads((release / notebook).read_text(encoding="utf-8")))
        found = notebook_progress(nb, blank)
        found["saved_s_ago"] = max(0, int(time.time() - path.stat().st_mtime))
        return found
    except (OSError, ValueError, AttributeError, KeyError):
        return {"steps_done": 0, "steps": 0, "checks_passed": 0, "checks": 0, "saved_s_ago": None}
