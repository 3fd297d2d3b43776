"""Supports: where they go, their dense top (the *interface*) and the air gap that frees them.

Under every overhang steeper than the support angle, support is carried down layer by
layer to the bed or to the part. It stops a small *Z gap* below the part (the profile's
``contact_distance_mm``, a layer or so) and as far beside it, so it breaks away. Its top
layers (``interface_layers``) are dense, closely spaced lines, the *interface*: the part's
first layer rests on them rather than sagging between the sparse lines below. Their lines
cross the direction of the part's first skin above them, so each line of the part lies
across many support lines.

>>> import shapely
>>> post, bar = shapely.box(0, 0, 6, 6), shapely.box(-12, 0, 18, 6)
>>> islands = np.array([post] * 10 + [bar] * 3, dtype=object)
>>> hanging = overhangs(islands, layer_height_mm=0.2, angle_deg=55)
>>> plan = plan_supports(islands, hanging, gap_layers=1, interface_layers=2, xy_gap_mm=0.6)
>>> [k for k in range(13) if not plan.interface[k].is_empty]     # the two below the gap
[7, 8]
>>> round(float(plan.base[3].area)), round(float(plan.interface[8].area))   # 2 × 11.4 × 6
(137, 137)
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import shapely

__all__ = ["overhangs", "SupportPlan", "plan_supports", "interface_angles"]

_JOIN = {"join_style": "mitre", "mitre_limit": 2.0, "quad_segs": 4}
_EMPTY = shapely.Polygon()


def _opening(geoms: np.ndarray, r_mm: float) -> np.ndarray:
    return shapely.buffer(shapely.buffer(geoms, -r_mm, **_JOIN), r_mm, **_JOIN)


def overhangs(islands: np.ndarray, layer_height_mm: float, angle_deg: float) -> np.ndarray:
    """Per layer, the part of it that hangs over air further than ``angle_deg`` allows.

    The angle is measured from the vertical: 0° is a straight wall, 90° a flat ceiling.
    """
    step = layer_height_mm * math.tan(math.radians(angle_deg))
    below = np.array([_EMPTY] + list(islands[:-1]), dtype=object)
    hanging = shapely.difference(islands, shapely.buffer(below, step, **_JOIN))
    hanging[0] = _EMPTY  # the first layer stands on the bed
    return _opening(hanging, 0.2)


@dataclass
class SupportPlan:
    """Per layer: the sparse support (``base``) and its dense top (``interface``)."""

    base: np.ndarray
    interface: np.ndarray
    gap_layers: int

    @property
    def all(self) -> np.ndarray:
        """Base and interface together, per layer."""
        out = self.base.copy()
        some = ~shapely.is_empty(self.interface)
        if some.any():
            out[some] = shapely.union(out[some], self.interface[some])
        return out


def plan_supports(
    islands: np.ndarray,
    hanging: np.ndarray,
    gap_layers: int = 1,
    interface_layers: int = 2,
    xy_gap_mm: float = 0.6,
) -> SupportPlan:
    """Where support goes on each layer, carried from the top down.

    One layer's support holds up the next one. It stops ``gap_layers`` below the part
    and ``xy_gap_mm`` beside it, and leaves the same gap above a part it stands on. Its
    top ``interface_layers`` layers under the part are its interface.
    """
    n = len(islands)
    support = np.array([_EMPTY] * n, dtype=object)
    clearance = shapely.buffer(islands, xy_gap_mm, **_JOIN)
    g = max(int(gap_layers), 0)
    carried = _EMPTY
    for i in range(n - 2 - g, -1, -1):
        carried = shapely.difference(shapely.union(carried, hanging[i + 1 + g]), clearance[i])
        carried = shapely.simplify(carried, 0.05)
        support[i] = carried
    # standing on the part: the same gap above it, so it comes off its top as well
    for d in range(1, g + 1):
        under = np.array([_EMPTY] * d + list(islands[:-d]), dtype=object)
        some = ~shapely.is_empty(support) & ~shapely.is_empty(under)
        if some.any():
            support[some] = shapely.difference(support[some], under[some])
    support = _opening(support, 0.2)
    interface = np.array([_EMPTY] * n, dtype=object)
    some = ~shapely.is_empty(support)
    if some.any() and interface_layers > 0:
        above = np.array([_EMPTY] * n, dtype=object)
        for d in range(g + 1, g + 1 + int(interface_layers)):
            shifted = np.array(list(islands[d:]) + [_EMPTY] * min(d, n), dtype=object)[:n]
            above = _union_some(above, shifted)
        touch = some & ~shapely.is_empty(above)
        interface[touch] = shapely.intersection(support[touch], above[touch])
        interface = _opening(interface, 0.2)
    base = support.copy()
    has = ~shapely.is_empty(interface)
    if has.any():
        base[has] = shapely.difference(support[has], interface[has])
        base = _opening(base, 0.2)
    return SupportPlan(base=base, interface=interface, gap_layers=g)


def interface_angles(
    n_layers: int, gap_layers: int, skin_angles: tuple[float, float]
) -> np.ndarray:
    """The direction of the interface lines on each layer (degrees).

    The part's first layer over an interface on layer ``i`` is ``i + gap_layers + 1``; its
    skin runs at ``skin_angles[that layer % 2]``, and the interface crosses it at 90°.
    Going down, the interface layers turn by 90° each, as the skins do.

    >>> interface_angles(4, 1, (45.0, 135.0)).tolist()
    [135.0, 45.0, 135.0, 45.0]
    """
    above = np.arange(n_layers) + gap_layers + 1
    return (np.asarray(skin_angles, float)[above % 2] + 90.0) % 180.0


def _union_some(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    out = a.copy()
    some = ~shapely.is_empty(b)
    if some.any():
        out[some] = shapely.union(a[some], b[some])
    return out
