"""How much plastic a line holds, how much filament that takes, and what it weighs: the one
place makerkit works these out (the slicer, the design-by-points API, the writer and the
simulator all ask here).

A printed line's cross-section is a rectangle with half-round ends (the model PrusaSlicer
uses): as wide as the line, as high as the layer, its sides rounded. Two neighbours touch
closer than one width, at :func:`line_spacing_mm`.

>>> round(line_area_mm2(0.45, 0.2), 4), round(line_spacing_mm(0.45, 0.2), 3)
(0.0814, 0.407)
>>> round(filament_for_line_mm(100, 0.45, 0.2), 3), round(grams(1000), 2)
(3.385, 2.98)
"""

from __future__ import annotations

import math
from typing import Any

__all__ = [
    "FILAMENT_DIAMETER_MM",
    "PLA_DENSITY_G_CM3",
    "default_line_width_mm",
    "line_area_mm2",
    "line_spacing_mm",
    "filament_area_mm2",
    "filament_for_line_mm",
    "grams",
]

FILAMENT_DIAMETER_MM = 1.75  # when no material says otherwise
PLA_DENSITY_G_CM3 = 1.24
# PrusaSlicer's default extrusion widths: 1.125 x the nozzle, 1.05 x on the first layer
WIDTH_PER_NOZZLE = 1.125
FIRST_LAYER_WIDTH_PER_NOZZLE = 1.05


def default_line_width_mm(nozzle_mm: float = 0.4, first_layer: bool = False) -> float:
    """The line width makerkit prints with a nozzle of ``nozzle_mm``, mm.

    >>> default_line_width_mm(0.4), default_line_width_mm(0.4, first_layer=True)
    (0.45, 0.42)
    """
    factor = FIRST_LAYER_WIDTH_PER_NOZZLE if first_layer else WIDTH_PER_NOZZLE
    return round(factor * float(nozzle_mm), 3)


def line_area_mm2(width_mm: Any, height_mm: Any) -> Any:
    """Cross-section of one line of plastic, mm² (works on numpy arrays too)."""
    return (width_mm - height_mm) * height_mm + math.pi * (height_mm / 2) ** 2


def line_spacing_mm(width_mm: Any, height_mm: Any) -> Any:
    """Centre-to-centre distance of touching lines (their rounded sides overlap), mm."""
    return width_mm - height_mm * (1 - math.pi / 4)


def filament_area_mm2(diameter_mm: float = FILAMENT_DIAMETER_MM) -> float:
    """Cross-section of the filament, mm²."""
    return math.pi * (float(diameter_mm) / 2) ** 2


def filament_for_line_mm(
    length_mm: Any, width_mm: Any, height_mm: Any, diameter_mm: float = FILAMENT_DIAMETER_MM
) -> Any:
    """Filament that fills a line of this length, width and height, mm."""
    return length_mm * line_area_mm2(width_mm, height_mm) / filament_area_mm2(diameter_mm)


def grams(
    filament_mm: float,
    diameter_mm: float = FILAMENT_DIAMETER_MM,
    density_g_cm3: float = PLA_DENSITY_G_CM3,
) -> float:
    """The weight of ``filament_mm`` of filament, grams."""
    return float(filament_mm) * filament_area_mm2(diameter_mm) / 1000.0 * float(density_g_cm3)
