"""What the safety rules look at, worked out once per file and only when a rule asks.

A :class:`Facts` wraps the :class:`~makerkit.gcode.toolpath.Toolpath` read from the file,
the printer and the material. Each fact is computed on first use, so a fact that cannot
be worked out fails only the rules that need it (they are then reported as not checked).

>>> from makerkit.gcode.reader import read_gcode
>>> facts = Facts(read_gcode("G28 X\\nG1 X10 Y10 F3000\\n"), "prusa-mk3s")
>>> facts.home_lines("X"), facts.home_lines("Y")
([1], [])
"""

from __future__ import annotations

import tomllib
from functools import cache, cached_property
from pathlib import Path
from typing import Any

import numpy as np

from makerkit.gcode.toolpath import Toolpath

__all__ = ["Facts", "settings", "state_at", "num"]


@cache
def settings() -> dict[str, Any]:
    """The rules' thresholds (``makerkit/gcode/data/safety.toml``)."""
    with (Path(__file__).parent.parent / "data" / "safety.toml").open("rb") as f:
        return tomllib.load(f)


def num(value: float) -> str:
    """A number as a learner reads it in a message: ``220``, ``0.5``, ``-3``.

    >>> num(220.0), num(0.5), num(-3)
    ('220', '0.5', '-3')
    """
    v = float(value)
    return f"{v:.0f}" if v.is_integer() else f"{v:.2f}".rstrip("0").rstrip(".")


def state_at(event_lines: Any, event_values: Any, lines: np.ndarray, default: float) -> np.ndarray:
    """A value set by commands on ``event_lines`` (sorted), as it stands on each of ``lines``.

    >>> state_at([2, 5], [200.0, 0.0], np.array([1, 3, 6]), -1.0).tolist()
    [-1.0, 200.0, 0.0]
    """
    ev_lines = np.asarray(event_lines, np.int64)
    if len(ev_lines) == 0:
        return np.full(len(lines), default, float)
    ev_values = np.asarray(event_values, float)
    idx = np.searchsorted(ev_lines, lines, side="left") - 1
    return np.where(idx >= 0, ev_values[np.maximum(idx, 0)], default)


class Facts:
    """The file, the printer and the material, as the rules see them."""

    def __init__(self, toolpath: Toolpath, printer: Any, material: Any = None) -> None:
        from makerkit.printers import get_material, get_printer

        self.toolpath = toolpath
        self.printer = get_printer(printer)
        self.material = get_material(material) if material is not None else None
        self.settings = settings()

    # --- the moves ----------------------------------------------------------------------

    @cached_property
    def n(self) -> int:
        return len(self.toolpath)

    @cached_property
    def line(self) -> np.ndarray:
        """The source line of each move (1-based)."""
        return self.toolpath.line.astype(np.int64)

    @cached_property
    def lengths(self) -> np.ndarray:
        return self.toolpath.lengths_mm

    @cached_property
    def pushing(self) -> np.ndarray:
        """Moves that push filament (with or without going anywhere)."""
        return self.toolpath.e > 0

    @cached_property
    def extruding(self) -> np.ndarray:
        """Moves that push filament while going somewhere."""
        return self.pushing & (self.lengths > 0)

    @cached_property
    def moved_axes(self) -> np.ndarray:
        """``(n, 3)`` booleans: which of X, Y, Z each move changes."""
        tp = self.toolpath
        return (tp.ends - tp.starts) != 0

    # --- the commands -------------------------------------------------------------------

    @cached_property
    def commands(self) -> list[dict[str, Any]]:
        """The lines that are not moves: ``{line, code, params}``."""
        return list(self.toolpath.meta.get("commands", []))

    def named(self, *codes: str) -> list[dict[str, Any]]:
        """The commands with one of these codes, in file order."""
        wanted = set(codes)
        return [c for c in self.commands if c["code"] in wanted]

    def lines_of(self, *codes: str) -> list[int]:
        """The lines of the commands with one of these codes."""
        return [c["line"] for c in self.named(*codes)]

    # --- homing -------------------------------------------------------------------------

    @cached_property
    def homes(self) -> list[dict[str, Any]]:
        return self.named("G28")

    def home_lines(self, axis: str) -> list[int]:
        """Lines of the G28 that home ``axis``: G28 alone (or with other letters, as Prusa's
        ``G28 W``) homes every axis; ``G28 X`` homes X only."""
        out = []
        for c in self.homes:
            named = {a for a in "XYZ" if a in c["params"]}
            if not named or axis in named:
                out.append(c["line"])
        return out

    @cached_property
    def first_home(self) -> int | None:
        lines = [c["line"] for c in self.homes]
        return min(lines) if lines else None

    @cached_property
    def is_home_row(self) -> np.ndarray:
        """Moves that are a homing (G28 rows of the toolpath)."""
        lines = [c["line"] for c in self.homes]
        return np.isin(self.line, lines) if lines else np.zeros(self.n, bool)

    @cached_property
    def after_home(self) -> np.ndarray:
        """Moves after the first homing: only there do positions mean something."""
        if self.first_home is None:
            return np.zeros(self.n, bool)
        return (self.line > self.first_home) & ~self.is_home_row

    # --- the area -----------------------------------------------------------------------

    @cached_property
    def area(self) -> tuple[tuple[float, float], tuple[float, float], float]:
        p = self.printer
        return p.area_x_mm, p.area_y_mm, p.height_mm

    # --- heat ---------------------------------------------------------------------------

    @cached_property
    def temperatures(self) -> list[dict[str, Any]]:
        return list(self.toolpath.meta.get("temperatures", []))

    def heater_events(self, heater: str) -> list[tuple[int, float]]:
        """``(line, °C)`` of every target set for ``heater`` (``hotend``, ``bed``, ``chamber``)."""
        return [
            (t["line"], float(t["target_c"]))
            for t in self.temperatures
            if t["heater"] == heater and t["target_c"] is not None
        ]

    @cached_property
    def hotend_at_move(self) -> np.ndarray:
        """The nozzle temperature asked for when each move happens, °C (0 before any)."""
        events = self.heater_events("hotend")
        return state_at([e[0] for e in events], [e[1] for e in events], self.line, 0.0)

    @cached_property
    def material_range_c(self) -> tuple[str, float, float, float, float]:
        """``(name, nozzle low, nozzle high, bed low, bed high)`` of the material; with no
        material given, the widest span of the materials makerkit knows."""
        from makerkit.i18n import t
        from makerkit.printers import list_materials

        if self.material is not None:
            m = self.material
            return (m.name, *m.temperature_range_c, *m.bed_temperature_range_c)
        known = list_materials()
        return (
            t("gcode.any_material", names=", ".join(m.name for m in known)),
            min(m.temperature_range_c[0] for m in known),
            max(m.temperature_range_c[1] for m in known),
            min(m.bed_temperature_range_c[0] for m in known),
            max(m.bed_temperature_range_c[1] for m in known),
        )
