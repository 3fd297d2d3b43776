"""From islands to regions: solid skins, sparse infill, skirt and brim.

Walls are planned in :mod:`~makerkit.slicing.walls`, supports in
:mod:`~makerkit.slicing.supports`, bridges in :mod:`~makerkit.slicing.bridges`.

Every function here works on a numpy array of shapely geometries, one per layer, and
calls shapely's vectorised operations on the whole array.

>>> import shapely
>>> inside = np.array([shapely.box(0, 0, 20, 20)] * 3, dtype=object)
>>> solid, sparse = skins(inside, inside, top_layers=1, bottom_layers=1, width_mm=0.45)
>>> [round(float(a)) for a in shapely.area(solid)]
[400, 0, 400]
"""

from __future__ import annotations

from typing import Any

import numpy as np
import shapely

# one place for the cross-section of a line (shared with the G-code side)
from makerkit.gcode.extrusion import line_spacing_mm
from makerkit.slicing.parallel import each

__all__ = [
    "line_spacing_mm",
    "skins",
    "narrow_to_solid",
    "top_surfaces",
    "pull_in",
    "skirt",
    "brim",
]

_JOIN = {"join_style": "mitre", "mitre_limit": 2.0, "quad_segs": 4}
_EMPTY = shapely.Polygon()
# an area this small (mm²) is nothing to print: a rounding of the outlines
_NOTHING_MM2 = 0.01


def _opening(geoms: np.ndarray, r_mm: Any) -> np.ndarray:
    """Remove slivers thinner than ``2 * r_mm`` (shrink then grow back)."""
    return each(_shrink_grow, geoms, r_mm)


def _shrink_grow(geoms: np.ndarray, r_mm: Any) -> np.ndarray:
    return shapely.buffer(shapely.buffer(geoms, -r_mm, **_JOIN), r_mm, **_JOIN)


def skins(
    islands: np.ndarray,
    inner: np.ndarray,
    top_layers: int,
    bottom_layers: int,
    width_mm: float,
    expand_mm: float = 0.0,
) -> tuple[np.ndarray, np.ndarray]:
    """Split the inside of every layer into solid skin and sparse infill.

    A spot is skin when one of the ``top_layers`` layers above it, or one of the
    ``bottom_layers`` below it, is not part of the model there.
    """
    n = len(islands)
    # which layers cover which spot needs no fine detail: a coarser outline is much faster
    cover = shapely.simplify(islands, width_mm / 4, preserve_topology=False)
    solid = np.array([_EMPTY] * n, dtype=object)
    has_inside = ~shapely.is_empty(inner)
    shapely.prepare(cover)
    for count, step in ((top_layers, 1), (bottom_layers, -1)):
        for j in range(1, min(count, n) + 1):
            other = np.array([_EMPTY] * n, dtype=object)
            if step > 0 and j < n:
                other[: n - j] = cover[j:]
            elif step < 0 and j < n:
                other[j:] = cover[: n - j]
            # most layers sit wholly on (or under) their neighbour: nothing shows there
            need = has_inside & ~each(shapely.contains, other, inner)
            if need.any():
                solid[need] = each(_add_shown, solid[need], inner[need], other[need])
    solid = _opening(solid, width_mm / 4)
    # Grow the skins a little into the sparse area (as other slicers do, by about a wall's
    # thickness), so that a skin on a slope is anchored on the infill below or above it.
    some = ~shapely.is_empty(solid)
    if some.any() and expand_mm > 0:
        solid[some] = each(_grown_within, solid[some], inner[some], expand_mm)
    sparse = each(shapely.difference, inner, solid)
    return solid, sparse


def _add_shown(solid: np.ndarray, inner: np.ndarray, other: np.ndarray) -> np.ndarray:
    return shapely.union(solid, shapely.difference(inner, other))


def _grown_within(area: np.ndarray, within: np.ndarray, by_mm: float) -> np.ndarray:
    return shapely.intersection(shapely.buffer(area, by_mm, **_JOIN), within)


