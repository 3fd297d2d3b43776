"""Is this G-code safe for this printer? Checked before it goes to a shared printer.

The file is read once into a :class:`~makerkit.gcode.toolpath.Toolpath`, so the nozzle's
real position is known through relative moves (G91), position shifts (G92) and arcs. Each
rule below looks at the moves and the commands at once with numpy and reports the first
line where it happens (and how many lines do). Errors make the file unsafe; warnings are
worth reading but do not stop a print.

>>> report = check_gcode("G28\\nG1 Z0.2 F600\\nG1 X10 E5 F600\\n", "prusa-mk3s")
>>> report.ok, [p.code for p in report.problems]
(False, ['cold_extrusion'])
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from makerkit.gcode.toolpath import Toolpath

__all__ = ["Problem", "SafetyReport", "check_gcode", "HAZARDS"]

MIN_EXTRUDE_C = 170.0  # Marlin's EXTRUDE_MINTEMP: below it the firmware refuses to extrude
ON_BED_MM = 0.05  # extruding lower than this scrapes the bed
TOLERANCE_MM = 0.05
HUGE_EXTRUSION_MM = 50.0  # one move pushing more filament than this is a mistake
HUGE_RATIO = 2.0  # mm of filament per mm of path: far beyond any real line
HUGE_RETRACTION_MM = 20.0
LONG_PAUSE_S = 600.0
SPEED_MARGIN = 1.5  # the firmware caps speeds; far beyond the cap is still a sign of a mistake

ERROR, WARNING = "error", "warning"
# every hazard makerkit knows, and how serious it is
HAZARDS: dict[str, str] = {
    "out_of_bounds": ERROR,
    "too_high": ERROR,
    "below_bed": ERROR,
    "nozzle_on_bed": ERROR,
    "hotend_too_hot": ERROR,
    "bed_too_hot": ERROR,
    "cold_extrusion": ERROR,
    "no_homing": ERROR,
    "limits_too_high": ERROR,
    "cold_extrusion_allowed": ERROR,
    "endstops_off": ERROR,
    "huge_extrusion": ERROR,
    "bad_speed": ERROR,
    "motors_off_then_move": ERROR,
    "too_fast": WARNING,
    "no_wait_for_heat": WARNING,
    "material_too_hot": WARNING,
    "material_too_cold": WARNING,
    "heaters_left_on": WARNING,
    "huge_retraction": WARNING,
    "saves_settings": WARNING,
    "long_pause": WARNING,
    "emergency_stop": WARNING,
    "unknown_printer_command": WARNING,
    "unreadable_line": WARNING,
    "line_too_long": WARNING,
}


@dataclass
class Problem:
    """One hazard: its code, the first line where it happens, and what to do."""

    code: str
    line: int
    message: str
    severity: str = ERROR
    count: int = 1

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "line": self.line,
            "message": self.message,
            "severity": self.severity,
            "count": self.count,
        }


@dataclass
class SafetyReport:
    """What :func:`check_gcode` found. ``ok`` is true when there is no error."""

    printer: str
    problems: list[Problem] = field(default_factory=list)
    lines: int = 0

    @property
    def ok(self) -> bool:
        return not any(p.severity == ERROR for p in self.problems)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == ERROR]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == WARNING]

    def to_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "printer": self.printer,
            "lines": self.lines,
            "problems": [p.to_dict() for p in self.problems],
        }

    def __str__(self) -> str:
        from makerkit.i18n import t

        head = t("gcode.safe_ok" if self.ok else "gcode.safe_not_ok", printer=self.printer)
        rows = [head]
        for p in self.problems:
            mark = "✖" if p.severity == ERROR else "⚠"
            rows.append(f"  {mark} {p.message}")
        if not self.problems:
            rows.append("  " + t("gcode.safe_nothing"))
        return "\n".join(rows)

    def __repr__(self) -> str:
        return f"<SafetyReport {self.printer}: ok={self.ok}, {len(self.problems)} problems>"

    def _repr_html_(self) -> str:
        from html import escape

        from makerkit.i18n import t

        head = t("gcode.safe_ok" if self.ok else "gcode.safe_not_ok", printer=self.printer)
        colour = "#009E73" if self.ok else "#D55E00"
        rows = "".join(
            f"<tr><td>{'✖' if p.severity == ERROR else '⚠'}</td><td>{p.line}</td>"
            f"<td><code>{escape(p.code)}</code></td><td>{escape(p.message)}</td></tr>"
            for p in self.problems
        )
        return (
            f'<div class="makerkit-safety"><p style="color:{colour}"><strong>{escape(head)}</strong></p>'
            f"<table><thead><tr><th></th><th>{escape(t('gcode.col_line'))}</th>"
            f"<th>{escape(t('gcode.col_code'))}</th><th>{escape(t('gcode.col_text'))}</th></tr>"
            f"</thead><tbody>{rows}</tbody></table></div>"
        )


class _Findings:
    def __init__(self) -> None:
        self.items: list[Problem] = []

    def add(self, code: str, lines: Any, **values: Any) -> None:
        """Report ``code`` if ``lines`` (line numbers, 1-based) is not empty."""
        from makerkit.i18n import t

        arr = np.atleast_1d(np.asarray(lines, dtype=np.int64))
        if arr.size == 0:
            return
        first = int(arr.min())
        count = int(len(np.unique(arr)))
        message = t(f"gcode.hazard_{code}", line=first, count=count, **values)
        if count > 1:
            message += " " + t("gcode.hazard_more_lines", count=count - 1)
        self.items.append(Problem(code, first, message, HAZARDS[code], count))


def _state_at(events: list[tuple[int, float]], lines: np.ndarray, default: float) -> np.ndarray:
    """A value set by commands (line, value), as it stands on each of ``lines``."""
    if not events:
        return np.full(len(lines), default, float)
    ev_lines = np.array([e[0] for e in events])
    ev_values = np.array([e[1] for e in events], float)
    idx = np.searchsorted(ev_lines, lines, side="left") - 1
    return np.where(idx >= 0, ev_values[np.maximum(idx, 0)], default)


def check_gcode(
    gcode: str | bytes | os.PathLike | Toolpath, printer: Any, material: Any = None
) -> SafetyReport:
    """Check G-code (text, a file or a toolpath read from one) for ``printer``.

    Returns a :class:`SafetyReport`; ``report.ok`` is false when the file could hurt the
    printer or fail badly (nozzle outside the bed, too hot, extruding cold, no homing…).

    >>> check_gcode("G28\\nG1 Z5 F600\\nG1 X300 Y10 F3000\\n", "creality-ender3-v2").problems[0].code
    'out_of_bounds'
    """
    from makerkit.gcode.reader import read_gcode
    from makerkit.printers import get_material, get_printer

    prn = get_printer(printer)
    mat = get_material(material) if material is not None else None
    tp = gcode if isinstance(gcode, Toolpath) else read_gcode(gcode)
    found = _Findings()
    commands = tp.meta.get("commands", [])
    line = tp.line.astype(np.int64)
    n = len(tp)
    e = tp.e
    lengths = tp.lengths_mm
    extruding = (e > 0) & (lengths > 0)
    pushing = e > 0

    # --- homing: positions mean nothing before G28 -------------------------------------
    homes = [c["line"] for c in commands if c["code"] == "G28"]
    first_home = min(homes) if homes else None
    is_home_row = np.isin(line, homes) if homes else np.zeros(n, bool)
    if first_home is None:
        found.add("no_homing", line[:1])
        homed = np.zeros(n, bool)
    else:
        found.add("no_homing", line[line < first_home])
        homed = line > first_home
    moving = homed & ~is_home_row

    # --- where the nozzle goes -------------------------------------------------------------
    area = prn.data.get("area", {})
    x_lo, x_hi = area.get("x_mm", [0.0, prn.bed_mm[0]])
    y_lo, y_hi = area.get("y_mm", [0.0, prn.bed_mm[1]])
    tol = TOLERANCE_MM
    outside = moving & (
        (tp.x < x_lo - tol) | (tp.x > x_hi + tol) | (tp.y < y_lo - tol) | (tp.y > y_hi + tol)
    )
    found.add(
        "out_of_bounds",
        line[outside],
        x_min=_num(x_lo),
        x_max=_num(x_hi),
        y_min=_num(y_lo),
        y_max=_num(y_hi),
    )
    found.add("too_high", line[moving & (tp.z > prn.bed_mm[2] + tol)], z_max=_num(prn.bed_mm[2]))
    found.add("below_bed", line[moving & (tp.z < -tol)])
    # after probing the bed (G29, G80) the height is the firmware's business until a Z move
    probes = sorted(c["line"] for c in commands if c["code"] in ("G29", "G80"))
    z_unsure = np.zeros(n, bool)
    if probes and n:
        z_moved = np.flatnonzero(np.diff(tp.z, prepend=tp.start[2]) != 0)
        last_probe = _state_at([(p, p) for p in probes], line, -1.0)
        k = np.searchsorted(z_moved, np.arange(n), side="right") - 1
        last_z_line = np.where(k >= 0, line[z_moved[np.maximum(k, 0)]], -1)
        z_unsure = (last_probe > 0) & (last_z_line < last_probe)
    found.add(
        "nozzle_on_bed",
        line[moving & extruding & ~z_unsure & (tp.z < ON_BED_MM) & (tp.z >= -tol)],
    )

    # --- temperatures ----------------------------------------------------------------------
    temps = tp.meta.get("temperatures", [])
    hot = [
        (t["line"], t["target_c"])
        for t in temps
        if t["heater"] == "hotend" and t["target_c"] is not None
    ]
    bed = [
        (t["line"], t["target_c"])
        for t in temps
        if t["heater"] == "bed" and t["target_c"] is not None
    ]
    found.add(
        "hotend_too_hot",
        [li for li, c in hot if c > prn.max_hotend_c],
        limit_c=_num(prn.max_hotend_c),
    )
    found.add(
        "bed_too_hot", [li for li, c in bed if c > prn.max_bed_c], limit_c=_num(prn.max_bed_c)
    )
    target_at_move = _state_at(hot, line, 0.0)
    cold_allowed = [
        c["line"]
        for c in commands
        if c["code"] == "M302"
        and (
            c["params"].get("P") == 1
            or (c["params"].get("S") is not None and c["params"]["S"] < MIN_EXTRUDE_C)
        )
    ]
    found.add("cold_extrusion_allowed", cold_allowed)
    found.add(
        "cold_extrusion",
        line[pushing & (target_at_move < MIN_EXTRUDE_C)],
        min_c=_num(MIN_EXTRUDE_C),
    )
    waits = [t["line"] for t in temps if t["heater"] == "hotend" and t["wait"]]
    first_push = line[pushing & (target_at_move >= MIN_EXTRUDE_C)]
    if len(first_push) and (not waits or min(waits) > first_push[0]):
        found.add("no_wait_for_heat", first_push[:1])
    if mat is not None:
        lo, hi = mat.data.get("temperature_range_c", [0, 1000])
        used = [(li, c) for li, c in hot if c > 0]
        found.add(
            "material_too_hot", [li for li, c in used if c > hi], material=mat.name, max_c=_num(hi)
        )
        in_use = set(np.unique(target_at_move[pushing]).tolist())
        found.add(
            "material_too_cold",
            [li for li, c in used if MIN_EXTRUDE_C <= c < lo and c in in_use],
            material=mat.name,
            min_c=_num(lo),
        )
    last_hot = hot[-1][1] if hot else 0.0
    last_bed = bed[-1][1] if bed else 0.0
    if last_hot > 0 or last_bed > 0:
        found.add("heaters_left_on", [max(li for li, _ in hot + bed)])

    # --- speeds, accelerations, limits ------------------------------------------------------
    limits = prn.data.get("limits", {})
    found.add("bad_speed", line[(tp.speed_mm_s <= 0) | ~np.isfinite(tp.speed_mm_s)])
    max_feed = limits.get("max_feedrate_mm_s", {})
    if max_feed and n:
        starts = tp.starts
        d = tp.ends - starts
        with np.errstate(divide="ignore", invalid="ignore"):
            unit = np.where(lengths[:, None] > 0, np.abs(d) / lengths[:, None], 0.0)
        too = np.zeros(n, bool)
        for k, a in enumerate("xy"):  # Z and E speeds are capped by the firmware quietly
            cap = max_feed.get(a)
            if cap:
                too |= tp.speed_mm_s * unit[:, k] > cap * SPEED_MARGIN
        found.add("too_fast", line[too & ~is_home_row])
    # M201/M203 raise the caps themselves; M204 and M205 stay under them, so they are not checked
    raised = []
    for c in commands:
        code, prm = c["code"], c["params"]
        checks: list[tuple[float | None, float | None]] = []
        if code == "M203":
            checks = [(prm.get(a.upper()), max_feed.get(a)) for a in "xyze"]
        elif code == "M201":
            acc = limits.get("max_acceleration_mm_s2", {})
            checks = [(prm.get(a.upper()), acc.get(a)) for a in "xyze"]
        if any(v is not None and cap and v > cap * 1.001 for v, cap in checks):
            raised.append(c["line"])
    found.add("limits_too_high", raised)

    # --- filament ------------------------------------------------------------------------
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = np.where(lengths > 0, e / lengths, np.inf)
    huge = (e > HUGE_EXTRUSION_MM) | ((e > 5.0) & (lengths > 0) & (ratio > HUGE_RATIO))
    found.add("huge_extrusion", line[huge], limit_mm=_num(HUGE_EXTRUSION_MM))
    found.add("huge_retraction", line[e < -HUGE_RETRACTION_MM], limit_mm=_num(HUGE_RETRACTION_MM))

    # --- commands that switch protections off or change the printer ------------------------
    found.add(
        "endstops_off",
        [c["line"] for c in commands if c["code"] == "M211" and c["params"].get("S") == 0],
    )
    motors_off = [
        c["line"]
        for c in commands
        if c["code"] in ("M84", "M18") and (set(c["params"]) & {"X", "Y", "Z"} or not c["params"])
    ]
    later = []
    for off in sorted(set(motors_off)):
        rehome = [h for h in homes if h > off]
        until = rehome[0] if rehome else 1 << 62
        moved = line[(line > off) & (line < until) & (lengths > 0) & ~is_home_row]
        if len(moved):
            later.append(int(moved[0]))
    found.add("motors_off_then_move", later)
    found.add("saves_settings", [c["line"] for c in commands if c["code"] in ("M500", "M502")])
    pauses = [
        c["line"]
        for c in commands
        if c["code"] == "G4"
        and ((c["params"].get("S") or 0) + (c["params"].get("P") or 0) / 1000.0) > LONG_PAUSE_S
    ]
    found.add("long_pause", pauses, limit_s=_num(LONG_PAUSE_S))
    found.add("emergency_stop", [c["line"] for c in commands if c["code"] in ("M112",)])
    unknown = tp.meta.get("unknown_commands", [])
    if unknown:
        names = sorted({u["code"] for u in unknown})
        found.add(
            "unknown_printer_command", [u["line"] for u in unknown], commands=", ".join(names[:8])
        )
    warns = tp.meta.get("warnings", [])
    unreadable = {
        "bad_number",
        "missing_value",
        "no_command",
        "bad_command",
        "placeholder",
        "stray_number",
    }
    found.add(
        "unreadable_line", [w["line"] for w in warns if w["code"] in unreadable and w["line"]]
    )
    found.add("line_too_long", [w["line"] for w in warns if w["code"] == "long_line" and w["line"]])

    problems = sorted(found.items, key=lambda p: (p.severity != ERROR, p.line))
    return SafetyReport(printer=prn.id, problems=problems, lines=int(tp.meta.get("lines", 0)))


def _num(value: float) -> str:
    """A number as a learner reads it: ``220``, ``0.5``, ``-3``."""
    v = float(value)
    return f"{v:.0f}" if v.is_integer() else f"{v:.2f}".rstrip("0").rstrip(".")
