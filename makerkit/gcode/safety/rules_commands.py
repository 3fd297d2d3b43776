"""Commands that switch a protection off or change the printer for everyone after this
print, and lines the printer would not read as written.

>>> from makerkit.gcode.reader import read_gcode
>>> from makerkit.gcode.safety.facts import Facts
>>> facts = Facts(read_gcode("M92 E400\\nM500\\nM220 S1000\\n"), "prusa-mk3s")
>>> steps_changed(facts).lines, saves_settings(facts).lines, speed_factor(facts).lines
([1], [2], [3])
"""

from __future__ import annotations

from makerkit.gcode.safety.facts import Facts
from makerkit.gcode.safety.facts import num as _num
from makerkit.gcode.safety.registry import ERROR, WARNING, Found, hit, rule

__all__ = [
    "cold_extrusion_allowed",
    "endstops_off",
    "steps_changed",
    "home_offset_changed",
    "probe_offset_changed",
    "speed_factor",
    "flow_factor",
    "pid_autotune",
    "firmware_update",
    "factory_reset",
    "saves_settings",
    "emergency_stop",
    "unknown_printer_command",
    "unreadable_line",
    "line_too_long",
    "wrong_machine",
]


@rule("cold_extrusion_allowed", ERROR)
def cold_extrusion_allowed(facts: Facts) -> Found | None:
    """M302 in any form: it allows (or reports, or lowers) the cold-extrusion protection."""
    return hit(facts.lines_of("M302"))


@rule("endstops_off", ERROR)
def endstops_off(facts: Facts) -> Found | None:
    return hit([c["line"] for c in facts.named("M211") if c["params"].get("S") == 0])


@rule("steps_changed", ERROR)
def steps_changed(facts: Facts) -> Found | None:
    return hit(facts.lines_of("M92"))


@rule("home_offset_changed", ERROR)
def home_offset_changed(facts: Facts) -> Found | None:
    return hit(facts.lines_of("M206"))


@rule("probe_offset_changed", ERROR)
def probe_offset_changed(facts: Facts) -> Found | None:
    return hit(facts.lines_of("M851"))


def _factor_outside(facts: Facts, code: str, key: str) -> Found | None:
    lo, hi = facts.settings[key]
    lines = [
        c["line"]
        for c in facts.named(code)
        if c["params"].get("S") is not None and not lo <= c["params"]["S"] <= hi
    ]
    return hit(lines, low=_num(lo), high=_num(hi))


@rule("speed_factor", ERROR)
def speed_factor(facts: Facts) -> Found | None:
    """M220 S outside a sane range (M220 S1000: every move ten times as fast)."""
    return _factor_outside(facts, "M220", "speed_factor_percent")


@rule("flow_factor", ERROR)
def flow_factor(facts: Facts) -> Found | None:
    """M221 S outside a sane range (M221 S1000: ten times the plastic, a jammed nozzle)."""
    return _factor_outside(facts, "M221", "flow_factor_percent")


@rule("pid_autotune", ERROR)
def pid_autotune(facts: Facts) -> Found | None:
    return hit(facts.lines_of("M303"))


@rule("firmware_update", ERROR)
def firmware_update(facts: Facts) -> Found | None:
    return hit(facts.lines_of("M997"))


@rule("factory_reset", ERROR)
def factory_reset(facts: Facts) -> Found | None:
    """M502: the printer forgets its calibration (for good once saved with M500)."""
    return hit(facts.lines_of("M502"))


@rule("saves_settings", ERROR)
def saves_settings(facts: Facts) -> Found | None:
    """M500 after a command that changed a setting: the change is kept for every later print."""
    changes = set(facts.settings["setting_commands"])
    first_change = min((c["line"] for c in facts.commands if c["code"] in changes), default=None)
    if first_change is None:
        return None
    return hit([li for li in facts.lines_of("M500") if li > first_change])


@rule("emergency_stop", WARNING)
def emergency_stop(facts: Facts) -> Found | None:
    return hit(facts.lines_of("M112"))


@rule("unknown_printer_command", WARNING)
def unknown_printer_command(facts: Facts) -> Found | None:
    unknown = facts.toolpath.meta.get("unknown_commands", [])
    names = sorted({u["code"] for u in unknown})
    return hit([u["line"] for u in unknown], commands=", ".join(names[:8]))


_UNREADABLE = {"bad_number", "missing_value", "no_command", "bad_command", "placeholder"}
_UNREADABLE |= {"stray_number"}


@rule("unreadable_line", WARNING)
def unreadable_line(facts: Facts) -> Found | None:
    warns = facts.toolpath.meta.get("warnings", [])
    return hit([w["line"] for w in warns if w["code"] in _UNREADABLE and w["line"]])


@rule("line_too_long", WARNING)
def line_too_long(facts: Facts) -> Found | None:
    warns = facts.toolpath.meta.get("warnings", [])
    return hit([w["line"] for w in warns if w["code"] == "long_line" and w["line"]])


@rule("wrong_machine", ERROR)
def wrong_machine(facts: Facts) -> Found | None:
    """A laser's or a CNC's file (M3 … M5, cuts, no filament) sent to a 3D printer."""
    machine = facts.toolpath.meta.get("machine", "printer")
    kind = facts.printer.data.get("kind", "printer")
    if machine in ("laser", "cnc") and machine != kind:
        first = facts.line[:1] if facts.n else [1]
        return hit(first, machine=machine)
    return None
