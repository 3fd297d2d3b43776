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

from makerkit.slicing.parallel import each

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
    """Order segments for the nozzle; ``keys`` columns: angle, row, position along, piece.

    The lines of one direction in one separate area are cut into *runs*: from one row to
    the next, a line continues the line it overlaps when each has only that one
    neighbour. Each run (a strip between holes, one branch of a letter) is printed as one
    zig-zag, so the nozzle never jumps across a hole between two rows.
    """
    order = np.lexsort((keys[:, 2], keys[:, 1], keys[:, 0], keys[:, 3], layer))
    segs, layer, keys = segs[order], layer[order], keys[order]
    n = len(segs)
    a = np.radians(keys[:, 0])
    u = segs[:, :, 0] * np.cos(a)[:, None] + segs[:, :, 1] * np.sin(a)[:, None]
    ua, ub = u.min(axis=1), u.max(axis=1)
    row = keys[:, 1].astype(np.int64)
    # one number per (layer, piece, direction): rows of a group are numbered from 1
    group_start = np.r_[
        True,
        (layer[1:] != layer[:-1]) | np.any(keys[1:, [0, 3]] != keys[:-1, [0, 3]], axis=1),
    ]
    gid = np.cumsum(group_start) - 1
    first_row = row[group_start][gid]
    span = int(np.max(row - first_row)) + 3 if n else 3
    rid = gid * span + (row - first_row) + 1  # rows r and r + 1 get consecutive numbers
    lo_u = float(ua.min()) if n else 0.0
    width_u = float(ub.max() - lo_u) + 1.0 if n else 1.0
    # positions made comparable across rows: (row number, position along) as one float
    key_a = rid * width_u + (ua - lo_u)
    key_b = rid * width_u + (ub - lo_u)

    def neighbours(step: int) -> tuple[np.ndarray, np.ndarray]:
        """How many lines of the row ``step`` away overlap each line, and the first one."""
        other = (rid + step) * width_u
        first = np.searchsorted(key_b, other + (ua - lo_u), side="right")
        end = np.searchsorted(key_a, other + (ub - lo_u), side="left")
        return np.maximum(end - first, 0), first

    n_next, next_i = neighbours(1)
    n_prev, _ = neighbours(-1)
    nxt = np.full(n, -1, np.int64)
    one = np.flatnonzero(n_next == 1)
    ok = n_prev[np.minimum(next_i[one], n - 1)] == 1
    nxt[one[ok]] = next_i[one[ok]]
    # runs: follow the links from each run's head (pointer doubling, all at once)
    has_prev = np.zeros(n, bool)
    has_prev[nxt[nxt >= 0]] = True
    head = np.where(has_prev, -1, np.arange(n))
    prev = np.full(n, -1, np.int64)
    prev[nxt[nxt >= 0]] = np.flatnonzero(nxt >= 0)
    jump = np.where(prev >= 0, prev, np.arange(n))
    for _ in range(int(np.ceil(np.log2(n + 1))) + 1):
        head = np.where(head >= 0, head, head[jump])
        if (head >= 0).all():
            break
        jump = jump[jump]
    order = np.lexsort((row, head, layer))
    segs, layer, row = segs[order], layer[order], row[order]
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
    segs: np.ndarray,
    layer: np.ndarray,
    areas: np.ndarray,
    max_link_mm,
    pull_mm=0.0,
    with_flow: bool = False,
) -> tuple[np.ndarray, ...]:
    """Join each fill line to the next one along the area's edge, where the edge allows.

    The nozzle then draws a zig-zag without stopping: no travel, no blob at each turn, and
    the lines hold on to the walls. Returns ``(points (n, 2), path (n,), path_layer)``.

    ``pull_mm`` (one number, or one per layer of ``areas``): the joined ends are pulled in so
    that the join runs that far inside the edge. With half a line's spacing the join lays
    the plastic the two line ends would have laid along the edge, not on top of it: solid
    skins stay solid without laying plastic twice. A short line gives up less of its end;
    ``with_flow=True`` then also returns, per point, the plastic of the move arriving there
    against a line's (1 but on such joins, which lay just what the two ends gave up; their
    ends are repeated so that the join alone gets that flow).

    >>> area = np.array([shapely.box(0, 0, 10, 10)], dtype=object)
    >>> segs, layer = fill_segments(area, "lines", 100, spacing_mm=0.5)
    >>> pts, path, _ = connect_segments(segs, layer, area, 1.0)
    >>> len(segs), int(path.max()) + 1    # many lines, one zig-zag
    (29, 1)
    >>> pts, path, _ = connect_segments(segs, layer, area, 1.0, pull_mm=0.25)
    >>> int(path.max()) + 1, round(float(np.abs(pts - 5).max(axis=1)[5]), 2)   # 0.25 mm in
    (1, 4.75)
    """
    n = len(segs)
    if n == 0:
        empty = (np.zeros((0, 2)), np.zeros(0, np.int64), np.zeros(0, np.int64))
        return (*empty, np.zeros(0)) if with_flow else empty
    segs = np.array(segs, float)
    a, b = segs[:-1, 1], segs[1:, 0]
    link = np.zeros(n, bool)  # link[i]: segment i continues segment i - 1
    gap = np.hypot(*(b - a).T)
    limit = np.broadcast_to(np.asarray(max_link_mm, float), (len(areas),))[layer[1:]]
    cand = np.flatnonzero((layer[1:] == layer[:-1]) & (gap <= limit) & (gap > 1e-9))
    pull = np.broadcast_to(np.asarray(pull_mm, float), (len(areas),))[layer]
    ratio = np.ones(len(cand))
    if len(cand) and pull.max() > 0:
        cand, a_new, b_new, given = _pulled_joins(segs, cand, gap, pull)
        ratio = given / np.maximum(np.hypot(*(b_new - a_new).T), 1e-9)
    else:
        a_new, b_new = a[cand], b[cand]
    if len(cand):
        grown = each(shapely.buffer, np.asarray(areas, dtype=object), 0.01)
        shapely.prepare(grown)
        lines = shapely.linestrings(np.stack([a_new, b_new], axis=1))
        ok = each(shapely.covered_by, lines, grown[layer[cand + 1]], apart=layer[cand + 1])
        cand, a_new, b_new, ratio = cand[ok], a_new[ok], b_new[ok], ratio[ok]
        link[cand + 1] = True
        segs[cand, 1] = a_new
        segs[cand + 1, 0] = b_new
    path_of_seg = np.cumsum(~link) - 1
    if not with_flow:
        return segs.reshape(-1, 2), np.repeat(path_of_seg, 2), layer[~link]
    # joins that lay other than a line's plastic: their two ends repeated, carrying it
    odd = np.abs(ratio - 1) > 0.02
    after = np.zeros(n, bool)
    after[cand[odd]] = True  # a repeated end point after segment k
    before = np.zeros(n, bool)
    before[cand[odd] + 1] = True  # a repeated start point before segment k + 1
    join_flow = np.ones(n)
    join_flow[cand[odd] + 1] = ratio[odd]
    count = 2 + before + after
    seg_of = np.repeat(np.arange(n), count)
    k = np.arange(len(seg_of)) - np.repeat(np.cumsum(count) - count, count)
    # per segment, its points are: [start again], start, end, [end again]
    which_end = np.where(before[seg_of], np.clip(k - 1, 0, 1), np.minimum(k, 1))
    pts = segs[seg_of, which_end]
    flow = np.ones(len(pts))
    first_of = np.cumsum(count) - count
    # a move is as wide as the mean of its two ends: the join's two (repeated) ends
    flow[first_of[before]] = join_flow[before]
    last_of = first_of + count - 1
    flow[last_of[after]] = join_flow[np.flatnonzero(after) + 1]
    return pts, np.repeat(path_of_seg, count), layer[~link], flow


