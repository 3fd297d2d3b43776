"""Is this G-code safe for this printer? Checked before it goes to a shared printer.

The file is read once into a :class:`~makerkit.gcode.toolpath.Toolpath`, so the nozzle's
real position is known through relative moves (G91), position shifts (G92) and arcs.
Then every rule of :data:`RULES` (one small function per hazard, in the ``rules_*``
modules) looks at it, in one loop. Errors make the file unsafe; warnings are worth
reading but do not stop a print. A rule that cannot finish (a bug, a file makerkit did not
foresee) is an error too, "could not check": the gate never opens by failing.

>>> report = check_gcode("G28\\nG1 Z0.2 F600\\nG1 X10 E5 F600\\n", "prusa-mk3s")
>>> report.ok, [p.code for p in report.problems]
(False, ['cold_extrusion'])
"""

from __future__ import annotations

import os
from typing import Any

from makerkit.gcode.safety import (
    rules_commands,
    rules_heat,
    rules_motion,
    rules_plotter,
    rules_position,
)
from makerkit.gcode.safety.facts import Facts
from makerkit.gcode.safety.registry import HAZARDS, RULES, Found, Rule, hit, rule
from makerkit.gcode.safety.report import ERROR, WARNING, Problem, SafetyReport
from makerkit.gcode.toolpath import Toolpath

__all__ = [
    "check_gcode",
    "SafetyReport",
    "Problem",
    "HAZARDS",
    "RULES",
    "Rule",
    "Found",
    "Facts",
    "rule",
    "hit",
    "ERROR",
    "WARNING",
]

_RULE_MODULES = (rules_position, rules_heat, rules_motion, rules_commands, rules_plotter)


def _could_not_check(what: str, exc: BaseException) -> Problem:
    from makerkit.i18n import t

    reason = f"{type(exc).__name__}: {exc}"[:200]
    message = t("gcode.hazard_could_not_check", rule=what, reason=reason)
    return Problem("could_not_check", 0, message, ERROR)


def check_gcode(
    gcode: str | bytes | os.PathLike | Toolpath,
    printer: Any,
    material: Any = None,
    *,
    flavour: str | None = None,
) -> SafetyReport:
    """Check G-code (text, a file or a toolpath read from one) for ``printer``.

    Returns a :class:`SafetyReport`; ``report.ok`` is false when the file could hurt the
    printer or fail badly (nozzle outside the bed, too hot for the printer or the
    material, extruding cold, no homing, far too fast, commands that change the printer's
    settings, heaters left on …), or when some rule could not be checked.
    ``material`` (``"pla"`` …) gives the temperatures allowed; without it, the widest
    range of the materials makerkit knows is used. ``flavour`` (the firmware) is read from
    the file when not given.

    >>> check_gcode("G28\\nG1 Z5 F600\\nG1 X300 Y10 F3000\\n", "creality-ender3-v2").problems[0].code
    'out_of_bounds'
    """
    from makerkit.errors import MakerkitError
    from makerkit.gcode.reader import read_gcode
    from makerkit.printers import get_material, get_printer

    prn = get_printer(printer)
    mat = get_material(material) if material is not None else None
    try:
        tp = gcode if isinstance(gcode, Toolpath) else read_gcode(gcode, flavour=flavour)
    except MakerkitError:
        raise  # not G-code at all (empty, binary, missing file): a clear answer already
    except Exception as exc:  # a reader bug or no memory left: refuse, never pass
        return SafetyReport(prn.id, [_could_not_check("read", exc)], 0)
    facts = Facts(tp, prn, mat)
    problems: list[Problem] = []
    for each in RULES:
        try:
            found = each(facts)
            problem = found.problem(each.code, each.severity) if found else None
        except Exception as exc:
            problem = _could_not_check(each.code, exc)
        if problem is not None:
            problems.append(problem)
    problems.sort(key=lambda p: (p.severity != ERROR, p.line))
    lines = tp.meta.get("lines", 0)
    return SafetyReport(printer=prn.id, problems=problems, lines=int(lines or 0))
