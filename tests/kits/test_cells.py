"""The cells of a workshop become two nbgrader source notebooks that nbgrader reads back."""

from __future__ import annotations

import nbformat
import pytest

from makerkit.kits.cells import WorkshopNotebooks
from makerkit.kits.notebooks import cells_of, total_points


def _workshop(locked_code: bool = False) -> WorkshopNotebooks:
    notebooks = WorkshopNotebooks("petit-atelier", locked_code=locked_code)
    notebooks.md("intro", "# Bonjour", "# Hello")
    notebooks.code("setup", "import makerkit as mk", hidden=True)
    notebooks.code("demo", "exemple = 1", "example = 1", locked=False)
    notebooks.answer("step1", "### BEGIN SOLUTION\nx = 1\n### END SOLUTION")
    notebooks.test("step1-check", 2, "assert x == 1, 'x vaut 1'", "assert x == 1, 'x is 1'")
    return notebooks


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_same_cells_and_grading_in_both_languages(lang: str) -> None:
    nb = _workshop().build(lang)
    assert nb.metadata["makerkit"] == {"language": lang}
    assert nb.metadata["kernelspec"]["name"] == "python3"
    assert [cell.id for cell in nb.cells] == ["intro", "setup", "demo", "step1", "step1-check"]
    assert [c.kind for c in cells_of(nb)] == ["locked", "plain", "plain", "solution", "test"]
    assert total_points(nb) == 2
    assert nb.cells[0].source == ("# Bonjour" if lang == "fr" else "# Hello")
    assert nb.cells[4].source.endswith("'x vaut 1'" if lang == "fr" else "'x is 1'")


def test_locked_and_hidden_flags() -> None:
    free = _workshop().build("en")
    setup, demo, answer, check = free.cells[1:]
    assert "nbgrader" not in setup.metadata and "editable" not in setup.metadata
    assert setup.metadata["jupyter"] == {"source_hidden": True}
    assert "jupyter" not in demo.metadata
    assert answer.metadata["nbgrader"]["solution"] is True and "editable" not in answer.metadata
    assert check.metadata["editable"] is False and check.metadata["deletable"] is False
    assert free.cells[0].metadata["nbgrader"]["locked"] is True

    locked = _workshop(locked_code=True).build("en")
    assert locked.cells[1].metadata["nbgrader"]["locked"] is True
    assert locked.cells[1].metadata["editable"] is False
    assert "nbgrader" not in locked.cells[2].metadata  # locked=False wins over the default


def test_write_both_notebooks(tmp_path) -> None:
    paths = _workshop().write(tmp_path)
    assert [p.name for p in paths] == ["petit-atelier.fr.ipynb", "petit-atelier.en.ipynb"]
    for path, lang in zip(paths, ("fr", "en"), strict=True):
        nb = nbformat.read(path, as_version=4)
        nbformat.validate(nb)
        assert nb.metadata["makerkit"]["language"] == lang
    # Written twice, the files do not change: git sees no difference.
    before = [p.read_bytes() for p in paths]
    _workshop().write(tmp_path)
    assert [p.read_bytes() for p in paths] == before


def test_cell_lookup_and_duplicate_ids() -> None:
    notebooks = _workshop()
    assert notebooks.cell("step1-check").points == 2
    with pytest.raises(KeyError):
        notebooks.cell("nope")
    with pytest.raises(ValueError, match="intro"):
        notebooks.md("intro", "# Encore", "# Again")


def test_nbgrader_makes_the_learner_copy() -> None:
    from nbgrader.preprocessors import ClearHiddenTests, ClearSolutions

    nb = WorkshopNotebooks("petit-atelier")
    nb.answer("step1", "### BEGIN SOLUTION\nx = 1\n### END SOLUTION")
    nb.test(
        "step1-check", 1, "assert x\n### BEGIN HIDDEN TESTS\nassert x == 1\n### END HIDDEN TESTS"
    )
    learner, _ = ClearSolutions().preprocess(nb.build("fr"), {})
    learner, _ = ClearHiddenTests().preprocess(learner, {})
    assert "x = 1" not in learner.cells[0].source
    assert learner.cells[1].source.strip() == "assert x"
