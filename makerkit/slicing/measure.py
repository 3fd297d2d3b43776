"""How good is a slice? Measured on any toolpath (makerkit's, PrusaSlicer's, Cura's) against the model.

For each layer: how much of the model's cross-section the lines cover, how much of it
they cover twice, and how much plastic they lay against the section's volume. For the
whole print: how far the nozzle travels, how often it retracts, and the travels that
leave the part (over a hole, outside it) without a retraction, which leave strings.

A line is drawn as wide as the plastic it lays implies: a flat strip of the layer's height
holding the same volume (the rounded sides of a real line reach a little further, by
the same amount for every slicer).

>>> import trimesh
>>> from makerkit.slicing import slice
>>> cube = trimesh.creation.box((10, 10, 1)); _ = cube.apply_translation((0, 0, 0.5))
>>> r = slice(cube, "prusa-mk4", adhesion="none", infill_percent=100)
>>> q = layer_quality(r.toolpath, r.mesh)
>>> bool(0.95 < q.plastic_ratio[1] < 1.05), bool(q.covered[1] > 0.95)
(True, True)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
import shapely

from makerkit.gcode.extrusion import filament_area_mm2
from makerkit.gcode.toolpath import FEATURE_CODES, Toolpath

__all__ = ["PART_FEATURES", "LayerQuality", "layer_quality", "TravelReport", "travel_report"]

# what belongs to the part itself (not skirt, brim, supports, purge lines)
PART_FEATURES = ("wall_outer", "wall_inner", "skin", "infill", "bridge")


def _layer_heights(tp: Toolpath, part: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Layers that print the part, the top of each (median z) and its thickness."""
    layers = np.unique(tp.layer[part & (tp.layer >= 0)])
    tops = np.array([np.median(tp.z[part & (tp.layer == k)]) for k in layers])
    thick = np.diff(np.r_[0.0, tops])
    return layers, tops, thick


@dataclass
class LayerQuality:
    """Per measured layer: ``layer``, ``z_mm``, ``section_mm2``, ``covered`` (fraction of
    the section), ``double_mm2`` (area covered twice), ``plastic_ratio`` (plastic laid ÷
    the section's volume)."""

    layer: np.ndarray
    z_mm: np.ndarray
    section_mm2: np.ndarray
    covered: np.ndarray
    double_mm2: np.ndarray
    plastic_ratio: np.ndarray
    extra: dict[str, Any] = field(default_factory=dict)

    def summary(self) -> dict[str, float]:
        """Overall figures: area-weighted coverage and plastic, double area in % of the section."""
        a = self.section_mm2
        total = float(a.sum()) or 1.0
        return {
            "covered": float((self.covered * a).sum() / total),
            "double": float(self.double_mm2.sum() / total),
            "plastic": float((self.plastic_ratio * a).sum() / total),
            "worst_covered": float(self.covered.min()) if len(a) else 1.0,
            "worst_plastic_gap": float(np.abs(self.plastic_ratio - 1).max()) if len(a) else 0.0,
        }


def layer_quality(
    tp: Toolpath,
    mesh: Any,
    filament_diameter_mm: float = 1.75,
    layers: Any = None,
) -> LayerQuality:
    """Coverage, double coverage and plastic of each layer of ``tp`` against ``mesh``.

    ``mesh`` must stand where the toolpath prints it. ``layers`` picks some layers (by
    their index among the layers printed), all by default.
    """
    from makerkit.slicing.layers import sections_at

    part_codes = [FEATURE_CODES[f] for f in PART_FEATURES]
    ext = tp.is_extruding
    part = ext & np.isin(tp.feature, part_codes)
    all_layers, tops, thick = _layer_heights(tp, part)
    pick = np.arange(len(all_layers)) if layers is None else np.asarray(layers, int)
    pick = pick[(pick >= 0) & (pick < len(all_layers))]
    sections = sections_at(mesh, tops[pick] - thick[pick] / 2)
    fil_area = filament_area_mm2(filament_diameter_mm)
    starts, ends = tp.starts, tp.ends
    lengths = np.hypot(*(ends[:, :2] - starts[:, :2]).T)
    out = {k: [] for k in ("covered", "double", "plastic", "area")}
    for j, i in enumerate(pick):
        k, h = all_layers[i], thick[i]
        rows = np.flatnonzero(part & (tp.layer == k) & (lengths > 1e-6))
        section = sections[j]
        area = float(section.area)
        volume = float(tp.e[rows].sum()) * fil_area
        out["area"].append(area)
        out["plastic"].append(volume / (area * h) if area > 0 else np.nan)
        if len(rows) == 0 or area == 0:
            out["covered"].append(0.0)
            out["double"].append(0.0)
            continue
        width = tp.e[rows] * fil_area / (lengths[rows] * h)
        lines = shapely.linestrings(np.stack([starts[rows, :2], ends[rows, :2]], axis=1))
        round_ = shapely.buffer(lines, width / 2, quad_segs=4)
        cover = shapely.intersection(shapely.union_all(round_), section)
        out["covered"].append(float(cover.area) / area)
        out["double"].append(_double_area(lines, width, rows, section))
    return LayerQuality(
        layer=all_layers[pick],
        z_mm=tops[pick],
        section_mm2=np.array(out["area"]),
        covered=np.array(out["covered"]),
        double_mm2=np.array(out["double"]),
        plastic_ratio=np.array(out["plastic"]),
    )


