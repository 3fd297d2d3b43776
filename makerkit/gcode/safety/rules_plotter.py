"""Pen drawings: nothing heats on a pen plotter, and a drawing does not go to a printer
that heats unless the learner said a pen is fitted on it.

>>> from makerkit.gcode.reader import read_gcode
>>> from makerkit.gcode.safety.facts import Facts
>>> plotter_heater(Facts(read_gcode("G28\\nM104 S200\\n"), "pen-plotter")).lines
[2]
>>> drawing = read_gcode("G28\\n;TYPE:PEN\\nG1 X10 Y10 F600\\n")
>>> drawing_on_printer(Facts(drawing, "prusa-mk4")).lines, drawing_on_printer(Facts(drawing, "pen-plotter"))
([3], None)
"""

from __future__ import annotations

import numpy as np

from makerkit.gcode.safety.facts import Facts
from makerkit.gcode.safety.registry import ERROR, Found, hit, rule
from makerkit.gcode.toolpath import FEATURE_CODES

__all__ = ["plotter_heater", "drawing_on_printer"]

_HEATERS = ("M104", "M109", "M140", "M190", "M141", "M191", "M106")


@rule("plotter_heater", ERROR)
def plotter_heater(facts: Facts) -> Found | None:
    """A heater or fan command in a file for a pen plotter: it has none, so the file was
    made for another machine."""
    if facts.printer.kind != "pen_plotter":
        return None
    return hit(facts.lines_of(*_HEATERS), printer=facts.printer.name)


@rule("drawing_on_printer", ERROR)
def drawing_on_printer(facts: Facts) -> Found | None:
    """Pen strokes for a printer that heats, without the line that says a pen is fitted:
    its start would heat the nozzle, probe the bed and purge under a pen."""
    if facts.printer.kind == "pen_plotter" or facts.toolpath.meta.get("pen_fitted"):
        return None
    pen = facts.toolpath.feature == FEATURE_CODES["pen"]
    lines = facts.line[pen & (facts.lengths > 0)]
    return hit(lines[:1] if len(lines) else np.zeros(0), printer=facts.printer.name)
