"""From paths to nozzle moves: order, travels, retractions, speeds, cooling.

:func:`build_toolpath` turns a whole :class:`~makerkit.slicing.paths.PathSet` into a
:class:`~makerkit.gcode.toolpath.Toolpath`. Paths are visited island after island,
nearest first (:mod:`~makerkit.slicing.travel`). Each one is reached by a travel: straight
when the straight line stays over the part, along the part's edge when it would cross a
hole or leave the part, and only when no way inside exists with a retraction (and a
lift of the nozzle, where the printer's profile has one). Then the printing moves, with
plastic for their width and height.

>>> import shapely
>>> from makerkit.slicing.paths import ring_paths
>>> squares = np.array([shapely.MultiPolygon([shapely.box(0, 0, 10, 10),
...                                           shapely.box(20, 0, 30, 10)])], dtype=object)
>>> ps = ring_paths(squares, "wall_outer", width_mm=0.45)
>>> tp = build_toolpath(ps, np.array([0.2]), speed_mm_s={"wall_outer": 25},
...     first_layer_speed_mm_s=20, travel_speed_mm_s=150, filament_diameter_mm=1.75,
...     retraction={"length_mm": 0.8, "speed_mm_s": 35, "lift_mm": 0.4},
...     allowed=squares)
>>> int((tp.e < 0).sum()), round(float(tp.z.max()), 3)   # one retraction, lifted 0.4 mm
(1, 0.6)
"""

from __future__ import annotations

from typing import Any

import numpy as np
import shapely

from makerkit.gcode.toolpath import FEATURE_CODES, Toolpath
from makerkit.slicing.parallel import each
from makerkit.slicing.paths import PathSet, _ragged_arange

__all__ = ["build_toolpath"]

_PRINT, _TRAVEL, _RETRACT, _UNRETRACT = 0, 1, 2, 3


def _path_table(paths: PathSet):
    """Per path: its first point's index and point count (points are grouped by path)."""
    order = np.argsort(paths.path, kind="stable")
    m = np.bincount(paths.path, minlength=paths.path_count)
    first = np.cumsum(m) - m
    return order, m, first


