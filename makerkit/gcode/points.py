"""Design by points: draw with the nozzle, point by point, and see every step.

A :class:`Drawing` is a plain list of steps a learner can print and read ("1. travel to
X = 10 mm, Y = 10 mm", "2. print a line to …"). Shapes (square, circle, polygon) only add
points. The drawing becomes a :class:`~makerkit.gcode.toolpath.Toolpath` (feature
``drawing``) that goes through the same writer, simulator, checker and pictures as a slice.

>>> d = Drawing("prusa-mini")
>>> d.move_to(60, 60)
>>> d.line_to(80, 60)
>>> d.line_to(80, 80)
>>> print(d)
1. Travel (no plastic) to X = 60 mm, Y = 60 mm, Z = 0.2 mm.
2. Print a line to X = 80 mm, Y = 60 mm, Z = 0.2 mm.
3. Print a line to X = 80 mm, Y = 80 mm, Z = 0.2 mm.
>>> tp = d.toolpath()
>>> len(tp), round(float(tp.extrusion_mm), 3)
(3, 1.354)
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from makerkit.gcode.extrusion import default_line_width_mm, filament_for_line_mm
from makerkit.gcode.guard import finite_number, speed_in_range
from makerkit.gcode.toolpath import FEATURE_CODES, Toolpath
from makerkit.i18n import number, t

__all__ = ["Drawing", "Step", "spiral_vase"]

MAX_POINTS_PER_SHAPE = 10_000  # a circle of 10,000 sides is already smoother than a nozzle
MAX_VASE_SIDES = 360


def _num(v: float) -> str:
    return number(v, 2)


@dataclass(frozen=True)
class Step:
    """One step of a drawing: ``"travel"`` or ``"print"`` to ``(x, y, z)``."""

    kind: str
    x: float
    y: float
    z: float

    def __str__(self) -> str:
        return t(f"gcode.points_{self.kind}", x=_num(self.x), y=_num(self.y), z=_num(self.z))


class Drawing:
    """A list of nozzle steps, drawn layer by layer.

    ``printer`` and ``material`` set the bed (the default start is its centre), the
    filament diameter and what :meth:`gcode` writes.
    """

    def __init__(
        self,
        printer: Any = "prusa-mk4",
        material: Any = "pla",
        layer_height_mm: float = 0.2,
        line_width_mm: float | None = None,
        speed_mm_s: float = 25.0,
        travel_speed_mm_s: float = 100.0,
    ) -> None:
        from makerkit.errors import GcodeError
        from makerkit.printers import get_material, get_printer

        layer_height_mm = finite_number("layer_height_mm", layer_height_mm)
        if line_width_mm is None:  # the width makerkit's slicer prints with on this nozzle
            line_width_mm = default_line_width_mm(get_printer(printer).nozzle_mm)
        line_width_mm = finite_number("line_width_mm", line_width_mm)
        if not 0.05 <= layer_height_mm <= 1.0:
            raise GcodeError(
                "gcode.points_bad_value", name="layer_height_mm", value=layer_height_mm
            )
        if not 0.1 <= line_width_mm <= 2.0:
            raise GcodeError("gcode.points_bad_value", name="line_width_mm", value=line_width_mm)
        self.printer = get_printer(printer)
        self.material = get_material(material)
        self.layer_height_mm = float(layer_height_mm)
        self.line_width_mm = float(line_width_mm)
        self.speed_mm_s = speed_in_range("speed_mm_s", speed_mm_s, self.printer)
        self.travel_speed_mm_s = speed_in_range(
            "travel_speed_mm_s", travel_speed_mm_s, self.printer
        )
        self.steps: list[Step] = []
        self.z = self.layer_height_mm
        self._layer_start = 0

    # --- adding steps ----------------------------------------------------------------

    @property
    def centre(self) -> tuple[float, float]:
        """The middle of the printer's bed, ``(x, y)`` in mm."""
        return self.printer.bed_mm[0] / 2, self.printer.bed_mm[1] / 2

    def move_to(self, x: float, y: float) -> None:
        """Go to ``(x, y)`` without printing."""
        self.steps.append(Step("travel", finite_number("x", x), finite_number("y", y), self.z))

    def line_to(self, x: float, y: float) -> None:
        """Print a straight line from where the nozzle is to ``(x, y)``."""
        x, y = finite_number("x", x), finite_number("y", y)
        if not self.steps:
            self.move_to(*self.centre)
        self.steps.append(Step("print", x, y, self.z))

    def polygon(self, points: Iterable[Sequence[float]], closed: bool = True) -> None:
        """Travel to the first point, then print through the others (and back if ``closed``)."""
        pts = [(float(p[0]), float(p[1])) for p in points]
        if not pts:
            return
        self.move_to(*pts[0])
        for p in pts[1:]:
            self.line_to(*p)
        if closed and len(pts) > 2:
            self.line_to(*pts[0])

    def rectangle(self, x: float, y: float, width_mm: float, depth_mm: float) -> None:
        """A rectangle with its lower-left corner at ``(x, y)``."""
        self.polygon([(x, y), (x + width_mm, y), (x + width_mm, y + depth_mm), (x, y + depth_mm)])

    def square(self, x: float, y: float, size_mm: float) -> None:
        """A square with its lower-left corner at ``(x, y)``."""
        self.rectangle(x, y, size_mm, size_mm)

    def circle(self, x: float, y: float, radius_mm: float, points: int = 60) -> None:
        """A circle around ``(x, y)``, drawn with ``points`` straight lines."""
        radius_mm = finite_number("radius_mm", radius_mm, 0.0)
        points = int(finite_number("points", points, 3, MAX_POINTS_PER_SHAPE))
        a = np.linspace(0, 2 * np.pi, points, endpoint=False)
        self.polygon(np.column_stack([x + radius_mm * np.cos(a), y + radius_mm * np.sin(a)]))

    def star(self, x: float, y: float, radius_mm: float, tips: int = 5) -> None:
        """A star around ``(x, y)`` with ``tips`` points."""
        radius_mm = finite_number("radius_mm", radius_mm, 0.0)
        tips = int(finite_number("tips", tips, 2, MAX_POINTS_PER_SHAPE // 2))
        a = np.linspace(0, 2 * np.pi, 2 * tips, endpoint=False) + np.pi / 2
        r = np.where(np.arange(2 * tips) % 2 == 0, radius_mm, radius_mm * 0.45)
        self.polygon(np.column_stack([x + r * np.cos(a), y + r * np.sin(a)]))

    def next_layer(self) -> None:
        """Go up one layer: the next steps print on top of the ones before."""
        z = round(self.z + self.layer_height_mm, 6)
        if z > self.printer.height_mm:
            from makerkit.errors import GcodeError

            raise GcodeError(
                "gcode.points_too_tall",
                z=z,
                height=self.printer.height_mm,
                printer=self.printer.name,
            )
        self.z = z
        self._layer_start = len(self.steps)

    def repeat_layer(self, times: int = 1) -> None:
        """Print the steps of the current layer again, ``times`` more layers up."""
        layer = self.steps[self._layer_start :]
        times = int(finite_number("times", times, 0, self.printer.height_mm / self.layer_height_mm))
        for _ in range(times):
            self.next_layer()
            self.steps.extend(Step(s.kind, s.x, s.y, self.z) for s in layer)

    # --- looking ---------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self.steps)

    def __str__(self) -> str:
        return "\n".join(f"{i}. {s}" for i, s in enumerate(self.steps, start=1))

    def __repr__(self) -> str:
        return t(
            "gcode.repr.drawing",
            steps=number(len(self.steps), 0, unit="core.unit.step"),
            layers=number(self.layers, 0, unit="core.unit.layer"),
            printer=self.printer.name,
        )

    @property
    def layers(self) -> int:
        return len({s.z for s in self.steps})

    # --- turning into a print ---------------------------------------------------------

    def toolpath(self) -> Toolpath:
        """The drawing as a :class:`Toolpath` (printing moves are feature ``drawing``)."""
        if not self.steps:
            return Toolpath.empty(start=(*self.centre, self.layer_height_mm))
        xyz = np.array([(s.x, s.y, s.z) for s in self.steps], float)
        printing = np.array([s.kind == "print" for s in self.steps])
        start = xyz[0] if not printing[0] else np.array([*self.centre, self.layer_height_mm])
        prev = np.vstack([start[None, :], xyz[:-1]])
        length = np.linalg.norm(xyz - prev, axis=1)
        diameter = float(self.material.data.get("diameter_mm", 1.75))
        e = np.where(
            printing,
            filament_for_line_mm(length, self.line_width_mm, self.layer_height_mm, diameter),
            0.0,
        )
        zs = np.unique(xyz[:, 2])
        layer = np.searchsorted(zs, xyz[:, 2]).astype(np.int32)
        return Toolpath(
            x=xyz[:, 0],
            y=xyz[:, 1],
            z=xyz[:, 2],
            e=e,
            speed_mm_s=np.where(printing, self.speed_mm_s, self.travel_speed_mm_s),
            feature=np.where(printing, FEATURE_CODES["drawing"], FEATURE_CODES["travel"]).astype(
                np.int8
            ),
            layer=layer,
            line=np.zeros(len(xyz), np.int32),
            start=tuple(start),
            meta={"layer_height_mm": self.layer_height_mm, "made_by": "Drawing"},
        )

    def gcode(self, title: str = "drawing") -> str:
        """G-code for the printer (through makerkit's writer, which refuses unsafe moves)."""
        from makerkit.gcode.simulate import estimate
        from makerkit.gcode.writer import write_gcode

        tp = self.toolpath()
        return write_gcode(
            tp,
            self.printer,
            self.material,
            title=title,
            estimate=estimate(tp, self.printer, self.material),
        )

    def estimate(self):
        """Time and filament (see :func:`makerkit.gcode.simulate.estimate`)."""
        from makerkit.gcode.simulate import estimate

        return estimate(self.toolpath(), self.printer, self.material)

    def plot(self, layer: int | None = None, view: str = "2d"):
        """A picture of the drawing, with its alt text."""
        from makerkit.gcode.plot import plot_toolpath

        return plot_toolpath(self.toolpath(), layer=layer, view=view, printer=self.printer)

    def check(self):
        """Check the G-code the drawing makes, as a facilitator would before printing."""
        from makerkit.gcode.safety import check_gcode

        return check_gcode(self.gcode(), self.printer, self.material)


def spiral_vase(
    printer: Any = "prusa-mk4",
    radius_mm: float = 20.0,
    height_mm: float = 30.0,
    material: Any = "pla",
    layer_height_mm: float = 0.2,
    line_width_mm: float | None = None,
    sides: int = 64,
    twist_deg: float = 0.0,
    wave_mm: float = 0.0,
    waves: int = 6,
    bottom: bool = True,
    speed_mm_s: float = 20.0,
    centre: Sequence[float] | None = None,
) -> Toolpath:
    """A vase printed as one continuous spiral (the nozzle rises a little at every point).

    ``sides`` points per turn (6 makes a hexagonal vase), ``twist_deg`` turns the shape a
    little more at each layer, ``wave_mm`` and ``waves`` make a wavy wall, ``bottom`` fills
    the first layer with rings.

    >>> tp = spiral_vase("prusa-mini", radius_mm=15, height_mm=10)
    >>> tp.layer_count, round(float(tp.z.max()), 2), tp.feature_name(len(tp) - 1)
    (49, 10.0, 'drawing')
    """
    from makerkit.errors import GcodeError
    from makerkit.printers import get_printer

    if isinstance(printer, int | float):  # spiral_vase(20): the radius given first
        raise GcodeError("gcode.points_printer_first", value=printer)
    prn = get_printer(printer)
    radius_mm = finite_number("radius_mm", radius_mm, 0.0, max(prn.bed_mm[:2]))
    height_mm = finite_number("height_mm", height_mm, 0.0, prn.height_mm)
    sides = int(finite_number("sides", sides, 3, MAX_VASE_SIDES))
    twist_deg = finite_number("twist_deg", twist_deg, -360.0, 360.0)
    wave_mm = finite_number("wave_mm", wave_mm, 0.0, radius_mm)
    waves = int(finite_number("waves", waves, 0, sides))
    d = Drawing(prn, material, layer_height_mm, line_width_mm, speed_mm_s)
    line_width_mm = d.line_width_mm
    if radius_mm <= line_width_mm or height_mm < layer_height_mm:
        raise GcodeError("gcode.points_bad_vase", radius_mm=radius_mm, height_mm=height_mm)
    cx, cy = centre if centre is not None else d.centre
    if bottom:
        ring = radius_mm - line_width_mm
        while ring > line_width_mm:
            d.circle(cx, cy, ring, points=max(12, int(sides * ring / radius_mm)))
            ring -= line_width_mm
    z0 = layer_height_mm * (2 if bottom else 1)  # the spiral starts on top of the bottom
    turns = max(1, int(round((height_mm - z0) / layer_height_mm)))
    k = np.arange(turns * sides + 1)
    angle = 2 * np.pi * k / sides + np.radians(twist_deg) * k / sides
    r = radius_mm + wave_mm * np.sin(waves * 2 * np.pi * k / sides)
    z = z0 + (max(height_mm, z0) - z0) * k / (turns * sides)
    x, y = cx + r * np.cos(angle), cy + r * np.sin(angle)
    d.move_to(x[0], y[0])
    tp_base = d.toolpath() if d.steps else None
    diameter = float(d.material.data.get("diameter_mm", 1.75))
    px = np.concatenate(([x[0]], x[:-1]))
    py = np.concatenate(([y[0]], y[:-1]))
    seg = np.hypot(x - px, y - py)
    e = filament_for_line_mm(seg, d.line_width_mm, layer_height_mm, diameter)
    layer = (1 if bottom else 0) + np.minimum(k // sides, turns - 1)
    spiral = Toolpath(
        x=x[1:],
        y=y[1:],
        z=z[1:],
        e=e[1:],
        speed_mm_s=np.full(len(k) - 1, float(speed_mm_s)),
        feature=np.full(len(k) - 1, FEATURE_CODES["drawing"], np.int8),
        layer=layer[1:].astype(np.int32),
        line=np.zeros(len(k) - 1, np.int32),
        start=(x[0], y[0], z[0]),
    )
    meta = {"layer_height_mm": layer_height_mm, "made_by": "spiral_vase", "printer": prn.id}
    if tp_base is None:
        spiral.meta.update(meta)
        return spiral
    return Toolpath.concat([tp_base, spiral], meta=meta)
