"""Unit sense: a model 2 mm wide was probably drawn in inches or centimetres.

3D files carry no unit; printers read millimetres. A model whose largest side is under
10 mm, or over 2 metres, was very likely drawn in other units. :func:`guess_unit` says
which, why, and the scale that makes it right; a model whose size is plausible in
millimetres is never given another unit.

Between inches and centimetres (both turn a tiny model into a printable one) the numbers
in the file decide: drawings in inches put their corners on a 1/16-inch grid, drawings in
centimetres on round millimetres (0.05 units). With no such evidence, the unit that gives
the size closest to a typical print wins, and the reason says so.

>>> from makerkit.model import box
>>> guess = guess_unit(box(2, 2, 8))       # a 2 × 2 × 8 "mm" rod on a 1/16-inch grid
>>> guess.unit, guess.scale, guess.reason
('inch', 25.4, 'model.units_why_inch_grid')
>>> guess_unit(box(1.6, 1.6, 1.6).move(x=0.05)).unit   # a dice saved in centimetres
'cm'
>>> guess_unit(box(20, 20, 20)) is None
True
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from makerkit.model.solid import Solid

__all__ = [
    "UnitGuess",
    "guess_unit",
    "absurd_size",
    "units_phrase",
    "SMALLEST_LIKELY_MM",
    "LARGEST_LIKELY_MM",
]

SMALLEST_LIKELY_MM = 10.0  # a largest side below this is likely not millimetres
LARGEST_LIKELY_MM = 2000.0  # above this, not a desk-printer model drawn in mm
_TYPICAL_MM = 80.0  # a typical fablab print is this big
_SMALL_UNITS = (("inch", 25.4), ("cm", 10.0), ("m", 1000.0))
_LARGE_UNITS = (("tenth_mm", 0.1), ("micron", 0.001))
# Grids the corners of a drawing fall on, in file units, for each unit it may be drawn in.
_GRIDS = {"inch": 1 / 16, "cm": 0.05, "m": 0.0005}
_EVIDENCE = 0.15  # a grid explains at least this share more corners than the other


@dataclass(frozen=True)
class UnitGuess:
    """The unit a model was likely drawn in, the scale that turns it into millimetres, and
    why (``reason``: a catalogue key)."""

    unit: str
    scale: float
    size_mm: tuple[float, float, float]  # the size after scaling
    key: str = "model.units_inch"
    values: dict[str, Any] = field(default_factory=dict)
    reason: str = "model.units_why_size"


def _grid_share(vertices: np.ndarray, step: float) -> float:
    """How many non-zero coordinates fall on a grid of ``step`` file units."""
    if len(vertices) == 0:
        return 0.0
    sample = vertices[:: max(1, len(vertices) // 5000)].ravel() / step
    on_grid = np.abs(sample - np.round(sample)) < 1e-4
    not_zero = np.abs(sample) > 1e-6
    return float(np.mean(on_grid & not_zero)) if np.any(not_zero) else 0.0


def _sizes(size: tuple[float, float, float], scale: float) -> dict[str, float]:
    # three significant figures: 0.0254 stays 0.0254, 76.2 stays 76.2
    return {f"new_{a}": float(f"{v * scale:.3g}") for a, v in zip("xyz", size, strict=True)}


class _Units:
    """A number of file units, worded when a message is shown (in its language)."""

    def __init__(self, value: float) -> None:
        self.value = value

    def __format__(self, spec: str) -> str:
        return units_phrase(self.value)

    __str__ = __repr__ = lambda self: units_phrase(self.value)  # noqa: E731


def guess_unit(solid: Solid, bed_mm: tuple[float, float, float] | None = None) -> UnitGuess | None:
    """The likely unit of a model that is absurdly small or large, or ``None`` if it looks right."""
    size = solid.size_mm
    largest = max(size)
    if largest <= 0:
        return None
    if SMALLEST_LIKELY_MM <= largest <= LARGEST_LIKELY_MM:
        return None
    small = largest < SMALLEST_LIKELY_MM
    candidates = _SMALL_UNITS if small else _LARGE_UNITS
    limit = max(bed_mm) if bed_mm else LARGEST_LIKELY_MM

    def plausible(scale: float) -> bool:
        return SMALLEST_LIKELY_MM <= largest * scale <= limit

    choices = [(u, s) for u, s in candidates if plausible(s)] or list(candidates)
    unit, scale = min(choices, key=lambda c: abs(math.log(largest * c[1] / _TYPICAL_MM)))
    reason = "model.units_why_size"
    if small and len(choices) > 1:
        vertices = np.asarray(solid.triangles()[0])
        shares = {u: _grid_share(vertices, _GRIDS[u]) for u, _ in choices}
        inch = shares.pop("inch", 0.0)
        metric = max(shares, key=shares.get) if shares else None
        # Whole and simple numbers fit every grid: inches win those (1/16-inch fractions);
        # a metric unit only when its grid explains clearly more corners.
        if metric is not None and shares[metric] >= inch + _EVIDENCE:
            unit, scale = metric, dict(choices)[metric]
            reason = "model.units_why_metric_grid"
        elif inch >= _EVIDENCE and "inch" in dict(choices):
            unit, scale, reason = "inch", 25.4, "model.units_why_inch_grid"
    values = {
        "unit": unit,
        "scale": scale,
        "largest_mm": round(largest, 3),
        "size": _Units(largest),
        **_sizes(size, scale),
    }
    new = tuple(round(v * scale, 3) for v in size)
    return UnitGuess(unit, scale, new, f"model.units_{unit}", values, reason)


def absurd_size(solid: Solid) -> bool:
    """True when no desk printer makes sense of this size in millimetres."""
    largest = max(solid.size_mm)
    return largest > 0 and not SMALLEST_LIKELY_MM / 10 <= largest <= LARGEST_LIKELY_MM


def units_phrase(value: float, lang: str | None = None) -> str:
    """``value`` file units in words, singular or plural as the language wants.

    >>> units_phrase(1.6, "fr"), units_phrase(1.6, "en"), units_phrase(2.5, "fr")
    ('1,6 unité', '1.6 units', '2,5 unités')
    """
    from makerkit.i18n import current_language, language, t
    from makerkit.model.words import number

    lang = lang or current_language()
    with language(lang):
        text = number(value, 3)
        # French: singular below 2 ("1,6 unité"); English: singular for exactly one
        one = abs(value) < 2 if lang == "fr" else value == 1
        return t("model.units_one" if one else "model.units_many", value=text)