def narrow_to_solid(
    solid: np.ndarray, sparse: np.ndarray, min_width_mm: float, min_area_mm2: float = 0.0
) -> tuple[np.ndarray, np.ndarray]:
    """Move the strips of sparse area narrower than ``min_width_mm``, and the pieces of it
    smaller than ``min_area_mm2``, into the solid area.

    Sparse lines in such places would hold on to nothing, and reaching them costs a
    travel each (PrusaSlicer's ``solid_infill_below_area`` does the same, 70 mm²).

    >>> thin = np.array([shapely.box(0, 0, 20, 0.5)], dtype=object)
    >>> solid, sparse = narrow_to_solid(np.array([_EMPTY], dtype=object), thin, 0.8)
    >>> round(float(solid[0].area), 1), sparse[0].is_empty
    (10.0, True)
    >>> two = np.array([shapely.box(0, 0, 20, 20).union(shapely.box(30, 0, 35, 5))], dtype=object)
    >>> solid, sparse = narrow_to_solid(np.array([_EMPTY], dtype=object), two, 0.8, 70)
    >>> round(float(solid[0].area)), round(float(sparse[0].area))
    (25, 400)
    """
    some = ~shapely.is_empty(sparse)
    if not some.any():
        return solid, sparse
    kept = _opening(sparse[some], min_width_mm / 2)
    # Most layers have no narrow strip: the opening gives the same area back, and the
    # difference of two near-identical outlines is slow (GEOS nodes every near-coincident
    # edge). Only layers that lost area have strips to move; the others keep their outline.
    moved = np.array([_EMPTY] * len(kept), dtype=object)
    lost = shapely.area(sparse[some]) - shapely.area(kept) > _NOTHING_MM2
    if lost.any():
        moved[lost] = each(shapely.difference, sparse[some][lost], kept[lost])
    kept[~lost] = sparse[some][~lost]
    if min_area_mm2 > 0:
        parts, which = shapely.get_parts(kept, return_index=True)
        small = shapely.area(parts) < min_area_mm2
        if small.any():
            n = len(kept)
            kept, tiny = (
                _gather(parts[~small], which[~small], n),
                _gather(parts[small], which[small], n),
            )
            moved = each(shapely.union, moved, tiny)
    solid, sparse = solid.copy(), sparse.copy()
    grow = ~shapely.is_empty(moved)
    if grow.any():
        at = np.flatnonzero(some)[grow]
        solid[at] = each(shapely.union, solid[at], moved[grow])
    sparse[some] = kept
    return solid, sparse


def _gather(parts: np.ndarray, which: np.ndarray, n: int) -> np.ndarray:
    """Disjoint polygons back into one geometry per layer (``which``: their layer)."""
    out = np.array([_EMPTY] * n, dtype=object)
    if len(parts):
        layers, group = np.unique(which, return_inverse=True)
        out[layers] = shapely.multipolygons(parts, indices=group)
    return out


def top_surfaces(islands: np.ndarray, solid: np.ndarray) -> np.ndarray:
    """The part of each layer's solid skin with nothing above it: the top, seen by all."""
    above = np.array([*islands[1:], _EMPTY], dtype=object)
    return each(shapely.difference, solid, above)


def pull_in(layer: Any, by_mm: float, keep_mm: float) -> Any:
    """A layer's outline pulled in by ``by_mm``, except pieces that would get thinner than
    ``keep_mm`` (they stay as they are rather than vanish).

    >>> round(pull_in(shapely.box(0, 0, 10, 10), 0.2, 0.3).area, 2)
    92.16
    """
    if layer.is_empty or by_mm <= 0:
        return layer
    pieces = shapely.get_parts(layer)
    pulled = shapely.buffer(pieces, -by_mm, **_JOIN)
    fine = ~shapely.is_empty(_opening(pulled, keep_mm / 2))
    return shapely.union_all(np.where(fine, pulled, pieces))


def skirt(first_layer: Any, distance_mm: float, loops: int, spacing_mm: float) -> list[Any]:
    """Loops around the first layer at ``distance_mm``: they prime the nozzle."""
    if first_layer.is_empty or loops <= 0:
        return []
    hull = shapely.convex_hull(first_layer)
    return [hull.buffer(distance_mm + k * spacing_mm, quad_segs=8) for k in range(loops)]


def brim(first_layer: Any, width_mm: float, line_width_mm: float, spacing_mm: float) -> list[Any]:
    """Loops glued to the outside of the first layer: they hold a part down on the bed."""
    if first_layer.is_empty or width_mm <= 0:
        return []
    count = max(1, int(round(width_mm / spacing_mm)))
    outside = shapely.Polygon()
    rings = []
    for k in range(count):
        grown = first_layer.buffer(line_width_mm / 2 + k * spacing_mm, quad_segs=4)
        # only the outer boundary: a brim never goes into holes
        shells = [shapely.Polygon(p.exterior) for p in shapely.get_parts(grown)]
        outside = shapely.union_all(shells)
        rings.append(outside)
    return rings
