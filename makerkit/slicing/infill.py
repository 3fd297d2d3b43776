"""Fill patterns: families of straight lines clipped to each layer's area.

``lines`` draws one direction per layer and turns 90° every layer; ``grid`` draws two
crossing directions on every layer; ``triangles`` three directions 60° apart. Solid
skins use ``lines`` at 100 %. The line distance follows from the density, so that every
pattern puts the same amount of plastic in for the same percentage.

>>> import shapely
>>> area = np.array([shapely.box(0, 0, 10, 10)], dtype=object)
>>> segs, layer = fill_segments(area, "grid", 50, spacing_mm=0.5)
>>> len(segs) > 10, set(layer.tolist())
(True, {0})
"""

from __future__ import annotations

import math

import numpy as np
import shapely

__all__ = [
    "PATTERN_ANGLES",
    "line_distance_mm",
    "fill_segments",
    "fill_at_angles",
    "connect_segments",
]

# Directions drawn on even and odd layers, degrees.
PATTERN_ANGLES = {
    "lines": ((45.0,), (135.0,)),
    "grid": ((45.0, 135.0), (45.0, 135.0)),
    "triangles": ((0.0, 60.0, 120.0), (0.0, 60.0, 120.0)),
}


def line_distance_mm(pattern: str, percent: float, spacing_mm):
    """Distance between parallel lines for a density (each direction shares the plastic).

    >>> line_distance_mm("grid", 20, 0.4)
    4.0
    """
    directions = len(PATTERN_ANGLES[pattern][0])
    out = directions * np.asarray(spacing_mm, float) * 100.0 / percent
    return float(out) if out.ndim == 0 else out


