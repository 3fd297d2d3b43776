"""What makerkit refuses to write: every number finite and within the printer's and the
material's limits, so that the writer never writes what the safety check would refuse.

The thresholds are the safety check's own (``makerkit/gcode/data/safety.toml``) and the
printer's profile; a bad value is a :class:`~makerkit.errors.GcodeError` at the call that
brought it, in the learner's language, never a strange number in the file.

>>> from makerkit.gcode.toolpath import Toolpath
>>> tp = Toolpath.from_moves([(60, 60, 0.2, 0.5, 1000, "drawing")], start=(50, 60, 0.2))
>>> try:
...     check_toolpath(tp, "prusa-mk3s")
... except Exception as err:
...     print(err.key)
gcode.writer_too_fast
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from makerkit.errors import GcodeError
from makerkit.gcode.toolpath import FEATURE_CODES, Toolpath

__all__ = ["check_toolpath", "finite_number", "speed_in_range", "check_temperature"]


def finite_number(name: str, value: Any, low: float = -math.inf, high: float = math.inf) -> float:
    """``value`` as a float if it is a finite number within ``[low, high]``, else a GcodeError.

    >>> finite_number("x_mm", 12)
    12.0
    """
    try:
        v = float(value)
    except (TypeError, ValueError):
        raise GcodeError("gcode.writer_not_a_number", name=name, value=repr(value)) from None
    if not math.isfinite(v) or not low <= v <= high:
        raise GcodeError(
            "gcode.writer_out_of_range", name=name, value=str(value), low=_n(low), high=_n(high)
        )
    return v


def _n(v: float) -> str:
    return "∞" if v == math.inf else "-∞" if v == -math.inf else f"{v:g}"


def speed_in_range(name: str, value: Any, printer: Any) -> float:
    """A speed in mm/s: finite, above 0, at most the printer's largest X/Y speed.

    >>> speed_in_range("speed_mm_s", 30, "prusa-mk3s")
    30.0
    """
    from makerkit.printers import get_printer

    prn = get_printer(printer)
    v = finite_number(name, value)
    cap = min(prn.max_feedrate_mm_s["x"], prn.max_feedrate_mm_s["y"])
    if not 0 < v <= cap:
        raise GcodeError(
            "gcode.writer_speed", name=name, value=f"{v:g}", limit=f"{cap:g}", printer=prn.name
        )
    return v


def check_temperature(name: str, value: Any, low: float, high: float) -> float:
    """A temperature in °C: finite and within ``[low, high]`` (0 turns a heater off)."""
    v = finite_number(name, value)
    if v != 0 and not low <= v <= high:
        raise GcodeError(
            "gcode.writer_out_of_range", name=name, value=f"{v:g}", low=_n(low), high=_n(high)
        )
    return v


def _first(mask: np.ndarray) -> int:
    return int(np.flatnonzero(mask)[0])


def check_toolpath(toolpath: Toolpath, printer: Any) -> None:
    """Refuse a toolpath with a number that is not finite, a speed beyond the printer's
    limits, or an extrusion the safety check would call a mistake."""
    from makerkit.gcode.safety.facts import settings
    from makerkit.printers import get_printer

    prn = get_printer(printer)
    tp = toolpath
    if len(tp) == 0:
        return
    for column in ("x", "y", "z", "e", "speed_mm_s"):
        bad = ~np.isfinite(getattr(tp, column))
        if bad.any():
            i = _first(bad)
            raise GcodeError(
                "gcode.writer_not_finite",
                column=column,
                row=i + 1,
                value=str(getattr(tp, column)[i]),
            )
    if not np.all(np.isfinite(tp.start)):
        raise GcodeError("gcode.writer_not_finite", column="start", row=0, value=str(tp.start))
    speed = tp.speed_mm_s
    if (speed <= 0).any():
        i = _first(speed <= 0)
        raise GcodeError(
            "gcode.writer_speed",
            name=f"speed_mm_s[{i}]",
            value=f"{speed[i]:g}",
            limit=f"{prn.max_feedrate_mm_s['x']:g}",
            printer=prn.name,
        )
    caps = prn.max_feedrate_mm_s
    d = np.abs(tp.ends - tp.starts)
    length = tp.lengths_mm
    # the writer moves a travel's Z first, then X and Y at the travel's speed: shares of X
    # and Y are of the X-Y length there
    travel = tp.feature == FEATURE_CODES["travel"]
    xy = np.hypot(d[:, 0], d[:, 1])
    base = np.where(travel, xy, length)
    with np.errstate(divide="ignore", invalid="ignore"):
        share = np.where(base[:, None] > 0, d / base[:, None], 0.0)
    over = (speed * share[:, 0] > caps["x"] * (1 + 1e-9)) | (
        speed * share[:, 1] > caps["y"] * (1 + 1e-9)
    )
    # the first move starts where the printer's start sequence ends: any direction
    over[0] |= bool(speed[0] > min(caps["x"], caps["y"]) * (1 + 1e-9)) and bool(xy[0] > 0)
    climbing = (tp.feature != FEATURE_CODES["travel"]) & (d[:, :2].sum(axis=1) > 0)
    over |= climbing & (speed * share[:, 2] > caps["z"] * (1 + 1e-9))
    e_only = (length == 0) & (tp.e != 0)
    over |= e_only & (speed > caps["e"] * (1 + 1e-9))
    if over.any():
        i = _first(over)
        raise GcodeError(
            "gcode.writer_too_fast",
            row=i + 1,
            speed=f"{speed[i]:g}",
            x=f"{caps['x']:g}",
            z=f"{caps['z']:g}",
            e=f"{caps['e']:g}",
            printer=prn.name,
        )
    cfg = settings()
    e = tp.e
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = np.where(length > 0, e / length, np.inf)
    huge = (e > cfg["huge_extrusion_mm"]) | ((e > 5.0) & (ratio > cfg["huge_ratio"]))
    huge |= e < -cfg["huge_retraction_mm"]
    if huge.any():
        i = _first(huge)
        raise GcodeError(
            "gcode.writer_filament",
            row=i + 1,
            e=f"{e[i]:g}",
            length=f"{length[i]:.3g}",
            limit=f"{cfg['huge_extrusion_mm']:g}",
        )
    fans = tp.meta.get("fan_percent_by_layer", [])
    for k, v in enumerate(fans):
        finite_number(f"fan_percent_by_layer[{k}]", v, 0.0, 100.0)
