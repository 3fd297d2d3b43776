"""Travels: the order the nozzle visits the lines in, and the way it goes between them.

Islands (separate pieces of a layer) are visited nearest first, and inside an island the
lines of one kind start at the end nearest the nozzle. A travel that would cross a hole
or go outside the part is steered along the part's edge instead (*combing*, *avoid
crossing perimeters*), so the nozzle stays over plastic and needs no retraction; when
no way inside exists (another island, a long detour), the slicer retracts.

>>> import shapely
>>> ring = shapely.Point(0, 0).buffer(10).difference(shapely.Point(0, 0).buffer(5))
>>> way = route_inside((-7.5, 0), (7.5, 0), ring)    # the straight line crosses the hole
>>> way is not None and bool(shapely.LineString(way).within(ring.buffer(1e-6)))
True
"""

from __future__ import annotations

from typing import Any

import numpy as np
import shapely

__all__ = ["visit_order", "route_inside"]


def _nearest_first(starts: np.ndarray, ends: np.ndarray, cur: np.ndarray, can_flip: bool):
    """Greedy nearest-neighbour order of paths; open paths may be walked backwards."""
    n = len(starts)
    left = np.ones(n, bool)
    order, flip = np.empty(n, np.int64), np.zeros(n, bool)
    for k in range(n):
        d_start = np.hypot(*(starts - cur).T)
        d_start[~left] = np.inf
        i = int(np.argmin(d_start))
        best, rev = d_start[i], False
        if can_flip:
            d_end = np.hypot(*(ends - cur).T)
            d_end[~left] = np.inf
            j = int(np.argmin(d_end))
            if d_end[j] < best:
                i, rev = j, True
        order[k], flip[i] = i, rev
        left[i] = False
        cur = starts[i] if rev else ends[i]
    return order, flip[order], cur


def visit_order(
    layer: np.ndarray,
    island: np.ndarray,
    rank: np.ndarray,
    first_pt: np.ndarray,
    last_pt: np.ndarray,
    closed: np.ndarray,
    start_xy: Any,
) -> tuple[np.ndarray, np.ndarray]:
    """The order to print paths in, and which open paths to print backwards.

    Paths go layer by layer; in a layer, the lines that belong to no island (skirt,
    supports) first, then island after island, nearest first; in an island, by ``rank``
    (inner walls, outer wall, skins, infill); in a rank, open lines nearest first, a long
    run of fill lines (already in zig-zag order) from whichever of its ends is nearer.
    """
    n = len(layer)
    out_order: list[np.ndarray] = []
    out_flip: list[np.ndarray] = []
    cur = np.asarray(start_xy, float)[:2]
    by_layer = np.lexsort((np.arange(n), rank, island, layer))
    bounds = np.flatnonzero(np.r_[True, layer[by_layer][1:] != layer[by_layer][:-1], True])
    for a, b in zip(bounds[:-1], bounds[1:], strict=True):
        idx = by_layer[a:b]
        isl = island[idx]
        groups = {int(g): idx[isl == g] for g in np.unique(isl)}
        pending = [g for g in groups if g >= 0]
        sequence = [g for g in groups if g < 0]
        # islands nearest first, by where their first path starts
        while pending or sequence:
            if sequence:
                g = sequence.pop(0)
            else:
                entry = np.array([first_pt[groups[g][0]] for g in pending])
                g = pending.pop(int(np.argmin(np.hypot(*(entry - cur).T))))
            members = groups[g]
            rk = rank[members]
            for r in np.unique(rk):
                ids = members[rk == r]
                order, flip, cur = _order_rank(ids, first_pt, last_pt, closed, cur)
                out_order.append(ids[order])
                out_flip.append(flip)
    if not out_order:
        return np.zeros(0, np.int64), np.zeros(0, bool)
    return np.concatenate(out_order), np.concatenate(out_flip)


def _order_rank(ids, first_pt, last_pt, closed, cur):
    starts, ends = first_pt[ids], last_pt[ids]
    is_open = ~closed[ids]
    if len(ids) <= 64:
        return _nearest_first(starts, ends, cur, can_flip=bool(is_open.all()))
    # many fill lines, already chained in zig-zag: only choose which end to begin at
    order = np.arange(len(ids))
    if is_open.all() and np.hypot(*(ends[-1] - cur)) < np.hypot(*(starts[0] - cur)):
        return order[::-1], np.ones(len(ids), bool), starts[0]
    return order, np.zeros(len(ids), bool), ends[-1]


