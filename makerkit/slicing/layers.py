"""Cut a mesh into layers: every triangle against every layer plane at once.

A triangle that a plane crosses leaves one short segment on it. All the (triangle, plane)
pairs are found and cut together with numpy; the segments are then joined into closed
outlines by the mesh edge they cross (two triangles that share an edge meet at the same
point), without a Python loop over triangles or layers. Outlines inside outlines become
holes, and every layer gets its islands as shapely polygons.

>>> import trimesh
>>> cube = trimesh.creation.box((10, 10, 10))
>>> cube.apply_translation((0, 0, 5))  # doctest: +ELLIPSIS
<trimesh.Trimesh...>
>>> tops, islands = slice_mesh(cube, layer_height_mm=0.5, first_layer_height_mm=0.5)
>>> len(tops), round(float(islands[3].area), 1)
(20, 100.0)
"""

from __future__ import annotations

from typing import Any

import numpy as np
import shapely

from makerkit.slicing.parallel import both, each, threads

__all__ = ["layer_tops", "slice_mesh", "sections_at", "cut_segments", "chain_outlines"]

# Planes sit a hair above the middle of each layer so that they almost never pass exactly
# through a vertex (CAD models put vertices at round heights).
_PLANE_NUDGE_MM = 1.37e-5


def layer_tops(
    height_mm: float, layer_height_mm: float, first_layer_height_mm: float
) -> np.ndarray:
    """The top height of every layer for a part ``height_mm`` tall.

    >>> layer_tops(1.0, 0.2, 0.3).round(2).tolist()
    [0.3, 0.5, 0.7, 0.9]
    """
    tops = [first_layer_height_mm]
    n = int(np.floor((height_mm - first_layer_height_mm) / layer_height_mm + 0.5 + 1e-9))
    extra = first_layer_height_mm + layer_height_mm * np.arange(1, max(n, 0) + 1)
    out = np.concatenate([tops, extra])
    # Keep a layer only if its middle is inside the part.
    thickness = np.diff(np.concatenate([[0.0], out]))
    return out[(out - thickness / 2) < height_mm]


