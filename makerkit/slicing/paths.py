"""From outlines and fill lines to one nozzle path: order, seams, speeds, retractions.

Paths are kept as one big table of points (``PathSet``): a point knows which path it is
on, and a path knows its layer, what it prints and how wide. :func:`build_toolpath`
turns the whole table into a :class:`~makerkit.gcode.toolpath.Toolpath` at once: a
travel to each path's first point (with a retraction when the jump is long), then
printing moves along it.

>>> import shapely
>>> loops = np.array([shapely.box(0, 0, 10, 10)], dtype=object)
>>> ps = ring_paths(loops, "wall_outer", width_mm=0.45)
>>> ps.path_count, ps.points.shape
(1, (5, 2))
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
import shapely

from makerkit.gcode.toolpath import FEATURE_CODES, Toolpath

__all__ = ["PathSet", "ring_paths", "segment_paths", "build_toolpath"]


@dataclass
class PathSet:
    """Paths as flat arrays: ``points`` (n, 2) and ``path`` (n,) with per-path columns."""

    points: np.ndarray
    path: np.ndarray
    layer: np.ndarray  # per path
    feature: np.ndarray  # per path, FEATURE_CODES
    width_mm: np.ndarray  # per path
    order: np.ndarray = field(default=None)  # per path, rank inside its layer
    island: np.ndarray | None = None  # per path, which piece of the layer it is on (-1: none)
    # per point, the width of the line arriving there (lines of varying width), or None
    point_width: np.ndarray | None = None

    @property
    def path_count(self) -> int:
        return len(self.layer)

    @classmethod
    def empty(cls) -> PathSet:
        z = np.zeros(0, np.int64)
        return cls(np.zeros((0, 2)), z, z, z.astype(np.int8), np.zeros(0), z)

    @classmethod
    def concat(cls, sets: list[PathSet]) -> PathSet:
        sets = [s for s in sets if s.path_count]
        if not sets:
            return cls.empty()
        offsets = np.cumsum([0] + [s.path_count for s in sets[:-1]])
        varying = any(s.point_width is not None for s in sets)
        return cls(
            np.concatenate([s.points for s in sets]),
            np.concatenate([s.path + o for s, o in zip(sets, offsets, strict=True)]),
            np.concatenate([s.layer for s in sets]),
            np.concatenate([s.feature for s in sets]),
            np.concatenate([s.width_mm for s in sets]),
            np.concatenate([s.order for s in sets]),
            point_width=np.concatenate([s.widths_per_point() for s in sets]) if varying else None,
        )

    def widths_per_point(self) -> np.ndarray:
        """The width of the line arriving at each point, mm."""
        if self.point_width is not None:
            return self.point_width
        return self.width_mm[self.path]


def _ragged_arange(counts: np.ndarray) -> np.ndarray:
    """``[0..c0-1, 0..c1-1, …]`` without a Python loop."""
    counts = np.asarray(counts, np.int64)
    total = int(counts.sum())
    starts = np.cumsum(counts) - counts
    return np.arange(total) - np.repeat(starts, counts)


def ring_paths(
    areas: np.ndarray,
    feature: str,
    width_mm: float | np.ndarray,
    rank: int = 0,
    seam: str = "rear",
    layers: np.ndarray | None = None,
) -> PathSet:
    """Closed loops along the boundaries of ``areas`` (one geometry per layer).

    Each loop starts at its seam: the point furthest back (largest y) for ``"rear"``, a
    point drawn at random (fixed per layer) for ``"random"``.
    """
    layers = np.arange(len(areas)) if layers is None else np.asarray(layers)
    parts, pidx = shapely.get_parts(areas, return_index=True)
    if len(parts) == 0:
        return PathSet.empty()
    rings, ridx = shapely.get_rings(parts, return_index=True)
    pts, which = shapely.get_coordinates(rings, return_index=True)
    ring_layer = layers[pidx[ridx]]
    counts = np.bincount(which, minlength=len(rings))
    ok = counts >= 4
    # drop the repeated closing point, rotate to the seam, close again
    m = counts - 1
    starts = np.cumsum(counts) - counts
    local = _ragged_arange(counts)
    body = local < np.repeat(m, counts)
    pts_body, which_body = pts[body], which[body]
    if seam == "random":
        rng = np.random.default_rng(12345)
        seam_at = (rng.random(len(rings)) * np.maximum(m, 1)).astype(np.int64)
    else:
        score = pts_body[:, 1] + 1e-3 * pts_body[:, 0]
        best = np.full(len(rings), -np.inf)
        np.maximum.at(best, which_body, score)
        is_best = score >= best[which_body]
        seam_at = np.zeros(len(rings), np.int64)
        loc_body = _ragged_arange(m)
        seam_at[which_body[is_best][::-1]] = loc_body[is_best][::-1]
    new_counts = np.where(ok, counts, 0)
    ring_of = np.repeat(np.arange(len(rings)), new_counts)
    j = _ragged_arange(new_counts)
    mm = np.maximum(m[ring_of], 1)
    src = starts[ring_of] + (j + seam_at[ring_of]) % mm
    keep_rings = np.flatnonzero(ok)
    renum = np.full(len(rings), -1)
    renum[keep_rings] = np.arange(len(keep_rings))
    w = np.asarray(width_mm, float)
    kept_layer = ring_layer[keep_rings]
    widths = np.full(len(keep_rings), float(w)) if w.ndim == 0 else w[kept_layer]
    return PathSet(
        points=pts[src],
        path=renum[ring_of],
        layer=kept_layer,
        feature=np.full(len(keep_rings), FEATURE_CODES[feature], np.int8),
        width_mm=widths,
        order=np.full(len(keep_rings), rank, np.int64),
    )


def segment_paths(
    segs: np.ndarray, layer: np.ndarray, feature: str, width_mm: np.ndarray, rank: int
) -> PathSet:
    """Straight fill segments ``(n, 2, 2)`` as two-point paths."""
    n = len(segs)
    return PathSet(
        points=segs.reshape(-1, 2),
        path=np.repeat(np.arange(n), 2),
        layer=np.asarray(layer, np.int64),
        feature=np.full(n, FEATURE_CODES[feature], np.int8),
        width_mm=np.asarray(width_mm, float)[layer] if n else np.zeros(0),
        order=np.full(n, rank, np.int64),
    )


def centre_line_paths(lines: Any, feature: str, height_mm: np.ndarray, rank: int) -> PathSet:
    """Lines of varying width (:class:`~makerkit.slicing.walls.CentreLines`) as paths.

    Their widths are those of flat lines; the nozzle's lines have rounded sides, so each is
    laid a little wider for the same plastic (see :func:`~makerkit.slicing.regions.line_spacing_mm`).
    """
    from makerkit.slicing.regions import line_spacing_mm

    if lines.count == 0:
        return PathSet.empty()
    h = np.asarray(height_mm, float)[lines.layer[lines.line]]
    nominal = lines.width_mm + (lines.width_mm - line_spacing_mm(lines.width_mm, h))
    per_path = np.bincount(lines.line, weights=nominal) / np.bincount(lines.line)
    return PathSet(
        points=lines.points,
        path=lines.line,
        layer=lines.layer,
        feature=np.full(lines.count, FEATURE_CODES[feature], np.int8),
        width_mm=per_path,
        order=np.full(lines.count, rank, np.int64),
        point_width=nominal,
    )


def island_of_paths(paths: PathSet, islands: np.ndarray) -> np.ndarray:
    """For each path, the index of the island (separate piece of its layer) it starts on.

    Printing island after island (walls, skin, infill of one piece, then the next) saves
    long travels. All layers are answered at once: each layer is shifted far along x.
    """
    out = np.full(paths.path_count, -1, np.int64)
    if paths.path_count == 0:
        return out
    parts, part_layer = shapely.get_parts(islands, return_index=True)
    if len(parts) == 0:
        return out
    lo, hi = shapely.total_bounds(parts).reshape(2, 2)
    pitch = float((hi - lo).max()) * 2 + 10.0
    first = np.r_[0, np.flatnonzero(paths.path[1:] != paths.path[:-1]) + 1]
    start = paths.points[first] - lo
    start[:, 0] += paths.layer[paths.path[first]] * pitch
    shifted = shapely.transform(parts, lambda c: c - lo)
    pts, idx = shapely.get_coordinates(shifted, return_index=True)
    pts[:, 0] += part_layer[idx] * pitch
    rings_moved = shapely.set_coordinates(shifted, pts)
    tree = shapely.STRtree(rings_moved)
    p_i, part_i = tree.query(shapely.points(start), predicate="intersects")
    out[paths.path[first][p_i]] = part_i
    return out


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
    inside: np.ndarray | None = None,
    meta: dict[str, Any] | None = None,
) -> Toolpath:
    """One toolpath from every path, layer by layer, in the order given by ``paths.order``.

    ``inside`` (one geometry per layer) is where a travel may go without a retraction.
    """
    from makerkit.slicing.regions import line_area_mm2

    if paths.path_count == 0:
        return Toolpath.empty()
    # --- sort paths: layer, then rank, then as produced
    island = paths.island if paths.island is not None else np.zeros(paths.path_count, np.int64)
    p_order = np.lexsort((np.arange(paths.path_count), paths.order, island, paths.layer))
    inv = np.empty_like(p_order)
    inv[p_order] = np.arange(len(p_order))
    new_path = inv[paths.path]
    pt_order = np.argsort(new_path, kind="stable")
    pts = paths.points[pt_order]
    path_of = new_path[pt_order]
    layer = paths.layer[p_order]
    feature = paths.feature[p_order]
    width = paths.width_mm[p_order]
    n_paths = len(layer)
    m = np.bincount(path_of, minlength=n_paths)
    first = np.cumsum(m) - m
    last = first + m - 1

    tops = np.asarray(layer_tops_mm, float)
    thick = np.diff(np.concatenate([[0.0], tops]))
    h = thick[layer]
    fil_area = np.pi * (filament_diameter_mm / 2) ** 2
    e_per_mm = line_area_mm2(width, h) / fil_area

    # --- speeds per path (first layer slower; flow limited by the hot end)
    names = np.array(["other"] * 16, dtype=object)
    for name, code in FEATURE_CODES.items():
        names[code] = name
    speed = np.array([speed_mm_s.get(names[f], speed_mm_s.get("infill", 40.0)) for f in feature])
    speed = np.where(layer == 0, np.minimum(speed, first_layer_speed_mm_s), speed)
    flow_cap = max_volumetric_mm3_s / (e_per_mm * fil_area)
    speed = np.minimum(speed, flow_cap)

    # --- rows: [retract, travel to first point, unretract, print along the rest]
    rows_per = m + 2
    row0 = np.cumsum(rows_per) - rows_per
    n_rows = int(rows_per.sum())
    x = np.zeros(n_rows)
    y = np.zeros(n_rows)
    local = _ragged_arange(m)
    pt_row = row0[path_of] + np.where(local == 0, 1, local + 2)
    x[pt_row], y[pt_row] = pts[:, 0], pts[:, 1]
    prev_end = np.vstack([pts[first[0]][None, :], pts[last[:-1]]])
    x[row0], y[row0] = prev_end[:, 0], prev_end[:, 1]
    x[row0 + 2], y[row0 + 2] = pts[first, 0], pts[first, 1]
    z = np.repeat(tops[layer], rows_per)
    z[row0[1:]] = tops[layer[:-1]]  # retract before going up to the next layer

    seg_len = np.zeros(len(pts))
    seg_len[1:] = np.hypot(*(pts[1:] - pts[:-1]).T)
    seg_len[local == 0] = 0.0
    e = np.zeros(n_rows)
    if paths.point_width is None:
        e[pt_row] = seg_len * e_per_mm[path_of]
    else:  # lines of varying width: each piece by the mean width of its two ends
        pw = paths.point_width[pt_order]
        seg_w = np.r_[pw[:1], (pw[1:] + pw[:-1]) / 2]
        e[pt_row] = seg_len * line_area_mm2(seg_w, h[path_of]) / fil_area
    kind = np.zeros(n_rows, np.int8)  # 0 print, 1 travel, 2 retract, 3 unretract
    kind[row0], kind[row0 + 1], kind[row0 + 2] = 2, 1, 3
    feat = np.repeat(feature, rows_per)
    feat[kind != 0] = FEATURE_CODES["travel"]
    spd = np.repeat(speed, rows_per)
    spd[kind == 1] = travel_speed_mm_s

    if spiral_from_layer is not None:
        # vase: z climbs along each loop from the layer below to this layer's top
        spiral = layer >= spiral_from_layer
        frac = np.zeros(len(pts))
        cum = np.cumsum(seg_len)
        base = cum[first][path_of]
        total = (cum[last] - cum[first])[path_of]
        frac = np.where(total > 0, (cum - base) / np.where(total > 0, total, 1), 0)
        below = np.where(layer > 0, tops[np.maximum(layer - 1, 0)], 0.0)[path_of]
        zp = below + frac * (tops[layer][path_of] - below)
        sp_pt = spiral[path_of]
        z[pt_row[sp_pt]] = zp[sp_pt]
        z[row0 + 2] = np.where(spiral, below[first], z[row0 + 2])
        z[row0 + 1] = np.where(spiral, below[first], z[row0 + 1])

    # --- retraction on long travels and on layer changes
    jump = np.hypot(x[row0 + 1] - x[row0], y[row0 + 1] - y[row0])
    keep = np.ones(n_rows, bool)
    retract_len = 0.0 if not retraction else float(retraction.get("length_mm", 0.0))
    if retract_len > 0:
        new_layer = np.r_[False, layer[1:] != layer[:-1]]
        same_fill = np.r_[False, feature[1:] == feature[:-1]] & np.isin(
            feature, [FEATURE_CODES[f] for f in ("infill", "skin", "support")]
        )
        need = (jump > retraction.get("min_travel_mm", 1.0)) & ~(same_fill & (jump < 10.0))
        if inside is not None and need.any():
            # a travel that stays over the part leaks nothing visible: no retraction there
            cand = np.flatnonzero(need & ~new_layer)
            lines = shapely.linestrings(
                np.stack(
                    [np.column_stack([x[row0[cand]], y[row0[cand]]]),
                     np.column_stack([x[row0[cand] + 1], y[row0[cand] + 1]])],
                    axis=1,
                )
            )  # fmt: skip
            shapely.prepare(inside)
            need[cand[shapely.covered_by(lines, inside[layer[cand]])]] = False
        need |= new_layer & (jump > 0.5)
        if spiral_from_layer is not None:
            need &= layer < spiral_from_layer
        need[0] = False
        e[row0] = np.where(need, -retract_len, 0.0)
        e[row0 + 2] = np.where(need, retract_len, 0.0)
        spd[row0] = spd[row0 + 2] = retraction.get("speed_mm_s", 35.0)
        keep[row0[~need]] = False
        keep[row0[~need] + 2] = False
    else:
        keep[row0] = keep[row0 + 2] = False
    keep[row0 + 1] = jump > 1e-9
    keep[row0[0] + 1] = True

    # --- cooling: slow down layers that would print faster than the minimum layer time
    row_layer = np.repeat(layer, rows_per)
    if min_layer_time_s > 0:
        ln = np.hypot(x[1:] - x[:-1], y[1:] - y[:-1])
        ln = np.r_[0.0, ln]
        t_row = np.where(keep, ln / np.maximum(spd, 1e-9), 0.0)
        t_layer = np.bincount(row_layer, weights=t_row, minlength=len(tops))
        t_print = np.bincount(row_layer, weights=np.where(kind == 0, t_row, 0), minlength=len(tops))
        short = t_layer < min_layer_time_s
        factor = np.ones(len(tops))
        extra = min_layer_time_s - t_layer
        ok = short & (t_print > 0)
        factor[ok] = t_print[ok] / (t_print[ok] + extra[ok])
        slow = (kind == 0) & short[row_layer]
        spd[slow] = np.maximum(
            spd[slow] * factor[row_layer[slow]], np.minimum(min_speed_mm_s, spd[slow])
        )

    info = dict(meta or {})
    info["layer_tops_mm"] = [round(float(t), 4) for t in tops]
    start = (float(x[row0[0] + 1]), float(y[row0[0] + 1]), float(tops[layer[0]]))
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
