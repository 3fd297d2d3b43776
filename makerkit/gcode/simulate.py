"""How long a print takes and how much filament it uses: the one simulator of makerkit.

Each move's time comes from the printer's motion planner (:mod:`makerkit.gcode.planner`,
followed as Marlin and the Prusa firmware plan moves: cruise speeds, accelerations, jerk,
look-ahead); this module adds it up per layer and per feature, with the filament's length,
volume, mass and cost. Limits come from the file (M201, M203, M204, M205, even when they
change in the middle), else from the printer profile, else from Marlin's defaults.

>>> from makerkit.gcode.toolpath import Toolpath
>>> tp = Toolpath.from_moves([(100, 0, 0.2, 5.0, 50, "wall_outer")], start=(0, 0, 0.2))
>>> est = estimate(tp)
>>> round(est.time_s, 2), round(est.filament_mm, 1)
(2.01, 5.0)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from makerkit.gcode.extrusion import (
    FILAMENT_DIAMETER_MM,
    PLA_DENSITY_G_CM3,
    filament_area_mm2,
    grams,
)
from makerkit.gcode.planner import AXES, barriers_and_dwell, move_times
from makerkit.gcode.toolpath import FEATURES, Toolpath

__all__ = ["Estimate", "estimate", "machine_limits", "MARLIN_DEFAULTS"]

# Marlin 2 Configuration.h defaults: used when neither the file nor the printer says.
MARLIN_DEFAULTS: dict[str, float] = {
    "max_feedrate_x_mm_s": 300.0,
    "max_feedrate_y_mm_s": 300.0,
    "max_feedrate_z_mm_s": 5.0,
    "max_feedrate_e_mm_s": 25.0,
    "max_accel_x_mm_s2": 3000.0,
    "max_accel_y_mm_s2": 3000.0,
    "max_accel_z_mm_s2": 100.0,
    "max_accel_e_mm_s2": 10000.0,
    "accel_print_mm_s2": 3000.0,
    "accel_retract_mm_s2": 3000.0,
    "accel_travel_mm_s2": 3000.0,
    "jerk_x_mm_s": 10.0,
    "jerk_y_mm_s": 10.0,
    "jerk_z_mm_s": 0.3,
    "jerk_e_mm_s": 5.0,
    "min_feedrate_mm_s": 0.0,
    "min_travel_feedrate_mm_s": 0.0,
}


@dataclass
class Estimate:
    """What a print costs in time and filament, and where it goes."""

    time_s: float
    time_per_layer_s: list[float]
    time_start_s: float
    time_per_feature_s: dict[str, float]
    filament_mm: float
    filament_mm3: float
    filament_g: float
    cost: float | None
    extrusion_bounds_mm: tuple[list[float], list[float]] | None
    travel_bounds_mm: tuple[list[float], list[float]] | None
    max_hotend_c: float | None
    max_bed_c: float | None
    moves: int
    limits: dict[str, float] = field(default_factory=dict)
    move_time_s: np.ndarray = field(default_factory=lambda: np.zeros(0), repr=False)
    move_speed_mm_s: np.ndarray = field(default_factory=lambda: np.zeros(0), repr=False)

    def to_dict(self) -> dict[str, Any]:
        """Plain values, ready for JSON."""
        return {
            "time_s": round(self.time_s, 2),
            "time_per_layer_s": [round(t, 3) for t in self.time_per_layer_s],
            "time_start_s": round(self.time_start_s, 2),
            "time_per_feature_s": {k: round(v, 2) for k, v in self.time_per_feature_s.items()},
            "filament_mm": round(self.filament_mm, 2),
            "filament_mm3": round(self.filament_mm3, 2),
            "filament_g": round(self.filament_g, 3),
            "cost": None if self.cost is None else round(self.cost, 3),
            "extrusion_bounds_mm": self.extrusion_bounds_mm,
            "travel_bounds_mm": self.travel_bounds_mm,
            "max_hotend_c": self.max_hotend_c,
            "max_bed_c": self.max_bed_c,
            "moves": self.moves,
        }

    def __repr__(self) -> str:
        from makerkit.i18n import number, t

        return t(
            "gcode.repr.estimate",
            minutes=number(self.time_s / 60, 1),
            filament_m=number(self.filament_mm / 1000, 2),
            filament_g=number(self.filament_g, 1),
        )


def _printer_limits(printer: Any) -> dict[str, float]:
    """Limits from a printer profile's ``[limits]`` table, in the names the file uses."""
    if printer is None:
        return {}
    from makerkit.printers import get_printer

    data = get_printer(printer).data.get("limits", {})
    out: dict[str, float] = {}
    for a in AXES:
        for table, key in (
            ("max_feedrate_mm_s", f"max_feedrate_{a}_mm_s"),
            ("max_acceleration_mm_s2", f"max_accel_{a}_mm_s2"),
            ("jerk_mm_s", f"jerk_{a}_mm_s"),
        ):
            v = data.get(table, {}).get(a)
            if v is not None:
                out[key] = float(v)
    acc = data.get("max_acceleration_mm_s2", {})
    for name, key in (
        ("extruding", "accel_print_mm_s2"),
        ("retracting", "accel_retract_mm_s2"),
        ("travel", "accel_travel_mm_s2"),
    ):
        if name in acc:
            out[key] = float(acc[name])
    if "junction_deviation_mm" in data:
        out["junction_deviation_mm"] = float(data["junction_deviation_mm"])
    return out


