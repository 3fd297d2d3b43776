"""Test cells that a learner's code cannot fool by replacing makerkit's checks.

A learner's cell runs in the same Python as the test cells after it, so it could replace
``checks.closed`` (or the whole ``makerkit.checks`` module) with something that never
fails. Before grading, each test cell of the course's source gets a first line that
loads :mod:`makerkit.checks` afresh from its file on disk, the one the sandbox shows
read-only, and puts it back where ``from makerkit import checks`` finds it. The checks
themselves judge a shape from its triangles, not from methods a cell could replace.

What this cannot stop: code that rewrites Python's own import machinery or IPython's
handling of cells can still fool the tests in the same process; the sandbox makes sure
that such code changes nothing but that learner's own score.

>>> import nbformat
>>> nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("checks.bravo()")])
>>> nb.cells[0].metadata["nbgrader"] = {"grade": True, "solution": False, "grade_id": "t"}
>>> guarded = guard_tests(nb)
>>> guarded.cells[0].source.splitlines()[-1], "spec_from_file_location" in guarded.cells[0].source
('checks.bravo()', True)
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["guard_tests", "fresh_checks_code"]


def fresh_checks_code() -> str:
    """The lines that load ``makerkit.checks`` afresh and bind it as ``checks``."""
    import makerkit.checks

    path = Path(makerkit.checks.__file__).resolve()
    return (
        "import importlib.util as _mk_util, sys as _mk_sys  # makerkit: checks loaded afresh\n"
        f"_mk_spec = _mk_util.spec_from_file_location({'makerkit.checks'!r}, {str(path)!r}, "
        f"submodule_search_locations=[{str(path.parent)!r}])\n"
        "checks = _mk_util.module_from_spec(_mk_spec)\n"
        "_mk_spec.loader.exec_module(checks)\n"
        "_mk_sys.modules['makerkit.checks'] = checks\n"
        "if isinstance(_mk_sys.modules.get('makerkit'), type(_mk_sys)):\n"
        "    _mk_sys.modules['makerkit'].checks = checks\n"
        "del _mk_util, _mk_sys, _mk_spec\n"
    )


def guard_tests(nb):
    """A copy of notebook ``nb`` whose autograded test cells start with :func:`fresh_checks_code`."""
    import nbformat

    copy = nbformat.reads(nbformat.writes(nb), as_version=4)
    code = fresh_checks_code()
    for cell in copy.cells:
        meta = cell.get("metadata", {}).get("nbgrader", {})
        if cell.cell_type == "code" and meta.get("grade") and not meta.get("solution"):
            cell.source = code + cell.source
    return copy
