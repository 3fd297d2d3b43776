"""In a notebook, a learner's mistake is shown as one short explanation, not a traceback.

``import makerkit`` calls :func:`install` when it runs inside IPython (a Jupyter kernel):

- every exception raised by a cell is shown as :func:`makerkit.notebook.explain.explain`
  says it, in the notebook's language and voice: the line of the learner's cell, what
  happened, the likely fix; never the lines of makerkit's (or any library's) files;
- a line Python cannot read (``SyntaxError``, ``IndentationError``) likewise;
- it remembers which names a cell was making when it stopped on a mistake, so that the
  check after it can say "that cell stopped on a mistake: fix it first" rather than
  "run it" (:func:`failed_cell_for`).

The output stays an *error* output, with Python's name of the error (``NameError``), so
nbgrader still counts the cell as failed; its text is the explanation.

>>> failed_cell_for("prenom") is None
True
"""

from __future__ import annotations

import sys
import types
from typing import Any

__all__ = ["install", "failed_cell_for", "forget_failures"]

# name -> execution count of the cell that was making it when it stopped on a mistake
_failed: dict[str, int] = {}
_installed: set[int] = set()


def failed_cell_for(name: str) -> int | None:
    """The number of the cell that was making ``name`` when it stopped on a mistake."""
    return _failed.get(name)


def forget_failures() -> None:
    """Forget every failed cell (a new notebook run)."""
    _failed.clear()


def install(shell: Any) -> None:
    """Explain errors in this IPython ``shell`` (once; a second call does nothing)."""
    if id(shell) in _installed:
        return
    _installed.add(id(shell))
    shell.set_custom_exc((Exception,), _show_error)
    # IPython has no hook for a cell it cannot compile: its own method is wrapped.
    original = shell.showsyntaxerror

    def showsyntaxerror(self: Any, filename: str | None = None, running_compiled_code=False):
        etype, value, _ = sys.exc_info()
        if value is None or not isinstance(value, SyntaxError):
            return original(filename, running_compiled_code)
        try:
            _show(self, value)
        except Exception:
            return original(filename, running_compiled_code)
        return None

    shell.showsyntaxerror = types.MethodType(showsyntaxerror, shell)
    shell.events.register("post_run_cell", _remember_failures)


def _show_error(shell: Any, etype: type, value: BaseException, tb: Any, tb_offset=None):
    try:
        return _show(shell, value, tb)
    except Exception:
        # Never lose the learner's error: Python's own traceback, as without makerkit.
        stb = shell.InteractiveTB.structured_traceback(etype, value, tb, tb_offset=tb_offset)
        shell._showtraceback(etype, value, stb)
        return stb


def _show(shell: Any, value: BaseException, tb: Any = None) -> list[str]:
    from makerkit.notebook.explain import explain

    cells = getattr(shell.compile, "_filename_map", {})
    explanation = explain(value, tb, cell_files=cells)
    lines = explanation.lines()
    # An error output: nbgrader counts it; its text is the explanation, nothing else.
    shell._showtraceback(type(value), _Text(explanation.text()), lines)
    return lines


class _Text(str):
    """The error's value as the kernel reports it: the explanation itself."""


def _remember_failures(result: Any) -> None:
    from makerkit.errors import CheckFailed
    from makerkit.notebook.explain import _names_assigned

    source = getattr(getattr(result, "info", None), "raw_cell", "") or ""
    names = _names_assigned(source)
    error = result.error_before_exec or result.error_in_exec
    if error is None:
        for name in names:
            _failed.pop(name, None)
    elif not isinstance(error, CheckFailed | AssertionError):
        # A check cell that fails is not where the learner makes things.
        for name in names:
            _failed[name] = result.execution_count or 0