def machine_limits(toolpath: Toolpath | None = None, printer: Any = None) -> dict[str, float]:
    """The limits at the start of the print: the file's, else the printer's, else Marlin's.

    >>> machine_limits()["jerk_x_mm_s"]
    10.0
    """
    limits = dict(MARLIN_DEFAULTS)
    limits.update(_printer_limits(printer))
    if toolpath is not None:
        limits.update(toolpath.meta.get("machine_limits", {}))
    return limits


def estimate(toolpath: Toolpath, printer: Any = None, material: Any = None) -> Estimate:
    """Print time (acceleration-aware), time per layer, filament length, volume, mass and cost.

    ``printer`` (an id or a profile) gives the machine limits the file does not set;
    ``material`` gives the filament's diameter, density and price.

    >>> from makerkit.gcode.toolpath import Toolpath
    >>> square = [(10, 0, 0.2, 0.4, 30, "wall_outer"), (10, 10, 0.2, 0.4, 30, "wall_outer"),
    ...           (0, 10, 0.2, 0.4, 30, "wall_outer"), (0, 0, 0.2, 0.4, 30, "wall_outer")]
    >>> est = estimate(Toolpath.from_moves(square, start=(0, 0, 0.2)), "prusa-mk3s", "pla")
    >>> round(est.time_s, 2), round(est.filament_g, 4)
    (1.4, 0.0048)
    """
    limits = machine_limits(toolpath, printer)
    # absurd files (huge or missing numbers) may give inf or NaN on the way: no raw numpy
    # warnings for them, and a move whose time cannot be known counts for nothing
    with np.errstate(all="ignore"):
        times, cruise = move_times(toolpath, limits)
    times = np.nan_to_num(times, nan=0.0, posinf=0.0, neginf=0.0)
    _, dwell = barriers_and_dwell(toolpath)
    total = float(times.sum()) + dwell

    diameter_mm, density, price = FILAMENT_DIAMETER_MM, PLA_DENSITY_G_CM3, None
    if material is not None:
        from makerkit.printers import get_material

        mdata = get_material(material).data
        diameter_mm = float(mdata.get("diameter_mm", diameter_mm))
        density = float(mdata.get("density_g_cm3", density))
        price = mdata.get("price_per_kg")
    filament_mm = toolpath.filament_mm  # plastic pushed: never negative
    filament_mm3 = filament_mm * filament_area_mm2(diameter_mm)
    filament_g = grams(filament_mm, diameter_mm, density)
    cost = None if price is None else filament_g / 1000.0 * float(price)

    layers = toolpath.layer
    n_layers = int(layers.max()) + 1 if len(layers) and layers.max() >= 0 else 0
    per_layer = np.bincount(layers[layers >= 0], weights=times[layers >= 0], minlength=n_layers)
    start_s = float(times[layers < 0].sum())
    per_feature = np.bincount(toolpath.feature, weights=times, minlength=len(FEATURES))

    ext = toolpath.is_working
    travel = ~ext & (toolpath.lengths_mm > 0) if len(toolpath) else ext
    starts, ends = toolpath.starts, toolpath.ends  # worked out once for both boxes

    def box(mask: np.ndarray):
        if not mask.any():
            return None
        a, b = starts[mask], ends[mask]  # each axis on its own: quicker than min(axis=0)
        lo = [min(a[:, c].min(), b[:, c].min()) for c in range(3)]
        hi = [max(a[:, c].max(), b[:, c].max()) for c in range(3)]
        return ([round(float(v), 3) for v in lo], [round(float(v), 3) for v in hi])

    heaters = toolpath.meta.get("temperatures", [])
    hotend = [
        t["target_c"] for t in heaters if t["heater"] == "hotend" and t["target_c"] is not None
    ]
    bed = [t["target_c"] for t in heaters if t["heater"] == "bed" and t["target_c"] is not None]
    return Estimate(
        time_s=total,
        time_per_layer_s=[float(v) for v in per_layer],
        time_start_s=start_s,
        time_per_feature_s={FEATURES[i]: float(v) for i, v in enumerate(per_feature) if v > 0},
        filament_mm=filament_mm,
        filament_mm3=float(filament_mm3),
        filament_g=float(filament_g),
        cost=None if cost is None else float(cost),
        extrusion_bounds_mm=box(ext),
        travel_bounds_mm=box(travel),
        max_hotend_c=max(hotend) if hotend else None,
        max_bed_c=max(bed) if bed else None,
        moves=len(toolpath),
        limits=limits,
        move_time_s=times,
        move_speed_mm_s=cruise,
    )
