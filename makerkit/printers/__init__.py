"""Printer and material profiles, read from the data files beside this module.

>>> p = get_printer("prusa-mk4")
>>> p.bed_mm
(250.0, 210.0, 220.0)
>>> sorted(m.id for m in list_materials())
['petg', 'pla', 'tpu']
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from makerkit.errors import PrinterError

__all__ = ["Printer", "Material", "get_printer", "get_material", "list_printers", "list_materials"]

_DATA = Path(__file__).parent / "data"


@dataclass(frozen=True)
class Printer:
    """A printer's profile. ``bed_mm`` is the printable width, depth and height."""

    id: str
    name: str
    bed_mm: tuple[float, float, float]
    nozzle_mm: float
    max_hotend_c: float
    max_bed_c: float
    source: str
    data: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @property
    def area_x_mm(self) -> tuple[float, float]:
        """Where the nozzle may extrude along X (the bed plus the purge-line margin)."""
        return _pair(self.data.get("area", {}).get("x_mm"), (0.0, self.bed_mm[0]))

    @property
    def area_y_mm(self) -> tuple[float, float]:
        """Where the nozzle may extrude along Y (Prusa printers purge at Y = -3 or -4).

        >>> get_printer("prusa-mk3s").area_y_mm
        (-4.0, 210.0)
        """
        return _pair(self.data.get("area", {}).get("y_mm"), (0.0, self.bed_mm[1]))

    @property
    def height_mm(self) -> float:
        """The highest the nozzle may print, mm."""
        return self.bed_mm[2]

    @property
    def relative_e(self) -> bool:
        """Whether the extruder counts in relative distances (``M83``)."""
        return bool(self.data.get("relative_e", True))

    @property
    def gcode_flavor(self) -> str:
        """The firmware dialect (``marlin`` or ``marlin2``)."""
        return str(self.data.get("gcode_flavor", "marlin"))

    @property
    def max_feedrate_mm_s(self) -> dict[str, float]:
        """The firmware's highest speed per axis (x, y, z, e), mm/s."""
        return _floats(self.data.get("limits", {}).get("max_feedrate_mm_s"), _FEED)

    @property
    def max_acceleration_mm_s2(self) -> dict[str, float]:
        """Accelerations per axis and for extruding, retracting and travel moves, mm/s²."""
        return _floats(self.data.get("limits", {}).get("max_acceleration_mm_s2"), _ACCEL)

    @property
    def jerk_mm_s(self) -> dict[str, float]:
        """The speed change the firmware makes without slowing down (classic jerk), mm/s."""
        return _floats(self.data.get("limits", {}).get("jerk_mm_s"), _JERK)

    @property
    def retraction(self) -> dict[str, float]:
        """``length_mm``, ``speed_mm_s``, ``lift_mm`` and ``min_travel_mm`` of the profile."""
        return _floats(self.data.get("retraction"), _RETRACT)

    @property
    def speeds_mm_s(self) -> dict[str, float]:
        """Print speeds of the vendor's standard 0.2 mm profile, per feature, mm/s."""
        return _floats(self.data.get("speeds"), _SPEEDS)

    @property
    def kind(self) -> str:
        """What the machine does: ``"fdm"`` (prints plastic) or ``"pen_plotter"`` (draws).

        >>> get_printer("pen-plotter").kind, get_printer("prusa-mk4").kind
        ('pen_plotter', 'fdm')
        """
        return str(self.data.get("kind", "fdm"))

    @property
    def pen(self) -> dict[str, Any]:
        """How a pen plotter lifts its pen: ``mode`` (``"servo"`` or ``"z"``), the ``up`` and
        ``down`` commands, ``wait_ms``, ``up_mm`` and ``down_mm``."""
        pen = {"mode": "z", "up": "", "down": "", "wait_ms": 0, "up_mm": 5.0, "down_mm": 0.0}
        pen.update(self.data.get("pen", {}))
        return pen

    @property
    def start_gcode(self) -> str:
        """The start sequence, with ``{placeholders}`` filled by the G-code writer."""
        return str(self.data.get("gcode", {}).get("start", "")).strip()

    @property
    def end_gcode(self) -> str:
        """The end sequence (heaters off, park), with ``{placeholders}``."""
        return str(self.data.get("gcode", {}).get("end", "")).strip()

    def can_reach(self, x_mm: Any, y_mm: Any, z_mm: Any = 0.0) -> Any:
        """Whether the nozzle may print at these points (works on numpy arrays too).

        >>> get_printer("prusa-mini").can_reach(90, -2)
        True
        """
        import numpy as np

        (x0, x1), (y0, y1) = self.area_x_mm, self.area_y_mm
        eps = 1e-6
        ok = (
            (np.asarray(x_mm) >= x0 - eps)
            & (np.asarray(x_mm) <= x1 + eps)
            & (np.asarray(y_mm) >= y0 - eps)
            & (np.asarray(y_mm) <= y1 + eps)
            & (np.asarray(z_mm) <= self.height_mm + eps)
            & (np.asarray(z_mm) >= -eps)
        )
        return bool(ok) if np.ndim(ok) == 0 else ok