def _double_area(lines: np.ndarray, width: np.ndarray, rows: np.ndarray, section: Any) -> float:
    """Area inside the section where two lines overlap (neighbours along one path excepted)."""
    flat = shapely.buffer(lines, width / 2, cap_style="flat")
    tree = shapely.STRtree(flat)
    a, b = tree.query(flat, predicate="intersects")
    # the next move or the one after on the same path meets this one at a corner: not twice
    keep = (a < b) & (np.abs(rows[a] - rows[b]) > 2)
    a, b = a[keep], b[keep]
    if len(a) == 0:
        return 0.0
    both = shapely.intersection(flat[a], flat[b])
    real = shapely.area(both) > 1e-6
    if not real.any():
        return 0.0
    return float(shapely.intersection(shapely.union_all(both[real]), section).area)


@dataclass
class TravelReport:
    """Travels of a whole print: length, retractions, and those that leave the part unretracted."""

    travel_mm: float
    travels: int
    retractions: int
    unretracted_leaving: int
    unretracted_leaving_mm: float
    first_layer_plastic: float
    examples: list[dict[str, float]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "travel_mm": round(self.travel_mm, 1),
            "travels": self.travels,
            "retractions": self.retractions,
            "unretracted_leaving": self.unretracted_leaving,
            "unretracted_leaving_mm": round(self.unretracted_leaving_mm, 1),
            "first_layer_plastic": round(self.first_layer_plastic, 4),
        }


def travel_report(
    tp: Toolpath, mesh: Any, filament_diameter_mm: float = 1.75, tolerance_mm: float = 0.05
) -> TravelReport:
    """Travel length and retractions after the start sequence, and the unretracted travels
    that leave the part (checked against the model's section at each layer)."""
    from makerkit.slicing.layers import sections_at

    part_codes = [FEATURE_CODES[f] for f in PART_FEATURES]
    ext = tp.is_extruding
    part = ext & np.isin(tp.feature, part_codes)
    all_layers, tops, thick = _layer_heights(tp, part)
    if len(all_layers) == 0:
        return TravelReport(0.0, 0, 0, 0, 0.0, 0.0)
    sections = sections_at(mesh, tops - thick / 2)
    inside = shapely.buffer(sections, tolerance_mm)
    shapely.prepare(inside)
    # the print starts after the last move of the start sequence (purge line included)
    other = ext & (tp.feature == FEATURE_CODES["other"]) & (tp.layer < 0)
    first_part = int(np.flatnonzero(part)[0])
    before = np.flatnonzero(other[:first_part])
    begin = int(before[-1]) + 1 if len(before) else 0
    last_part = int(np.flatnonzero(part)[-1])
    idx = np.arange(begin, last_part + 1)
    starts, ends = tp.starts, tp.ends
    xy = np.hypot(*(ends[idx, :2] - starts[idx, :2]).T)
    e = tp.e[idx]
    # retracted from a retraction until filament is pushed again
    state = np.where(e < 0, 1.0, np.where(e > 0, 0.0, np.nan))
    filled = _ffill(state, 0.0)
    retracted_before = np.r_[0.0, filled[:-1]]
    travel = (e <= 0) & (xy > 1e-6)
    retractions = int(((e < 0) & (np.r_[0.0, filled[:-1]] == 0)).sum())
    loose = travel & (e == 0) & (retracted_before == 0)
    rows = idx[loose]
    layer_of = np.searchsorted(all_layers, np.maximum(tp.layer[rows], all_layers[0]))
    layer_of = np.minimum(layer_of, len(all_layers) - 1)
    segs = shapely.linestrings(np.stack([starts[rows, :2], ends[rows, :2]], axis=1))
    out_len = shapely.length(shapely.difference(segs, inside[layer_of])) if len(rows) else []
    leaving = np.asarray(out_len) > 0.1
    examples = [
        {"layer": int(tp.layer[r]), "x": float(starts[r, 0]), "y": float(starts[r, 1]),
         "to_x": float(ends[r, 0]), "to_y": float(ends[r, 1])}
        for r in rows[leaving][:5]
    ]  # fmt: skip
    fil_area = filament_area_mm2(filament_diameter_mm)
    first = part & (tp.layer == all_layers[0])
    first_volume = float(tp.e[first].sum()) * fil_area
    first_ratio = first_volume / (float(sections[0].area) * thick[0]) if sections[0].area else 0.0
    return TravelReport(
        travel_mm=float(xy[travel].sum()),
        travels=int(travel.sum()),
        retractions=retractions,
        unretracted_leaving=int(leaving.sum()),
        unretracted_leaving_mm=float(np.asarray(out_len)[leaving].sum()) if len(rows) else 0.0,
        first_layer_plastic=first_ratio,
        examples=examples,
    )


def _ffill(values: np.ndarray, default: float) -> np.ndarray:
    ok = ~np.isnan(values)
    idx = np.where(ok, np.arange(len(values)), -1)
    np.maximum.accumulate(idx, out=idx)
    out = np.where(idx >= 0, values[np.maximum(idx, 0)], default)
    return out
