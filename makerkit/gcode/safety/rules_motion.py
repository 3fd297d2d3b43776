"""Speeds and filament: within the printer's limits, no absurd extrusion or retraction.

>>> from makerkit.gcode.reader import read_gcode
>>> from makerkit.gcode.safety.facts import Facts
>>> facts = Facts(read_gcode("G28\\nG1 Z5 F6000\\nG1 X100 Y100 F100000\\n"), "prusa-mk3s")
>>> too_fast(facts).lines
[2, 3]
"""

from __future__ import annotations

import numpy as np

from makerkit.gcode.safety.facts import Facts
from makerkit.gcode.safety.facts import num as _num
from makerkit.gcode.safety.registry import ERROR, WARNING, Found, hit, rule

__all__ = ["bad_speed", "too_fast", "limits_too_high", "huge_extrusion", "huge_retraction"]


@rule("bad_speed", ERROR)
def bad_speed(facts: Facts) -> Found | None:
    speed = facts.toolpath.speed_mm_s
    return hit(facts.line[~(speed > 0) | ~np.isfinite(speed)])


def axis_speeds(facts: Facts) -> np.ndarray:
    """``(n, 4)``: the speed each move asks of X, Y, Z and E, mm/s (the feedrate applies to
    the XYZ length; a move of E alone runs E at the feedrate)."""
    tp = facts.toolpath
    d = np.abs(np.column_stack([tp.ends - tp.starts, tp.e]))
    length = facts.lengths
    with np.errstate(divide="ignore", invalid="ignore"):
        share = np.where(length[:, None] > 0, d / length[:, None], 0.0)
    share[:, 3] = np.where(length > 0, share[:, 3], (d[:, 3] > 0).astype(float))
    return np.nan_to_num(tp.speed_mm_s[:, None] * share, nan=0.0, posinf=np.inf)


@rule("too_fast", ERROR)
def too_fast(facts: Facts) -> Found | None:
    """A move asking an axis for far more speed than the printer's largest (F60000)."""
    if facts.n == 0:
        return None
    cfg = facts.settings
    caps = facts.printer.max_feedrate_mm_s
    limit = np.array([caps[a] for a in "xyze"], float) * cfg["speed_margin"]
    asked = facts.printer.data.get("limits", {}).get("slicer_z_speed_mm_s", 0.0)
    limit[2] = max(limit[2], cfg["z_speed_floor_mm_s"], float(asked))
    speeds = axis_speeds(facts)
    # E alone only: with XYZ, the firmware slows the whole move to the E limit quietly
    speeds[:, 3] = np.where(facts.lengths > 0, 0.0, speeds[:, 3])
    over = (speeds > limit[None, :]).any(axis=1) & ~facts.is_home_row
    return hit(facts.line[over], x_max=_num(caps["x"]), z_max=_num(caps["z"]))


@rule("limits_too_high", ERROR)
def limits_too_high(facts: Facts) -> Found | None:
    """M201/M203 raising the largest accelerations or speeds above the printer's.

    (M204 and M205 stay under those caps in the firmware, so they are not checked.)"""
    feed = facts.printer.max_feedrate_mm_s
    acc = facts.printer.max_acceleration_mm_s2
    raised = []
    for c in facts.named("M201", "M203"):
        caps = feed if c["code"] == "M203" else acc
        prm = c["params"]
        for a in "xyze":
            v = prm.get(a.upper())
            if v is not None and v > caps[a] * 1.001:
                raised.append(c["line"])
                break
    return hit(raised)


@rule("huge_extrusion", ERROR)
def huge_extrusion(facts: Facts) -> Found | None:
    cfg = facts.settings
    e, lengths = facts.toolpath.e, facts.lengths
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = np.where(lengths > 0, e / lengths, np.inf)
    huge = (e > cfg["huge_extrusion_mm"]) | (
        (e > 5.0) & (lengths > 0) & (ratio > cfg["huge_ratio"])
    )
    return hit(facts.line[huge], limit_mm=_num(cfg["huge_extrusion_mm"]))


@rule("huge_retraction", WARNING)
def huge_retraction(facts: Facts) -> Found | None:
    limit = facts.settings["huge_retraction_mm"]
    return hit(facts.line[facts.toolpath.e < -limit], limit_mm=_num(limit))
