"""Slice settings: what a learner may change, checked before anything is sliced.

>>> s = SliceSettings(layer_height_mm=0.2, infill_percent=15)
>>> s.infill_pattern, s.walls, s.adhesion
('grid', 2, 'skirt')
>>> s.with_overrides(walls=3).walls
3
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace
from typing import Any

from makerkit.errors import SliceError

__all__ = ["SliceSettings", "INFILL_PATTERNS", "ADHESIONS", "SEAMS"]

INFILL_PATTERNS = ("lines", "grid", "triangles")
# the most of each count or distance a print can sensibly use
_LIMITS = {
    "walls": 20,
    "top_layers": 100,
    "bottom_layers": 100,
    "skirt_loops": 20,
    "skirt_distance_mm": 50.0,
    "brim_width_mm": 50.0,
}
ADHESIONS = ("skirt", "brim", "none")
SEAMS = ("rear", "nearest", "random")


@dataclass(frozen=True)
class SliceSettings:
    """Everything the slicer needs to know besides the printer and the material.

    Speeds left at ``None`` come from the printer's profile.
    """

    layer_height_mm: float = 0.2
    first_layer_height_mm: float = 0.2
    walls: int = 2
    top_layers: int = 4
    bottom_layers: int = 4
    infill_percent: float = 20.0
    infill_pattern: str = "grid"
    adhesion: str = "skirt"
    skirt_distance_mm: float = 3.0
    skirt_loops: int = 1
    brim_width_mm: float = 5.0
    supports: bool = False
    support_angle_deg: float = 55.0
    support_percent: float = 15.0
    vase: bool = False
    line_width_mm: float | None = None
    first_layer_speed_mm_s: float | None = None
    wall_speed_mm_s: float | None = None
    infill_speed_mm_s: float | None = None
    travel_speed_mm_s: float | None = None
    retraction: bool = True
    seam: str = "rear"
    cooling: bool = True

    def with_overrides(self, **overrides: Any) -> SliceSettings:
        """A copy with some settings changed (unknown names are refused)."""
        names = {f.name for f in fields(self)}
        for key in overrides:
            if key not in names:
                raise SliceError(
                    "slicing.unknown_setting", name=key, valid=", ".join(sorted(names))
                )
        return replace(self, **overrides)

    def as_dict(self) -> dict[str, Any]:
        """The settings as a plain dictionary (for G-code headers and JSON)."""
        return asdict(self)

    def check(self, nozzle_mm: float) -> SliceSettings:
        """Refuse settings a printer cannot do, saying which value to change."""
        limit = 0.8 * nozzle_mm
        for name in ("layer_height_mm", "first_layer_height_mm"):
            value = float(getattr(self, name))
            if not value > 0:
                raise SliceError("slicing.layer_height_not_positive", value=value)
            if value > limit + 1e-9:
                raise SliceError(
                    "slicing.layer_too_thick", value=value, nozzle=nozzle_mm, limit=round(limit, 2)
                )
        if not 0 <= float(self.infill_percent) <= 100:
            raise SliceError("slicing.bad_infill", value=self.infill_percent)
        for name in ("walls", "top_layers", "bottom_layers", "skirt_loops"):
            value = getattr(self, name)
            if int(value) != value or value < 0:
                raise SliceError("slicing.bad_count", name=name, value=value)
        if self.walls < 1 and not self.vase:
            raise SliceError("slicing.bad_count", name="walls", value=self.walls)
        # beyond these, a setting is a typing slip, and slicing it would take hours
        for name, limit in _LIMITS.items():
            value = float(getattr(self, name))
            if not value <= limit:
                raise SliceError("slicing.too_many", name=name, value=value, limit=limit)
        if self.infill_pattern not in INFILL_PATTERNS:
            raise SliceError(
                "slicing.bad_pattern", value=self.infill_pattern, valid=", ".join(INFILL_PATTERNS)
            )
        if self.seam not in SEAMS:
            raise SliceError("slicing.bad_seam", value=self.seam, valid=", ".join(SEAMS))
        if self.adhesion not in ADHESIONS:
            raise SliceError(
                "slicing.bad_adhesion", value=self.adhesion, valid=", ".join(ADHESIONS)
            )
        if not 0 < float(self.support_angle_deg) < 90:
            raise SliceError("slicing.bad_support_angle", value=self.support_angle_deg)
        if self.line_width_mm is not None and not (
            0.6 * nozzle_mm <= self.line_width_mm <= 2 * nozzle_mm
        ):
            raise SliceError("slicing.bad_line_width", value=self.line_width_mm, nozzle=nozzle_mm)
        for f in fields(self):
            if f.name.endswith("_speed_mm_s"):
                value = getattr(self, f.name)
                if value is not None and not 1 <= value <= 1000:
                    raise SliceError("slicing.bad_speed", name=f.name, value=value)
        return self
