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

__all__ = ["visit_order", "FreeLoops", "Pieces", "route_inside", "splice_gap_lines"]


def _nearest_first(starts: np.ndarray, ends: np.ndarray, cur: np.ndarray, can_flip: bool):
    """Greedy nearest-neighbour order of paths; open paths may be walked backwards.

    The nozzle is always at the end of a path (or at ``cur`` first): the distances from
    every end to every start (and end) are worked out once, a path taken is crossed out.
    """
    n = len(starts)
    order, flip = np.empty(n, np.int64), np.zeros(n, bool)
    if n == 0:
        return order, flip, cur
    here = np.vstack([cur[None, :], starts, ends])  # where the nozzle may be: cur, ends

    def table(to: np.ndarray) -> np.ndarray:
        return np.hypot(here[:, None, 0] - to[None, :, 0], here[:, None, 1] - to[None, :, 1])

    d_start = table(starts)
    d_end = table(ends) if can_flip else None
    at = 0  # row of ``here``: 0 is cur, 1 + i the start of path i, 1 + n + i its end
    for k in range(n):
        row = d_start[at]
        i = int(np.argmin(row))
        best, rev = row[i], False
        if d_end is not None:
            row_end = d_end[at]
            j = int(np.argmin(row_end))
            if row_end[j] < best:
                i, rev = j, True
        order[k], flip[i] = i, rev
        d_start[:, i] = np.inf
        if d_end is not None:
            d_end[:, i] = np.inf
        at = 1 + i if rev else 1 + n + i
    last = order[-1]
    return order, flip[order], starts[last] if flip[last] else ends[last]


