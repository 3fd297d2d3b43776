"""What a learner reads when their robot program stops on a mistake.

:func:`makerkit.notebook.explain.explain` says it, as in a notebook cell: one short
sentence in the notebook's language and voice, at the learner's line, never Python's
English nor a line of makerkit. The robot adds what it knows better: a forgotten
``global``, the orders it has when a name is nothing like them, what to give a name in a
program file (there is no cell to run there), a division by 0 on the robot.

The words are made when the program stops, in each language (the voice of that moment),
so a result can still be read in the other language later.

>>> from makerkit.i18n import language
>>> from makerkit.robot.run import run_program
>>> with language("fr", address="tu"):
...     run = run_program("def step(robot):\\n    robot.Forward()\\n", seconds=1)
>>> print(run.error_message("fr"))
Ligne 2 : `robot` n'a rien qui s'appelle `Forward`. Attention aux majuscules : écris `forward`.
>>> print(run.error_message("en"))
Line 2: `robot` has nothing called `Forward`. Mind the capital letters: write `forward`.
"""

from __future__ import annotations

import ast
import difflib
import linecache
import re
import traceback
from typing import Any

from makerkit.errors import RobotError
from makerkit.i18n import LANGUAGES, InLanguages, current_voice, language, t
from makerkit.notebook.explain import Explanation, explain
from makerkit.notebook.explain import _looks_like_cell as looks_like_cell
from makerkit.robot.controls import RobotControls
from makerkit.robot.program import ProgramCrash

__all__ = ["crash_from", "timeout_error", "syntax_error", "remember_source"]

_GLOBAL_LATE = re.compile(
    r"name '(\w+)' is (?:used|assigned to) (?:prior to|before) global declaration"
)


def crash_from(err: BaseException, filename: str) -> ProgramCrash:
    """The :class:`ProgramCrash` of ``err``, raised by the learner's program ``filename``."""
    if isinstance(err, UnboundLocalError):
        line = _learner_line(err, filename)
        name = getattr(err, "name", None) or (re.findall(r"'(\w+)'", str(err)) or ["?"])[0]
        if line:
            return ProgramCrash("robot.errors.forgot_global", line=line, name=name)
    said, line = _explained(err, filename)
    if line:
        return ProgramCrash("robot.program_error_line", line=line, error=said)
    return ProgramCrash("robot.program_error", error=said)


def timeout_error(
    stop: BaseException, filename: str, limit_s: float, time_s: float
) -> tuple[str, dict[str, Any]]:
    """The message key and values for a call of the program that ran too long: at the
    line of the loop it was going round (the line it happened to be on, outside a loop)."""
    values: dict[str, Any] = {"limit_s": limit_s, "time_s": round(float(time_s), 1)}
    line = _learner_line(stop, filename)
    if line:
        line = _loop_around(filename, line)
    if line:
        return "robot.program_timeout_line", {**values, "line": line}
    return "robot.program_timeout", values


def syntax_error(err: SyntaxError, filename: str = "<program>") -> RobotError:
    """The :class:`~makerkit.errors.RobotError` for a program Python cannot read.

    >>> try:
    ...     compile("def step(robot)\\n    robot.forward()\\n", "<program>", "exec")
    ... except SyntaxError as err:
    ...     print(syntax_error(err).message("en"))
    Python cannot read your program, line 1: A colon `:` is missing at the end of this line. Lines starting with if, else, for, while or def end with `:`.
    """
    line = err.lineno or 0
    found = _GLOBAL_LATE.search(err.msg or "")
    if found:
        return RobotError("robot.aseba.global_late", line=line, name=found[1])
    said, _ = _explained(err, filename)
    return RobotError("robot.program_syntax", line=line, error=said)


def remember_source(filename: str, source: str) -> None:
    """Keep a program given as text where Python's tools look for its lines (for the
    learner's line in an explanation)."""
    lines = source.splitlines(keepends=True)
    linecache.cache[filename] = (len(source), None, lines, filename)


def _explained(err: BaseException, filename: str) -> tuple[InLanguages, int | None]:
    voice = current_voice()
    said, line = InLanguages(), None
    for lang in LANGUAGES:
        with language(lang, address=voice.address, simple=voice.simple):
            explanation = explain(err, cell_files={filename})
            fix = _robot_fix(err, explanation, filename) or explanation.fix
            text = " ".join(part for part in (explanation.what, fix) if part)
            said[lang] = text if text.endswith((".", "!", "?", "…")) else text + "."
            line = explanation.line
    return said, line


def _robot_fix(err: BaseException, explanation: Explanation, filename: str) -> str | None:
    """What the robot says better than the general explanation, in the current language."""
    if isinstance(err, AttributeError) and isinstance(getattr(err, "obj", None), RobotControls):
        names = [n for n in dir(RobotControls) if not n.startswith("_")]
        name = err.name or ""
        close = [n for n in names if n.lower() == name.lower()]
        if not close and not difflib.get_close_matches(name, names, 1, 0.75):
            return t("robot.errors.orders")
    if isinstance(err, NameError) and not looks_like_cell(filename):
        name = getattr(err, "name", None) or ""
        if explanation.fix == t("notebook.error.name_not_made", name=name):
            return t("robot.errors.give_value", name=name)  # a file has no cell to run
    if isinstance(err, ZeroDivisionError) and re.search(r"//|%", explanation.code):
        return t("robot.errors.zero_fix")  # the robot's divisions
    return None


def _loop_around(filename: str, line: int) -> int:
    """The first line of the innermost ``while``/``for`` of the program holding ``line``:
    where a call that never ends goes round, whichever of its lines it was stopped on."""
    try:
        tree = ast.parse("".join(linecache.getlines(filename)))
    except (SyntaxError, ValueError):
        return line
    loops = [
        node
        for node in ast.walk(tree)
        if isinstance(node, (ast.While, ast.For)) and node.lineno <= line <= (node.end_lineno or 0)
    ]
    return max(loops, key=lambda node: node.lineno).lineno if loops else line


def _learner_line(err: BaseException, filename: str) -> int | None:
    line = None
    for frame, lineno in traceback.walk_tb(err.__traceback__):
        if frame.f_code.co_filename == filename:
            line = lineno
    return line
