"""Basic shapes: box, cylinder, sphere, cone, torus, prism, wedge, tube; 2D outlines made 3D.

Every shape is centred on the middle of the bed (x = 0, y = 0) and sits on it (its
lowest point at z = 0), ready to print. Sizes are in millimetres.

>>> box(20, 10, 5).size_mm
(20.0, 10.0, 5.0)
>>> cylinder(10, 20).bounds_mm[0]
(-5.0, -5.0, 0.0)
"""

from __future__ import annotations

import functools
import inspect
import math
from collections.abc import Callable, Sequence
from typing import Any

import manifold3d
import numpy as np

from makerkit.errors import ModelError
from makerkit.model.solid import Solid

__all__ = [
    "box",
    "cylinder",
    "sphere",
    "cone",
    "torus",
    "prism",
    "wedge",
    "tube",
    "extrude",
    "revolve",
    "outline",
    "segments_for",
    "openscad_names",
]

# Curves are cut into straight pieces about this long: smooth to the eye and the nozzle.
_PIECE_MM = 0.8


def segments_for(diameter_mm: float) -> int:
    """How many straight pieces make a circle of this diameter look round once printed.

    >>> segments_for(4), segments_for(20), segments_for(500)
    (24, 80, 160)
    """
    pieces = min(160, max(24, math.ceil(math.pi * diameter_mm / _PIECE_MM)))
    return int(4 * math.ceil(pieces / 4))  # a multiple of 4: exact width and depth


def _positive(name: str, value: float) -> float:
    try:
        v = float(value)
    except (TypeError, ValueError):
        raise ModelError("model.not_a_number", name=name, value=value) from None
    if not math.isfinite(v) or v <= 0:
        raise ModelError("model.must_be_positive", name=name, value=value)
    return v


def openscad_names(**aliases: tuple[str, float] | str) -> Callable:
    """Accept OpenSCAD's keyword spellings (``r=``, ``d=``, ``h=``) and answer every other
    unknown keyword with a plain message naming the function's own settings.

    ``aliases`` maps a spelling to ``(makerkit name, factor)`` (``r`` is half a diameter:
    ``("diameter_mm", 2)``) or to a catalogue key that explains what to do instead.
    """

    def wrap(func: Callable) -> Callable:
        signature = inspect.signature(func)
        names = [n for n, p in signature.parameters.items() if p.kind != p.VAR_KEYWORD]

        @functools.wraps(func)
        def call(*args: Any, **kwargs: Any) -> Any:
            for name in [k for k in kwargs if k not in signature.parameters]:
                alias = aliases.get(name)
                if isinstance(alias, str):
                    raise ModelError(alias, function=func.__name__)
                if alias is None:
                    raise ModelError(
                        "model.unknown_setting",
                        name=name,
                        function=func.__name__,
                        valid=", ".join(names),
                    )
                target, factor = alias
                if target in kwargs:
                    raise ModelError("model.setting_twice", name=name, target=target)
                value = kwargs.pop(name)
                try:
                    kwargs[target] = float(value) * factor
                except (TypeError, ValueError):
                    kwargs[target] = value  # the shape function says what is wrong with it
            try:
                signature.bind(*args, **kwargs)
            except TypeError:
                raise ModelError(
                    "model.bad_call", function=func.__name__, valid=", ".join(names)
                ) from None
            return func(*args, **kwargs)

        return call

    return wrap


_ROUND = {"r": ("diameter_mm", 2.0), "d": ("diameter_mm", 1.0), "h": ("height_mm", 1.0)}
_CENTRE = {"center": "model.openscad_center", "centre": "model.openscad_center"}


def _sits(m: manifold3d.Manifold, about: Any = None) -> Solid:
    """Centre on x, y and put on the bed."""
    x0, y0, z0, x1, y1, _ = m.bounding_box()
    return Solid(m.translate((-(x0 + x1) / 2, -(y0 + y1) / 2, -z0)), about=about)


