"""The printer's motion planner, as Marlin and the Prusa firmware plan moves: how long
each move of a toolpath takes.

Each move gets a cruise speed (the feedrate, capped by each axis's largest speed), an
acceleration (print, travel or retraction, capped by each axis's largest acceleration)
and a speed at which it may start without a jolt (classic jerk, the speed change each axis
may take at once). Look-ahead then lowers those start speeds so that every move can brake in
time for the next (a backward pass) and can reach them from the move before (a forward
pass), and each move's speed follows a trapezoid: accelerate, cruise, brake. Both passes
are written as running minimums over the whole print, so numpy does them at once.
Limits may change in the middle of a file (M201, M203, M204, M205: one value per move).

>>> from makerkit.gcode.simulate import machine_limits
>>> from makerkit.gcode.toolpath import Toolpath
>>> tp = Toolpath.from_moves([(100, 0, 0.2, 5.0, 50, "wall_outer")], start=(0, 0, 0.2))
>>> seconds, speed = move_times(tp, machine_limits())
>>> round(float(seconds[0]), 2), float(speed[0])
(2.01, 50.0)
"""

from __future__ import annotations

import numpy as np

from makerkit.gcode.toolpath import Toolpath

__all__ = ["move_times", "barriers_and_dwell", "AXES"]

AXES = "xyze"


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
        out[key] = np.where(idx >= 0, values[np.maximum(idx, 0)], limits.get(key, 0.0))
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


def barriers_and_dwell(toolpath: Toolpath) -> tuple[np.ndarray, float]:
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


def move_times(toolpath: Toolpath, limits: dict[str, float]) -> tuple[np.ndarray, np.ndarray]:
    """Seconds and cruise speed of every move of ``toolpath``; ``limits``: every limit at
    the start of the print (:func:`makerkit.gcode.simulate.machine_limits`)."""
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
    for k, a in enumerate(AXES):
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
    for k, a in enumerate(AXES):
        mx = at(f"max_accel_{a}_mm_s2")
        over = accel * np.abs(d[:, k]) / dist > mx
        accel = np.where(over, mx, accel)
    accel = np.maximum(accel, 1e-3)
    # the speed a move may start or end at from standstill without a jolt
    jerk = np.column_stack([at(f"jerk_{a}_mm_s") for a in AXES])
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
    barriers, _ = barriers_and_dwell(toolpath)
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