def visit_order(
    layer: np.ndarray,
    island: np.ndarray,
    rank: np.ndarray,
    first_pt: np.ndarray,
    last_pt: np.ndarray,
    closed: np.ndarray,
    start_xy: Any,
    loops: Any = None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The order to print paths in, which open paths to print backwards, and where loops
    with a free seam start.

    Paths go layer by layer; in a layer, the lines that belong to no island (skirt,
    supports) first, then island after island, nearest first; in an island, by ``rank``
    (inner walls, outer wall, skins, infill); in a rank, open lines nearest first, a long
    run of fill lines (already in zig-zag order) from whichever of its ends is nearer.
    ``loops`` (a :class:`FreeLoops`) gives the loops that may start anywhere: they start
    at their point nearest to the nozzle. Returns ``(order, flip, start)``: ``start`` is,
    per path in the order, the index of the point a free loop starts at (0 otherwise).
    """
    n = len(layer)
    out_order: list[np.ndarray] = []
    out_flip: list[np.ndarray] = []
    out_start: list[np.ndarray] = []
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
            # the walls' loops of an island, one pool: each loop after the loop just inside
            # it (inner walls before the outer wall), otherwise nearest first
            pool = np.zeros(len(members), bool)
            if loops is not None and g >= 0:
                pool = (rk >= WALL_RANKS[0]) & (rk <= WALL_RANKS[1]) & closed[members]
                if pool.sum() > 200 or not loops.free[members[pool]].any():
                    pool[:] = False
            pool_done = not pool.any()
            for r in np.unique(rk):
                if not pool_done and r >= WALL_RANKS[0]:
                    ids = members[pool]
                    after = _inside_first(ids, rank, loops)
                    order, start, cur = loops.nearest_first(ids, cur, after)
                    out_order.append(ids[order])
                    out_flip.append(np.zeros(len(ids), bool))
                    out_start.append(start)
                    pool_done = True
                ids = members[(rk == r) & ~pool]
                if len(ids) == 0:
                    continue
                if loops is not None and loops.free[ids].any() and len(ids) <= 200:
                    order, start, cur = loops.nearest_first(ids, cur)
                    flip = np.zeros(len(ids), bool)
                else:
                    order, flip, cur = _order_rank(ids, first_pt, last_pt, closed, cur)
                    start = np.zeros(len(ids), np.int64)
                out_order.append(ids[order])
                out_flip.append(flip)
                out_start.append(start)
    if not out_order:
        return np.zeros(0, np.int64), np.zeros(0, bool), np.zeros(0, np.int64)
    return np.concatenate(out_order), np.concatenate(out_flip), np.concatenate(out_start)


# the ranks of the walls' loops (inner walls 30 + walls - k, outer wall 40: see slicer.py)
WALL_RANKS = (30, 40)


def _inside_first(ids: np.ndarray, rank: np.ndarray, loops: FreeLoops) -> np.ndarray:
    """For each wall loop, the loop printed before it: of the loops one wall further in,
    the one whose middle is nearest (the same hole's, the same outline's); -1 for none."""
    r = rank[ids]
    centre = np.array(
        [loops.points[loops.first[i] : loops.first[i] + loops.count[i]].mean(axis=0) for i in ids]
    )
    after = np.full(len(ids), -1, np.int64)
    levels = np.unique(r)
    for lo, hi in zip(levels[:-1], levels[1:], strict=True):
        inner, outer = np.flatnonzero(r == lo), np.flatnonzero(r == hi)
        d = np.hypot(*(centre[outer, None, :] - centre[None, inner, :]).transpose(2, 0, 1))
        after[outer] = inner[np.argmin(d, axis=1)]
    return after


class FreeLoops:
    """Closed paths whose seam may be anywhere: they start where the nozzle is nearest.

    ``points`` holds every path's points one after the other (``first[i]`` the first of
    path ``i``, ``count[i]`` how many, the last repeating the first for a loop), ``free``
    which paths are such loops; the others start at their first point.
    """

    def __init__(self, points: np.ndarray, first: np.ndarray, count: np.ndarray, free: np.ndarray):
        self.points, self.first, self.count, self.free = points, first, count, free

    def nearest_first(self, ids: np.ndarray, cur: np.ndarray, after: np.ndarray | None = None):
        """Greedy order of ``ids`` from ``cur``; free loops enter at their nearest point.

        ``after[p]`` (an index into ``ids``, or -1) must be printed before ``ids[p]``.
        """
        k = len(ids)
        left = np.ones(k, bool)
        order, start = np.empty(k, np.int64), np.zeros(k, np.int64)
        body = [
            self.points[self.first[i] : self.first[i] + max(self.count[i] - 1, 1)]
            if self.free[i]
            else self.points[self.first[i] : self.first[i] + 1]
            for i in ids
        ]
        sizes = np.array([len(b) for b in body])
        owner = np.repeat(np.arange(k), sizes)
        allpts = np.concatenate(body)
        offset = np.cumsum(sizes) - sizes
        last = np.array([self.points[self.first[i] + self.count[i] - 1] for i in ids])
        alive = np.ones(len(allpts), bool)
        waits = np.zeros(k, bool) if after is None else after >= 0
        for step in range(k):
            d = np.hypot(allpts[:, 0] - cur[0], allpts[:, 1] - cur[1])
            d[~alive | waits[owner]] = np.inf
            j = int(np.argmin(d))
            p = owner[j]
            order[step], start[p] = p, j - offset[p]
            left[p] = False
            alive[owner == p] = False
            if after is not None:
                waits &= after != p
            # a loop ends where it starts; an open path (or a fixed loop) at its last point
            cur = allpts[j] if self.free[ids[p]] else last[p]
        return order, start[order], cur


# rows of the 2-opt's table of gains worked out at once
_TWO_OPT_ROWS = 64


def _two_opt(starts, ends, order, flip, cur, passes: int = 3):
    """Shorten a nearest-first tour of open paths by turning runs of it around (2-opt).

    Nearest first leaves stragglers that the nozzle crosses the layer for at the end;
    turning the run between two travels around (each path in it walked the other way)
    removes such crossings. Paths' own lengths do not change, only the travels.

    >>> starts = np.array([[0.0, 0], [10, 0], [1, 0]]); ends = starts + [0, 5]
    >>> order, flip, _ = _two_opt(starts, ends, np.arange(3), np.zeros(3, bool), np.zeros(2))
    >>> order.tolist()     # 0, then 2 next to it, then 10 mm away
    [0, 2, 1]
    """
    order, flip = order.copy(), flip.copy()
    k = len(order)
    # every distance the gains need, once: between the nozzle's first place (0), the paths'
    # starts (1 + p) and their ends (1 + k + p); a tour is then numbers into this table
    pts = np.vstack([np.asarray(cur, float)[None, :2], starts, ends])
    dist = np.hypot(pts[:, None, 0] - pts[None, :, 0], pts[:, None, 1] - pts[None, :, 1])

    def ends_of():
        s = np.where(flip, 1 + k + order, 1 + order)  # where each path begins
        e = np.where(flip, 1 + order, 1 + k + order)  # and ends
        return s, e, np.r_[0, e[:-1]]  # the nozzle before path i

    s, e, before = ends_of()
    col = np.arange(k)
    nxt = np.minimum(col + 1, k - 1)
    tail = col < k - 1
    for _ in range(passes):
        improved = False
        i = 0
        while i < k - 1:
            # the gains of turning runs i..j around, for a block of rows i at once: the
            # first row with a gain is the one a row-by-row scan would turn (same numbers)
            rows = np.arange(i, min(i + _TWO_OPT_ROWS, k - 1))
            old = dist[before[rows], s[rows]][:, None] + np.where(tail, dist[e, s[nxt]], 0)
            new = dist[before[rows, None], e[None, :]] + np.where(
                tail, dist[s[rows, None], s[None, nxt]], 0
            )
            gain = old - new
            gain[col[None, :] <= rows[:, None]] = -np.inf  # runs end after they begin
            hit = np.flatnonzero(gain.max(axis=1) > 1e-6)
            if len(hit) == 0:
                i = int(rows[-1]) + 1
                continue
            i = int(rows[hit[0]])
            jj = i + 1 + int(np.argmax(gain[hit[0], i + 1 :]))
            order[i : jj + 1] = order[i : jj + 1][::-1]
            flip[i : jj + 1] = ~flip[i : jj + 1][::-1]
            s, e, before = ends_of()
            improved = True
            i += 1
        if not improved:
            break
    last = order[-1]
    return order, flip, (starts[last] if flip[-1] else ends[last])


def _order_rank(ids, first_pt, last_pt, closed, cur):
    starts, ends = first_pt[ids], last_pt[ids]
    is_open = ~closed[ids]
    if len(ids) <= 400:
        order, flip, end = _nearest_first(starts, ends, cur, can_flip=bool(is_open.all()))
        if is_open.all() and 3 <= len(ids) <= 150:
            order, flip, end = _two_opt(starts, ends, order, flip, cur)
        return order, flip, end
    # very many fill lines, already in zig-zag order: only choose which end to begin at
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


class Pieces:
    """A layer's area for travels, looked at once: its pieces (prepared), their rings and a
    hair-grown copy of each (to tell whether a shortcut stays inside), made when first asked.

    >>> import shapely
    >>> two = shapely.MultiPolygon([shapely.box(0, 0, 1, 1), shapely.box(5, 0, 6, 1)])
    >>> Pieces(two).holding(np.array([5.5, 0.5]))
    1
    """

    def __init__(self, area: Any) -> None:
        self.parts = shapely.get_parts(area)
        shapely.prepare(self.parts)
        self._rings: dict[int, tuple[list[Any], np.ndarray]] = {}
        self._grown: dict[int, Any] = {}

    def holding(self, p: np.ndarray) -> int | None:
        """The piece that covers ``p``; for a point on the very edge (a line's end stretched
        to the outline), the nearest piece within 0.05 mm."""
        if len(self.parts) == 0:
            return None
        pt = shapely.Point(p)
        inside = np.flatnonzero(shapely.covers(self.parts, pt))
        if len(inside):
            return int(inside[0])
        d = shapely.distance(self.parts, pt)
        i = int(np.argmin(d))
        return i if d[i] < 0.05 else None

    def rings(self, i: int) -> tuple[list[Any], np.ndarray]:
        """The outline and the holes of piece ``i``, and their boxes."""
        if i not in self._rings:
            piece = self.parts[i]
            rings = [piece.exterior, *piece.interiors]
            self._rings[i] = (rings, shapely.bounds(np.asarray(rings, dtype=object)))
        return self._rings[i]

    def grown(self, i: int) -> Any:
        if i not in self._grown:
            self._grown[i] = self.parts[i].buffer(1e-6)
            shapely.prepare(self._grown[i])
        return self._grown[i]


def route_inside(
    p: Any, q: Any, area: Any, max_ratio: float = 3.0, pieces: Pieces | None = None
) -> np.ndarray | None:
    """A way from ``p`` to ``q`` that stays inside ``area`` (waypoints after ``p``, ending at
    ``q``), or ``None`` when there is none worth taking (another piece, a long detour).

    ``pieces`` (the :class:`Pieces` of ``area``) saves looking at the area again when many
    travels of one layer are routed."""
    p, q = np.asarray(p, float)[:2], np.asarray(q, float)[:2]
    direct = float(np.hypot(*(q - p)))
    if direct < 1e-9:
        return q[None, :]
    pieces = pieces if pieces is not None else Pieces(area)
    k_piece = pieces.holding(p)
    if k_piece is None:
        return None
    piece = pieces.parts[k_piece]
    if not piece.covers(shapely.Point(q)):
        return None
    line = shapely.LineString([p, q])
    if piece.covers(line):
        return q[None, :]
    rings, box = pieces.rings(k_piece)
    lo, hi = np.minimum(p, q), np.maximum(p, q)
    near = (box[:, 0] <= hi[0]) & (box[:, 2] >= lo[0]) & (box[:, 1] <= hi[1]) & (box[:, 3] >= lo[1])
    hits = []
    for k in np.flatnonzero(near).tolist():  # only the rings the line's box reaches
        ring = rings[k]
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
    path = _shortcut(path, pieces.grown(k_piece))
    length = float(np.hypot(*np.diff(path, axis=0).T).sum())
    if length > max_ratio * direct + 10.0:
        return None
    return path[1:]


def _shortcut(path: np.ndarray, grown: Any) -> np.ndarray:
    """Drop waypoints the nozzle can skip while staying inside ``grown`` (string pulling)."""
    if len(path) <= 2:
        return path

    def seen(i: int, j: int) -> bool:
        return bool(shapely.covers(grown, shapely.linestrings(path[[i, j]])))

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


def splice_gap_lines(order, flip, seam_at, layer, island, rank, closed, pts, pw, first, count):
    """Short lines in the gaps between wall loops (a notch's tip) printed on the way round
    an inner wall's loop printed before them, rather than visited one by one after it.

    The loop is cut at its point nearest the line (a point added there): the nozzle prints
    the loop to it, steps onto the line, prints it and steps back, then goes on round. A
    line is taken when its two ends are near that point (``_SPLICE_MM``) and the nozzle
    then travels less than it would going to the line where it stands in the order.
    Returns per visit ``(path, flip, turn, points)`` (a loop's piece starts ``turn``
    points after the loop's first point and has ``points`` points), and the paths'
    points, widths, first points and counts (a cut loop's points copied at the end).

    >>> loop = [[0.0, 0], [10, 0], [10, 10], [0, 10], [0, 0]]
    >>> pts = np.array(loop + [[10.3, 5.0], [10.3, 5.4]] + [[0, -1], [5, -1]])  # a tip, a line
    >>> z = np.zeros(3, np.int64)
    >>> out = splice_gap_lines(np.arange(3), z > 0, z, z, z, np.array([31, GAP_RANK, 40]),
    ...     np.array([True, False, False]), pts, np.ones(9), np.array([0, 5, 7]), np.array([5, 2, 2]))
    >>> [v.tolist() for v in out[:4]]   # the loop to (10, 5.2), the tip, on round, the line
    [[0, 1, 0, 2], [False, False, False, False], [0, 0, 2, 0], [3, 2, 4, 2]]
    >>> out[4][out[6][0] : out[6][0] + out[7][0]].tolist()
    [[0.0, 0.0], [10.0, 0.0], [10.0, 5.2], [10.0, 10.0], [0.0, 10.0], [0.0, 0.0]]
    """
    n = len(order)
    turn = seam_at.astype(np.int64).copy()
    points = count[order].copy()
    same = order, flip, turn, points, pts, pw, first, count
    cand = np.flatnonzero((rank[order] == GAP_RANK) & ~closed[order])
    if len(cand) == 0 or n < 2:
        return same
    # where each visit begins and ends (a loop at its seam)
    lp = closed[order]
    last_pt = pts[(first + count - 1)[order]]
    seam = pts[first[order] + np.where(lp, turn, 0)]
    ends_a = np.where(flip[:, None], last_pt, seam)
    ends_b = np.where(lp[:, None] | flip[:, None], seam, last_pt)
    # the loops a line may be printed with: inner walls' loops visited before it, in its
    # layer and island, whose box (grown by the reach) holds the line's middle
    hosts = np.flatnonzero(lp & (rank[order] >= WALL_RANKS[0]) & (rank[order] < GAP_RANK))
    if len(hosts) == 0:
        return same
    by_path = np.repeat(np.arange(len(first)), count)[: len(pts)]
    lo = np.full((len(first), 2), np.inf)
    hi = np.full((len(first), 2), -np.inf)
    np.minimum.at(lo, by_path, pts[: len(by_path)])
    np.maximum.at(hi, by_path, pts[: len(by_path)])
    taken = np.zeros(n, bool)
    cuts: dict[int, list[tuple[int, float, np.ndarray, int]]] = {}  # host -> (seg, t, at, tip)
    # twice: a line left where it stood may be worth taking once its neighbours are taken
    for v in [*cand, *cand]:
        if taken[v]:
            continue
        a, b = ends_a[v], ends_b[v]
        mid = (a + b) / 2
        hs = hosts[hosts < v]
        hp = order[hs]
        ok = (layer[hp] == layer[order[v]]) & (island[hp] == island[order[v]])
        ok &= np.all((lo[hp] - 2 * _SPLICE_MM <= mid) & (mid <= hi[hp] + 2 * _SPLICE_MM), axis=1)
        best = (np.inf, -1, 0, 0.0, mid)
        for h in hs[ok]:
            p = int(order[h])
            ring = pts[first[p] : first[p] + count[p]]
            seg = ring[1:] - ring[:-1]
            sq = np.maximum((seg**2).sum(axis=1), 1e-18)
            t = np.clip(((mid - ring[:-1]) * seg).sum(axis=1) / sq, 0.0, 1.0)
            near = ring[:-1] + t[:, None] * seg
            d = np.hypot(*(near - a).T) + np.hypot(*(near - b).T)
            j = int(np.argmin(d))
            if d[j] < best[0]:
                best = (float(d[j]), int(h), j, float(t[j]), near[j])
        cost, h, j, tj, at = best
        if cost > 2 * _SPLICE_MM:
            continue
        # the travels it saves where it stands: from the visit before, to the one after
        prev, nxt = v - 1, v + 1
        while prev >= 0 and taken[prev]:
            prev -= 1
        while nxt < n and taken[nxt]:
            nxt += 1
        here = ends_b[prev] if prev >= 0 else a
        saved = np.hypot(*(a - here))
        if nxt < n and layer[order[nxt]] == layer[order[v]]:
            after = ends_a[nxt]
            saved += np.hypot(*(after - b)) - np.hypot(*(after - here))
        if saved <= cost:
            continue
        taken[v] = True
        cuts.setdefault(h, []).append((j, tj, at, int(v)))
    if not cuts:
        return same
    pts_out, pw_out = [pts], [pw]
    first, count = first.copy(), count.copy()
    size = len(pts)
    parts_o, parts_f, parts_t, parts_m = [], [], [], []
    done = 0
    for h in sorted(cuts):
        keep = np.flatnonzero(~taken[done:h]) + done
        parts_o.append(order[keep]), parts_f.append(flip[keep])
        parts_t.append(turn[keep]), parts_m.append(points[keep])
        p = int(order[h])
        here = sorted(cuts[h], key=lambda c: (c[0], c[1]))
        segs = np.array([c[0] for c in here])
        # the loop again with the new points, each after the corner its segment starts at
        old = first[p] + np.arange(count[p])
        at_new = np.arange(count[p]) + np.searchsorted(segs, np.arange(count[p]), side="left")
        new_pts = np.zeros((count[p] + len(here), 2))
        new_pw = np.zeros(count[p] + len(here))
        new_pts[at_new], new_pw[at_new] = pts[old], pw[old]
        cut_at = segs + 1 + np.arange(len(here))  # where each new point lies
        new_pts[cut_at] = [c[2] for c in here]
        new_pw[cut_at] = pw[first[p] + segs + 1]
        pts_out.append(new_pts), pw_out.append(new_pw)
        first[p], count[p] = size, len(new_pts)
        size += len(new_pts)
        ring_n = count[p] - 1
        start = int(at_new[turn[h]])  # the seam among the new points
        pos = 0
        steps = (cut_at - start) % ring_n  # points round the loop from its seam
        for k in np.argsort(steps, kind="stable"):
            v, step = here[k][3], int(steps[k])
            parts_o.append([p, order[v]]), parts_f.append([False, flip[v]])
            parts_t.append([(start + pos) % ring_n, turn[v]])
            parts_m.append([step - pos + 1, points[v]])
            pos = step
        parts_o.append([p]), parts_f.append([False])
        parts_t.append([(start + pos) % ring_n]), parts_m.append([count[p] - pos])
        done = h + 1
    keep = np.flatnonzero(~taken[done:]) + done
    parts_o.append(order[keep]), parts_f.append(flip[keep])
    parts_t.append(turn[keep]), parts_m.append(points[keep])
    return (
        np.concatenate(parts_o).astype(np.int64),
        np.concatenate(parts_f).astype(bool),
        np.concatenate(parts_t).astype(np.int64),
        np.concatenate(parts_m).astype(np.int64),
        np.concatenate(pts_out),
        np.concatenate(pw_out),
        first,
        count,
    )


# the rank of the centre lines in the gaps between wall loops (see slicer.py), and how far
# from a loop both ends of such a line may be to be printed on the loop's way round
GAP_RANK = 38
_SPLICE_MM = 0.8