@dataclass(frozen=True)
class Material:
    """A filament's profile: temperatures, cooling, density and price.

    >>> m = get_material("pla")
    >>> m.temperature_c, m.temperature_range_c, m.density_g_cm3
    (210.0, (190.0, 230.0), 1.24)
    """

    id: str
    name: str
    source: str
    data: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def _f(self, key: str, default: float) -> float:
        return float(self.data.get(key, default))

    @property
    def diameter_mm(self) -> float:
        """Filament diameter, mm."""
        return self._f("diameter_mm", 1.75)

    @property
    def density_g_cm3(self) -> float:
        """Density, g/cm³ (to turn filament length into grams)."""
        return self._f("density_g_cm3", 1.24)

    @property
    def price_per_kg(self) -> float:
        """Price of one kilogram of filament."""
        return self._f("price_per_kg", 25.0)

    @property
    def temperature_c(self) -> float:
        """Nozzle temperature after the first layer, °C."""
        return self._f("temperature_c", 210)

    @property
    def first_layer_temperature_c(self) -> float:
        """Nozzle temperature for the first layer, °C."""
        return self._f("first_layer_temperature_c", self.temperature_c)

    @property
    def temperature_range_c(self) -> tuple[float, float]:
        """The nozzle temperatures this material prints at, °C."""
        return _pair(self.data.get("temperature_range_c"), (180.0, 260.0))

    @property
    def bed_temperature_c(self) -> float:
        """Bed temperature after the first layer, °C."""
        return self._f("bed_temperature_c", 60)

    @property
    def first_layer_bed_temperature_c(self) -> float:
        """Bed temperature for the first layer, °C."""
        return self._f("first_layer_bed_temperature_c", self.bed_temperature_c)

    @property
    def bed_temperature_range_c(self) -> tuple[float, float]:
        """The bed temperatures this material accepts, °C."""
        return _pair(self.data.get("bed_temperature_range_c"), (0.0, 110.0))

    @property
    def max_volumetric_speed_mm3_s(self) -> float:
        """How much plastic the hot end can melt per second, mm³/s."""
        return self._f("max_volumetric_speed_mm3_s", 15)

    @property
    def retraction_length_mm(self) -> float | None:
        """A retraction length this material needs instead of the printer's, if any."""
        value = self.data.get("retraction_length_mm")
        return None if value is None else float(value)

    @property
    def cooling(self) -> dict[str, float]:
        """``fan_percent``, ``fan_off_layers``, ``full_fan_layer``, ``min_layer_time_s``, ``min_speed_mm_s``."""
        return _floats(self.data.get("cooling"), _COOLING)


_FEED = {"x": 200.0, "y": 200.0, "z": 12.0, "e": 60.0}
_ACCEL = {"x": 1000.0, "y": 1000.0, "z": 200.0, "e": 5000.0}
_ACCEL.update(extruding=1000.0, retracting=1000.0, travel=1000.0)
_JERK = {"x": 8.0, "y": 8.0, "z": 0.4, "e": 5.0}
_RETRACT = {"length_mm": 1.0, "speed_mm_s": 35.0, "lift_mm": 0.0, "min_travel_mm": 1.5}
_SPEEDS = {
    "wall_outer": 25.0,
    "wall_inner": 40.0,
    "infill": 60.0,
    "skin": 40.0,
    "top_skin": 30.0,
    "support": 40.0,
    "travel": 150.0,
    "first_layer": 20.0,
}
_COOLING = {
    "fan_percent": 100.0,
    "fan_off_layers": 1.0,
    "full_fan_layer": 4.0,
    "min_layer_time_s": 10.0,
    "min_speed_mm_s": 15.0,
}


def _pair(value: Any, default: tuple[float, float]) -> tuple[float, float]:
    if value is None:
        return (float(default[0]), float(default[1]))
    return (float(value[0]), float(value[1]))


def _floats(table: Any, default: dict[str, float]) -> dict[str, float]:
    out = dict(default)
    out.update({k: float(v) for k, v in (table or {}).items()})
    return out


def _load(path: Path) -> dict[str, Any]:
    with path.open("rb") as f:
        return tomllib.load(f)


def _printers() -> dict[str, Printer]:
    from makerkit.i18n import current_language

    return _printers_in(current_language())


@cache
def _printers_in(lang: str) -> dict[str, Printer]:
    out = {}
    for path in sorted((_DATA / "printers").glob("*.toml")):
        d = _load(path)
        out[d["id"]] = Printer(
            id=d["id"],
            # a product's name is the same in every language; a description is not
            name=d.get(f"name_{lang}", d["name"]),
            bed_mm=tuple(float(v) for v in d["bed_mm"]),
            nozzle_mm=float(d["nozzle_mm"]),
            max_hotend_c=float(d["max_hotend_c"]),
            max_bed_c=float(d["max_bed_c"]),
            source=d["source"],
            data=d,
        )
    return out


@cache
def _materials() -> dict[str, Material]:
    out = {}
    for path in sorted((_DATA / "materials").glob("*.toml")):
        d = _load(path)
        out[d["id"]] = Material(id=d["id"], name=d["name"], source=d["source"], data=d)
    return out


def list_printers() -> list[Printer]:
    """Every printer makerkit knows."""
    return list(_printers().values())


def list_materials() -> list[Material]:
    """Every material makerkit knows."""
    return list(_materials().values())


def get_printer(printer: str | Printer) -> Printer:
    """The profile of ``printer`` (an id such as ``"prusa-mk4"``), or an error naming the valid ids."""
    if isinstance(printer, Printer):
        return printer
    key = str(printer).strip().lower()
    found = _printers().get(key)
    if found is None:
        raise PrinterError(
            "printers.unknown_printer", printer=printer, valid=", ".join(_printers())
        )
    return found


def get_material(material: str | Material) -> Material:
    """The profile of ``material`` (``"pla"``, ``"petg"``, ``"tpu"``), or an error naming the valid ids."""
    if isinstance(material, Material):
        return material
    key = str(material).strip().lower()
    found = _materials().get(key)
    if found is None:
        raise PrinterError(
            "printers.unknown_material", material=material, valid=", ".join(_materials())
        )
    return found