@openscad_names(size="model.openscad_size", **_CENTRE)
def box(
    width_mm: float = 10,
    depth_mm: float = 10,
    height_mm: float = 10,
    *,
    radius_mm: float = 0,
    rounded_mm: float = 0,
    chamfer_mm: float = 0,
) -> Solid:
    """A box. ``radius_mm`` rounds its four upright edges; ``rounded_mm`` rounds every
    edge and corner (a dice); ``chamfer_mm`` cuts every edge at 45°.

    >>> round(box(20, 20, 2, radius_mm=5).volume_mm3)
    756
    >>> dice = box(16, 16, 16, rounded_mm=2)
    >>> dice.size_mm, dice.volume_mm3 < 16 ** 3
    ((16.0, 16.0, 16.0), True)
    >>> round(box(10, 10, 10, chamfer_mm=1).volume_mm3)
    945
    """
    w, d, h = (
        _positive(n, v)
        for n, v in (("width_mm", width_mm), ("depth_mm", depth_mm), ("height_mm", height_mm))
    )
    if sum(1 for v in (radius_mm, rounded_mm, chamfer_mm) if v) > 1:
        raise ModelError("model.one_edge_style")
    if rounded_mm:
        r = _edge("rounded_mm", rounded_mm, min(w, d, h))
        n = segments_for(2 * r)
        ball = manifold3d.Manifold.sphere(r, n)
        corners = [
            ball.translate((sx * (w / 2 - r), sy * (d / 2 - r), sz * (h / 2 - r)))
            for sx in (-1, 1)
            for sy in (-1, 1)
            for sz in (-1, 1)
        ]
        return _sits(manifold3d.Manifold.batch_hull(corners))
    if chamfer_mm:
        c = _edge("chamfer_mm", chamfer_mm, min(w, d, h))
        slabs = [
            manifold3d.Manifold.cube((w - 2 * c, d - 2 * c, h), center=True),
            manifold3d.Manifold.cube((w - 2 * c, d, h - 2 * c), center=True),
            manifold3d.Manifold.cube((w, d - 2 * c, h - 2 * c), center=True),
        ]
        return _sits(manifold3d.Manifold.batch_hull(slabs))
    if radius_mm:
        r = _positive("radius_mm", radius_mm)
        if 2 * r >= min(w, d):
            raise ModelError("model.radius_too_big", radius_mm=radius_mm, limit_mm=min(w, d) / 2)
        square = manifold3d.CrossSection.square((w - 2 * r, d - 2 * r), center=True)
        rounded = square.offset(r, manifold3d.JoinType.Round, circular_segments=segments_for(2 * r))
        return _sits(manifold3d.Manifold.extrude(rounded, h))
    return _sits(manifold3d.Manifold.cube((w, d, h), center=True))


def _edge(name: str, value: float, smallest_side_mm: float) -> float:
    """A rounding or chamfer size that leaves something of every side."""
    v = _positive(name, value)
    if 2 * v >= smallest_side_mm:
        raise ModelError("model.radius_too_big", radius_mm=value, limit_mm=smallest_side_mm / 2)
    return v


@openscad_names(**_ROUND, r1="model.openscad_cone", r2="model.openscad_cone", d1="model.openscad_cone", d2="model.openscad_cone", **_CENTRE)  # fmt: skip
def cylinder(
    diameter_mm: float = 10,
    height_mm: float = 10,
    *,
    segments: int | None = None,
    rounded_mm: float = 0,
    chamfer_mm: float = 0,
) -> Solid:
    """An upright cylinder (a rod, a disc, a coin…); ``rounded_mm`` rounds its top and
    bottom rims, ``chamfer_mm`` cuts them at 45°. OpenSCAD's ``r=``, ``d=``, ``h=`` work too.

    >>> round(cylinder(10, 10).volume_mm3 / 785.4, 2)
    1.0
    >>> cylinder(r=5, h=10).size_mm
    (10.0, 10.0, 10.0)
    >>> cylinder(20, 10, chamfer_mm=1).volume_mm3 < cylinder(20, 10).volume_mm3
    True
    """
    d, h = _positive("diameter_mm", diameter_mm), _positive("height_mm", height_mm)
    n = segments or segments_for(d)
    if rounded_mm and chamfer_mm:
        raise ModelError("model.one_edge_style")
    if rounded_mm or chamfer_mm:
        name, value = ("rounded_mm", rounded_mm) if rounded_mm else ("chamfer_mm", chamfer_mm)
        e = _edge(name, value, min(d, h))
        r = d / 2
        if rounded_mm:  # the profile (distance from the axis, height) with its outer corners round
            arc = manifold3d.CrossSection.circle(e, segments_for(2 * e))
            profile = manifold3d.CrossSection.batch_hull(
                [
                    arc.translate((r - e, e)),
                    arc.translate((r - e, h - e)),
                    manifold3d.CrossSection.square((r - e, h)),
                ]
            )
        else:
            profile = manifold3d.CrossSection(
                [np.array([[0, 0], [r - e, 0], [r, e], [r, h - e], [r - e, h], [0, h]], float)]
            )
        return _sits(manifold3d.Manifold.revolve(profile, n))
    return _sits(manifold3d.Manifold.cylinder(h, d / 2, d / 2, n))


