"""How long a print takes and how much filament it uses: the one simulator of makerkit.

The printer's motion planner is followed as Marlin and the Prusa firmware plan moves: each
move gets a cruise speed (the feedrate, capped by each axis's largest speed), an
acceleration (print, travel or retraction, capped by each axis's largest acceleration)
and a speed at which it may start without a jolt (classic jerk, the speed change each axis
may take at once). Look-ahead then lowers those start speeds so that every move can brake in
time for the next (a backward pass) and can reach them from the move before (a forward
pass), and each move's speed follows a trapezoid: accelerate, cruise, brake. Both passes
are written as running minimums over the whole print, so numpy does them at once.

Limits come from the file (M201, M203, M204, M205, even when they change in the middle),
else from the printer profile, else from Marlin's defaults.

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
_AXES = "xyze"


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
    for a in _AXES:
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


def _per_move(toolpath: Toolpath, limits: dict[str, float]) -> dict[str, np.ndarray | float]:
    """Each limit as a value per move when the file changes it midway, else one number."""
    n = len(toolpath)
    out: dict[str, np.ndarray | float] = dict(limits)
    changes = toolpath.meta.get("limit_changes", {})
    cap = limits["accel_print_mm_s2"]
    rows_n = np.arange(n)
    for key, ch in changes.items():
        rows = np.asarray(ch["rows"], np.int64)
        values = np.asarray(ch["values"], float)
        if len(rows) < 2 and (len(rows) == 0 or values[-1] == limits.get(key)):
            continue  # set once, before printing: already in ``limits``
        if key.startswith("accel_"):
            values = np.minimum(values, max(cap, limits.get(key, cap)))
        idx = np.searchsorted(rows, rows_n, side="right") - 1
        out[key] = np.where(
            idx >= 0, values[np.maximum(idx, 0)], limits.get(key, MARLIN_DEFAULTS.get(key, 0.0))
        )
    return out


def _flow_factor(toolpath: Toolpath) -> np.ndarray | float:
    """M221 (flow percent) per move: it changes how fast the extruder turns."""
    events = [
        (c["line"], c["params"]["S"] / 100.0)
        for c in toolpath.meta.get("commands", [])
        if c["code"] == "M221" and c["params"].get("S") is not None and "T" not in c["params"]
    ]
    if not events:
        return 1.0
    lines = np.array([li for li, _ in events])
    values = np.array([v for _, v in events])
    idx = np.searchsorted(lines, toolpath.line, side="right") - 1
    return np.where(idx >= 0, values[np.maximum(idx, 0)], 1.0)


def _barriers_and_dwell(toolpath: Toolpath) -> tuple[np.ndarray, float]:
    """Rows after which the planner empties (G4, M400, G92 without E…), and dwell time."""
    rows = []
    dwell = 0.0
    for c in toolpath.meta.get("commands", []):
        code, prm = c["code"], c["params"]
        sync = code in ("G4", "M400", "M0", "M1", "M600", "M601")
        if code == "G92" and "E" not in prm:
            sync = True
        if code == "G4":
            dwell += (prm.get("P") or 0.0) / 1000.0 + (prm.get("S") or 0.0)
        if sync:
            rows.append(c["line"])
    if not rows:
        return np.zeros(0, np.int64), dwell
    # the last move before each command
    idx = np.searchsorted(toolpath.line, np.array(rows), side="left") - 1
    return np.unique(idx[idx >= 0]), dwell


def _plan(
    dist: np.ndarray,
    cruise: np.ndarray,
    accel: np.ndarray,
    safe: np.ndarray,
    max_entry: np.ndarray,
    barrier_after: np.ndarray,
) -> np.ndarray:
    """Time of each move: look-ahead passes, then the trapezoid of each move."""
    n = len(dist)
    entry2 = np.empty(n)
    exit2 = np.empty(n)
    c = 2.0 * accel * dist
    bounds = np.concatenate(([0], barrier_after + 1, [n]))
    bounds = np.unique(bounds[(bounds >= 0) & (bounds <= n)])
    for s, e in zip(bounds[:-1], bounds[1:], strict=True):
        if e <= s:
            continue
        m2 = max_entry[s:e] ** 2
        cs = c[s:e]
        # backward pass: v2[i] = min(m2[i], v2[i+1] + c[i]); the last move exits at its safe speed
        S = np.concatenate(([0.0], np.cumsum(cs)))
        cand = np.append(m2 + S[:-1], safe[e - 1] ** 2 + S[-1])
        suffix_min = np.minimum.accumulate(cand[::-1])[::-1]
        back = suffix_min[:-1] - S[:-1]
        # forward pass: w2[i+1] = min(v2[i+1], w2[i] + c[i])
        fwd = np.minimum.accumulate(back - S[:-1]) + S[:-1]
        entry2[s:e] = np.maximum(np.minimum(back, fwd), 0.0)
        exit2[s : e - 1] = entry2[s + 1 : e]
        exit2[e - 1] = safe[e - 1] ** 2
    v_in = np.sqrt(entry2)
    cruise2 = cruise**2
    with np.errstate(divide="ignore", invalid="ignore"):
        acc_d = np.maximum(0.0, (cruise2 - entry2) / (2 * accel))
        dec_d = np.maximum(0.0, (cruise2 - exit2) / (2 * accel))
        cruise_d = dist - acc_d - dec_d
        short = cruise_d < 0
        acc_d = np.where(
            short, np.clip((2 * accel * dist - entry2 + exit2) / (4 * accel), 0.0, dist), acc_d
        )
        cruise_d = np.where(short, 0.0, cruise_d)
        top = np.where(short, np.sqrt(np.maximum(0.0, entry2 + 2 * accel * acc_d)), cruise)
        dec_d = np.maximum(0.0, dist - acc_d - cruise_d)
        t_acc = (np.sqrt(np.maximum(0.0, entry2 + 2 * accel * acc_d)) - v_in) / accel
        t_cruise = np.where(top > 0, cruise_d / top, 0.0)
        t_dec = (top - np.sqrt(np.maximum(0.0, top**2 - 2 * accel * dec_d))) / accel
    t = np.nan_to_num(t_acc) + np.nan_to_num(t_cruise) + np.nan_to_num(t_dec)
    return t


def _move_times(toolpath: Toolpath, limits: dict[str, float]) -> tuple[np.ndarray, np.ndarray]:
    """Seconds and cruise speed of every move of ``toolpath``."""
    n = len(toolpath)
    times = np.zeros(n)
    cruise_all = np.zeros(n)
    if n == 0:
        return times, cruise_all
    lim = _per_move(toolpath, limits)
    delta = np.column_stack([np.diff(toolpath.ends, axis=0, prepend=[toolpath.start]), toolpath.e])
    xyz_len = np.sqrt((delta[:, :3] ** 2).sum(axis=1))
    e_only = (xyz_len == 0) & (delta[:, 3] != 0)
    dist_all = np.where(xyz_len > 0, xyz_len, np.abs(delta[:, 3]))
    real = dist_all > 0
    idx = np.flatnonzero(real)
    if len(idx) == 0:
        return times, cruise_all

    def at(key: str) -> np.ndarray:
        v = lim[key]
        return v[idx] if isinstance(v, np.ndarray) else np.full(len(idx), float(v))

    d = delta[idx]
    dist = dist_all[idx]
    e_zero = d[:, 3] == 0
    feed = np.maximum(
        np.maximum(toolpath.speed_mm_s[idx], 1e-3),
        np.where(e_zero, at("min_travel_feedrate_mm_s"), at("min_feedrate_mm_s")),
    )
    flow = _flow_factor(toolpath)
    flow = flow[idx] if isinstance(flow, np.ndarray) else flow
    axis_feed = feed[:, None] * d / dist[:, None]
    axis_feed[:, 3] *= flow
    factor = np.ones(len(idx))
    for k, a in enumerate(_AXES):
        mx = at(f"max_feedrate_{a}_mm_s")
        with np.errstate(divide="ignore"):
            f = np.where(
                (np.abs(axis_feed[:, k]) > 0) & (mx > 0), mx / np.abs(axis_feed[:, k]), 1.0
            )
        factor = np.minimum(factor, f)
    cruise = factor * feed
    axis_feed *= factor[:, None]
    # acceleration: retraction, printing or travelling, capped by each axis
    accel = np.where(
        e_only[idx],
        at("accel_retract_mm_s2"),
        np.where(e_zero, at("accel_travel_mm_s2"), at("accel_print_mm_s2")),
    )
    for k, a in enumerate(_AXES):
        mx = at(f"max_accel_{a}_mm_s2")
        over = accel * np.abs(d[:, k]) / dist > mx
        accel = np.where(over, mx, accel)
    accel = np.maximum(accel, 1e-3)
    # the speed a move may start or end at from standstill without a jolt
    jerk = np.column_stack([at(f"jerk_{a}_mm_s") for a in _AXES])
    abs_axis = np.abs(axis_feed)
    safe = cruise.copy()
    for k in range(4):
        safe = np.where(abs_axis[:, k] > jerk[:, k], np.minimum(safe, jerk[:, k]), safe)
    # junction speed with the move before (classic jerk, as Marlin and Prusa plan it)
    prev_feed = np.concatenate(([0.0], feed[:-1]))
    prev_axis = np.vstack([np.zeros((1, 4)), axis_feed[:-1]])
    prev_safe = np.concatenate(([0.0], safe[:-1]))
    larger = prev_feed > cruise
    with np.errstate(divide="ignore", invalid="ignore"):
        smaller = np.where(larger, cruise / prev_feed, prev_feed / cruise)
    vmax = np.where(larger, cruise, prev_feed)
    v_factor = np.ones(len(idx))
    limited = np.zeros(len(idx), bool)
    for k in range(4):
        v_exit = np.where(larger, prev_axis[:, k] * smaller, prev_axis[:, k])
        v_entry = axis_feed[:, k]
        v_exit = np.where(limited, v_exit * v_factor, v_exit)
        v_entry = np.where(limited, v_entry * v_factor, v_entry)
        coast_down = (v_entry > 0) | (v_exit < 0)
        coast_up = (v_entry < 0) | (v_exit > 0)
        j = np.where(
            v_exit > v_entry,
            np.where(coast_down, v_exit - v_entry, np.maximum(v_exit, -v_entry)),
            np.where(coast_up, v_entry - v_exit, np.maximum(-v_exit, v_entry)),
        )
        over = j > jerk[:, k]
        with np.errstate(divide="ignore", invalid="ignore"):
            v_factor = np.where(over, v_factor * jerk[:, k] / j, v_factor)
        limited |= over
    vmax = np.where(limited, vmax * v_factor, vmax)
    thr = vmax * 0.99
    vmax = np.where((prev_safe > thr) & (safe > thr), safe, vmax)
    barriers, _ = _barriers_and_dwell(toolpath)
    # renumber barriers (rows) into the moves that take time
    pos_of_row = np.cumsum(real) - 1
    barrier_moves = np.unique(pos_of_row[barriers]) if len(barriers) else np.zeros(0, np.int64)
    fresh = np.zeros(len(idx), bool)
    fresh[0] = True
    after = barrier_moves + 1
    fresh[after[after < len(idx)]] = True
    vmax = np.where(fresh | (prev_feed <= 1e-4), safe, vmax)
    times[idx] = _plan(dist, cruise, accel, safe, vmax, barrier_moves)
    cruise_all[idx] = cruise
    return times, cruise_all


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
        times, cruise = _move_times(toolpath, limits)
    times = np.nan_to_num(times, nan=0.0, posinf=0.0, neginf=0.0)
    _, dwell = _barriers_and_dwell(toolpath)
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

    def box(mask: np.ndarray):
        if not mask.any():
            return None
        pts = np.vstack([toolpath.starts[mask], toolpath.ends[mask]])
        return ([round(float(v), 3) for v in pts.min(0)], [round(float(v), 3) for v in pts.max(0)])

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
