"""Arcs (G2, G3) as short straight moves, as firmware draws them.

Each arc becomes straight moves whose middle strays at most :data:`ARC_TOLERANCE_MM` from
the arc (Smoothieware's ``mm_max_arc_error``), none shorter than :data:`MIN_ARC_SEGMENT_MM`
(Marlin's ``MIN_ARC_SEGMENT_MM``); at most :data:`MAX_ARC_SEGMENTS` per arc and
:data:`MAX_ARC_ROWS` for a whole file (beyond, every arc gets fewer, with a warning), so a
file of huge arcs cannot exhaust memory. Centres are relative to the start (I, J), or
positions after G90.1 (LinuxCNC), or found from the radius (R).

>>> arc_segments(np.array([10.0, 100.0, 1e6]), np.array([np.pi, 2 * np.pi, 1.0])).tolist()
[36, 223, 1000]
"""

from __future__ import annotations

import numpy as np

__all__ = ["expand_arcs", "arc_segments", "MAX_ARC_ROWS"]

ARC_TOLERANCE_MM = 0.01
MIN_ARC_SEGMENT_MM = 0.1
MAX_ARC_SEGMENTS = 1000
MAX_ARC_ROWS = 1_000_000
MAX_WARNINGS_PER_KIND = 20


def expand_arcs(
    x, y, z, e, speed, line, feature, is_arc, clockwise, absolute, p, rows, notes, start=(0, 0, 0)
):
    """Replace each G2/G3 row by short straight moves along its arc (as Marlin plans it).

    ``clockwise`` and ``absolute`` (centres given as positions: G90.1) are per arc row;
    ``p`` holds the I, J, R values of the position lines, ``rows`` maps rows to them."""
    n = len(x)
    sx = np.concatenate(([start[0]], x[:-1]))
    sy = np.concatenate(([start[1]], y[:-1]))
    sz = np.concatenate(([start[2]], z[:-1]))
    ai = np.flatnonzero(is_arc)
    pl = rows[ai]
    clockwise = np.asarray(clockwise, bool)
    absolute = np.asarray(absolute, bool)
    i_off = np.nan_to_num(p["I"][pl])
    j_off = np.nan_to_num(p["J"][pl])
    r = p["R"][pl]
    has_r = ~np.isnan(r) & np.isnan(p["I"][pl]) & np.isnan(p["J"][pl])
    # R form: centre on the perpendicular bisector of the chord (Marlin's G2_G3.cpp)
    if has_r.any():
        k = np.flatnonzero(has_r)
        dx = (x[ai[k]] - sx[ai[k]]) / 2
        dy = (y[ai[k]] - sy[ai[k]]) / 2
        half = np.hypot(dx, dy)
        rr = r[k]
        h2 = (rr - half) * (rr + half)
        h = np.sqrt(np.maximum(h2, 0.0))
        sign = np.where(clockwise[k] ^ (rr < 0), -1.0, 1.0)
        with np.errstate(invalid="ignore", divide="ignore"):
            ux = np.where(half > 0, -dy / half, 0.0)
            uy = np.where(half > 0, dx / half, 0.0)
        i_off[k] = dx + ux * sign * h
        j_off[k] = dy + uy * sign * h
        for li in line[ai[k[h2 < -1e-9]]]:
            notes.add(int(li), "gcode.warn_arc_radius")
    cx = np.where(absolute & ~has_r, i_off, sx[ai] + i_off)
    cy = np.where(absolute & ~has_r, j_off, sy[ai] + j_off)
    radius = np.hypot(sx[ai] - cx, sy[ai] - cy)
    a0 = np.arctan2(sy[ai] - cy, sx[ai] - cx)
    ax, ay = sx[ai] - cx, sy[ai] - cy
    bx, by = x[ai] - cx, y[ai] - cy
    sweep = np.arctan2(ax * by - ay * bx, ax * bx + ay * by)
    sweep = np.where(sweep < 0, sweep + 2 * np.pi, sweep)
    sweep = np.where(clockwise, sweep - 2 * np.pi, sweep)
    same = (np.abs(x[ai] - sx[ai]) < 1e-9) & (np.abs(y[ai] - sy[ai]) < 1e-9)
    full = same & (radius > 0)
    sweep = np.where(full, np.where(clockwise, -2 * np.pi, 2 * np.pi), sweep)
    sweep = np.where(np.abs(sweep) >= 2 * np.pi - 1e-12, np.sign(sweep) * 2 * np.pi, sweep)
    bad = ~np.isfinite(radius) | ~np.isfinite(sweep)
    sweep = np.where(bad, 0.0, sweep)
    radius = np.where(bad, 0.0, radius)
    segments = arc_segments(radius, sweep)
    capped = segments >= MAX_ARC_SEGMENTS
    if segments.sum() > MAX_ARC_ROWS:
        segments = np.maximum(1, segments * MAX_ARC_ROWS // int(segments.sum()))
        capped[:] = True
    for li in line[ai[capped]][:MAX_WARNINGS_PER_KIND]:
        notes.add(int(li), "gcode.warn_arc_huge")
    counts = np.ones(n, np.int64)
    counts[ai] = segments
    total = int(counts.sum())
    out_index = np.repeat(np.arange(n), counts)
    # position of each output row within its arc: 1..segments
    first = np.cumsum(counts) - counts
    k_in = np.arange(total) - first[out_index] + 1
    frac = k_in / counts[out_index]
    X, Y = x[out_index].copy(), y[out_index].copy()
    arc_of_row = np.full(n, -1)
    arc_of_row[ai] = np.arange(len(ai))
    which = arc_of_row[out_index]
    on_arc = (which >= 0) & (k_in < counts[out_index])
    wa = which[on_arc]
    ang = a0[wa] + sweep[wa] * frac[on_arc]
    X[on_arc] = cx[wa] + radius[wa] * np.cos(ang)
    Y[on_arc] = cy[wa] + radius[wa] * np.sin(ang)
    Z = np.where(which >= 0, sz[out_index] + (z[out_index] - sz[out_index]) * frac, z[out_index])
    E = e[out_index] / counts[out_index]
    return X, Y, Z, E, speed[out_index], line[out_index], feature[out_index]


def arc_segments(radius_mm: np.ndarray, sweep_rad: np.ndarray) -> np.ndarray:
    """How many straight moves draw each arc (chord tolerance, shortest move, cap).

    >>> arc_segments(np.array([10.0, 100.0, 1e6]), np.array([np.pi, 2 * np.pi, 1.0])).tolist()
    [36, 223, 1000]
    """
    r = np.maximum(np.asarray(radius_mm, float), 1e-9)
    sweep = np.abs(np.asarray(sweep_rad, float))
    step = 2 * np.arccos(np.clip(1 - ARC_TOLERANCE_MM / r, -1.0, 1.0))
    by_error = np.ceil(sweep / np.maximum(step, 1e-12))
    by_length = np.ceil(sweep * r / MIN_ARC_SEGMENT_MM)
    n = np.minimum(by_error, by_length)
    return np.clip(np.nan_to_num(n, nan=1.0), 1, MAX_ARC_SEGMENTS).astype(np.int64)
