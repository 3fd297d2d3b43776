"""Unit sense: a model 2 mm wide was probably drawn in inches or centimetres.

3D files carry no unit; printers read millimetres. A model whose largest side is under
10 mm, or over 2 metres, was very likely drawn in other units. :func:`guess_unit` says
which, and the scale that makes it right.

>>> from makerkit.model import box
>>> guess = guess_unit(box(2, 2, 8))       # a 2 × 2 × 8 "mm" rod: surely not millimetres
>>> guess.unit, guess.scale
('inch', 25.4)
>>> guess_unit(box(20, 20, 20)) is None
True
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from makerkit.model.solid import Solid

__all__ = ["UnitGuess", "guess_unit", "SMALLEST_LIKELY_MM", "LARGEST_LIKELY_MM"]

SMALLEST_LIKELY_MM = 10.0  # a largest side below this is likely not millimetres
LARGEST_LIKELY_MM = 2000.0  # above this, not a desk-printer model drawn in mm
_TYPICAL_MM = 80.0  # a typical fablab print is this big
_SMALL_UNITS = (("inch", 25.4), ("cm", 10.0), ("m", 1000.0))
_LARGE_UNITS = (("tenth_mm", 0.1), ("micron", 0.001))


@dataclass(frozen=True)
class UnitGuess:
    """The unit a model was likely drawn in and the scale that turns it into millimetres."""

    unit: str
    scale: float
    size_mm: tuple[float, float, float]  # the size after scaling
    key: str = "model.units_inch"
    values: dict[str, Any] = field(default_factory=dict)


def _inch_grid_share(vertices: np.ndarray) -> float:
    """How many coordinates fall on a 1/16-inch grid (drawings in inches do)."""
    if len(vertices) == 0:
        return 0.0
    sample = vertices[:: max(1, len(vertices) // 5000)].ravel() * 16.0
    on_grid = np.abs(sample - np.round(sample)) < 1e-4
    not_zero = np.abs(sample) > 1e-6
    return float(np.mean(on_grid & not_zero)) if np.any(not_zero) else 0.0


def guess_unit(solid: Solid, bed_mm: tuple[float, float, float] | None = None) -> UnitGuess | None:
    """The likely unit of a model that is absurdly small or large, or ``None`` if it looks right."""
    size = solid.size_mm
    largest = max(size)
    if largest <= 0:
        return None
    if SMALLEST_LIKELY_MM <= largest <= LARGEST_LIKELY_MM:
        return None
    candidates = _SMALL_UNITS if largest < SMALLEST_LIKELY_MM else _LARGE_UNITS
    limit = max(bed_mm) if bed_mm else LARGEST_LIKELY_MM

    def plausible(scale: float) -> bool:
        return SMALLEST_LIKELY_MM <= largest * scale <= limit

    choices = [(u, s) for u, s in candidates if plausible(s)] or list(candidates)
    unit, scale = min(choices, key=lambda c: abs(math.log(largest * c[1] / _TYPICAL_MM)))
    if largest < SMALLEST_LIKELY_MM and plausible(25.4):
        vertices, _ = solid.triangles()
        if _inch_grid_share(np.asarray(vertices)) >= 0.15:
            unit, scale = "inch", 25.4
    new = tuple(round(v * scale, 1) for v in size)
    values = {
        "unit": unit,
        "scale": scale,
        "largest_mm": round(largest, 3),
        "new_x": new[0],
        "new_y": new[1],
        "new_z": new[2],
    }
    return UnitGuess(unit, scale, new, f"model.units_{unit}", values)
