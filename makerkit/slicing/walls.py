"""Walls: loops of plastic where they fit, lines as wide as the part where they do not.

The walls of a layer are loops one line apart, the outer one half a line inside the
part's edge. A loop is only drawn where there is room for it: where the part is thinner
than two lines (a fin, a letter's stroke, a braille dot), or where a strip too narrow for
another loop stays between two loops, the strip is filled along its centre line (its
*medial axis*) by one line as wide as the strip is at that point. So every part of a layer
wider than about 0.3 mm gets plastic once, and no loop is drawn on top of itself.

PrusaSlicer's classic *thin walls* and *gap fill* work this way; its Arachne engine and
Cura's walls go further and share the width between several lines of varying width.

The centre line comes from a Voronoi diagram of points along the strip's outline (GEOS
through shapely, or Qhull through scipy for long strips): the Voronoi edges that stay inside the strip are its medial axis, and
twice the distance from a point of it to the outline is the strip's width there.

>>> import shapely
>>> fin = np.array([shapely.box(0, 0, 20, 0.6)], dtype=object)   # a 0.6 mm fin
>>> plan = plan_walls(fin, count=2, spacing_mm=0.407)
>>> plan.loops[0][0].is_empty                  # no room for a loop …
True
>>> lines = centre_lines(plan.thin, min_width_mm=0.25, max_width_mm=0.9)
>>> round(float(lines.width_mm.mean()), 2)     # … one line, as wide as the fin
0.6
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import shapely

from makerkit.slicing.parallel import each

__all__ = ["WallPlan", "plan_walls", "CentreLines", "centre_lines"]

_JOIN = {"join_style": "mitre", "mitre_limit": 2.0, "quad_segs": 4}
_EMPTY = shapely.Polygon()


@dataclass
class WallPlan:
    """Per layer: the loops' areas, the inside left for skins and infill, the thin strips.

    ``loops[k][i]`` is the area whose boundary is the centre line of wall ``k`` (0: outer)
    on layer ``i``; ``inner[i]`` is where skins and infill go; ``thin[i]`` holds the parts
    too thin for a loop (printed as the outside), ``gaps[i]`` the strips left between loops.
    """

    loops: list[np.ndarray]
    inner: np.ndarray
    thin: np.ndarray
    gaps: np.ndarray


def _opening(geoms: np.ndarray, r_mm) -> np.ndarray:
    """Drop the parts narrower than ``2 r_mm`` (shrink, then grow back)."""
    return each(_in_out, geoms, r_mm, r_mm)


def _in_out(geoms: np.ndarray, in_mm, out_mm) -> np.ndarray:
    """Shrunk by ``in_mm``, then grown by ``out_mm``."""
    return shapely.buffer(shapely.buffer(geoms, -in_mm, **_JOIN), out_mm, **_JOIN)


def _grown(geoms: np.ndarray, by_mm) -> np.ndarray:
    return each(shapely.buffer, geoms, by_mm, **_JOIN)


def _leftover(big: np.ndarray, small: np.ndarray, min_mm: np.ndarray) -> np.ndarray:
    """``big − small`` where that is more than a sliver, keeping strips ``min_mm`` or wider."""
    out = np.array([_EMPTY] * len(big), dtype=object)
    # most layers of most parts leave nothing: compare areas before cutting polygons
    diff = shapely.area(big) - shapely.area(small)
    some = diff > 0.25 * min_mm**2
    if some.any():
        cut = each(shapely.difference, big[some], small[some])
        out[some] = _opening(cut, 0.49 * min_mm[some])
    return out


def plan_walls(
    islands: np.ndarray,
    count: int,
    spacing_mm,
    min_feature_mm: float = 0.3,
    min_gap_mm: float = 0.1,
) -> WallPlan:
    """Where the walls of every layer go: loops, the inside, and the strips between.

    ``spacing_mm`` (one number or one per layer) is the distance between two loops, the
    width of a line with the same cross-section as the plastic laid. A part thinner than
    ``min_feature_mm`` is left out; a gap narrower than ``min_gap_mm`` is left to the
    neighbouring lines, which spread into it.
    """
    islands = np.asarray(islands, dtype=object)
    n = len(islands)
    s = np.broadcast_to(np.asarray(spacing_mm, float), (n,)).copy()
    # The outer loop runs half a line inside the edge, and a loop is kept only where a
    # line and a gap worth filling fit inside it: else its two sides would overlap, or
    # leave a strip too thin to fill between them.
    r = (s + min_gap_mm) / 2
    cur = each(_in_out, islands, s / 2 + r, r)
    loops = [cur]
    gaps = np.array([_EMPTY] * n, dtype=object)
    for _ in range(1, count):
        nxt = each(_in_out, cur, s + r, r)
        between = _leftover(_grown(cur, -s / 2), _grown(nxt, s / 2), np.full(n, min_gap_mm))
        gaps = _union(gaps, between)
        loops.append(nxt)
        cur = nxt
    inner = _grown(cur, -s / 2)
    thin = _leftover(islands, _grown(loops[0], s / 2), np.full(n, min_feature_mm))
    return WallPlan(loops=loops, inner=inner, thin=thin, gaps=gaps)


def _union(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    out = a.copy()
    some = ~shapely.is_empty(b)
    if some.any():
        out[some] = each(shapely.union, a[some], b[some])
    return out


@dataclass
class CentreLines:
    """Open lines of varying width: ``points`` (n, 2), ``line`` (n,) and ``width_mm`` (n,).

    ``layer`` gives each line's layer. The width is that of a flat line with the same
    cross-section (the strip's width at that point).
    """

    points: np.ndarray
    line: np.ndarray
    width_mm: np.ndarray
    layer: np.ndarray

    @classmethod
    def empty(cls) -> CentreLines:
        z = np.zeros(0, np.int64)
        return cls(np.zeros((0, 2)), z, np.zeros(0), z)

    @property
    def count(self) -> int:
        return len(self.layer)


def _medial_edges(parts: np.ndarray, step_mm: float) -> tuple[np.ndarray, np.ndarray]:
    """The Voronoi edges inside each polygon of ``parts`` and the polygon they belong to.

    Small parts (dots, short strokes) go through GEOS's diagram; long strips and rings
    through Qhull's (scipy), many times faster there: their points lie many on one line
    or one circle, ties GEOS is slow to sort out.
    """
    dense = shapely.segmentize(shapely.boundary(parts), step_mm)
    pts, pid = shapely.get_coordinates(dense, return_index=True)
    long = np.bincount(pid, minlength=len(parts)) >= _MANY_SITES
    if not long.any():
        return _geos_edges(parts, pts, pid)
    mine = long[pid]
    e1, i1 = _geos_edges(parts, pts[~mine], pid[~mine])
    e2, i2 = _qhull_edges(parts, pts[mine], pid[mine])
    edges, eid = np.concatenate([e1, e2]), np.concatenate([i1, i2])
    order = np.argsort(eid, kind="stable")  # grouped by part, as the merging wants
    return edges[order], eid[order]


# parts with this many points or more go through Qhull, shaken by a tenth of a micrometre
_MANY_SITES = 120
_SHAKE_MM = 1e-4


def _inside(parts, edges, eid):
    """The edges inside their part, their corners snapped so that the edges of one line
    join end to end (points spaced alike on both sides meet four at a time)."""
    shapely.prepare(parts)
    inside = shapely.contains_properly(parts[eid], edges)
    edges = shapely.set_precision(edges[inside], 1e-5)
    eid = eid[inside]
    real = shapely.length(edges) > 0
    return edges[real], eid[real]


def _geos_edges(parts, pts, pid):
    """The medial edges of small parts, from GEOS's Delaunay triangulation of each part's
    points on its own (the triangulation GEOS's Voronoi diagram is the dual of)."""
    empty = np.zeros(0, dtype=object), np.zeros(0, np.int64)
    if len(pts) == 0:
        return empty
    ids, group = np.unique(pid, return_inverse=True)
    triangles, which = shapely.get_parts(
        shapely.delaunay_triangles(shapely.multipoints(pts, indices=group)), return_index=True
    )
    if len(triangles) == 0:
        return empty
    corner = shapely.get_coordinates(triangles).reshape(-1, 4, 2)[:, :3]
    return _dual_edges(parts, ids, corner, which)


def _dual_edges(parts, ids, corner, which):
    """Voronoi edges inside their part from a triangulation: ``corner`` (m, 3, 2) holds the
    triangles' corners, ``which`` each one's part (an index into ``ids``). An edge joins the
    centres of the circles through two triangles that share a side; it is kept when both
    centres lie inside the part (then the edge is checked whole)."""
    empty = np.zeros(0, dtype=object), np.zeros(0, np.int64)
    m = len(corner)
    # name each corner (a point of one part), then each side by its two corners
    rows = np.column_stack([np.repeat(which, 3), corner.reshape(-1, 2)])
    _, vid = np.unique(rows, axis=0, return_inverse=True)
    vid = vid.reshape(m, 3).astype(np.int64)
    a, b = vid, np.roll(vid, -1, axis=1)
    side = (np.minimum(a, b) * (int(vid.max()) + 1) + np.maximum(a, b)).ravel()
    order = np.argsort(side, kind="stable")
    pair = np.flatnonzero(side[order][1:] == side[order][:-1])
    t, u = order[pair] // 3, order[pair + 1] // 3
    if len(t) == 0:
        return empty
    centre = _circumcentres(corner)
    inside = np.zeros(m, bool)
    ok = np.isfinite(centre).all(axis=1)
    shapely.prepare(parts)
    inside[ok] = shapely.contains_xy(parts[ids[which[ok]]], centre[ok, 0], centre[ok, 1])
    keep = inside[t] & inside[u]
    t, u = t[keep], u[keep]
    if len(t) == 0:
        return empty
    edges = shapely.linestrings(np.stack([centre[t], centre[u]], axis=1))
    return _inside(parts, edges, ids[which[t]])


def _qhull_edges(parts, pts, pid):
    """Qhull diagrams of the parts, a batch of parts at a time (memory stays small), each
    part moved to its own square so they do not meet; only the edges between two points
    of the same part's outline are kept."""
    empty = np.zeros(0, dtype=object), np.zeros(0, np.int64)
    if len(pts) < 4:
        return empty
    order = np.argsort(pid, kind="stable")
    pts, pid = pts[order], pid[order]
    # batches of about _BATCH_SITES points, never splitting a part
    starts = np.flatnonzero(np.r_[True, pid[1:] != pid[:-1]])
    batch = starts // _BATCH_SITES
    cut = starts[1:][batch[1:] != batch[:-1]]
    out_e, out_i = [], []
    for chunk in np.split(np.arange(len(pid)), cut):
        if len(chunk) >= 4:
            e, i = _qhull_batch(parts, pts[chunk], pid[chunk])
            out_e.append(e)
            out_i.append(i)
    if not out_e:
        return empty
    return np.concatenate(out_e), np.concatenate(out_i)


_BATCH_SITES = 20_000


def _qhull_batch(parts, pts, pid):
    """The medial edges of a batch of parts from one Delaunay triangulation (Qhull).

    A Voronoi edge joins the centres of the circles through two triangles that share a
    side; it is kept when that side joins two points of the same part's outline and both
    centres lie inside the part (then the edge is checked whole, as any other)."""
    from scipy.spatial import Delaunay

    empty = np.zeros(0, dtype=object), np.zeros(0, np.int64)
    lo = pts.min(axis=0)
    pitch = float(np.ptp(pts, axis=0).max()) * 2 + 10.0
    # the parts on a square grid: coordinates stay small, as Qhull's precision wants
    ids, local = np.unique(pid, return_inverse=True)
    side = int(np.ceil(np.sqrt(len(ids))))
    cell = np.column_stack([local % side, local // side]) * pitch
    shifted = pts - lo + cell
    shifted, first = np.unique(np.round(shifted, 6), axis=0, return_index=True)
    site_part = local[first]
    # a shake far below a printer's resolution breaks the ties that slow Qhull down
    # (many points on one line or one circle)
    shifted += np.random.default_rng(0).uniform(-_SHAKE_MM, _SHAKE_MM, shifted.shape)
    try:
        tri = Delaunay(shifted)
    except Exception:  # noqa: BLE001 - Qhull refuses flat inputs: no medial axis there
        return empty
    corner = shifted[tri.simplices]  # (m, 3, 2)
    centre = _circumcentres(corner)
    # each triangle's centre, back in place, and whether it lies inside its part
    t_part = site_part[tri.simplices[:, 0]]
    centre -= np.column_stack([t_part % side, t_part // side]) * pitch
    centre += lo
    one_part = (site_part[tri.simplices] == t_part[:, None]).all(axis=1)
    inside = np.zeros(len(centre), bool)
    cand = np.flatnonzero(one_part & np.isfinite(centre).all(axis=1))
    shapely.prepare(parts)
    inside[cand] = shapely.contains_xy(parts[ids[t_part[cand]]], centre[cand, 0], centre[cand, 1])
    # the edges: two neighbouring triangles, both with their centre inside the same part
    t = np.repeat(np.arange(len(centre)), 3)
    u = tri.neighbors.ravel()
    keep = (u > t) & inside[t]
    t, u = t[keep], u[keep]
    keep = inside[u] & (t_part[u] == t_part[t])
    t, u = t[keep], u[keep]
    if len(t) == 0:
        return empty
    edges = shapely.linestrings(np.stack([centre[t], centre[u]], axis=1))
    return _inside(parts, edges, ids[t_part[t]])


def _circumcentres(corner: np.ndarray) -> np.ndarray:
    """The centre of the circle through each triangle's three corners, ``(m, 3, 2)`` in."""
    a = corner[:, 0]
    b = corner[:, 1] - a
    c = corner[:, 2] - a
    d = 2.0 * (b[:, 0] * c[:, 1] - b[:, 1] * c[:, 0])
    bb = (b**2).sum(axis=1)
    cc = (c**2).sum(axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        ux = (c[:, 1] * bb - b[:, 1] * cc) / d
        uy = (b[:, 0] * cc - c[:, 0] * bb) / d
    return a + np.column_stack([ux, uy])


def _merge(lines: np.ndarray, ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Join the lines of each strip end to end: the joined lines and their strip."""
    if len(lines) == 0:
        return lines, ids
    has, group = np.unique(ids, return_inverse=True)
    merged = shapely.line_merge(shapely.multilinestrings(lines, indices=group))
    out, which = shapely.get_parts(merged, return_index=True)
    return out, has[which]


def _prune(lines: np.ndarray, lid: np.ndarray, outline: np.ndarray) -> np.ndarray:
    """Drop short dead-end branches running into corners (keep ``lines`` as a mask)."""
    keep = np.ones(len(lines), bool)
    if len(lines) < 2:
        return keep
    ends = np.vstack(
        [shapely.get_coordinates(shapely.get_point(lines, 0)),
         shapely.get_coordinates(shapely.get_point(lines, -1))]
    )  # fmt: skip
    key = np.round(ends / 1e-4).astype(np.int64)
    which = np.r_[lid, lid]
    _, inv, cnt = np.unique(
        np.column_stack([which, key]), axis=0, return_inverse=True, return_counts=True
    )
    degree = cnt[inv.ravel()]
    m = len(lines)
    d_start, d_end = degree[:m], degree[m:]
    leaf = ((d_start == 1) & (d_end >= 3)) | ((d_end == 1) & (d_start >= 3))
    if not leaf.any():
        return keep
    node = np.where(d_start[leaf] >= 3, 0, 1)
    junction = np.where(node[:, None] == 0, ends[:m][leaf], ends[m:][leaf])
    half = shapely.distance(shapely.points(junction), outline[lid[leaf]])
    short = shapely.length(lines[leaf]) < 2.0 * half
    keep[np.flatnonzero(leaf)[short]] = False
    return keep


def centre_lines(
    areas: np.ndarray,
    min_width_mm: float,
    max_width_mm: float,
    step_mm: float = 0.08,
) -> CentreLines:
    """The centre lines of every thin strip in ``areas`` (one geometry per layer).

    Each strip gets lines along its medial axis, as wide as the strip (between
    ``min_width_mm`` and ``max_width_mm``), stretched to reach its ends and scaled so that
    the lines hold as much plastic as the strip's area asks for.
    """
    parts, layer = shapely.get_parts(np.asarray(areas, dtype=object), return_index=True)
    if len(parts) == 0:
        return CentreLines.empty()
    ok = shapely.area(parts) > 0.25 * min_width_mm**2
    parts, layer = parts[ok], layer[ok]
    # a strip nowhere as wide as the thinnest line (a ring of 0.25 mm) gets no line at all
    ok = ~shapely.is_empty(_opening(parts, 0.49 * min_width_mm))
    parts, layer = parts[ok], layer[ok]
    if len(parts) == 0:
        return CentreLines.empty()
    outline = shapely.boundary(parts)
    edges, eid = _medial_edges(parts, step_mm)
    out_pts, out_line, out_w = [], [], []
    n_lines = 0
    line_part: list[int] = []
    with_lines = np.zeros(len(parts), bool)
    if len(edges):
        lines, lid = _merge(edges, eid)
        for _ in range(2):  # dead ends may hide a second row of them
            keep = _prune(lines, lid, outline)
            if keep.all():
                break
            lines, lid = _merge(lines[keep], lid[keep])
        lines = shapely.simplify(lines, 0.02)
        pts, pidx = shapely.get_coordinates(lines, return_index=True)
        half = shapely.distance(shapely.points(pts), outline[lid[pidx]])
        pts, half = _stretch_ends(pts, pidx, half)
        # a strip whose centre lines hold less than half its area is a round spot
        seg = np.zeros(len(pts), bool)  # a point that ends a segment of its line
        seg[1:] = pidx[1:] == pidx[:-1]
        seg_len = np.zeros(len(pts))
        seg_len[1:] = np.hypot(*(pts[1:] - pts[:-1]).T)
        seg_len[~seg] = 0
        seg_w = np.zeros(len(pts))
        seg_w[1:] = half[1:] + half[:-1]
        laid = np.bincount(lid[pidx], weights=seg_len * seg_w, minlength=len(parts))
        spot = laid < 0.5 * shapely.area(parts)
        keep_pt = ~spot[lid[pidx]]
        pts, pidx, half = pts[keep_pt], pidx[keep_pt], half[keep_pt]
    if len(edges) and len(pts):
        width = np.clip(2 * half, 0, max_width_mm)
        # scale each strip's widths so that its lines hold the strip's area of plastic
        seg = np.zeros(len(pts), bool)  # a point that ends a segment of its line
        seg[1:] = pidx[1:] == pidx[:-1]
        seg_len = np.zeros(len(pts))
        seg_len[1:] = np.hypot(*(pts[1:] - pts[:-1]).T)
        seg_len[~seg] = 0
        seg_w = np.zeros(len(pts))
        seg_w[1:] = (width[1:] + width[:-1]) / 2
        laid = np.bincount(lid[pidx], weights=seg_len * seg_w, minlength=len(parts))
        want = shapely.area(parts)
        factor = np.where(laid > 0, np.clip(want / np.maximum(laid, 1e-12), 0.6, 1.6), 1.0)
        width = np.minimum(width * factor[lid[pidx]], max_width_mm)
        # too thin to print there: cut the line (a part may be cut in two)
        good = width >= min_width_mm
        new_line = np.r_[True, (pidx[1:] != pidx[:-1]) | (good[1:] != good[:-1])]
        run = np.cumsum(new_line) - 1
        run_len = np.bincount(run)
        keep_pt = good & (run_len[run] >= 2)
        _, renum = np.unique(run[keep_pt], return_inverse=True)
        if keep_pt.any():
            out_pts.append(pts[keep_pt])
            out_line.append(renum)
            out_w.append(width[keep_pt])
            first = np.r_[True, renum[1:] != renum[:-1]]
            line_part = lid[pidx[keep_pt][first]].tolist()
            n_lines = int(renum.max()) + 1
            with_lines[lid[pidx[keep_pt]]] = True
    # strips with no centre line (a round spot): one short line across the middle
    rest = np.flatnonzero(~with_lines)
    if len(rest):
        dots = _dots(parts[rest], min_width_mm, max_width_mm)
        if dots is not None:
            dp, dw, dpart = dots
            out_pts.append(dp)
            out_line.append(np.repeat(np.arange(len(dpart)) + n_lines, 2))
            out_w.append(dw)
            line_part += rest[dpart].tolist()
    if not out_pts:
        return CentreLines.empty()
    return CentreLines(
        points=np.concatenate(out_pts),
        line=np.concatenate(out_line),
        width_mm=np.concatenate(out_w),
        layer=layer[np.asarray(line_part, np.int64)],
    )


def _stretch_ends(
    pts: np.ndarray, pidx: np.ndarray, half: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Move each line's end points on by the strip's half width there, along the line."""
    if len(pts) < 2:
        return pts, half
    pts = pts.copy()
    first = np.r_[True, pidx[1:] != pidx[:-1]]
    last = np.r_[pidx[1:] != pidx[:-1], True]
    for ends, step in ((np.flatnonzero(first), 1), (np.flatnonzero(last), -1)):
        nb = ends + step
        ok = (nb >= 0) & (nb < len(pts))
        ends, nb = ends[ok], nb[ok]
        ok = pidx[nb] == pidx[ends]
        ends, nb = ends[ok], nb[ok]
        d = pts[ends] - pts[nb]
        length = np.hypot(d[:, 0], d[:, 1])
        ok = length > 1e-9
        ends, d, length = ends[ok], d[ok], length[ok]
        pts[ends] += d / length[:, None] * half[ends][:, None]
    return pts, half


def _dots(
    parts: np.ndarray, min_w: float, max_w: float
) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
    """A short line through each round spot, as long and wide as its area needs."""
    rect = shapely.oriented_envelope(parts)
    coords = shapely.get_coordinates(shapely.get_exterior_ring(rect)) if len(parts) else None
    if coords is None or len(coords) != 5 * len(parts):
        return None
    c = coords.reshape(-1, 5, 2)
    e1, e2 = c[:, 1] - c[:, 0], c[:, 2] - c[:, 1]
    l1, l2 = np.hypot(*e1.T), np.hypot(*e2.T)
    along = np.where((l1 >= l2)[:, None], e1, e2)
    long_, short = np.maximum(l1, l2), np.minimum(l1, l2)
    area = shapely.area(parts)
    width = np.clip(short, min_w, max_w)
    length = np.maximum(long_ - short, area / width)
    length = np.minimum(length, long_)
    width = np.minimum(area / np.maximum(length, 1e-9), max_w)
    ok = (width >= min_w) & (length > 1e-6)
    centre = shapely.get_coordinates(shapely.centroid(parts))
    u = along / np.maximum(np.hypot(*along.T), 1e-12)[:, None]
    a = centre - u * (length / 2)[:, None]
    b = centre + u * (length / 2)[:, None]
    idx = np.flatnonzero(ok)
    if len(idx) == 0:
        return None
    pts = np.stack([a[idx], b[idx]], axis=1).reshape(-1, 2)
    return pts, np.repeat(width[idx], 2), idx
