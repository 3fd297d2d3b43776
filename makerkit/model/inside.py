"""What a solid holds: separate pieces, closed hollows, holes through it, narrow holes.

- :func:`pieces` groups the shells of a solid into pieces: a closed hollow (the inner skin
  of a hollow box, turned inwards) belongs to the piece around it, it is no piece of its own.
- :func:`holes_through` looks at the air inside the solid's convex hull: each pocket of it
  that reaches the hull in two places is a hole through; one that reaches it in three or
  more places is holes that meet inside (two crossing tunnels: four openings); one that
  does not reach it is a closed hollow.
- :func:`narrow_holes` finds holes narrower than a width in horizontal slices that stay
  narrow above or below (a real narrow channel), not the tip of a wider dent.

>>> from makerkit.model import box
>>> tunnels = box(30, 30, 30) - box(40, 6, 6).move(z=12) - box(6, 40, 6).move(z=12)
>>> holes_through(tunnels._manifold)
Openings(holes=0, meeting=[4], hollows=0)
>>> hollow = box(20, 20, 20) - box(10, 10, 10).move(z=5)
>>> [round(p.volume()) for p in pieces(hollow._manifold)]
[7000]
"""

from __future__ import annotations

from dataclasses import dataclass, field

import manifold3d
import numpy as np

__all__ = ["pieces", "cavities", "holes_through", "Openings", "narrow_holes"]

_AIR_SHARE = 1e-3  # air pockets smaller than this share of the hull are facets' slivers


def _shells(manifold: manifold3d.Manifold) -> tuple[list, list]:
    """The outer shells (positive volume) and the inner, hollow ones (negative)."""
    found = manifold.decompose() if manifold.num_tri() else []
    outer = [m for m in found if m.volume() > 0]
    inner = [m for m in found if m.volume() <= 0]
    return outer, inner


def pieces(manifold: manifold3d.Manifold) -> list[manifold3d.Manifold]:
    """The separate pieces, each with the closed hollows inside it."""
    outer, inner = _shells(manifold)
    if not inner:
        return outer
    boxes = [np.asarray(m.bounding_box()) for m in outer]
    held: list[list] = [[] for _ in outer]
    for hollow in inner:
        lo_hi = np.asarray(hollow.bounding_box())
        around = [
            i
            for i, b in enumerate(boxes)
            if np.all(b[:3] <= lo_hi[:3] + 1e-9) and np.all(b[3:] >= lo_hi[3:] - 1e-9)
        ]
        if around:  # the smallest piece whose box holds the hollow
            held[min(around, key=lambda i: outer[i].volume())].append(hollow)
    if len(outer) == 1:
        return [manifold]
    out = []
    for piece, hollows in zip(outer, held, strict=True):
        for hollow in hollows:
            piece = piece - _turned_out(hollow)
        out.append(piece)
    return out


def _turned_out(hollow: manifold3d.Manifold) -> manifold3d.Manifold:
    """The hollow as a solid of its own shape (its skin turned outwards)."""
    mesh = hollow.to_mesh()
    tri = np.ascontiguousarray(np.asarray(mesh.tri_verts)[:, ::-1], dtype=np.uint32)
    vertices = np.array(np.asarray(mesh.vert_properties)[:, :3], dtype=np.float32, order="C")
    return manifold3d.Manifold(manifold3d.Mesh(vertices, tri))


def cavities(manifold: manifold3d.Manifold) -> list[manifold3d.Manifold]:
    """The closed hollows inside the solid (each an inward-turned shell)."""
    return _shells(manifold)[1]


@dataclass(frozen=True)
class Openings:
    """Holes through a solid: ``holes`` single ones (two openings each), ``meeting``: the
    number of openings of each group of holes that meet inside, ``hollows`` closed ones."""

    holes: int = 0
    meeting: list[int] = field(default_factory=list)
    hollows: int = 0