@openscad_names(**_ROUND, r1=("diameter_mm", 2.0), d1=("diameter_mm", 1.0), r2=("top_diameter_mm", 2.0), d2=("top_diameter_mm", 1.0), **_CENTRE)  # fmt: skip
def cone(
    diameter_mm: float = 10,
    height_mm: float = 10,
    top_diameter_mm: float = 0,
    *,
    segments: int | None = None,
) -> Solid:
    """A cone, or a cut cone when ``top_diameter_mm`` is more than 0.

    >>> cone(10, 10).size_mm
    (10.0, 10.0, 10.0)
    """
    d, h = _positive("diameter_mm", diameter_mm), _positive("height_mm", height_mm)
    top = float(top_diameter_mm)
    if top < 0:
        raise ModelError("model.must_be_positive", name="top_diameter_mm", value=top_diameter_mm)
    n = segments or segments_for(max(d, top))
    return _sits(manifold3d.Manifold.cylinder(h, d / 2, top / 2, n))


@openscad_names(r=("diameter_mm", 2.0), d=("diameter_mm", 1.0), **_CENTRE)
def sphere(diameter_mm: float = 10, *, segments: int | None = None) -> Solid:
    """A ball resting on the bed.

    >>> round(sphere(10).volume_mm3)
    516
    """
    d = _positive("diameter_mm", diameter_mm)
    return _sits(manifold3d.Manifold.sphere(d / 2, segments or segments_for(d)))


@openscad_names(**_CENTRE)
def torus(
    diameter_mm: float = 30, thickness_mm: float = 6, *, segments: int | None = None
) -> Solid:
    """A ring (a doughnut) lying flat: ``diameter_mm`` across, ``thickness_mm`` thick.

    >>> torus(30, 6).size_mm
    (30.0, 30.0, 6.0)
    """
    d, t = _positive("diameter_mm", diameter_mm), _positive("thickness_mm", thickness_mm)
    if t >= d / 2:
        raise ModelError("model.torus_too_thick", thickness_mm=thickness_mm, limit_mm=d / 2)
    circle = manifold3d.CrossSection.circle(t / 2, segments_for(t)).translate(((d - t) / 2, 0))
    return _sits(manifold3d.Manifold.revolve(circle, segments or segments_for(d)))


@openscad_names(**_CENTRE)
def prism(sides: int = 6, diameter_mm: float = 10, height_mm: float = 10) -> Solid:
    """An upright prism whose base is a regular polygon with ``sides`` sides (6: a hexagon).

    >>> prism(4, 10, 5).faces
    12
    """
    if not isinstance(sides, int) or sides < 3:
        raise ModelError("model.bad_sides", sides=sides)
    d, h = _positive("diameter_mm", diameter_mm), _positive("height_mm", height_mm)
    return _sits(manifold3d.Manifold.cylinder(h, d / 2, d / 2, sides))


@openscad_names(**_CENTRE)
def wedge(width_mm: float = 20, depth_mm: float = 10, height_mm: float = 10) -> Solid:
    """A ramp: full height at the left (low x), down to nothing at the right.

    >>> wedge(20, 10, 10).volume_mm3
    1000.0
    """
    w, d, h = (
        _positive(n, v)
        for n, v in (("width_mm", width_mm), ("depth_mm", depth_mm), ("height_mm", height_mm))
    )
    triangle = manifold3d.CrossSection([np.array([[0.0, 0.0], [w, 0.0], [0.0, h]])])
    # Draw the triangle in x–y, stand it up so its y becomes z, then give it its depth.
    standing = manifold3d.Manifold.extrude(triangle, d).rotate((90.0, 0.0, 0.0))
    return _sits(standing)