def _scanlines(
    areas: np.ndarray, angle_deg: float, distance_mm
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Clip parallel lines (at ``angle_deg``, ``distance_mm`` apart) to every layer's area.

    ``distance_mm`` is one number, or one per area.

    A scanline fill, vectorised over all layers: the outlines are turned so the lines run
    along x, every outline edge is cut by the lines it crosses (all at once, as the mesh is
    cut by the layer planes), and the crossings of one line are paired left to right
    (inside between the 1st and 2nd, the 3rd and 4th …). Returns ``(segments (n, 2, 2),
    layer (n,), row (n,), piece (n,))``: the piece is the separate area a segment is in.
    """
    parts, part_layer = shapely.get_parts(areas, return_index=True)
    empty = (np.zeros((0, 2, 2)),) + (np.zeros(0, np.int64),) * 3
    if len(parts) == 0:
        return empty
    rings, ring_part = shapely.get_rings(parts, return_index=True)
    pts, ring = shapely.get_coordinates(rings, return_index=True)
    if len(pts) < 2:
        return empty
    a = math.radians(angle_deg)
    c, s = math.cos(a), math.sin(a)
    u = pts[:, 0] * c + pts[:, 1] * s  # along the lines
    v = -pts[:, 0] * s + pts[:, 1] * c  # across
    same = ring[1:] == ring[:-1]
    u0, u1, v0, v1 = u[:-1][same], u[1:][same], v[:-1][same], v[1:][same]
    edge_part = ring_part[ring[:-1][same]]
    edge_layer = part_layer[edge_part]
    dist = np.broadcast_to(np.asarray(distance_mm, float), (len(areas),))
    d_edge = dist[edge_layer]
    lo, hi = np.minimum(v0, v1), np.maximum(v0, v1)
    k_lo = np.ceil(lo / d_edge).astype(np.int64)
    k_hi = np.ceil(hi / d_edge).astype(np.int64)  # half-open [lo, hi): vertices once
    count = np.maximum(k_hi - k_lo, 0)
    edge = np.repeat(np.arange(len(count)), count)
    if len(edge) == 0:
        return empty
    first = np.cumsum(count) - count
    k = k_lo[edge] + (np.arange(len(edge)) - np.repeat(first, count))
    vk = k * d_edge[edge]
    t = (vk - v0[edge]) / (v1[edge] - v0[edge])
    uk = u0[edge] + t * (u1[edge] - u0[edge])
    lay = edge_layer[edge]
    part = edge_part[edge]
    order = np.lexsort((uk, k, lay))
    uk, k, lay, vk, part = uk[order], k[order], lay[order], vk[order], part[order]
    group_start = np.r_[True, (k[1:] != k[:-1]) | (lay[1:] != lay[:-1])]
    gid = np.cumsum(group_start) - 1
    rank = np.arange(len(k)) - np.flatnonzero(group_start)[gid]
    sizes = np.bincount(gid)
    even = (sizes % 2 == 0)[gid]
    left = (rank % 2 == 0) & even
    li = np.flatnonzero(left)
    ua, ub = uk[li], uk[li + 1]
    keep = ub - ua > 1e-3
    li, ua, ub = li[keep], ua[keep], ub[keep]
    vv = vk[li]
    xa, ya = ua * c - vv * s, ua * s + vv * c
    xb, yb = ub * c - vv * s, ub * s + vv * c
    segs = np.stack([np.column_stack([xa, ya]), np.column_stack([xb, yb])], axis=1)
    return segs, lay[li], k[li], part[li]


def fill_segments(
    areas: np.ndarray,
    pattern: str,
    percent: float,
    spacing_mm,
    angle_offset_deg: float = 0.0,
) -> tuple[np.ndarray, np.ndarray]:
    """Straight fill segments for every layer: ``(segments (n, 2, 2), layer (n,))``.

    ``spacing_mm`` is one number or one per layer (the first layer's lines are wider).

    Segments come ordered layer by layer, separate area by separate area, then direction
    by direction and across each direction, every other one reversed so the nozzle zig-zags instead of jumping back.
    """
    n = len(areas)
    if percent <= 0 or n == 0:
        return np.zeros((0, 2, 2)), np.zeros(0, np.int64)
    distance = line_distance_mm(pattern, percent, spacing_mm)
    nonempty = ~shapely.is_empty(areas)
    all_segs, all_layers, all_keys = [], [], []
    for parity in (0, 1):
        idx = np.flatnonzero(nonempty & (np.arange(n) % 2 == parity))
        if len(idx) == 0:
            continue
        for angle in PATTERN_ANGLES[pattern][parity]:
            angle += angle_offset_deg
            d = np.broadcast_to(distance, (n,))[idx]
            segs, which, row, piece = _scanlines(areas[idx], angle, d)
            if len(segs) == 0:
                continue
            along = segs.mean(axis=1) @ np.array(
                [math.cos(math.radians(angle)), math.sin(math.radians(angle))]
            )
            all_segs.append(segs)
            all_layers.append(idx[which])
            keys = [np.full(len(segs), angle), row, along, piece]
            all_keys.append(np.column_stack(keys))
    if not all_segs:
        return np.zeros((0, 2, 2)), np.zeros(0, np.int64)
    return _zig_zag(np.concatenate(all_segs), np.concatenate(all_layers), np.concatenate(all_keys))


def _zig_zag(
    segs: np.ndarray, layer: np.ndarray, keys: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Order segments for the nozzle; ``keys`` columns: angle, row, position along, piece."""
    # one separate area after the other, so the nozzle does not zig-zag between them
    order = np.lexsort((keys[:, 2], keys[:, 1], keys[:, 0], keys[:, 3], layer))
    segs, layer, keys = segs[order], layer[order], keys[order]
    # "lanes": the k-th segment of each row (left to right). Printing lane by lane keeps
    # the nozzle on one side of a hole instead of crossing it at every row.
    group = np.r_[
        True,
        (layer[1:] != layer[:-1]) | np.any(keys[1:, [0, 1, 3]] != keys[:-1, [0, 1, 3]], axis=1),
    ]
    gid = np.cumsum(group) - 1
    lane = np.arange(len(gid)) - np.flatnonzero(group)[gid]
    order = np.lexsort((keys[:, 2], keys[:, 1], lane, keys[:, 0], keys[:, 3], layer))
    segs, layer, row = segs[order], layer[order], keys[order, 1]
    # zig-zag: reverse every other row
    flip = (row % 2) == 1
    segs[flip] = segs[flip][:, ::-1]
    return segs, layer


def fill_at_angles(
    areas: np.ndarray, angle_deg: np.ndarray, distance_mm: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Parallel lines filling each area at its own angle and line distance (bridges).

    Returns ``(segments (n, 2, 2), area index (n,))``, in zig-zag order area by area.

    >>> square = np.array([shapely.box(0, 0, 10, 4)], dtype=object)
    >>> segs, which = fill_at_angles(square, np.array([0.0]), np.array([0.5]))
    >>> len(segs), float(np.ptp(segs[0, :, 0]))     # 8 lines along x, each 10 mm long
    (8, 10.0)
    """
    areas = np.asarray(areas, dtype=object)
    angle_deg = np.asarray(angle_deg, float)
    distance_mm = np.broadcast_to(np.asarray(distance_mm, float), (len(areas),))
    all_segs, all_which, all_keys = [], [], []
    for angle in np.unique(angle_deg):
        idx = np.flatnonzero(angle_deg == angle)
        segs, which, row, _ = _scanlines(areas[idx], float(angle), distance_mm[idx])
        if len(segs) == 0:
            continue
        a = math.radians(float(angle))
        along = segs.mean(axis=1) @ np.array([math.cos(a), math.sin(a)])
        all_segs.append(segs)
        all_which.append(idx[which])
        all_keys.append(np.column_stack([np.full(len(segs), angle), row, along, idx[which]]))
    if not all_segs:
        return np.zeros((0, 2, 2)), np.zeros(0, np.int64)
    return _zig_zag(np.concatenate(all_segs), np.concatenate(all_which), np.concatenate(all_keys))


def connect_segments(
    segs: np.ndarray, layer: np.ndarray, areas: np.ndarray, max_link_mm
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Join each fill line to the next one along the area's edge, where the edge allows.

    The nozzle then draws a zig-zag without stopping: no travel, no blob at each turn, and
    the lines hold on to the walls. Returns ``(points (n, 2), path (n,), path_layer)``.

    >>> area = np.array([shapely.box(0, 0, 10, 10)], dtype=object)
    >>> segs, layer = fill_segments(area, "lines", 100, spacing_mm=0.5)
    >>> pts, path, _ = connect_segments(segs, layer, area, 1.0)
    >>> len(segs), int(path.max()) + 1    # many lines, one zig-zag
    (29, 1)
    """
    n = len(segs)
    if n == 0:
        return np.zeros((0, 2)), np.zeros(0, np.int64), np.zeros(0, np.int64)
    a, b = segs[:-1, 1], segs[1:, 0]
    link = np.zeros(n, bool)  # link[i]: segment i continues segment i - 1
    gap = np.hypot(*(b - a).T)
    limit = np.broadcast_to(np.asarray(max_link_mm, float), (len(areas),))[layer[1:]]
    cand = np.flatnonzero((layer[1:] == layer[:-1]) & (gap <= limit) & (gap > 1e-9))
    if len(cand):
        grown = shapely.buffer(np.asarray(areas, dtype=object), 0.01)
        shapely.prepare(grown)
        lines = shapely.linestrings(np.stack([a[cand], b[cand]], axis=1))
        ok = shapely.covered_by(lines, grown[layer[cand + 1]])
        link[cand[ok] + 1] = True
    path_of_seg = np.cumsum(~link) - 1
    return segs.reshape(-1, 2), np.repeat(path_of_seg, 2), layer[~link]
