"""An arena: the floor the robot drives on and the walls it bumps into.

An :class:`Arena` is described with shapely geometry, in centimetres: walls and
obstacles (anything the robot collides with and its proximity sensors see), and
marks painted on the floor (black lines, grey zones) that its ground sensors see.
Ready-made arenas (line tracks, mazes, obstacle fields) are in :mod:`makerkit.robot.arenas`.

Before a simulation the arena is turned once into fast lookup tables: the walls into
an array of segments, the floor into an image of what the ground sensors read.

>>> from shapely.geometry import box
>>> arena = Arena(100, 60, walls=[box(70, 0, 72, 60)], name="wall")
>>> arena.segments.shape
(8, 4)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

import numpy as np

__all__ = ["Arena", "Pose"]

# The floor image has one pixel per PIXEL_CM (2 mm), finer than the sensor's spot.
PIXEL_CM = 0.2


@dataclass(frozen=True)
class Pose:
    """Where the robot is: the middle of its wheel axle (cm) and its heading (degrees, 0 = +x)."""

    x_cm: float
    y_cm: float
    heading_deg: float = 0.0


@dataclass
class Arena:
    """A rectangular floor ``width_cm`` × ``height_cm`` with walls, obstacles and floor marks.

    ``walls``: shapely geometries the robot cannot go through (polygons or lines), or
    ``(geometry, reflectance)`` pairs for coloured walls (0 black … 1 white, the default):
    the proximity sensors see a black wall only when very close.
    ``floor``: ``(geometry, reflectance)`` pairs painted on a white floor, 0 = black tape,
    0.5 = grey, 1 = white. ``zones``: named polygons used to score (a finish, a parking spot).
    ``border``: whether the edges of the floor are walls. ``movers``: things that move
    (:class:`~makerkit.robot.movers.Mover`: a hand, a second robot).
    """

    width_cm: float
    height_cm: float
    walls: list[Any] = field(default_factory=list)
    floor: list[tuple[Any, float]] = field(default_factory=list)
    zones: dict[str, Any] = field(default_factory=dict)
    start: Pose = Pose(15.0, 15.0, 0.0)
    name: str = "arena"
    border: bool = True
    line: Any = None  # the centre line of a track, to measure progress along it
    info: dict[str, Any] = field(default_factory=dict)
    movers: list[Any] = field(default_factory=list)  # hands, robots … (makerkit.robot.movers)

    def __post_init__(self) -> None:
        shapes, reflectance = [], []
        for wall in self.walls:
            if isinstance(wall, tuple):
                shapes.append(wall[0])
                reflectance.append(float(wall[1]))
            else:
                shapes.append(wall)
                reflectance.append(1.0)
        self.walls = shapes
        self.wall_reflectance = reflectance

    @classmethod
    def named(cls, name: str, seed: int = 0) -> Arena:
        """A ready-made arena by name (see :data:`makerkit.robot.arenas.ARENAS`).

        >>> Arena.named("oval").name
        'oval'
        """
        from makerkit.errors import RobotError
        from makerkit.robot.arenas import ARENAS

        if name not in ARENAS:
            raise RobotError("robot.unknown_arena", name=name, valid=", ".join(ARENAS))
        return ARENAS[name](seed=seed)

    # -- precomputed tables -------------------------------------------------------------

    @cached_property
    def segments(self) -> np.ndarray:
        """Every wall edge as a row ``x0, y0, x1, y1`` (cm)."""
        return self._segment_table[0]

    @cached_property
    def segment_reflectance(self) -> np.ndarray:
        """The reflectance of the wall each of :attr:`segments` belongs to (0 black … 1 white)."""
        return self._segment_table[1]

    @cached_property
    def _segment_table(self) -> tuple[np.ndarray, np.ndarray]:
        from shapely import get_coordinates
        from shapely.geometry import box

        rows: list[np.ndarray] = []
        colours: list[np.ndarray] = []
        shapes = list(zip(self.walls, self.wall_reflectance, strict=True))
        if self.border:
            shapes.append((box(0, 0, self.width_cm, self.height_cm).exterior, 1.0))
        for shape, reflectance in shapes:
            for ring in _lines_of(shape):
                pts = get_coordinates(ring)
                if len(pts) >= 2:
                    rows.append(np.hstack([pts[:-1], pts[1:]]))
                    colours.append(np.full(len(pts) - 1, reflectance))
        if not rows:
            return np.zeros((0, 4)), np.zeros(0)
        seg = np.vstack(rows).astype(np.float64)
        keep = np.hypot(seg[:, 2] - seg[:, 0], seg[:, 3] - seg[:, 1]) > 1e-9
        return np.ascontiguousarray(seg[keep]), np.concatenate(colours)[keep]

    @cached_property
    def segment_boxes(self) -> np.ndarray:
        """Bounding box of each segment: ``xmin, ymin, xmax, ymax``."""
        s = self.segments
        return np.column_stack(
            [
                np.minimum(s[:, 0], s[:, 2]),
                np.minimum(s[:, 1], s[:, 3]),
                np.maximum(s[:, 0], s[:, 2]),
                np.maximum(s[:, 1], s[:, 3]),
            ]
        )

    @cached_property
    def reflectance(self) -> np.ndarray:
        """The floor as an image of reflectance (0 black … 1 white), row 0 at y = 0."""
        from PIL import Image, ImageDraw

        w = max(1, int(np.ceil(self.width_cm / PIXEL_CM)))
        h = max(1, int(np.ceil(self.height_cm / PIXEL_CM)))
        img = Image.new("L", (w, h), 255)
        draw = ImageDraw.Draw(img)
        for shape, value in self.floor:
            level = int(round(255 * float(value)))
            for poly in _polygons_of(shape):
                draw.polygon(_pixels(poly.exterior.coords), fill=level)
                for hole in poly.interiors:
                    draw.polygon(_pixels(hole.coords), fill=255)
        return np.asarray(img, dtype=np.float32) / 255.0

    @cached_property
    def blocked(self) -> Any:
        """All walls and obstacles as one shapely geometry (for pictures and checks)."""
        from shapely import unary_union

        return unary_union([w for w in self.walls]) if self.walls else None

    def is_free(self, x_cm: float, y_cm: float, clearance_cm: float = 0.0) -> bool:
        """Whether the point is on the floor and at least ``clearance_cm`` from every wall.

        >>> Arena(50, 50).is_free(25, 25, 10), Arena(50, 50).is_free(2, 25, 10)
        (True, False)
        """
        from makerkit.robot.sensors import distance_to_segments

        if not (0 <= x_cm <= self.width_cm and 0 <= y_cm <= self.height_cm):
            return False
        d = distance_to_segments(np.array([[x_cm, y_cm]]), self.segments)
        return bool(d.size == 0 or d.min() >= clearance_cm)

    def describe(self) -> str:
        """A sentence for the alt text of pictures."""
        from makerkit.i18n import number, t

        return t(
            "robot.arena_alt",
            name=self.name,
            width_cm=number(self.width_cm, 1),
            height_cm=number(self.height_cm, 1),
            walls=len(self.walls),
            count=len(self.walls),
        )


def _lines_of(shape: Any) -> list[Any]:
    """The outlines of a geometry: rings of polygons, lines as they are."""
    kind = shape.geom_type
    if kind == "Polygon":
        return [shape.exterior, *shape.interiors]
    if kind in ("LineString", "LinearRing"):
        return [shape]
    if hasattr(shape, "geoms"):
        out: list[Any] = []
        for g in shape.geoms:
            out += _lines_of(g)
        return out
    return []


def _polygons_of(shape: Any) -> list[Any]:
    if shape.geom_type == "Polygon":
        return [shape]
    if hasattr(shape, "geoms"):
        out: list[Any] = []
        for g in shape.geoms:
            out += _polygons_of(g)
        return out
    return []


def _pixels(coords: Any) -> list[tuple[float, float]]:
    return [(x / PIXEL_CM, y / PIXEL_CM) for x, y in coords]
