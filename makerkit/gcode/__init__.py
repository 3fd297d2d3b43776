"""G-code: read it, simulate it, explain it, check it is safe, plot it, design by points.

Everything loads on first use, so ``import makerkit.gcode`` stays quick.

>>> from makerkit.gcode import read_gcode, estimate
>>> tp = read_gcode("G28\\nG1 Z0.2 F600\\nG1 X20 E1 F1200\\n")
>>> len(tp), round(estimate(tp).time_s, 1)
(3, 1.1)
"""

from __future__ import annotations

from makerkit.lazy import lazy_names

__all__ = [
    "Toolpath",
    "read_gcode",
    "write_gcode",
    "estimate",
    "Estimate",
    "explain_gcode",
    "check_gcode",
    "SafetyReport",
    "plot_toolpath",
    "Drawing",
    "spiral_vase",
]

_LAZY = {
    "Toolpath": "makerkit.gcode.toolpath",
    "read_gcode": "makerkit.gcode.reader",
    "write_gcode": "makerkit.gcode.writer",
    "estimate": "makerkit.gcode.simulate",
    "Estimate": "makerkit.gcode.simulate",
    "explain_gcode": "makerkit.gcode.explain",
    "check_gcode": "makerkit.gcode.safety",
    "SafetyReport": "makerkit.gcode.safety",
    "plot_toolpath": "makerkit.gcode.plot",
    "Drawing": "makerkit.gcode.points",
    "spiral_vase": "makerkit.gcode.points",
}


__getattr__, __dir__ = lazy_names(__name__, _LAZY, __all__)