def build_toolpath(
    paths: PathSet,
    layer_tops_mm: np.ndarray,
    *,
    speed_mm_s: dict[str, float],
    first_layer_speed_mm_s: float,
    travel_speed_mm_s: float,
    filament_diameter_mm: float,
    retraction: dict[str, float] | None,
    min_layer_time_s: float = 0.0,
    min_speed_mm_s: float = 10.0,
    max_volumetric_mm3_s: float = 1e9,
    spiral_from_layer: int | None = None,
    allowed: np.ndarray | None = None,
    comb: np.ndarray | None = None,
    start_xyz: Any = None,
    join_mm: dict[str, float] | None = None,
    meta: dict[str, Any] | None = None,
) -> Toolpath:
    """One toolpath from every path, layer by layer, island by island.

    ``allowed`` (one geometry per layer: the part, its supports) is where a travel may
    go without a retraction; ``comb`` (one per layer, default ``allowed``) is where a
    travel may be steered round a hole. ``start_xyz`` is where the nozzle is when the
    print begins (the end of the purge line): the first travel retracts from there.
    ``join_mm`` (feature → mm): hops between two paths of that feature shorter than that,
    inside ``comb``, are printed rather than travelled.
    """
    from makerkit.gcode.extrusion import filament_area_mm2, line_area_mm2
    from makerkit.slicing.travel import (
        FreeLoops,
        Pieces,
        route_inside,
        splice_gap_lines,
        visit_order,
    )

    if paths.path_count == 0:
        return Toolpath.empty()
    tops = np.asarray(layer_tops_mm, float)
    thick = np.diff(np.concatenate([[0.0], tops]))
    pt_sort, m0, first0 = _path_table(paths)
    pts0 = paths.points[pt_sort]
    pw0 = paths.widths_per_point()[pt_sort]
    last0 = first0 + m0 - 1
    closed = (m0 > 2) & np.all(np.abs(pts0[first0] - pts0[last0]) < 1e-9, axis=1)
    island = paths.island if paths.island is not None else np.zeros(paths.path_count, np.int64)
    start_xy = np.asarray(start_xyz, float)[:2] if start_xyz is not None else pts0[first0[0]]
    free = paths.free_seam if paths.free_seam is not None else np.zeros(paths.path_count, bool)
    free = free & closed
    loops = FreeLoops(pts0, first0, m0, free) if free.any() else None
    p_order, flip, seam_at = visit_order(
        paths.layer, island, paths.order, pts0[first0], pts0[last0], closed, start_xy, loops
    )
    # short lines in the gaps between wall loops printed on the loop's way round: a loop
    # may then be visited in pieces, each ``m`` points from ``seam_at`` on
    p_order, flip, seam_at, m, pts0, pw0, first0, m0 = splice_gap_lines(
        p_order, flip, seam_at, paths.layer, island, paths.order, closed, pts0, pw0, first0, m0
    )
    # --- points in visiting order (a flipped path walked backwards, a loop from its seam)
    local = _ragged_arange(m)
    path_of = np.repeat(np.arange(len(p_order)), m)
    turn = seam_at[path_of]
    ring = np.where(turn > 0, (local + turn) % np.maximum(m0[p_order][path_of] - 1, 1), local)
    src = first0[p_order][path_of] + np.where(flip[path_of], m[path_of] - 1 - local, ring)
    pts, pw = pts0[src], pw0[src]
    layer = paths.layer[p_order]
    feature = paths.feature[p_order]
    width = paths.width_mm[p_order]
    n_paths = len(layer)
    first = np.cumsum(m) - m
    last = first + m - 1
    h = thick[layer]
    fil_area = filament_area_mm2(filament_diameter_mm)
    flow = paths.flow[p_order] if paths.flow is not None else np.ones(n_paths)
    e_per_mm = flow * line_area_mm2(width, h) / fil_area

    # --- speeds per path (first layer slower; flow limited by the hot end)
    names = np.array(["other"] * 16, dtype=object)
    for name, code in FEATURE_CODES.items():
        names[code] = name
    speed = np.array([speed_mm_s.get(names[f], speed_mm_s.get("infill", 40.0)) for f in feature])
    if paths.speed_mm_s is not None:
        own = paths.speed_mm_s[p_order]
        speed = np.where(np.isnan(own), speed, own)
    speed = np.where(layer == 0, np.minimum(speed, first_layer_speed_mm_s), speed)
    speed = np.minimum(speed, max_volumetric_mm3_s / (e_per_mm * fil_area))

    # --- travels: straight over the part, else along its edge, else retract
    q = pts[first]
    p = np.vstack([start_xy[None, :], pts[last[:-1]]])
    spiral = (
        layer >= spiral_from_layer if spiral_from_layer is not None else np.zeros(n_paths, bool)
    )
    retract_len = float(retraction.get("length_mm", 0.0)) if retraction else 0.0
    lift = float(retraction.get("lift_mm", 0.0)) if retraction else 0.0
    jump = np.hypot(*(q - p).T)
    leaves = jump > 1e-6
    if allowed is not None:
        region = each(shapely.buffer, np.asarray(allowed, dtype=object), 0.02)
        shapely.prepare(region)
        cand = np.flatnonzero(leaves)
        segs = shapely.linestrings(np.stack([p[cand], q[cand]], axis=1))
        inside = each(shapely.covered_by, segs, region[layer[cand]], apart=layer[cand])
        leaves[cand[inside]] = False
    if start_xyz is not None:
        leaves[0] = True  # from the purge line to the part
    elif n_paths:
        leaves[0] = False
    leaves &= ~spiral
    # sparse infill: a short hop from one zig-zag to the next along the inside is printed
    # (an anchor, as PrusaSlicer's infill anchors): no travel, and the lines hold together
    joined = np.zeros(n_paths, bool)
    for name, most_mm in (join_mm or {}).items():
        code = FEATURE_CODES[name]
        same = np.r_[False, (feature[1:] == code) & (feature[:-1] == code)]
        same &= np.r_[False, layer[1:] == layer[:-1]] & (jump > 1e-6) & (jump <= most_mm)
        cand = np.flatnonzero(same & ~spiral)
        if len(cand) and comb is not None:
            inside = each(shapely.buffer, np.asarray(comb, dtype=object), 0.02)
            shapely.prepare(inside)
            hop_line = shapely.linestrings(np.stack([p[cand], q[cand]], axis=1))
            hop_in = each(shapely.covered_by, hop_line, inside[layer[cand]], apart=layer[cand])
            joined[cand[hop_in]] = True
    leaves &= ~joined
    routes: dict[int, np.ndarray] = {}
    if allowed is not None:
        comb_area = np.asarray(comb if comb is not None else allowed, dtype=object)
        pieces, at = None, -1  # the layer's pieces, looked at once for all its travels
        for i in np.flatnonzero(leaves[1:]) + 1:
            if layer[i] != at:
                at = int(layer[i])
                pieces = Pieces(comb_area[at])
            way = route_inside(p[i], q[i], comb_area[at], pieces=pieces)
            if way is not None:
                routes[int(i)] = way
                leaves[i] = False
    retract = leaves & (retract_len > 0)
    hop = retract & (lift > 0)

    # --- rows: [retract, lift] travel waypoints [lower, unretract] printing moves
    k_way = np.ones(n_paths, np.int64)
    for i, way in routes.items():
        k_way[i] = len(way)
    pre = retract.astype(np.int64) + hop
    post = pre
    rows_per = pre + k_way + post + (m - 1)
    row0 = np.cumsum(rows_per) - rows_per
    n_rows = int(rows_per.sum())
    x, y, z, e = np.zeros(n_rows), np.zeros(n_rows), np.zeros(n_rows), np.zeros(n_rows)
    kind = np.full(n_rows, _TRAVEL, np.int8)
    row_path = np.repeat(np.arange(n_paths), rows_per)
    z_layer = tops[layer]
    z_prev = np.r_[float(start_xyz[2]) if start_xyz is not None else z_layer[0], z_layer[:-1]]
    below = np.where(layer > 0, tops[np.maximum(layer - 1, 0)], 0.0)
    z_travel = np.where(spiral, below, z_layer) + np.where(hop, lift, 0.0)
    # retract where the last path ended, then lift
    r = row0[retract]
    x[r], y[r], z[r], e[r], kind[r] = p[retract, 0], p[retract, 1], z_prev[retract], 0, _RETRACT
    e[r] = -retract_len
    hr = row0[hop] + 1
    x[hr], y[hr], z[hr] = p[hop, 0], p[hop, 1], z_travel[hop]
    # waypoints (the last one is the path's first point)
    way_row = row0 + pre
    wr = np.repeat(way_row, k_way) + _ragged_arange(k_way)
    wp = np.repeat(q, k_way, axis=0)
    way_off = np.cumsum(k_way) - k_way
    for i, way in routes.items():
        wp[way_off[i] : way_off[i] + len(way)] = way
    x[wr], y[wr] = wp[:, 0], wp[:, 1]
    z[wr] = np.repeat(z_travel, k_way)
    jr = way_row[joined]  # a joined hop is one straight printing move
    kind[jr] = _PRINT
    e[jr] = jump[joined] * e_per_mm[joined]
    # lower, then push the filament back
    end_way = way_row + k_way
    lr = end_way[hop]
    x[lr], y[lr], z[lr] = q[hop, 0], q[hop, 1], z_layer[hop]
    ur = end_way[retract] + hop[retract]
    x[ur], y[ur], z[ur], kind[ur] = q[retract, 0], q[retract, 1], z_layer[retract], _UNRETRACT
    e[ur] = retract_len
    # printing moves
    pr_row = (end_way + post)[path_of] + local - 1
    on = local > 0
    pr = pr_row[on]
    x[pr], y[pr], z[pr], kind[pr] = pts[on, 0], pts[on, 1], z_layer[path_of[on]], _PRINT
    seg_len = np.zeros(len(pts))
    seg_len[1:] = np.hypot(*(pts[1:] - pts[:-1]).T)
    seg_w = np.r_[pw[:1], (pw[1:] + pw[:-1]) / 2]
    e_pt = seg_len * flow[path_of] * line_area_mm2(seg_w, h[path_of]) / fil_area
    e[pr] = e_pt[on]
    if spiral.any():  # vase: z climbs along each loop from the layer below to this one
        cum = np.cumsum(np.where(local > 0, seg_len, 0.0))
        base = cum[first][path_of]
        total = (cum[last] - cum[first])[path_of]
        frac = np.where(total > 0, (cum - base) / np.where(total > 0, total, 1), 0)
        zp = below[path_of] + frac * (z_layer - below)[path_of]
        sp = on & spiral[path_of]
        z[pr_row[sp]] = zp[sp]

    feat = np.repeat(feature, rows_per)
    feat[kind != _PRINT] = FEATURE_CODES["travel"]
    spd = np.repeat(speed, rows_per)
    spd[kind == _TRAVEL] = travel_speed_mm_s
    if retraction:
        spd[(kind == _RETRACT) | (kind == _UNRETRACT)] = retraction.get("speed_mm_s", 35.0)
    # a travel that goes nowhere (the next path starts where the last one ended) is left out
    prev = np.r_[np.nan, x[:-1]], np.r_[np.nan, y[:-1]], np.r_[np.nan, z[:-1]]
    still = (x == prev[0]) & (y == prev[1]) & (z == prev[2])
    keep = ~((kind == _TRAVEL) & still)
    row_layer = layer[row_path]

    if min_layer_time_s > 0:
        _slow_down_short_layers(
            x, y, kind, spd, keep, row_layer, len(tops), min_layer_time_s, min_speed_mm_s
        )
    info = dict(meta or {})
    info["layer_tops_mm"] = [round(float(t), 4) for t in tops]
    if start_xyz is not None:
        start = tuple(float(v) for v in start_xyz)
    else:
        start = (float(q[0, 0]), float(q[0, 1]), float(z_layer[0]))
    return Toolpath(
        x=x[keep],
        y=y[keep],
        z=z[keep],
        e=e[keep],
        speed_mm_s=spd[keep],
        feature=feat[keep],
        layer=row_layer[keep],
        line=np.zeros(int(keep.sum()), np.int32),
        start=start,
        meta=info,
    )


def _slow_down_short_layers(
    x, y, kind, spd, keep, row_layer, n_layers, min_layer_time_s, min_speed_mm_s
) -> None:
    """Slow the printing moves of layers that would take less than the minimum time."""
    ln = np.r_[0.0, np.hypot(x[1:] - x[:-1], y[1:] - y[:-1])]
    t_row = np.where(keep, ln / np.maximum(spd, 1e-9), 0.0)
    t_layer = np.bincount(row_layer, weights=t_row, minlength=n_layers)
    t_print = np.bincount(row_layer, weights=np.where(kind == _PRINT, t_row, 0), minlength=n_layers)
    short = t_layer < min_layer_time_s
    factor = np.ones(n_layers)
    extra = min_layer_time_s - t_layer
    ok = short & (t_print > 0)
    factor[ok] = t_print[ok] / (t_print[ok] + extra[ok])
    slow = (kind == _PRINT) & short[row_layer]
    spd[slow] = np.maximum(
        spd[slow] * factor[row_layer[slow]], np.minimum(min_speed_mm_s, spd[slow])
    )
