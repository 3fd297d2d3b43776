"""Heat: temperatures within the printer's and the material's range, no cold extrusion,
heaters off at the end.

>>> from makerkit.gcode.reader import read_gcode
>>> from makerkit.gcode.safety.facts import Facts
>>> facts = Facts(read_gcode("M104 S290\\nG28\\n"), "prusa-mk4", "pla")
>>> material_too_hot(facts).lines, heaters_left_on(facts).lines
([1], [1])
"""

from __future__ import annotations

from makerkit.gcode.safety.facts import Facts
from makerkit.gcode.safety.facts import num as _num
from makerkit.gcode.safety.registry import ERROR, WARNING, Found, hit, rule
from makerkit.gcode.state import distinct

__all__ = [
    "hotend_too_hot",
    "bed_too_hot",
    "material_too_hot",
    "material_too_cold",
    "material_bed_too_hot",
    "cold_extrusion",
    "no_wait_for_heat",
    "heaters_left_on",
    "long_pause",
]


@rule("hotend_too_hot", ERROR)
def hotend_too_hot(facts: Facts) -> Found | None:
    limit = facts.printer.max_hotend_c
    lines = [li for li, c in facts.heater_events("hotend") if not c <= limit]
    return hit(lines, limit_c=_num(limit))


@rule("bed_too_hot", ERROR)
def bed_too_hot(facts: Facts) -> Found | None:
    limit = facts.printer.max_bed_c
    lines = [li for li, c in facts.heater_events("bed") if not c <= limit]
    return hit(lines, limit_c=_num(limit))


@rule("material_too_hot", ERROR)
def material_too_hot(facts: Facts) -> Found | None:
    """A nozzle target above the material's range (burns, fumes): any target, used or not."""
    name, _, hi, _, _ = facts.material_range_c
    lines = [li for li, c in facts.heater_events("hotend") if c > hi]
    return hit(lines, material=name, max_c=_num(hi))


@rule("material_too_cold", ERROR)
def material_too_cold(facts: Facts) -> Found | None:
    """A nozzle target below the material's range that filament is pushed at (jams).

    Targets that nothing is printed at (a 170 °C warm-up for bed probing) are fine."""
    name, lo, _, _, _ = facts.material_range_c
    floor = facts.settings["min_extrude_c"]
    in_use = set(distinct(facts.hotend_at_move[facts.pushing]).tolist())
    lines = [li for li, c in facts.heater_events("hotend") if floor <= c < lo and c in in_use]
    return hit(lines, material=name, min_c=_num(lo))


@rule("material_bed_too_hot", ERROR)
def material_bed_too_hot(facts: Facts) -> Found | None:
    name, _, _, _, hi = facts.material_range_c
    lines = [li for li, c in facts.heater_events("bed") if c > hi]
    return hit(lines, material=name, max_c=_num(hi))


@rule("cold_extrusion", ERROR)
def cold_extrusion(facts: Facts) -> Found | None:
    floor = facts.settings["min_extrude_c"]
    return hit(facts.line[facts.pushing & (facts.hotend_at_move < floor)], min_c=_num(floor))


@rule("no_wait_for_heat", WARNING)
def no_wait_for_heat(facts: Facts) -> Found | None:
    floor = facts.settings["min_extrude_c"]
    waits = [t["line"] for t in facts.temperatures if t["heater"] == "hotend" and t["wait"]]
    first_push = facts.line[facts.pushing & (facts.hotend_at_move >= floor)]
    if len(first_push) and (not waits or min(waits) > first_push[0]):
        return hit(first_push[:1])
    return None


@rule("heaters_left_on", ERROR)
def heaters_left_on(facts: Facts) -> Found | None:
    """A heater (of any tool) whose last target is not 0 at the end of the file."""
    last: dict[tuple[str, object], tuple[int, float]] = {}
    for t in facts.temperatures:
        if t["target_c"] is not None:
            tool = t.get("tool") or 0  # no T: the tool in use, tool 0 on one-nozzle printers
            last[(t["heater"], tool)] = (t["line"], float(t["target_c"]))
    on = [li for li, c in last.values() if c > 0]
    return hit(max(on)) if on else None


@rule("long_pause", WARNING)
def long_pause(facts: Facts) -> Found | None:
    limit = facts.settings["long_pause_s"]
    lines = [
        c["line"]
        for c in facts.named("G4")
        if ((c["params"].get("S") or 0) + (c["params"].get("P") or 0) / 1000.0) > limit
    ]
    return hit(lines, limit_s=_num(limit))