def cut_segments(
    vertices: np.ndarray, faces: np.ndarray, planes: np.ndarray
) -> dict[str, np.ndarray]:
    """Cut every triangle by every plane it crosses.

    Returns arrays of equal length, one row a segment: ``layer``, ``start`` and ``end``
    (x, y points) and ``start_edge`` / ``end_edge`` (the mesh edges they lie on, each named
    by its two corners as one number).
    """
    fz = np.ascontiguousarray(vertices[:, 2])[faces]
    z0, z1, z2 = fz[:, 0], fz[:, 1], fz[:, 2]
    k_lo = np.searchsorted(planes, np.minimum(np.minimum(z0, z1), z2), side="right")
    k_hi = np.searchsorted(planes, np.maximum(np.maximum(z0, z1), z2), side="left")
    count = np.maximum(k_hi - k_lo, 0)
    face = np.repeat(np.arange(len(faces)), count)
    # layer index of each pair: k_lo of its face plus its rank among the face's pairs
    first = np.cumsum(count) - count
    layer = k_lo[face] + (np.arange(len(face)) - np.repeat(first, count))
    d = fz[face] - planes[layer][:, None]
    above = d >= 0
    n_above = above.sum(axis=1)
    lone = np.where(n_above == 1, np.argmax(above, axis=1), np.argmin(above, axis=1))
    # Edge j of a face runs from its vertex j to vertex j+1. The segment goes from the
    # edge leaving the lone vertex to the edge entering it when that vertex is above the
    # plane, the other way round when it is below: then the solid is on its left.
    e_out, e_in = lone, (lone + 2) % 3
    lone_above = n_above == 1
    e_start = np.where(lone_above, e_out, e_in)
    e_end = np.where(lone_above, e_in, e_out)
    del d, above, n_above, lone, e_out, e_in, lone_above

    n_vertices = len(vertices) + 1
    vx, vy, vz = (np.ascontiguousarray(vertices[:, c]) for c in range(3))
    flat = faces.ravel()
    base = face * 3
    plane = planes[layer]

    def point_on(edge_idx: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        a = flat[base + edge_idx]
        b = flat[base + (edge_idx + 1) % 3]
        lo, hi = np.minimum(a, b), np.maximum(a, b)  # same arithmetic from both faces
        za = vz[lo]
        t = (plane - za) / (vz[hi] - za)
        xa, ya = vx[lo], vy[lo]
        point = np.column_stack([xa + t * (vx[hi] - xa), ya + t * (vy[hi] - ya)])
        return point, lo * n_vertices + hi

    start, start_edge = point_on(e_start)
    end, end_edge = point_on(e_end)
    return {
        "layer": layer.astype(np.int32),
        "start": start,
        "end": end,
        "start_edge": start_edge,
        "end_edge": end_edge,
    }


def _cut_on_two_threads(vertices: np.ndarray, faces: np.ndarray, planes: np.ndarray):
    """:func:`cut_segments`, each half of the triangles on its own thread (numpy lets go of
    Python's lock): the same segments in the same order."""
    if threads() < 2 or len(faces) < 20_000:
        return cut_segments(vertices, faces, planes)
    half = len(faces) // 2
    a, b = both(
        lambda: cut_segments(vertices, faces[:half], planes),
        lambda: cut_segments(vertices, faces[half:], planes),
    )
    return {key: np.concatenate([a[key], b[key]]) for key in a}


def chain_outlines(seg: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """Join segments end to start into outlines (closed loops, or open chains on open meshes).

    Returns ``points`` (x, y), ``outline`` (which outline each point belongs to),
    ``layer`` (per outline) and ``closed`` (per outline).
    """
    n = len(seg["layer"])
    if n == 0:
        z = np.zeros(0, np.int64)
        return {"points": np.zeros((0, 2)), "outline": z, "layer": z, "closed": np.zeros(0, bool)}
    layer = seg["layer"].astype(np.int64)
    n_edges = int(max(seg["start_edge"].max(), seg["end_edge"].max())) + 1
    if n_edges * (int(layer.max()) + 1) >= 2**62:  # huge meshes: renumber the edges first
        _, ids = np.unique(np.r_[seg["start_edge"], seg["end_edge"]], return_inverse=True)
        seg = dict(seg, start_edge=ids[:n], end_edge=ids[n:])
        n_edges = int(ids.max()) + 1
    start_key = layer * n_edges + seg["start_edge"]
    end_key = layer * n_edges + seg["end_edge"]
    nxt = _closed_next(start_key, end_key)
    if nxt is None:  # open chains or shared edges: look each end up among the starts
        order = np.argsort(start_key, kind="stable")
        pos = np.searchsorted(start_key[order], end_key)
        pos = np.minimum(pos, n - 1)
        found = start_key[order][pos] == end_key
        nxt = np.where(found, order[pos], -1)
    if np.bincount(nxt[nxt >= 0], minlength=n).max(initial=0) <= 1:
        # a good mesh: no segment has two before it, outlines are loops and chains
        order, comp, closed = _walk(nxt)
    else:
        order, comp, closed = _by_doubling(nxt)
    open_comp = ~closed
    comp_sorted = comp[order]
    points = seg["start"][order]
    outline_layer = np.zeros(len(closed), np.int64)
    outline_layer[comp] = layer
    # open chains also need the end point of their last segment
    tails = order[np.flatnonzero(np.r_[comp_sorted[1:] != comp_sorted[:-1], True])]
    open_tails = tails[open_comp[comp[tails]]]
    if len(open_tails):
        points = np.vstack([points, seg["end"][open_tails]])
        comp_sorted = np.concatenate([comp_sorted, comp[open_tails]])
        resort = np.argsort(comp_sorted, kind="stable")
        points, comp_sorted = points[resort], comp_sorted[resort]
    return {"points": points, "outline": comp_sorted, "layer": outline_layer, "closed": closed}


def _closed_next(start_key: np.ndarray, end_key: np.ndarray) -> np.ndarray | None:
    """The segment that follows each one, when every edge crossed is the end of exactly one
    segment and the start of exactly one other (a closed mesh): both keys sorted together
    pair up. ``None`` otherwise.

    >>> _closed_next(np.array([5, 7, 9]), np.array([7, 9, 5])).tolist()
    [1, 2, 0]
    """
    n = len(start_key)
    both_keys = np.concatenate([start_key, end_key])
    order = np.argsort(both_keys)
    ranked = both_keys[order]
    if not (ranked[0::2] == ranked[1::2]).all() or (ranked[2::2] == ranked[1:-1:2]).any():
        return None  # a key that is not exactly one pair
    a, b = order[0::2], order[1::2]
    a_starts = a < n
    if not (a_starts != (b < n)).all():
        return None  # two starts (or two ends) on one edge
    nxt = np.empty(n, np.int64)
    nxt[np.where(a_starts, b, a) - n] = np.where(a_starts, a, b)
    return nxt


def _walk(nxt: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Outlines of next pointers where no segment has two before it: the order of the
    segments (outline by outline, each from its first segment), the outline of each
    segment, and which outlines are closed. Outlines are numbered by their tail (a chain)
    or their smallest segment (a loop, which starts there).

    One walk along the pointers in Python is quicker than any numpy doubling here.

    >>> [a.tolist() for a in _walk(np.array([2, -1, 0, 4, 3]))]
    [[0, 2, 1, 3, 4], [0, 1, 0, 2, 2], [True, False, True]]
    """
    n = len(nxt)
    step = nxt.tolist()
    has_before = np.zeros(n, bool)
    has_before[nxt[nxt >= 0]] = True
    seen = bytearray(n)
    out: list[int] = []
    first: list[int] = []
    key: list[int] = []
    closed: list[bool] = []
    push = out.append
    for i in np.flatnonzero(~has_before).tolist():  # chains, from their first segment
        first.append(len(out))
        last = i
        while i >= 0:
            push(i)
            seen[i] = 1
            last, i = i, step[i]
        key.append(last)
        closed.append(False)
    h = seen.find(0)
    while h >= 0:  # loops, from their smallest segment (the first not seen yet)
        first.append(len(out))
        i = h
        while True:
            push(i)
            seen[i] = 1
            i = step[i]
            if i == h:
                break
        key.append(h)
        closed.append(True)
        h = seen.find(0, h + 1)
    walked = np.array(out, np.int64)
    start = np.array(first, np.int64)
    size = np.diff(np.r_[start, n])
    rank = np.argsort(np.array(key, np.int64), kind="stable")
    size = size[rank]
    order = walked[np.repeat(start[rank] - (np.cumsum(size) - size), size) + np.arange(n)]
    comp = np.empty(n, np.int64)
    comp[order] = np.repeat(np.arange(len(rank)), size)
    return order, comp, np.array(closed, bool)[rank]


def _by_doubling(nxt: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """:func:`_walk` for any next pointers (a broken mesh's segments may share a next)."""
    n = len(nxt)
    # Follow the next pointers by doubling (log2 of the longest outline steps, all segments
    # at once): a chain ends at its tail; a loop is named after its smallest segment.
    idx = np.arange(n)
    jump = np.where(nxt < 0, idx, nxt)
    low = np.minimum(idx, jump)
    for _ in range(int(np.ceil(np.log2(n + 1))) + 1):
        nj = jump[jump]
        low = np.minimum(low, low[jump])
        if np.array_equal(nj, jump):
            break
        jump = nj
    on_chain = nxt[jump] < 0  # reached a tail
    # a loop: every segment's low is the loop's smallest index once 2^k >= its length
    comp_key = np.where(on_chain, jump, low)
    _, comp = np.unique(comp_key, return_inverse=True)
    n_comp = int(comp.max()) + 1
    closed = np.ones(n_comp, bool)
    closed[comp[on_chain]] = False
    head = np.full(n_comp, n, np.int64)
    np.minimum.at(head, comp, idx)
    # break each loop before its smallest segment, then rank segments by distance to the tail
    breaker = (nxt >= 0) & closed[comp] & (nxt == head[comp])
    nxt = np.where(breaker, -1, nxt)
    jump = np.where(nxt < 0, idx, nxt)
    dist = (nxt >= 0).astype(np.int64)
    for _ in range(64):
        nj = jump[jump]
        if np.array_equal(nj, jump):
            break
        dist = dist + dist[jump]
        jump = nj
    order = np.lexsort((-dist, comp))
    return order, comp, closed


def _islands_per_layer(
    chains: dict[str, np.ndarray], n_layers: int, pitch: float, simplify_mm: float
) -> np.ndarray:
    """Outlines → one (multi)polygon per layer, an outline inside another being a hole."""
    out = np.array([shapely.MultiPolygon() for _ in range(n_layers)], dtype=object)
    pts, ids = chains["points"], chains["outline"]
    if len(pts) == 0:
        return out
    counts = np.bincount(ids, minlength=len(chains["layer"]))
    keep = (counts >= 3)[ids]
    kept = ids[keep]  # sorted: outline after outline
    first = np.r_[True, kept[1:] != kept[:-1]]
    rings = shapely.linearrings(pts[keep], indices=np.cumsum(first) - 1)
    ring_layer = chains["layer"][kept[first]]
    if simplify_mm > 0:
        rings = each(shapely.simplify, rings, simplify_mm, preserve_topology=False)
        ok = shapely.get_num_coordinates(rings) >= 4
        rings, ring_layer = rings[ok], ring_layer[ok]
    if len(rings) == 0:
        return out
    # Shift each layer far along x so that one spatial index answers for all layers.
    rpts, rid = shapely.get_coordinates(rings, return_index=True)
    rpts[:, 0] += ring_layer[rid] * pitch
    shells = shapely.polygons(shapely.linearrings(rpts, indices=rid))
    area = shapely.area(shells)
    first_pt = np.r_[0, np.flatnonzero(rid[1:] != rid[:-1]) + 1]
    tree = shapely.STRtree(shells)
    pt_i, poly_i = tree.query(shapely.points(rpts[first_pt]), predicate="within")
    other = pt_i != poly_i
    pt_i, poly_i = pt_i[other], poly_i[other]
    depth = np.bincount(pt_i, minlength=len(shells))
    # parent of a ring = the smallest ring around it
    parent = np.arange(len(shells))
    if len(pt_i):
        o = np.lexsort((-area[poly_i], pt_i))  # for each ring, containers by decreasing area
        last = np.r_[pt_i[o][1:] != pt_i[o][:-1], True]
        parent[pt_i[o][last]] = poly_i[o][last]
    is_hole = depth % 2 == 1
    owner = np.where(is_hole, parent, np.arange(len(shells)))
    order = np.lexsort((is_hole, owner))
    _, group = np.unique(owner[order], return_inverse=True)
    polys = shapely.polygons(rings[order], indices=group)
    poly_layer = ring_layer[np.unique(owner[order])]
    layers, per_layer = np.unique(poly_layer, return_inverse=True)
    by_layer = np.argsort(per_layer, kind="stable")
    merged = shapely.multipolygons(polys[by_layer], indices=per_layer[by_layer])
    bad = ~shapely.is_valid(merged)
    if bad.any():
        merged[bad] = [_polygonal(g) for g in shapely.make_valid(merged[bad])]
    out[layers] = merged
    return out


def slice_mesh(
    mesh: Any,
    layer_height_mm: float,
    first_layer_height_mm: float,
    simplify_mm: float = 0.01,
) -> tuple[np.ndarray, np.ndarray]:
    """Layer tops and islands (a shapely geometry per layer) of a trimesh standing on z = 0."""
    from makerkit.slicing.mesh import Mesh

    if not isinstance(mesh, Mesh):
        mesh = Mesh(np.asarray(mesh.vertices), np.asarray(mesh.faces))
    height = float(mesh.vertices[:, 2].max()) if len(mesh.vertices) else 0.0
    tops = layer_tops(height, layer_height_mm, first_layer_height_mm)
    thickness = np.diff(np.concatenate([[0.0], tops]))
    return tops, sections_at(mesh, tops - thickness / 2, simplify_mm)


def sections_at(mesh: Any, heights_mm: Any, simplify_mm: float = 0.01) -> np.ndarray:
    """The cut through ``mesh`` at each height (mm): one shapely geometry per height.

    >>> import trimesh
    >>> cone = trimesh.creation.cone(radius=10, height=10)
    >>> [round(float(a)) for a in shapely.area(sections_at(cone, [0.5, 5.0]))]
    [282, 78]
    """
    from makerkit.slicing.mesh import Mesh, column_bounds

    if not isinstance(mesh, Mesh):
        mesh = Mesh(np.asarray(mesh.vertices), np.asarray(mesh.faces))
    vertices, faces = mesh.vertices, mesh.faces
    wanted = np.asarray(heights_mm, float) + _PLANE_NUDGE_MM
    order = np.argsort(wanted, kind="stable")
    planes = wanted[order]
    seg = _cut_on_two_threads(vertices, faces, planes)
    chains = chain_outlines(seg)
    del seg
    if len(vertices):
        lo, hi = column_bounds(vertices[:, :2])
        span = (hi - lo).max()
    else:
        lo, span = np.zeros(2), 1.0
    chains["points"] = chains["points"] - lo  # positive coordinates make the shift safe
    islands = _islands_per_layer(chains, len(planes), float(span) * 2 + 10.0, simplify_mm)
    out = np.empty(len(planes), dtype=object)
    out[order] = shapely.transform(islands, lambda c: c + lo)
    return out


def _polygonal(geom: Any) -> Any:
    """Only the polygon parts of a geometry (make_valid may add lines or points)."""
    if geom.geom_type in ("Polygon", "MultiPolygon"):
        return geom
    parts = [g for g in shapely.get_parts(geom) if g.geom_type in ("Polygon", "MultiPolygon")]
    return shapely.union_all(parts) if parts else shapely.Polygon()
