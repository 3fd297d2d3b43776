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

__all__ = ["PATTERN_ANGLES", "line_distance_mm", "fill_segments"]

# Directions drawn on even and odd layers, degrees.
PATTERN_ANGLES = {
    "lines": ((45.0,), (135.0,)),
    "grid": ((45.0, 135.0), (45.0, 135.0)),
    "triangles": ((0.0, 60.0, 120.0), (0.0, 60.0, 120.0)),
}


def line_distance_mm(pattern: str, percent: float, spacing_mm: float) -> float:
    """Distance between parallel lines for a density (each direction shares the plastic).

    >>> line_distance_mm("grid", 20, 0.4)
    4.0
    """
    directions = len(PATTERN_ANGLES[pattern][0])
    return directions * spacing_mm * 100.0 / percent


def _line_field(bounds: tuple[float, float, float, float], angle_deg: float, distance_mm: float):
    """Parallel lines at ``angle_deg`` covering ``bounds``, anchored at 0,0 (so layers line up)."""
    x0, y0, x1, y1 = bounds
    a = math.radians(angle_deg)
    d = np.array([math.cos(a), math.sin(a)])  # along the lines
    nrm = np.array([-d[1], d[0]])  # across
    corners = np.array([[x0, y0], [x1, y0], [x1, y1], [x0, y1]])
    across, along = corners @ nrm, corners @ d
    k = np.arange(math.floor(across.min() / distance_mm), math.ceil(across.max() / distance_mm) + 1)
    offs = k * distance_mm
    lo, hi = along.min() - 1.0, along.max() + 1.0
    starts = offs[:, None] * nrm + lo * d
    ends = offs[:, None] * nrm + hi * d
    return shapely.multilinestrings(shapely.linestrings(np.stack([starts, ends], axis=1)))


def fill_segments(
    areas: np.ndarray,
    pattern: str,
    percent: float,
    spacing_mm: float,
    angle_offset_deg: float = 0.0,
) -> tuple[np.ndarray, np.ndarray]:
    """Straight fill segments for every layer: ``(segments (n, 2, 2), layer (n,))``.

    Segments come ordered layer by layer, then direction by direction and across each
    direction, every other one reversed so the nozzle zig-zags instead of jumping back.
    """
    n = len(areas)
    if percent <= 0 or n == 0:
        return np.zeros((0, 2, 2)), np.zeros(0, np.int64)
    distance = line_distance_mm(pattern, percent, spacing_mm)
    nonempty = ~shapely.is_empty(areas)
    if not nonempty.any():
        return np.zeros((0, 2, 2)), np.zeros(0, np.int64)
    b = shapely.total_bounds(areas[nonempty])
    all_segs, all_layers, all_keys = [], [], []
    for parity in (0, 1):
        idx = np.flatnonzero(nonempty & (np.arange(n) % 2 == parity))
        if len(idx) == 0:
            continue
        for angle in PATTERN_ANGLES[pattern][parity]:
            angle += angle_offset_deg
            field = _line_field(tuple(b), angle, distance)
            clipped = shapely.intersection(field, areas[idx])
            parts, which = shapely.get_parts(clipped, return_index=True)
            parts_ok = (shapely.get_type_id(parts) == 1) & (shapely.get_num_coordinates(parts) >= 2)
            parts, which = parts[parts_ok], which[parts_ok]
            if len(parts) == 0:
                continue
            pts, pid = shapely.get_coordinates(parts, return_index=True)
            first = np.r_[0, np.flatnonzero(pid[1:] != pid[:-1]) + 1]
            last = np.r_[first[1:] - 1, len(pid) - 1]
            segs = np.stack([pts[first], pts[last]], axis=1)
            a = math.radians(angle)
            d = np.array([math.cos(a), math.sin(a)])
            mid = segs.mean(axis=1)
            across = mid @ np.array([-d[1], d[0]])
            along = mid @ d
            row = np.round(across / distance).astype(np.int64)
            all_segs.append(segs)
            all_layers.append(idx[which])
            all_keys.append(np.column_stack([np.full(len(segs), angle), row, along]))
    if not all_segs:
        return np.zeros((0, 2, 2)), np.zeros(0, np.int64)
    segs = np.concatenate(all_segs)
    layer = np.concatenate(all_layers)
    keys = np.concatenate(all_keys)
    order = np.lexsort((keys[:, 2], keys[:, 1], keys[:, 0], layer))
    segs, layer, row = segs[order], layer[order], keys[order, 1]
    # zig-zag: reverse every other row
    flip = (row % 2) == 1
    segs[flip] = segs[flip][:, ::-1]
    return segs, layer
