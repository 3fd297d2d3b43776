"""Bridges: skin over air, held on two sides, printed straight across the gap.

A spot of a layer's skin with nothing under it (neither the layer below nor a support)
hangs over air. When lines across it can rest both ends on what is below (two pillars,
the edges of a hole's ceiling), it is a *bridge*: its lines are laid along the span, one
piece of plastic from one side to the other, at the bridge speed and flow of the
printer's profile and with the bridge fan. Lines going the other way would start and end
in the air and droop.

The direction is chosen as PrusaSlicer does it in spirit: of a dozen directions, the one
whose lines rest on both ends for most of their length (and, among the good ones, the
shortest lines). The bridge area reaches a little further than the air on the sides where
it rests (the *anchors*), so every line starts and ends on solid ground.

>>> import shapely
>>> pillars = shapely.union(shapely.box(0, 0, 8, 10), shapely.box(28, 0, 36, 10))
>>> deck = shapely.box(0, 0, 36, 10)
>>> found = find_bridges(np.array([_EMPTY, pillars], dtype=object),
...                      np.array([_EMPTY, deck], dtype=object), anchor_mm=2.0)
>>> len(found.area), int(found.layer[0]), float(found.angle_deg[0])   # along x, the span
(1, 1, 0.0)
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import shapely

from makerkit.slicing.parallel import each

__all__ = ["Bridges", "find_bridges"]

_JOIN = {"join_style": "mitre", "mitre_limit": 2.0, "quad_segs": 4}
_EMPTY = shapely.Polygon()
_ANGLES_DEG = np.arange(0.0, 180.0, 15.0)
# a piece is a bridge when lines resting on both ends make up this much of its lines
_HELD_SHARE = 0.5


@dataclass
class Bridges:
    """The bridges of a print: one row a piece of bridge.

    ``area`` is what its lines fill (the air and its anchors), ``layer`` its layer,
    ``angle_deg`` the direction of its lines (0: along x).
    """

    area: np.ndarray
    layer: np.ndarray
    angle_deg: np.ndarray

    def per_layer(self, n_layers: int) -> np.ndarray:
        """The union of the bridge areas of each layer (one geometry per layer)."""
        out = np.array([_EMPTY] * n_layers, dtype=object)
        if len(self.area):
            layers = np.unique(self.layer)
            for k in layers:  # few layers have bridges
                out[k] = shapely.union_all(self.area[self.layer == k])
        return out


def find_bridges(
    below: np.ndarray,
    solid: np.ndarray,
    inner: np.ndarray | None = None,
    anchor_mm: float = 2.0,
    width_mm: float = 0.45,
) -> Bridges:
    """The bridges of every layer: skin over air that lines can cross resting on both ends.

    ``below[i]`` is what holds layer ``i`` up (the layer under it and the supports under
    it; nothing for the first layer, which lies on the bed), ``solid[i]`` the layer's
    skin area, ``inner[i]`` where skin and infill may go (the anchors stay inside it;
    default ``solid``).
    """
    below = np.asarray(below, dtype=object)
    solid = np.asarray(solid, dtype=object)
    inner = solid if inner is None else np.asarray(inner, dtype=object)
    n = len(solid)
    none = Bridges(np.zeros(0, dtype=object), np.zeros(0, np.int64), np.zeros(0))
    held = each(shapely.buffer, below, 0.05, **_JOIN)
    shapely.prepare(held)
    # most layers stand wholly on the one below: only the others are looked at
    need = ~shapely.is_empty(solid) & ~each(shapely.contains, held, solid)
    need[0] = False
    if not need.any():
        return none
    idx = np.flatnonzero(need)
    air = shapely.difference(solid[idx], below[idx])
    # strips thinner than a line along a slope are overhangs, not bridges
    r = 0.5 * width_mm
    air = shapely.buffer(shapely.buffer(air, -r, **_JOIN), r, **_JOIN)
    pieces, which = shapely.get_parts(air, return_index=True)
    layer = idx[which]
    big = shapely.area(pieces) > 4 * width_mm**2
    pieces, layer = pieces[big], layer[big]
    if len(pieces) == 0:
        return none
    angle, share = _best_angles(pieces, layer, held, width_mm)
    ok = share >= _HELD_SHARE
    pieces, layer, angle = pieces[ok], layer[ok], angle[ok]
    if len(pieces) == 0:
        return none
    # anchors: the lines go on past the air onto what holds them, within the layer's inside
    grown = shapely.intersection(shapely.buffer(pieces, anchor_mm, **_JOIN), inner[layer])
    # … but not into another bridge of the same layer, which has its own direction
    air_all = np.array([_EMPTY] * n, dtype=object)
    for k in np.unique(layer):
        air_all[k] = shapely.union_all(pieces[layer == k])
    others = shapely.difference(air_all[layer], shapely.buffer(pieces, 1e-3))
    grown = shapely.difference(grown, others)
    return Bridges(grown, layer, angle)


def _best_angles(
    pieces: np.ndarray, layer: np.ndarray, held: np.ndarray, width_mm: float
) -> tuple[np.ndarray, np.ndarray]:
    """For each piece of air, the direction whose lines rest on both ends the most.

    Returns the angle (degrees) and the share of line length resting on both ends.
    """
    from makerkit.slicing.infill import _scanlines

    m = len(pieces)
    # a dozen lines or so across every piece, whatever its size
    distance = np.clip(np.sqrt(shapely.area(pieces)) / 12, 0.2, 1.0)
    grip = shapely.buffer(held, 0.5 * width_mm, **_JOIN)
    shapely.prepare(grip)
    shares = np.zeros((len(_ANGLES_DEG), m))
    spans = np.full((len(_ANGLES_DEG), m), np.inf)
    for a, angle in enumerate(_ANGLES_DEG):
        segs, which, _, _ = _scanlines(pieces, float(angle), distance)
        if len(segs) == 0:
            continue
        length = np.hypot(*(segs[:, 1] - segs[:, 0]).T)
        g = grip[layer[which]]
        both = shapely.intersects(g, shapely.points(segs[:, 0])) & shapely.intersects(
            g, shapely.points(segs[:, 1])
        )
        total = np.bincount(which, weights=length, minlength=m)
        rests = np.bincount(which, weights=length * both, minlength=m)
        count = np.bincount(which, weights=both.astype(float), minlength=m)
        shares[a] = np.where(total > 0, rests / np.maximum(total, 1e-12), 0.0)
        spans[a] = np.where(count > 0, rests / np.maximum(count, 1e-12), np.inf)
    best = shares.max(axis=0)
    # among the directions about as well held as the best, the shortest lines
    good = shares >= best[None, :] - 0.03
    choice = np.argmin(np.where(good, spans, np.inf), axis=0)
    return _ANGLES_DEG[choice], best
