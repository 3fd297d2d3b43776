"""Flat shapes (2D), in millimetres: outlines to offset, combine and pull up into solids.

A :class:`Shape` is what a cookie cutter, a coaster or a sign starts from: made from points
(:func:`polygon`), a regular polygon, a :func:`star`, a :func:`heart`, a :func:`circle`, a
:func:`rectangle`, or a drawing (:func:`~makerkit.model.svg.svg_shape`). Shapes combine like
solids (``+`` join, ``-`` cut, ``&`` common part), grow or shrink with :meth:`Shape.offset`
and become solids with :meth:`Shape.extrude`. Every shape is made around (0, 0): the centre
of its circle for a circle, a regular polygon or a star, the middle of its box otherwise.

>>> outline = star(5, 40)
>>> wall = outline.offset(1.2) - outline          # a 1.2 mm band around the star
>>> cutter = wall.extrude(15)
>>> cutter.is_closed, cutter.size_mm[2]
(True, 15.0)
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import manifold3d
import numpy as np

from makerkit.errors import ModelError

__all__ = ["Shape", "polygon", "regular_polygon", "circle", "rectangle", "star", "heart"]


class Shape:
    """A flat shape in millimetres (x, y), made of one or more outlines, possibly with holes.

    >>> (rectangle(20, 10) - circle(4)).area_mm2 > 180
    True
    """

    __slots__ = ("_section",)

    def __init__(self, section: manifold3d.CrossSection) -> None:
        self._section = section

    # ----- measures -----------------------------------------------------------------
    @property
    def area_mm2(self) -> float:
        """The area in square millimetres."""
        return float(self._section.area())

    @property
    def bounds_mm(self) -> tuple[tuple[float, float], tuple[float, float]]:
        """Lowest and highest corner of the box around the shape: ``((x, y), (x, y))``."""
        x0, y0, x1, y1 = self._section.bounds() if not self.is_empty else (0, 0, 0, 0)
        return (round(float(x0), 6), round(float(y0), 6)), (
            round(float(x1), 6),
            round(float(y1), 6),
        )

    @property
    def size_mm(self) -> tuple[float, float]:
        """Width (x) and depth (y) in mm.

        >>> circle(10).size_mm
        (10.0, 10.0)
        """
        (x0, y0), (x1, y1) = self.bounds_mm
        return round(x1 - x0, 6), round(y1 - y0, 6)

    @property
    def is_empty(self) -> bool:
        """True when nothing is left (a cut larger than the shape)."""
        return bool(self._section.is_empty())

    def points(self) -> list[np.ndarray]:
        """The outlines as arrays of (x, y) points: outer ones anticlockwise, holes clockwise."""
        return [np.asarray(p, dtype=float) for p in self._section.to_polygons()]

    @property
    def about(self) -> str:
        """What this shape is, in a sentence (its alt text).

        >>> from makerkit.i18n import language
        >>> with language("en"):
        ...     rectangle(20, 10).about
        'A flat shape of 20 × 10 mm (200 mm²).'
        """
        from makerkit.i18n import t
        from makerkit.model.words import number

        x, y = self.size_mm
        return t("model.alt_shape", x=number(x), y=number(y), area=number(self.area_mm2))

    # ----- combining ----------------------------------------------------------------
    def __add__(self, other: Shape) -> Shape:
        return Shape(self._section + _shape(other)._section)

    def __sub__(self, other: Shape) -> Shape:
        return Shape(self._section - _shape(other)._section)

    def __and__(self, other: Shape) -> Shape:
        return Shape(self._section ^ _shape(other)._section)

    def __radd__(self, other: object) -> Shape:
        return self if isinstance(other, int) and other == 0 else _shape(other) + self

    # ----- changing -----------------------------------------------------------------
    def offset(self, mm: float, *, round: bool = True) -> Shape:
        """The shape grown by ``mm`` on every side (shrunk when negative).

        Corners are rounded when growing (``round=False``: kept sharp, mitred).
        A cookie cutter's wall is ``outline.offset(1.2) - outline``.

        >>> round(rectangle(10, 10).offset(1, round=False).area_mm2)
        144
        >>> rectangle(10, 10).offset(-1).size_mm
        (8.0, 8.0)
        """
        from makerkit.model.primitives import segments_for

        d = _number("mm", mm)
        join = manifold3d.JoinType.Round if round else manifold3d.JoinType.Miter
        return Shape(
            self._section.offset(d, join, 2.0, circular_segments=segments_for(2 * abs(d) + 1))
        )

    def move(self, x: float = 0.0, y: float = 0.0) -> Shape:
        """Move by ``x``, ``y`` millimetres.

        >>> circle(10).move(x=5).bounds_mm[0]
        (0.0, -5.0)
        """
        return Shape(self._section.translate((_number("x", x), _number("y", y))))

    def rotate(self, degrees: float, *, around: Sequence[float] = (0.0, 0.0)) -> Shape:
        """Turn anticlockwise by ``degrees`` around ``around`` (default: the origin).

        >>> rectangle(20, 10).rotate(90).size_mm
        (10.0, 20.0)
        """
        cx, cy = (_number("around", v) for v in around)
        moved = self._section.translate((-cx, -cy)).rotate(_number("degrees", degrees))
        return Shape(moved.translate((cx, cy)))

    def scale(self, factor: float | Sequence[float]) -> Shape:
        """Make bigger or smaller around the origin: one factor, or ``(x, y)``.

        >>> circle(10).scale(2).size_mm
        (20.0, 20.0)
        """
        f = np.broadcast_to(np.asarray(factor, dtype=float), (2,))
        if np.any(f <= 0) or not np.all(np.isfinite(f)):
            raise ModelError("model.bad_scale", factor=factor)
        return Shape(self._section.scale(tuple(float(v) for v in f)))

    def mirror(self, axis: str = "x") -> Shape:
        """The mirror image, flipping ``"x"`` (left–right) or ``"y"`` (front–back).

        >>> heart(20).mirror("x").size_mm == heart(20).size_mm
        True
        """
        if axis not in ("x", "y"):
            raise ModelError("model.bad_axis", axis=axis)
        return Shape(self._section.mirror((1.0, 0.0) if axis == "x" else (0.0, 1.0)))

    def centred(self) -> Shape:
        """The same shape with the centre of its box on (0, 0)."""
        (x0, y0), (x1, y1) = self.bounds_mm
        return self.move(-(x0 + x1) / 2, -(y0 + y1) / 2)

    def hull(self) -> Shape:
        """The convex hull: the shape a rubber band around it would make.

        >>> (circle(10) + circle(10).move(x=20)).hull().size_mm
        (30.0, 10.0)
        """
        return Shape(self._section.hull())

    # ----- to 3D --------------------------------------------------------------------
    def extrude(self, height_mm: float = 5, *, twist_deg: float = 0, top_scale: float = 1.0):
        """Pull the shape up into a solid ``height_mm`` tall, standing on the bed.

        >>> round(rectangle(10, 10).extrude(2).volume_mm3)
        200
        """
        from makerkit.model.primitives import extrude

        return extrude(self, height_mm, twist_deg=twist_deg, top_scale=top_scale)

    def __repr__(self) -> str:
        from makerkit.i18n import number, t

        x, y = (number(v, 2) for v in self.size_mm)
        return t("model.repr.shape", x=x, y=y, area=number(self.area_mm2, None))


def _shape(value: object) -> Shape:
    if isinstance(value, Shape):
        return value
    raise ModelError("model.not_a_shape", what=type(value).__name__)


def _number(name: str, value: object) -> float:
    try:
        v = float(value)
    except (TypeError, ValueError):
        raise ModelError("model.not_a_number", name=name, value=value) from None
    if not math.isfinite(v):
        raise ModelError("model.not_a_number", name=name, value=value)
    return v


def _positive(name: str, value: object) -> float:
    v = _number(name, value)
    if v <= 0:
        raise ModelError("model.must_be_positive", name=name, value=value)
    return v


def _centred(section: manifold3d.CrossSection) -> Shape:
    if section.is_empty() or section.area() <= 0:
        raise ModelError("model.bad_outline")
    return Shape(section).centred()


def polygon(points: Any) -> Shape:
    """A shape from its corners ``[(x, y), …]`` (or several outlines: the inner ones are holes).

    >>> polygon([(0, 0), (30, 0), (0, 20)]).area_mm2
    300.0
    """
    from makerkit.model.primitives import outline

    return Shape(outline(points))


def regular_polygon(sides: int = 6, diameter_mm: float = 20) -> Shape:
    """A polygon with ``sides`` equal sides, its corners on a circle ``diameter_mm`` across.

    >>> regular_polygon(6, 20).size_mm
    (20.0, 17.320508)
    """
    if not isinstance(sides, int) or sides < 3:
        raise ModelError("model.bad_sides", sides=sides)
    r = _positive("diameter_mm", diameter_mm) / 2
    angles = np.radians(np.arange(sides) * 360.0 / sides)
    return Shape(manifold3d.CrossSection([np.c_[r * np.cos(angles), r * np.sin(angles)]]))


def circle(diameter_mm: float = 10, *, segments: int | None = None) -> Shape:
    """A disc ``diameter_mm`` across.

    >>> round(circle(10).area_mm2, 1)             # many straight sides: a hair under π r²
    78.2
    """
    from makerkit.model.primitives import segments_for

    d = _positive("diameter_mm", diameter_mm)
    return Shape(manifold3d.CrossSection.circle(d / 2, segments or segments_for(d)))


def rectangle(width_mm: float = 20, depth_mm: float = 10, *, radius_mm: float = 0) -> Shape:
    """A rectangle, its corners rounded with ``radius_mm`` (0: sharp).

    >>> rectangle(20, 10, radius_mm=2).size_mm
    (20.0, 10.0)
    """
    from makerkit.model.primitives import segments_for

    w, d = _positive("width_mm", width_mm), _positive("depth_mm", depth_mm)
    if not radius_mm:
        return Shape(manifold3d.CrossSection.square((w, d), center=True))
    r = _positive("radius_mm", radius_mm)
    if 2 * r >= min(w, d):
        raise ModelError("model.radius_too_big", radius_mm=radius_mm, limit_mm=min(w, d) / 2)
    core = manifold3d.CrossSection.square((w - 2 * r, d - 2 * r), center=True)
    return Shape(core.offset(r, manifold3d.JoinType.Round, circular_segments=segments_for(2 * r)))


def star(points: int = 5, diameter_mm: float = 40, inner_diameter_mm: float | None = None) -> Shape:
    """A star with ``points`` tips on a circle ``diameter_mm`` across.

    The notches between tips are on a circle ``inner_diameter_mm`` across (by default, that
    of a regular five-pointed star: 38 % of the outer one).

    >>> s = star(5, 40)
    >>> round(s.size_mm[1], 1), len(s.points()[0])
    (36.2, 10)
    """
    if not isinstance(points, int) or points < 3:
        raise ModelError("model.bad_sides", sides=points)
    outer = _positive("diameter_mm", diameter_mm) / 2
    if inner_diameter_mm is None:
        inner = outer * 0.382
    else:
        inner = _positive("inner_diameter_mm", inner_diameter_mm) / 2
        if inner >= outer:
            raise ModelError("model.star_inner", inner_mm=inner_diameter_mm, outer_mm=diameter_mm)
    angles = np.radians(90.0 + np.arange(2 * points) * 180.0 / points)
    radii = np.where(np.arange(2 * points) % 2 == 0, outer, inner)
    ring = np.c_[radii * np.cos(angles), radii * np.sin(angles)]
    return Shape(manifold3d.CrossSection([ring]))


def heart(width_mm: float = 30, *, segments: int = 96) -> Shape:
    """A heart ``width_mm`` wide (the classic curve x = 16 sin³t, y = 13 cos t − 5 cos 2t − …).

    >>> h = heart(30)
    >>> h.size_mm[0]
    30.0
    """
    w = _positive("width_mm", width_mm)
    t = np.linspace(0.0, 2 * np.pi, int(segments), endpoint=False)
    x = 16 * np.sin(t) ** 3
    y = 13 * np.cos(t) - 5 * np.cos(2 * t) - 2 * np.cos(3 * t) - np.cos(4 * t)
    ring = np.c_[x, y] * (w / 32.0)
    return _centred(manifold3d.CrossSection([ring[::-1] if _clockwise(ring) else ring]))


def _clockwise(ring: np.ndarray) -> bool:
    x, y = ring[:, 0], ring[:, 1]
    return float(np.sum(x * np.roll(y, -1) - np.roll(x, -1) * y)) < 0
