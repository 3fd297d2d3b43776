"""What slicing gives back: layers a learner can look at, the nozzle path, G-code, estimate.

>>> import trimesh
>>> from makerkit.slicing import slice
>>> r = slice(trimesh.creation.box((10, 10, 2)), printer="prusa-mini", adhesion="none")
>>> r.layers[0]
<Layer 0 at z = 0.2 mm: 1 island, 2 walls, solid skin>
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import numpy as np
import shapely

from makerkit.gcode.toolpath import Toolpath
from makerkit.printers import Material, Printer
from makerkit.slicing.settings import SliceSettings

__all__ = ["Layer", "SliceResult"]


@dataclass(frozen=True)
class Layer:
    """One layer, as shapes: what the model is there, and where each kind of line goes."""

    index: int
    z_mm: float
    height_mm: float
    islands: Any  # shapely (Multi)Polygon: the cut through the model
    walls: list[Any]  # one (Multi)Polygon per wall, outer first; its boundary is the wall
    skin: Any  # area filled solid
    infill: Any  # area filled sparse
    support: Any  # area of support
    bridge: Any = shapely.Polygon()  # skin over air, printed along the span
    support_interface: Any = shapely.Polygon()  # the dense top of the support

    @property
    def island_count(self) -> int:
        """How many separate pieces the layer has."""
        return len(shapely.get_parts(self.islands)) if not self.islands.is_empty else 0

    @property
    def area_mm2(self) -> float:
        """Area of the cut, mm²."""
        return float(self.islands.area)

    def __repr__(self) -> str:
        from makerkit.i18n import number, t

        what = []
        if not self.skin.is_empty:
            what.append("skin")
        if not self.infill.is_empty:
            what.append("infill")
        if not self.bridge.is_empty:
            what.append("bridge")
        if not self.support.is_empty or not self.support_interface.is_empty:
            what.append("support")
        walls = sum(1 for w in self.walls if not w.is_empty)
        return t(
            "slicing.repr.layer",
            index=self.index,
            z_mm=number(self.z_mm, 2),
            islands=number(self.island_count, 0, unit="core.unit.island"),
            walls=number(walls, 0, unit="core.unit.wall"),
            what="".join(", " + t(f"slicing.feature_{w}") for w in what),
        )


def _at(areas: np.ndarray | None, i: int) -> Any:
    return shapely.Polygon() if areas is None else areas[i]


@dataclass
class SliceResult:
    """A sliced model: ``layers``, ``toolpath``, ``estimate``, ``gcode`` and previews."""

    toolpath: Toolpath
    printer: Printer
    material: Material
    settings: SliceSettings
    layer_tops_mm: np.ndarray
    islands: np.ndarray
    wall_areas: list[np.ndarray]
    skin_areas: np.ndarray
    infill_areas: np.ndarray
    support_areas: np.ndarray
    notes: list[str] = field(default_factory=list)
    mesh: Any = field(default=None, repr=False)
    interface_areas: np.ndarray | None = None
    bridge_areas: np.ndarray | None = None
    plate: Any = None  # makerkit.slicing.plate.Plate: where each object of a plate went

    def __repr__(self) -> str:
        from makerkit.i18n import number, t

        return t(
            "slicing.repr.result",
            printer=self.printer.id,
            material=self.material.id,
            layers=number(len(self.layer_tops_mm), 0, unit="core.unit.layer"),
            filament_m=number(self.filament_mm / 1000, 2),
        )

    @cached_property
    def layers(self) -> list[Layer]:
        """Every layer, from the bed up."""
        tops = self.layer_tops_mm
        thick = np.diff(np.concatenate([[0.0], tops]))
        return [
            Layer(
                index=i,
                z_mm=round(float(tops[i]), 4),
                height_mm=round(float(thick[i]), 4),
                islands=self.islands[i],
                walls=[w[i] for w in self.wall_areas],
                skin=self.skin_areas[i],
                infill=self.infill_areas[i],
                support=self.support_areas[i],
                bridge=_at(self.bridge_areas, i),
                support_interface=_at(self.interface_areas, i),
            )
            for i in range(len(tops))
        ]

    @property
    def filament_mm(self) -> float:
        """Filament the whole G-code file pushes through the nozzle (purge line included), mm."""
        est = self.estimate
        if est is not None:
            return float(est.filament_mm)
        return float(self.toolpath.e.sum())  # retractions and their refills cancel out

    @property
    def filament_g(self) -> float:
        """Weight of that filament, grams."""
        from makerkit.gcode.extrusion import grams

        m = self.material
        return grams(self.filament_mm, m.diameter_mm, m.density_g_cm3)

    @cached_property
    def _draft(self) -> Any:
        from makerkit.gcode.writer import draft_gcode

        return draft_gcode(self.toolpath, self.printer, self.material, settings=self.settings)

    @cached_property
    def estimate(self) -> Any:
        """Print time and filament of the G-code file as written (start sequence included).

        The writer gives the moves of the file it writes, as any reader finds them there
        (:attr:`~makerkit.gcode.writer.GcodeDraft.toolpath`); makerkit's one simulator runs
        on them, exactly as ``makerkit gcode info`` runs on the file, so both tell the same
        time. ``None`` while :mod:`makerkit.gcode.simulate` is not part of this installation.
        """
        try:
            from makerkit.gcode.simulate import estimate
        except ImportError:
            return None
        return estimate(self._draft.toolpath, self.printer, self.material)

    @property
    def time_s(self) -> float | None:
        """Estimated print time, seconds (``None`` when no estimate is available)."""
        est = self.estimate
        return None if est is None else float(est.time_s)

    @cached_property
    def gcode(self) -> str:
        """The G-code text for the printer (its header holds the estimate of this same text)."""
        text = self._draft.text(self.estimate)
        del self._draft  # the text is kept: its parts need not be
        return text

    def save(self, path: str | Path) -> Path:
        """Write the G-code to ``path`` (a previous different version is kept as a backup)."""
        from makerkit.files import write_text

        return write_text(path, self.gcode)

    def summary(self) -> dict[str, Any]:
        """The numbers of the command line's ``--json``: layers, time, filament."""
        return {
            "layers": len(self.layer_tops_mm),
            "time_s": None if self.time_s is None else round(self.time_s, 1),
            "filament_mm": round(self.filament_mm, 1),
            "filament_g": round(self.filament_g, 2),
            "cost": round(self.filament_g / 1000 * self.material.price_per_kg, 2),
        }

    # previews live in makerkit.slicing.preview; these methods are the learner's door
    def preview(self, layer: int | None = None):
        """A picture of one layer (default: the middle one), coloured by what each line is."""
        from makerkit.slicing.preview import layer_picture

        return layer_picture(self, layer)

    def stack_view(self):
        """A picture of the layers stacked up, seen from the side and above."""
        from makerkit.slicing.preview import stack_picture

        return stack_picture(self)

    def slider(self):
        """A slider to walk through the layers in a notebook."""
        from makerkit.slicing.preview import layer_slider

        return layer_slider(self)

    def animate(self, layer: int | None = None):
        """An animation of the nozzle drawing one layer (plays offline in a notebook)."""
        from makerkit.slicing.preview import layer_animation

        return layer_animation(self, layer)
