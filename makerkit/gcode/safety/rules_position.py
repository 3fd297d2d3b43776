"""Where the nozzle goes: homing first, inside the bed, above it, motors kept on.

>>> from makerkit.gcode.reader import read_gcode
>>> from makerkit.gcode.safety.facts import Facts
>>> facts = Facts(read_gcode("G28 X\\nG1 X10 Y10 F3000\\n"), "prusa-mk3s")
>>> partial_homing(facts).lines
[2]
"""

from __future__ import annotations

import numpy as np

from makerkit.gcode.safety.facts import Facts
from makerkit.gcode.safety.facts import num as _num
from makerkit.gcode.safety.registry import ERROR, Found, hit, rule

__all__ = [
    "no_homing",
    "partial_homing",
    "out_of_bounds",
    "too_high",
    "below_bed",
    "nozzle_on_bed",
    "motors_off_then_move",
]


@rule("no_homing", ERROR)
def no_homing(facts: Facts) -> Found | None:
    """Moves before the first G28: the printer does not know where it is."""
    moving = facts.moved_axes.any(axis=1) if facts.n else np.zeros(0, bool)
    if facts.first_home is None:
        return hit(facts.line[moving][:1])
    return hit(facts.line[moving & (facts.line < facts.first_home)])


@rule("partial_homing", ERROR)
def partial_homing(facts: Facts) -> Found | None:
    """Moves of an axis that no G28 has homed, after a G28 that homed others (``G28 X``)."""
    if facts.first_home is None or facts.n == 0:
        return None
    bad = np.zeros(facts.n, bool)
    for k, axis in enumerate("XYZ"):
        homes = facts.home_lines(axis)
        first = min(homes) if homes else 1 << 62
        bad |= facts.after_home & facts.moved_axes[:, k] & (facts.line < first)
    missing = [a for a in "XYZ" if not facts.home_lines(a)]
    return hit(facts.line[bad], axes=", ".join(missing) or "X, Y, Z")


@rule("out_of_bounds", ERROR)
def out_of_bounds(facts: Facts) -> Found | None:
    (x_lo, x_hi), (y_lo, y_hi), _ = facts.area
    tp, tol = facts.toolpath, facts.settings["tolerance_mm"]
    outside = facts.after_home & (
        (tp.x < x_lo - tol) | (tp.x > x_hi + tol) | (tp.y < y_lo - tol) | (tp.y > y_hi + tol)
    )
    return hit(
        facts.line[outside],
        x_min=_num(x_lo),
        x_max=_num(x_hi),
        y_min=_num(y_lo),
        y_max=_num(y_hi),
    )


@rule("too_high", ERROR)
def too_high(facts: Facts) -> Found | None:
    z_max = facts.area[2]
    tol = facts.settings["tolerance_mm"]
    return hit(facts.line[facts.after_home & (facts.toolpath.z > z_max + tol)], z_max=_num(z_max))


@rule("below_bed", ERROR)
def below_bed(facts: Facts) -> Found | None:
    tol = facts.settings["tolerance_mm"]
    return hit(facts.line[facts.after_home & (facts.toolpath.z < -tol)])


def _z_set_by_probe(facts: Facts) -> np.ndarray:
    """Moves made after a bed probe (G29, G80) and before any Z move: the firmware then
    holds the nozzle at the height it measured, whatever Z the file last said."""
    probes = sorted(facts.lines_of("G29", "G80"))
    unsure = np.zeros(facts.n, bool)
    if not probes or facts.n == 0:
        return unsure
    tp = facts.toolpath
    z_moved = np.flatnonzero(np.diff(tp.z, prepend=tp.start[2]) != 0)
    idx = np.searchsorted(probes, facts.line, side="left") - 1
    last_probe = np.where(idx >= 0, np.asarray(probes)[np.maximum(idx, 0)], -1)
    if len(z_moved):
        k = np.searchsorted(z_moved, np.arange(facts.n), side="right") - 1
        last_z_line = np.where(k >= 0, facts.line[z_moved[np.maximum(k, 0)]], -1)
    else:
        last_z_line = np.full(facts.n, -1)
    return (last_probe > 0) & (last_z_line < last_probe)


@rule("nozzle_on_bed", ERROR)
def nozzle_on_bed(facts: Facts) -> Found | None:
    cfg = facts.settings
    z = facts.toolpath.z
    low = (z < cfg["on_bed_mm"]) & (z >= -cfg["tolerance_mm"])
    mask = facts.after_home & facts.extruding & low & ~_z_set_by_probe(facts)
    return hit(facts.line[mask])


@rule("motors_off_then_move", ERROR)
def motors_off_then_move(facts: Facts) -> Found | None:
    """A move after M84/M18 (motors off) without homing again: positions are lost."""
    homes = sorted(c["line"] for c in facts.homes)
    later = []
    for c in facts.named("M84", "M18"):
        if not ({"X", "Y", "Z"} & set(c["params"]) or not c["params"]):
            continue
        off = c["line"]
        rehome = [h for h in homes if h > off]
        until = rehome[0] if rehome else 1 << 62
        line = facts.line
        moved = line[(line > off) & (line < until) & (facts.lengths > 0) & ~facts.is_home_row]
        if len(moved):
            later.append(int(moved[0]))
    return hit(sorted(set(later)))