def holes_through(manifold: manifold3d.Manifold) -> Openings:
    """Count the holes through a solid by the openings of the air inside its hull."""
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    # The hull made a hair smaller: where the solid's own faces are the hull's, no sliver
    # of air is left between them to join openings that are apart.
    hull = manifold.hull()
    x0, y0, z0, x1, y1, z1 = hull.bounding_box()
    centre = ((x0 + x1) / 2, (y0 + y1) / 2, (z0 + z1) / 2)
    hull = hull.translate(tuple(-c for c in centre)).scale((1 - 1e-4,) * 3).translate(centre)
    hull = hull.as_original()
    hull_id = hull.original_id()
    air = hull - manifold.as_original()
    least = _AIR_SHARE * hull.volume()
    holes, meeting, hollows = 0, [], 0
    for pocket in air.decompose():
        if abs(pocket.volume()) < least:
            continue
        mesh = pocket.to_mesh()
        runs = np.asarray(mesh.run_index) // 3
        tri = np.asarray(mesh.tri_verts, dtype=np.int64)
        on_hull = np.zeros(len(tri), dtype=bool)
        for k, original in enumerate(np.asarray(mesh.run_original_id)):
            if original == hull_id:
                on_hull[runs[k] : runs[k + 1]] = True
        skin = tri[on_hull]
        if not len(skin):
            hollows += 1
            continue
        n = int(tri.max()) + 1
        rows = np.concatenate([skin[:, 0], skin[:, 1]])
        cols = np.concatenate([skin[:, 1], skin[:, 2]])
        graph = coo_matrix((np.ones(len(rows), dtype=np.int8), (rows, cols)), shape=(n, n))
        _, labels = connected_components(graph, directed=False)
        openings = len(np.unique(labels[skin[:, 0]]))
        if openings == 2:
            holes += 1
        elif openings > 2:
            meeting.append(openings)
    return Openings(holes, meeting, hollows)


def narrow_holes(
    manifold: manifold3d.Manifold, width_mm: float, heights: int = 12
) -> list[tuple[float, float, float, float, float]]:
    """Holes narrower than ``width_mm`` that stay narrow: ``(x0, y0, x1, y1, z)`` boxes.

    A hole seen in a horizontal slice counts when, ``width_mm`` above or below, the same
    place is still inside a hole no wider than twice the width, or the solid ends there
    (a pinhole through a thin plate). The narrow tip of a wide dent (a half-sphere pressed
    into a box) widens quickly and does not count.
    """
    lo, hi = manifold.bounding_box()[2], manifold.bounding_box()[5]
    found = []
    for z in np.linspace(lo, hi, heights)[1:-1]:
        for ring in _holes_at(manifold, z):
            diameter = _diameter(ring)
            if diameter >= width_mm:
                continue
            centre = ring.mean(axis=0)
            sides = [
                _hole_width_at(manifold, z + dz, centre, lo, hi) for dz in (width_mm, -width_mm)
            ]
            ends = [s for s in sides if s is not None]
            if not ends or any(s <= 2 * width_mm for s in ends):
                x0, y0 = ring.min(axis=0)
                x1, y1 = ring.max(axis=0)
                found.append((float(x0), float(y0), float(x1), float(y1), float(z)))
    return found


def _holes_at(manifold: manifold3d.Manifold, z: float) -> list[np.ndarray]:
    rings = manifold.slice(float(z)).to_polygons()
    return [np.asarray(r) for r in rings if _signed_area(np.asarray(r)) < 0]


def _hole_width_at(manifold, z: float, centre: np.ndarray, lo: float, hi: float) -> float | None:
    """How wide the hole holding ``centre`` is at height ``z``; ``None`` when the solid
    ends there or the place is air open to the side; ``inf`` when it is solid there."""
    if not lo < z < hi:
        return None
    section = manifold.slice(float(z))
    for ring in _holes_at(manifold, z):
        if _inside(centre, ring):
            return _diameter(ring)
    point = manifold3d.CrossSection.square((1e-3, 1e-3), center=True).translate(tuple(centre))
    return float("inf") if (section ^ point).area() > 0 else None


def _signed_area(ring: np.ndarray) -> float:
    x, y = ring[:, 0], ring[:, 1]
    return 0.5 * float(np.sum(x * np.roll(y, -1) - np.roll(x, -1) * y))


def _diameter(ring: np.ndarray) -> float:
    return 2 * float(np.sqrt(abs(_signed_area(ring)) / np.pi))


def _inside(point: np.ndarray, ring: np.ndarray) -> bool:
    x, y = point
    xs, ys = ring[:, 0], ring[:, 1]
    xn, yn = np.roll(xs, -1), np.roll(ys, -1)
    crosses = (ys > y) != (yn > y)
    with np.errstate(divide="ignore", invalid="ignore"):
        at = xs + (y - ys) * (xn - xs) / (yn - ys)
    return bool(np.count_nonzero(crosses & (x < at)) % 2)