def _pulled_joins(
    segs: np.ndarray, cand: np.ndarray, gap: np.ndarray, pull: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Joins whose two ends are pulled back along their lines to run ``pull`` inside the
    edge (the edge taken as the straight line through the two ends). Lines that meet the
    edge at a grazing angle are not joined. Returns the joins and, per join, the length of
    line the two ends gave up (the join's plastic, in lengths of line)."""
    d = segs[:, 1] - segs[:, 0]
    length = np.hypot(d[:, 0], d[:, 1])
    u = d / np.maximum(length, 1e-12)[:, None]
    i, j = cand, cand + 1
    edge = (segs[j, 0] - segs[i, 1]) / gap[cand][:, None]
    sin_i = np.abs(u[i, 0] * edge[:, 1] - u[i, 1] * edge[:, 0])
    sin_j = np.abs(u[j, 0] * edge[:, 1] - u[j, 1] * edge[:, 0])
    steep = (sin_i > 0.35) & (sin_j > 0.35)
    # at the sharp corner of the zig-zag the join comes nearer the edge (half as far in):
    # the nozzle's round end would leave the corner's tip bare (measured: on a wedge
    # 96.6 % of the section covered, 97.3 % so, the plastic the same)
    sharp_i = (u[i] * edge).sum(axis=1) < 0
    sharp_j = (u[j] * edge).sum(axis=1) < 0
    back_i = np.where(sharp_i, 0.5, 1.0) * pull[i] / np.maximum(sin_i, 1e-9)
    fwd_j = np.where(sharp_j, 0.5, 1.0) * pull[j] / np.maximum(sin_j, 1e-9)
    # what each line gives up at its start and at its end, if every join were made
    give = np.zeros((len(segs), 2))
    give[i[steep], 1] = back_i[steep]
    give[j[steep], 0] = fwd_j[steep]
    # a short line (in a corner, in a strip narrower than two lines) gives up less, keeping
    # a tenth of a millimetre: the join then lays less plastic (see ``connect_segments``)
    keep = np.clip((length - 0.1) / np.maximum(give.sum(axis=1), 1e-12), 0.0, 1.0)
    i, j = i[steep], j[steep]
    g_i, g_j = back_i[steep] * keep[i], fwd_j[steep] * keep[j]
    a_new = segs[i, 1] - u[i] * g_i[:, None]
    b_new = segs[j, 0] + u[j] * g_j[:, None]
    return cand[steep], a_new, b_new, g_i + g_j
