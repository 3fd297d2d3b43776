"""From outlines and fill lines to paths: loops with their seams, fill lines, centre lines.

Paths are kept as one big table of points (``PathSet``): a point knows which path it is
on, and a path knows its layer, what it prints and how wide.
:func:`~makerkit.slicing.moves.build_toolpath` then turns the whole table into a
:class:`~makerkit.gcode.toolpath.Toolpath`.

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

from makerkit.gcode.toolpath import FEATURE_CODES

__all__ = [
    "PathSet",
    "ring_paths",
    "segment_paths",
    "polyline_paths",
    "centre_line_paths",
    "island_of_paths",
]


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
    # per path, a speed that replaces its feature's (NaN: the feature's), or None
    speed_mm_s: np.ndarray | None = None
    # per path, plastic laid against a line of its width (bridges: the profile's flow), or None
    flow: np.ndarray | None = None
    # per path, a loop whose seam the nozzle may choose (it starts nearest to where it is)
    free_seam: np.ndarray | None = None

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
            speed_mm_s=np.concatenate(
                [s.speed_mm_s if s.speed_mm_s is not None else np.full(s.path_count, np.nan)
                 for s in sets]
            ),
            flow=np.concatenate(
                [s.flow if s.flow is not None else np.ones(s.path_count) for s in sets]
            ),
            free_seam=np.concatenate(
                [s.free_seam if s.free_seam is not None else np.zeros(s.path_count, bool)
                 for s in sets]
            ),
        )  # fmt: skip

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
    rear_outside_only: bool = False,
) -> PathSet:
    """Closed loops along the boundaries of ``areas`` (one geometry per layer).

    Each loop starts at its seam. ``"rear"``: the point furthest back (largest y; of points
    as far back, the leftmost), for the outside of the part; the nozzle starts the loops
    nobody sees (around holes, inner walls) where it is (``rear_outside_only``).
    ``"nearest"``: every loop where the nozzle is. ``"random"``: a point drawn at random
    (fixed per layer).
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
        # the rearmost point; of points as far back (a flat back), the leftmost, so that
        # seams line up from layer to layer
        score = np.round(pts_body[:, 1], 2) - 1e-6 * pts_body[:, 0]
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
    if seam == "nearest":
        free = np.ones(len(keep_rings), bool)
    elif seam == "rear" and rear_outside_only:
        _, first_ring = np.unique(ridx, return_index=True)  # a polygon's exterior comes first
        exterior = np.zeros(len(rings), bool)
        exterior[first_ring] = True
        free = ~exterior[keep_rings]
    else:
        free = np.zeros(len(keep_rings), bool)
    return PathSet(
        points=pts[src],
        path=renum[ring_of],
        layer=kept_layer,
        feature=np.full(len(keep_rings), FEATURE_CODES[feature], np.int8),
        width_mm=widths,
        order=np.full(len(keep_rings), rank, np.int64),
        free_seam=free,
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


def polyline_paths(
    points: np.ndarray,
    path: np.ndarray,
    path_layer: np.ndarray,
    feature: str,
    width_mm: np.ndarray,
    rank: int,
) -> PathSet:
    """Open polylines (``points`` grouped by ``path``) as paths of one feature."""
    n = len(path_layer)
    return PathSet(
        points=points,
        path=path,
        layer=np.asarray(path_layer, np.int64),
        feature=np.full(n, FEATURE_CODES[feature], np.int8),
        width_mm=np.asarray(width_mm, float)[path_layer] if n else np.zeros(0),
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
