"""Operations on solids that Tinkercad and OpenSCAD users reach for.

Shell (hollow), repeat in a row or around a circle, resize to a size in mm, place on a face
of another solid, convex hull and Minkowski sum. Each result is a closed solid made by
manifold3d. The methods are those of every :class:`~makerkit.model.Solid`; :func:`hull`
and :func:`minkowski` take several solids.

>>> from makerkit.model import box, cylinder
>>> cup = cylinder(40, 50).shell(2, open_top=True)
>>> cup.is_closed, round(cup.size_mm[2])
(True, 50)
>>> pegs = cylinder(4, 10).repeat(5, x_mm=8)
>>> len(pegs.parts)
5
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

import manifold3d
import numpy as np

from makerkit.errors import ModelError

if TYPE_CHECKING:
    from makerkit.model.solid import Solid

__all__ = ["Operations", "hull", "minkowski", "FACES"]

# Where on_face() puts a solid, and how it turns it so that its bottom lies on that face.
FACES = {
    "top": (2, +1, (0.0, 0.0, 0.0)),
    "bottom": (2, -1, (180.0, 0.0, 0.0)),
    "front": (1, -1, (90.0, 0.0, 0.0)),
    "back": (1, +1, (-90.0, 0.0, 0.0)),
    "right": (0, +1, (0.0, 90.0, 0.0)),
    "left": (0, -1, (0.0, -90.0, 0.0)),
}
_MAX_COPIES = 10_000


def _positive(name: str, value: object) -> float:
    from makerkit.model.primitives import _positive as positive

    return positive(name, value)


@cache
def _ball(radius_mm: float) -> manifold3d.Manifold:
    """A ball whose flat faces are all at least ``radius_mm`` from its centre."""
    ball = manifold3d.Manifold.sphere(1.0, 16)
    mesh = ball.to_mesh()
    v = np.asarray(mesh.vert_properties[:, :3], dtype=float)
    tri = v[np.asarray(mesh.tri_verts)]
    normals = np.cross(tri[:, 1] - tri[:, 0], tri[:, 2] - tri[:, 0])
    normals /= np.linalg.norm(normals, axis=1, keepdims=True)
    inradius = float(np.min(np.einsum("ij,ij->i", normals, tri[:, 0])))
    return ball.scale((radius_mm / inradius,) * 3)


def _shrunk(solid: manifold3d.Manifold, t: float) -> manifold3d.Manifold:
    """The solid shrunk by ``t`` on every side.

    A convex solid (a box, a cylinder, a prism) shrinks exactly and fast: each flat face
    moves in by ``t`` (the solid is cut by each face's plane, moved in). Any other solid is
    eroded by a ball (manifold3d's Minkowski difference), slower.
    """
    hull = solid.hull()
    if abs(hull.volume() - solid.volume()) > 1e-6 * hull.volume():
        return solid.minkowski_difference(_ball(t))
    mesh = solid.to_mesh()
    v = np.asarray(mesh.vert_properties[:, :3], dtype=float)
    tri = v[np.asarray(mesh.tri_verts)]
    normals = np.cross(tri[:, 1] - tri[:, 0], tri[:, 2] - tri[:, 0])
    length = np.linalg.norm(normals, axis=1)
    keep = length > 1e-12
    normals = normals[keep] / length[keep, None]
    offsets = np.einsum("ij,ij->i", normals, tri[keep, 0])
    planes = np.unique(np.c_[np.round(normals, 9), np.round(offsets, 9)], axis=0)
    # Each face plane moved in by t; their intersection (qhull) is the shrunk solid.
    centre = v.mean(axis=0)
    if np.any(planes[:, :3] @ centre >= planes[:, 3] - t):
        return manifold3d.Manifold()  # the walls would meet: nothing left inside
    from scipy.spatial import HalfspaceIntersection

    halfspaces = np.c_[planes[:, :3], -(planes[:, 3] - t)]
    corners = HalfspaceIntersection(halfspaces, centre).intersections
    return manifold3d.Manifold.hull_points(np.ascontiguousarray(corners))


class Operations:
    """The operations of a :class:`~makerkit.model.Solid` (mixed into it)."""

    __slots__ = ()

    def shell(self: Solid, thickness_mm: float, *, open_top: bool = False) -> Solid:
        """Hollow the solid out, leaving walls ``thickness_mm`` thick all round.

        A convex solid (box, cylinder, prism) gets walls of exactly ``thickness_mm``; any other
        is eroded by a many-sided ball, so its walls are at least ``thickness_mm`` and up to
        5 % thicker in some directions.
        ``open_top=True`` opens the hollow at the top (a cup, a box without its lid);
        otherwise the hollow is closed inside and the solid prints hollow.

        >>> from makerkit.model import box
        >>> hollow = box(20, 20, 20).shell(2)
        >>> round(hollow.volume_mm3)                 # 20³ less a hollow of 16³
        3904
        >>> box(20, 20, 20).shell(2, open_top=True).volume_mm3 < hollow.volume_mm3
        True
        """
        t = _positive("thickness_mm", thickness_mm)
        solid = self._closed("shell")
        inside = _shrunk(solid, t)
        if inside.is_empty():
            raise ModelError("model.shell_too_thick", thickness_mm=thickness_mm)
        if open_top:  # the hollow's outline half a wall below its top, pulled up through the roof
            low, top = inside.bounding_box()[2], inside.bounding_box()[5]
            below = min(t, top - low) / 2
            mouth = inside.slice(top - below)
            height = solid.bounding_box()[5] - top + below + 2 * t
            inside = inside + manifold3d.Manifold.extrude(mouth, height).translate(
                (0.0, 0.0, top - below)
            )
        return self._with(solid - inside)

    def repeat(
        self: Solid, count: int, x_mm: float = 0.0, y_mm: float = 0.0, z_mm: float = 0.0
    ) -> Solid:
        """``count`` copies in a row, each moved by ``x_mm``, ``y_mm``, ``z_mm`` from the last, joined.

        >>> from makerkit.model import cylinder
        >>> row = cylinder(5, 2).repeat(4, x_mm=10)
        >>> row.size_mm
        (35.0, 5.0, 2.0)
        """
        n = _count(count)
        from makerkit.model.solid import _numbers

        step = _numbers(x_mm=x_mm, y_mm=y_mm, z_mm=z_mm)
        solid = self._closed("repeat")
        copies = [solid.translate(tuple(i * s for s in step)) for i in range(n)]
        return self._with(manifold3d.Manifold.batch_boolean(copies, manifold3d.OpType.Add))

    def repeat_around(
        self: Solid,
        count: int,
        *,
        degrees: float = 360.0,
        centre_mm: Sequence[float] = (0.0, 0.0),
    ) -> Solid:
        """``count`` copies turned around an upright axis through ``centre_mm``, joined.

        A full turn (``degrees=360``) spaces them evenly; less spreads them from 0 to
        ``degrees`` (a fan).

        >>> from makerkit.model import cylinder
        >>> ring = cylinder(4, 2).move(x=20).repeat_around(8)
        >>> len(ring.parts), round(ring.size_mm[0])
        (8, 44)
        """
        n = _count(count)
        from makerkit.model.solid import _numbers

        (turn,) = _numbers(degrees=degrees)
        cx, cy = _numbers(*centre_mm)
        step = turn / n if abs(turn) >= 360 else (turn / (n - 1) if n > 1 else 0.0)
        solid = self._closed("repeat_around").translate((-cx, -cy, 0.0))
        copies = [solid.rotate((0.0, 0.0, i * step)).translate((cx, cy, 0.0)) for i in range(n)]
        return self._with(manifold3d.Manifold.batch_boolean(copies, manifold3d.OpType.Add))

    def resize(
        self: Solid,
        x_mm: float | None = None,
        y_mm: float | None = None,
        z_mm: float | None = None,
        *,
        keep_proportions: bool = True,
    ) -> Solid:
        """Scale to a size in millimetres.

        One size given: the solid keeps its proportions (``keep_proportions=False``: only
        that side changes). Several sizes: each side given gets its size, the others keep
        theirs. Like :meth:`scale`, the solid stays where it stands.

        >>> from makerkit.model import box
        >>> box(20, 10, 5).resize(x_mm=40).size_mm
        (40.0, 20.0, 10.0)
        >>> box(20, 10, 5).resize(x_mm=40, keep_proportions=False).size_mm
        (40.0, 10.0, 5.0)
        """
        from makerkit.model.solid import _numbers

        wanted = {
            i: _numbers(**{name: v})[0]
            for i, (name, v) in enumerate((("x_mm", x_mm), ("y_mm", y_mm), ("z_mm", z_mm)))
            if v is not None
        }
        if not wanted:
            raise ModelError("model.resize_what")
        size = self.size_mm
        factors = [1.0, 1.0, 1.0]
        for i, target in wanted.items():
            if target <= 0:
                raise ModelError("model.must_be_positive", name="xyz"[i] + "_mm", value=target)
            if size[i] <= 0:
                raise ModelError("model.resize_flat", axis="xyz"[i])
            factors[i] = target / size[i]
        if keep_proportions and len(wanted) == 1:
            factors = [factors[next(iter(wanted))]] * 3
        return self.scale(factors)

    def on_face(
        self: Solid, other: Solid, face: str = "top", *, centred: bool = True, sink_mm: float = 0
    ) -> Solid:
        """Put this solid against a face of ``other``, its bottom turned towards that face.

        ``face`` is ``"top"``, ``"bottom"``, ``"front"`` (towards −y), ``"back"``, ``"left"``
        or ``"right"``. Text put on the front reads from the front. The solid is centred on
        the face unless ``centred=False``; ``sink_mm`` pushes it that far into the face (to
        fuse it, or to cut a dent with ``-``). It is not joined (use ``+`` or ``-``).

        >>> from makerkit.model import box, cylinder
        >>> peg = cylinder(4, 6).on_face(box(20, 20, 10), "right")
        >>> peg.bounds_mm[0][0], peg.size_mm
        (10.0, (6.0, 4.0, 4.0))
        """
        from makerkit.model.solid import _other

        if face not in FACES:
            raise ModelError("model.bad_face", face=face, valid=", ".join(FACES))
        axis, sign, (rx, ry, rz) = FACES[face]
        target = _other(other)
        turned = self.rotate(rx, ry, rz, around=(0.0, 0.0, 0.0)) if face != "top" else self
        lo, hi = turned.bounds_mm
        olo, ohi = target.bounds_mm
        shift = [0.0, 0.0, 0.0]
        from makerkit.model.solid import _numbers

        (sink,) = _numbers(sink_mm=sink_mm)
        shift[axis] = ohi[axis] - lo[axis] - sink if sign > 0 else olo[axis] - hi[axis] + sink
        if centred:
            for i in range(3):
                if i != axis:
                    shift[i] = (olo[i] + ohi[i]) / 2 - (lo[i] + hi[i]) / 2
        return turned.move(*shift)


def hull(*solids: Solid) -> Solid:
    """The convex hull of one or more solids: the shape shrink-wrap would make around them.

    >>> from makerkit.model import sphere
    >>> capsule = hull(sphere(10), sphere(10).move(x=30))
    >>> capsule.size_mm
    (40.0, 10.0, 10.0)
    """
    from makerkit.model.solid import Solid, _other

    if len(solids) == 1 and isinstance(solids[0], list | tuple):
        solids = tuple(solids[0])
    if not solids:
        raise ModelError("model.hull_nothing")
    found = [_other(s)._closed("hull") for s in solids]
    return Solid(manifold3d.Manifold.batch_hull(found), about=_other(solids[0])._about)


def minkowski(solid: Solid, tool: Solid) -> Solid:
    """The Minkowski sum: ``tool`` swept all over ``solid`` (a ball rounds every edge).

    The tool's centre is its own origin: a ball from :func:`~makerkit.model.sphere` sits
    on the bed, so centre it first (``.centred(z=True)``).

    >>> from makerkit.model import box, sphere
    >>> rounded = minkowski(box(20, 20, 10), sphere(4).centred(z=True))
    >>> rounded.size_mm
    (24.0, 24.0, 14.0)
    """
    from makerkit.model.solid import _other

    a, b = _other(solid)._closed("minkowski"), _other(tool)._closed("minkowski")
    return _other(solid)._with(a.minkowski_sum(b))


def _count(count: object) -> int:
    if isinstance(count, bool) or not isinstance(count, int | np.integer):
        try:
            if float(count) != int(float(count)):
                raise ValueError
            count = int(float(count))
        except (TypeError, ValueError):
            raise ModelError("model.bad_count", count=count) from None
    if not 1 <= int(count) <= _MAX_COPIES:
        raise ModelError("model.bad_count", count=count)
    return int(count)