@openscad_names(**_CENTRE)
def tube(diameter_mm: float = 20, height_mm: float = 20, wall_mm: float = 2) -> Solid:
    """A pipe: a cylinder with a round hole all through it.

    >>> tube(20, 10, 2).size_mm
    (20.0, 20.0, 10.0)
    """
    d, h, w = (
        _positive("diameter_mm", diameter_mm),
        _positive("height_mm", height_mm),
        _positive("wall_mm", wall_mm),
    )
    if 2 * w >= d:
        raise ModelError("model.wall_too_thick", wall_mm=wall_mm, limit_mm=d / 2)
    n = segments_for(d)
    ring = manifold3d.CrossSection.circle(d / 2, n) - manifold3d.CrossSection.circle(d / 2 - w, n)
    return _sits(manifold3d.Manifold.extrude(ring, h))


def outline(shape: Any) -> manifold3d.CrossSection:
    """A flat outline from a shapely polygon, a list of ``(x, y)`` points, or several of them.

    Several lists of points: the outer ones are filled and the ones inside them are holes
    (even–odd rule), like the letter O.

    >>> outline([(0, 0), (10, 0), (0, 10)]).area()
    50.0
    """
    if isinstance(shape, manifold3d.CrossSection):
        return shape
    from makerkit.model.shapes2d import Shape

    if isinstance(shape, Shape):
        return shape._section
    try:
        import shapely

        if isinstance(shape, shapely.geometry.base.BaseGeometry):
            rings = []
            for poly in getattr(shape, "geoms", [shape]):
                if poly.geom_type != "Polygon":
                    continue
                rings.append(np.asarray(poly.exterior.coords)[:-1, :2])
                rings += [np.asarray(r.coords)[:-1, :2] for r in poly.interiors]
            return manifold3d.CrossSection(rings, manifold3d.FillRule.EvenOdd)
    except ImportError:  # pragma: no cover - shapely is a dependency
        pass
    try:
        arr = np.asarray(shape, dtype=float)
        contours = [arr] if arr.ndim == 2 else list(arr)
    except (TypeError, ValueError):
        contours = [np.asarray(c, dtype=float) for c in shape]
    if not contours or any(c.ndim != 2 or c.shape[1] != 2 or len(c) < 3 for c in contours):
        raise ModelError("model.bad_outline")
    if not all(np.all(np.isfinite(c)) for c in contours):
        raise ModelError("model.bad_outline")
    return manifold3d.CrossSection(contours, manifold3d.FillRule.EvenOdd)


@openscad_names(height=("height_mm", 1.0), h=("height_mm", 1.0), twist=("twist_deg", 1.0), scale=("top_scale", 1.0), **_CENTRE)  # fmt: skip
def extrude(
    shape: Any,
    height_mm: float = 5,
    *,
    twist_deg: float = 0,
    top_scale: float | Sequence[float] = 1.0,
) -> Solid:
    """Pull a flat outline up into a solid ``height_mm`` tall (it may twist and narrow).

    >>> star = [(10, 0), (3, 3), (0, 10), (-3, 3), (-10, 0), (-3, -3), (0, -10), (3, -3)]
    >>> extrude(star, 4).size_mm
    (20.0, 20.0, 4.0)
    """
    h = _positive("height_mm", height_mm)
    section = outline(shape)
    if section.is_empty() or section.area() <= 0:
        raise ModelError("model.bad_outline")
    scale = tuple(np.broadcast_to(np.asarray(top_scale, dtype=float), (2,)))
    divisions = int(abs(twist_deg) // 5) if twist_deg else 0
    return Solid(manifold3d.Manifold.extrude(section, h, divisions, float(twist_deg), scale))


@openscad_names(**_CENTRE)
def revolve(profile: Any, degrees: float = 360) -> Solid:
    """Turn a flat profile around the upright axis, like a potter's wheel.

    ``profile`` points are ``(distance from the axis, height)`` in mm.

    >>> vase = revolve([(0, 0), (20, 0), (25, 40), (22, 40), (17, 3), (0, 3)])
    >>> vase.size_mm[2]
    40.0
    """
    section = outline(profile)
    if section.is_empty() or section.area() <= 0:
        raise ModelError("model.bad_outline")
    radius = section.bounds()[2]
    m = manifold3d.Manifold.revolve(section, segments_for(2 * radius), float(degrees))
    return _sits(m) if degrees >= 360 else Solid(m)