def _ring_walk(ring: Any, a: float, b: float) -> np.ndarray:
    """The ring's vertices from position ``a`` to ``b`` (mm along it), the shorter way."""
    length = ring.length
    forward = (b - a) % length
    if forward <= length / 2:
        return _vertices_between(ring, a, a + forward)
    return _vertices_between(ring, b, b + (length - forward))[::-1]


def _vertices_between(ring: Any, a: float, b: float) -> np.ndarray:
    """The ring's vertices strictly between positions ``a`` and ``b`` (b may pass the end)."""
    coords = np.asarray(ring.coords)[:-1]
    length = ring.length
    d = np.r_[0.0, np.cumsum(np.hypot(*np.diff(np.asarray(ring.coords), axis=0).T))][:-1]
    pos = np.concatenate([d, d + length])
    pts = np.concatenate([coords, coords])
    keep = (pos > a + 1e-9) & (pos < b - 1e-9)
    return pts[keep]


def route_inside(p: Any, q: Any, area: Any, max_ratio: float = 3.0) -> np.ndarray | None:
    """A way from ``p`` to ``q`` that stays inside ``area`` (waypoints after ``p``, ending at
    ``q``), or ``None`` when there is none worth taking (another piece, a long detour)."""
    p, q = np.asarray(p, float)[:2], np.asarray(q, float)[:2]
    direct = float(np.hypot(*(q - p)))
    if direct < 1e-9:
        return q[None, :]
    piece = _piece_holding(area, p)
    if piece is None or not piece.covers(shapely.Point(q)):
        return None
    line = shapely.LineString([p, q])
    if piece.covers(line):
        return q[None, :]
    rings = [piece.exterior, *piece.interiors]
    hits = []
    for k, ring in enumerate(rings):
        cut = line.intersection(ring)
        for pt in shapely.get_coordinates(cut):
            hits.append((line.project(shapely.Point(pt)), k, pt))
    hits.sort(key=lambda h: h[0])
    if len(hits) < 2:
        return None
    way = [p]
    i = 0
    while i + 1 < len(hits):
        (_, k, exit_pt), (_, k2, entry_pt) = hits[i], hits[i + 1]
        if k != k2:  # the line left through one edge and came back through another
            i += 1
            continue
        ring = rings[k]
        a = ring.project(shapely.Point(exit_pt))
        b = ring.project(shapely.Point(entry_pt))
        way.append(exit_pt)
        way.extend(_ring_walk(ring, a, b))
        way.append(entry_pt)
        i += 2
    way.append(q)
    path = np.asarray(way, float)
    path = _shortcut(path, piece)
    length = float(np.hypot(*np.diff(path, axis=0).T).sum())
    if length > max_ratio * direct + 10.0:
        return None
    return path[1:]


def _piece_holding(area: Any, p: np.ndarray) -> Any:
    pt = shapely.Point(p)
    for piece in shapely.get_parts(area):
        if piece.covers(pt):
            return piece
    # a point on the very edge (a line's end stretched to the outline): the nearest piece
    parts = shapely.get_parts(area)
    if len(parts) == 0:
        return None
    d = shapely.distance(parts, pt)
    i = int(np.argmin(d))
    return parts[i] if d[i] < 0.05 else None


def _shortcut(path: np.ndarray, piece: Any) -> np.ndarray:
    """Drop waypoints the nozzle can skip while staying inside (string pulling)."""
    if len(path) <= 2:
        return path
    grown = piece.buffer(1e-6)
    shapely.prepare(grown)

    def seen(i: int, j: int) -> bool:
        return bool(grown.covers(shapely.LineString([path[i], path[j]])))

    out = [path[0]]
    i, last = 0, len(path) - 1
    while i < last:
        # reach as far as can be seen: double the step, then halve back (few checks)
        good, step = i + 1, 1
        while good + step <= last and seen(i, good + step):
            good += step
            step *= 2
        while step > 1:
            step //= 2
            if good + step <= last and seen(i, good + step):
                good += step
        out.append(path[good])
        i = good
    return np.asarray(out)
