"""A workshop's two source notebooks (French and English), written from one list of cells.

A workshop script records its cells in order, each with its French and English text; both
notebooks get the same cells, ids, points and grading, only the words change:

>>> notebooks = WorkshopNotebooks("demo")
>>> notebooks.md("intro", "# Bonjour", "# Hello")
>>> notebooks.code("setup", "import makerkit as mk", locked=True)
>>> notebooks.answer("step1", "### BEGIN SOLUTION\\nx = 1\\n### END SOLUTION")
>>> notebooks.test("step1-check", 2, "assert x == 1")
>>> en = notebooks.build("en")
>>> [cell.source for cell in en.cells][:2]
['# Hello', 'import makerkit as mk']
>>> en.cells[3].metadata["nbgrader"]["points"], en.cells[3].metadata["editable"]
(2, False)
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import nbformat

from makerkit.kits.notebooks import nbgrader_metadata

__all__ = ["LANGUAGES", "WorkshopCell", "WorkshopNotebooks"]

LANGUAGES = ("fr", "en")

CellKind = Literal["markdown", "code", "locked", "solution", "test"]


@dataclass(frozen=True)
class WorkshopCell:
    """One cell in both languages: its nbgrader ``kind``, ``id``, texts and grading.

    ``kind`` is ``markdown``, ``code`` (a free cell), ``locked`` (code the learner reads but
    cannot change), ``solution`` (the learner writes here) or ``test`` (autograded, ``points``).
    """

    kind: CellKind
    id: str
    fr: str
    en: str
    points: int = 0
    hidden: bool = False

    def text(self, lang: str) -> str:
        """The cell's text in ``lang`` (``fr`` or ``en``)."""
        return self.fr if lang == "fr" else self.en


class WorkshopNotebooks:
    """The cells of a workshop, and the nbgrader source notebooks ``<slug>.<lang>.ipynb``.

    ``locked_code``: whether :meth:`code` cells are locked when the call does not say
    (some workshops lock every code cell, others leave demos free to change).
    Markdown and test cells are always locked; solution cells never are.
    """

    def __init__(self, slug: str, *, locked_code: bool = False) -> None:
        self.slug = slug
        self.locked_code = locked_code
        self.cells: list[WorkshopCell] = []

    def _add(self, cell: WorkshopCell) -> None:
        if any(old.id == cell.id for old in self.cells):
            raise ValueError(f"two cells have the id {cell.id!r}")
        self.cells.append(cell)

    def md(self, cell_id: str, fr: str, en: str) -> None:
        """A Markdown cell (locked) in French and English."""
        self._add(WorkshopCell("markdown", cell_id, fr, en))

    def code(
        self,
        cell_id: str,
        fr: str,
        en: str | None = None,
        *,
        locked: bool | None = None,
        hidden: bool = False,
    ) -> None:
        """A code cell; ``en`` defaults to ``fr``; ``hidden`` folds its source away in Jupyter."""
        locked = self.locked_code if locked is None else locked
        kind: CellKind = "locked" if locked else "code"
        self._add(WorkshopCell(kind, cell_id, fr, fr if en is None else en, hidden=hidden))

    def answer(self, cell_id: str, fr: str, en: str | None = None) -> None:
        """A cell the learner writes in; the solution sits between the nbgrader markers."""
        self._add(WorkshopCell("solution", cell_id, fr, fr if en is None else en))

    def test(self, cell_id: str, points: int, fr: str, en: str | None = None) -> None:
        """An autograded, locked cell worth ``points``."""
        self._add(WorkshopCell("test", cell_id, fr, fr if en is None else en, points=points))

    def cell(self, cell_id: str) -> WorkshopCell:
        """The cell with this id (a :class:`KeyError` if there is none).

        >>> notebooks = WorkshopNotebooks("demo")
        >>> notebooks.code("setup", "x = 1")
        >>> notebooks.cell("setup").en
        'x = 1'
        """
        for cell in self.cells:
            if cell.id == cell_id:
                return cell
        raise KeyError(cell_id)

    def build(self, lang: str) -> nbformat.NotebookNode:
        """The nbgrader source notebook in ``lang``, validated against the notebook schema."""
        nb = nbformat.v4.new_notebook()
        nb.metadata["kernelspec"] = {
            "name": "python3",
            "display_name": "Python 3",
            "language": "python",
        }
        nb.metadata["language_info"] = {"name": "python"}
        nb.metadata["makerkit"] = {"language": lang}
        for cell in self.cells:
            if cell.kind == "markdown":
                new = nbformat.v4.new_markdown_cell(cell.text(lang))
            else:
                new = nbformat.v4.new_code_cell(cell.text(lang))
            new.id = cell.id
            if cell.kind != "code":
                kind = "locked" if cell.kind == "markdown" else cell.kind
                new.metadata["nbgrader"] = nbgrader_metadata(kind, cell.id, cell.points)
            if cell.hidden:
                new.metadata["jupyter"] = {"source_hidden": True}
            if cell.kind in ("markdown", "locked", "test"):
                new.metadata["deletable"] = False
                new.metadata["editable"] = False
            nb.cells.append(new)
        nbformat.validate(nb)
        return nb

    def write(self, folder: str | Path) -> list[Path]:
        """Write ``<slug>.fr.ipynb`` and ``<slug>.en.ipynb`` into ``folder``; their paths."""
        paths = []
        for lang in LANGUAGES:
            path = Path(folder) / f"{self.slug}.{lang}.ipynb"
            nbformat.write(self.build(lang), path)
            paths.append(path)
        return paths
