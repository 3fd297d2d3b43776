"""The :class:`Solid`: a closed 3D shape a learner builds, moves, combines and prints.

A solid made by makerkit is always closed: unions (``a + b``), holes (``a - b``) and
intersections (``a & b``) go through manifold3d, which only ever returns closed solids.
A solid read from a file may be open (a mesh with holes); it can still be looked at and
checked, and :meth:`Solid.repaired` tries to close it.

Sizes are in millimetres, angles in degrees.

>>> from makerkit.model import box, cylinder
>>> part = box(20, 20, 10) - cylinder(8, 10)
>>> part.is_closed
True
>>> round(part.volume_mm3)
3501
>>> part.move(x=5).bounds_mm[0]
(-5.0, -10.0, 0.0)
"""

from __future__ import annotations

import contextlib
import logging
import os
import warnings
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import manifold3d
import numpy as np

from makerkit.errors import ModelError
from makerkit.model.operations import Operations

if TYPE_CHECKING:
    import trimesh

    from makerkit.display import Picture

__all__ = ["Solid", "quiet_trimesh"]

# What a solid "is", for its alt text: a catalogue key and its values, or plain words.
About = tuple[str, dict[str, Any]] | str | None


# OpenSCAD's names for what a Solid does under another name.
_OTHER_NAMES = {
    "translate": "move(x=…, y=…, z=…)",
    "union": "a + b",
    "difference": "a - b",
    "intersection": "a & b",
    "linear_extrude": "extrude(shape, height_mm)",
    "rotate_extrude": "revolve(profile)",
    "offset": "shell(thickness_mm) (flat shapes: shape.offset(mm))",
    "color": "preview() (colours are not printed)",
}


class Solid(Operations):
    """A 3D shape in millimetres.

    Build one with the shape functions (:func:`~makerkit.model.box` …), combine with
    ``+`` (join), ``-`` (make a hole) and ``&`` (keep the common part).

    >>> from makerkit.model import sphere
    >>> ball = sphere(10)
    >>> ball.size_mm
    (10.0, 10.0, 10.0)
    """

    __slots__ = ("_manifold", "_mesh", "_about")

    def __init__(
        self,
        manifold: manifold3d.Manifold | None = None,
        *,
        mesh: trimesh.Trimesh | None = None,
        about: About = None,
    ) -> None:
        if manifold is None and mesh is None:
            manifold = manifold3d.Manifold()
        self._manifold = manifold
        self._mesh = mesh
        self._about = about

    # ----- making one ---------------------------------------------------------------
    @classmethod
    def from_trimesh(cls, mesh: trimesh.Trimesh, about: About = None) -> Solid:
        """A solid from a ``trimesh.Trimesh`` (in mm). An open mesh gives an open solid.

        >>> import trimesh
        >>> Solid.from_trimesh(trimesh.creation.box((10, 10, 10))).is_closed
        True
        """
        closed = cls._closed_from(mesh.vertices, mesh.faces, about)
        return closed if closed is not None else cls(None, mesh=mesh, about=about)

    @classmethod
    def _closed_from(cls, vertices: np.ndarray, faces: np.ndarray, about: About) -> Solid | None:
        """A closed solid from shared-vertex triangles, or ``None`` if they do not close."""
        vertices = np.ascontiguousarray(vertices, dtype=np.float32)
        faces = np.ascontiguousarray(faces, dtype=np.uint32)
        if not len(faces):
            return None
        found = manifold3d.Manifold(manifold3d.Mesh(vertices, faces))
        if found.status() != manifold3d.Error.NoError or found.is_empty():
            return None
        if found.volume() < 0:  # inside out: every face turned the wrong way
            found = manifold3d.Manifold(manifold3d.Mesh(vertices, faces[:, ::-1].copy()))
        return cls(found, about=about)

    def _with(self, manifold: manifold3d.Manifold, about: About = ...) -> Solid:
        return Solid(manifold, about=self._about if about is ... else about)

    def _closed(self, action: str) -> manifold3d.Manifold:
        if self._manifold is None:
            raise ModelError("model.not_closed_cannot", action=action)
        return self._manifold

    # ----- measures -----------------------------------------------------------------
    @property
    def is_closed(self) -> bool:
        """True when the surface is closed, with every face turned outwards (it can print)."""
        return self._manifold is not None

    @property
    def is_empty(self) -> bool:
        """True when there is nothing left (for example a hole bigger than the part)."""
        if self._manifold is not None:
            return self._manifold.is_empty()
        return len(self._mesh.faces) == 0

    @property
    def bounds_mm(self) -> tuple[tuple[float, float, float], tuple[float, float, float]]:
        """The lowest and highest corner of the box around the solid: ``((x, y, z), (x, y, z))``."""
        if self.is_empty:
            return (0.0, 0.0, 0.0), (0.0, 0.0, 0.0)
        if self._manifold is not None:
            b = self._manifold.bounding_box()
            lo, hi = b[:3], b[3:]
        else:
            lo, hi = self._mesh.bounds
        return tuple(round(float(v), 6) for v in lo), tuple(round(float(v), 6) for v in hi)

    @property
    def size_mm(self) -> tuple[float, float, float]:
        """Width (x), depth (y) and height (z) in mm."""
        lo, hi = self.bounds_mm
        return tuple(round(h - lo_, 6) for lo_, h in zip(lo, hi, strict=True))

    @property
    def volume_mm3(self) -> float:
        """The volume in cubic millimetres (how much plastic, before infill)."""
        if self._manifold is not None:
            return float(self._manifold.volume())
        tri = np.asarray(self._mesh.triangles, dtype=np.float64)
        # The divergence theorem, as for a closed surface: a fair figure for an open one.
        signed = np.einsum("ij,ij->i", tri[:, 0], np.cross(tri[:, 1], tri[:, 2])).sum() / 6
        return abs(float(signed))

    @property
    def faces(self) -> int:
        """The number of triangles on the surface."""
        if self._manifold is not None:
            return int(self._manifold.num_tri())
        return len(self._mesh.faces)

    @property
    def parts(self) -> list[Solid]:
        """The separate pieces of this solid (one for a solid made of one piece).

        A closed hollow inside a piece belongs to that piece.

        >>> from makerkit.model import box
        >>> hollow = box(20, 20, 20) - box(10, 10, 10).move(z=5)
        >>> [p.volume_mm3 for p in hollow.parts]
        [7000.0]
        """
        from makerkit.model.inside import pieces

        return [self._with(m) for m in pieces(self._closed("parts"))]

    @property
    def about(self) -> str:
        """What this solid is, in a sentence of the current language (its alt text).

        >>> from makerkit.model import box, cylinder
        >>> box(20, 10, 4.5).about
        'A solid of 20 × 10 × 4.5 mm.'
        >>> (box(20, 10, 4.5) - cylinder(4, 5)).about
        'A solid of 20 × 10 × 4.5 mm. It has a hole through it.'
        """
        from makerkit.model.words import describe

        return describe(self._about, self.size_mm, self._manifold)

    def described(self, about: About) -> Solid:
        """The same solid with a description used in its alt text.

        >>> from makerkit.model import box
        >>> box(10, 10, 10).described("a dice").about
        'a dice: a solid of 10 × 10 × 10 mm.'
        """
        if self._manifold is None:
            return Solid(None, mesh=self._mesh, about=about)
        return self._with(self._manifold, about)

    # ----- combining ----------------------------------------------------------------
    def __add__(self, other: Solid) -> Solid:
        return self._with(self._closed("+") + _other(other)._closed("+"))

    def __sub__(self, other: Solid) -> Solid:
        return self._with(self._closed("-") - _other(other)._closed("-"))

    def __and__(self, other: Solid) -> Solid:
        return self._with(self._closed("&") ^ _other(other)._closed("&"))

    def __radd__(self, other: object) -> Solid:
        # sum([a, b, c]) starts with 0
        return self if isinstance(other, int) and other == 0 else _other(other) + self

    # ----- moving -------------------------------------------------------------------
    def _transformed(self, matrix: np.ndarray) -> Solid:
        """Apply a 4 × 4 transform."""
        if self._manifold is not None:
            return self._with(self._manifold.transform(np.ascontiguousarray(matrix[:3, :4])))
        mesh = self._mesh.copy()
        mesh.apply_transform(matrix)
        return Solid(None, mesh=mesh, about=self._about)

    def move(self, x: float = 0.0, y: float = 0.0, z: float = 0.0) -> Solid:
        """Move by ``x``, ``y``, ``z`` millimetres.

        >>> from makerkit.model import box
        >>> box(10, 10, 10).move(z=5).bounds_mm[0][2]
        5.0
        """
        m = np.eye(4)
        m[:3, 3] = _numbers(x=x, y=y, z=z)
        return self._transformed(m)

    def rotate(
        self,
        x: float = 0.0,
        y: float = 0.0,
        z: float = 0.0,
        *,
        around: Sequence[float] | None = None,
    ) -> Solid:
        """Turn by ``x``, then ``y``, then ``z`` degrees around the solid's own centre.

        ``around`` gives another centre of rotation, for example ``(0, 0, 0)``.

        >>> from makerkit.model import box
        >>> box(30, 10, 10).rotate(z=90).size_mm
        (10.0, 30.0, 10.0)
        """
        c = np.asarray(self.centre_mm if around is None else _numbers(*around), dtype=float)
        rx, ry, rz = np.radians(_numbers(x=x, y=y, z=z))
        cx, sx, cy, sy, cz, sz = (
            np.cos(rx),
            np.sin(rx),
            np.cos(ry),
            np.sin(ry),
            np.cos(rz),
            np.sin(rz),
        )
        r = (
            np.array([[cz, -sz, 0], [sz, cz, 0], [0, 0, 1]])
            @ np.array([[cy, 0, sy], [0, 1, 0], [-sy, 0, cy]])
            @ np.array([[1, 0, 0], [0, cx, -sx], [0, sx, cx]])
        )
        r[np.abs(r) < 1e-12] = 0.0  # exact quarter turns keep exact sizes
        m = np.eye(4)
        m[:3, :3] = r
        m[:3, 3] = c - r @ c
        return self._transformed(m)

    def scale(self, factor: float | Sequence[float]) -> Solid:
        """Make bigger or smaller: one factor for all directions, or ``(x, y, z)``.

        The solid's lowest centre point stays in place, so a solid on the bed stays on it.

        >>> from makerkit.model import box
        >>> box(10, 10, 10).scale(2).size_mm
        (20.0, 20.0, 20.0)
        >>> box(10, 10, 10).scale(25.4).size_mm[0]
        254.0
        """
        try:
            f = np.broadcast_to(np.asarray(factor, dtype=float), (3,))
        except (TypeError, ValueError):
            raise ModelError("model.bad_scale", factor=factor) from None
        if np.any(f <= 0) or not np.all(np.isfinite(f)):
            raise ModelError("model.bad_scale", factor=factor)
        (x0, y0, z0), (x1, y1, _) = self.bounds_mm
        anchor = np.array([(x0 + x1) / 2, (y0 + y1) / 2, z0])
        m = np.diag([*f, 1.0])
        m[:3, 3] = anchor - f * anchor
        return self._transformed(m)

    def mirror(self, axis: str = "x") -> Solid:
        """The mirror image across the solid's centre, flipping ``"x"``, ``"y"`` or ``"z"``.

        >>> from makerkit.model import wedge
        >>> w = wedge(20, 10, 10)
        >>> w.mirror("x").size_mm == w.size_mm
        True
        """
        axes = {"x": 0, "y": 1, "z": 2}
        if axis not in axes:
            raise ModelError("model.bad_axis", axis=axis)
        f = np.ones(3)
        f[axes[axis]] = -1
        c = np.asarray(self.centre_mm)
        m = np.diag([*f, 1.0])
        m[:3, 3] = c - f * c
        return self._transformed(m)

    @property
    def centre_mm(self) -> tuple[float, float, float]:
        """The centre of the box around the solid."""
        lo, hi = self.bounds_mm
        return tuple((a + b) / 2 for a, b in zip(lo, hi, strict=True))

    def on_bed(self) -> Solid:
        """Put the solid down so that its lowest point touches the bed (z = 0).

        >>> from makerkit.model import sphere
        >>> sphere(10).move(z=30).on_bed().bounds_mm[0][2]
        0.0
        """
        return self.move(z=-self.bounds_mm[0][2])

    def centred(self, x: bool = True, y: bool = True, z: bool = False) -> Solid:
        """Centre the solid on the middle of the bed (x = 0, y = 0), keeping its height.

        >>> from makerkit.model import box
        >>> box(10, 10, 10).move(x=7).centred().centre_mm
        (0.0, 0.0, 5.0)
        """
        cx, cy, cz = self.centre_mm
        return self.move(-cx if x else 0.0, -cy if y else 0.0, -cz if z else 0.0)

    def align(
        self, other: Solid, x: str | None = None, y: str | None = None, z: str | None = None
    ) -> Solid:
        """Line this solid up with ``other``: each of ``x``, ``y``, ``z`` is ``"min"``, ``"centre"`` or ``"max"``.

        >>> from makerkit.model import box
        >>> small = box(10, 10, 10).align(box(40, 40, 10), x="min")
        >>> small.bounds_mm[0][0]
        -20.0
        """
        lo, hi = self.bounds_mm
        olo, ohi = other.bounds_mm
        shift = [0.0, 0.0, 0.0]
        for i, how in enumerate((x, y, z)):
            if how is None:
                continue
            if how == "min":
                shift[i] = olo[i] - lo[i]
            elif how == "max":
                shift[i] = ohi[i] - hi[i]
            elif how in ("centre", "center"):
                shift[i] = (olo[i] + ohi[i]) / 2 - (lo[i] + hi[i]) / 2
            else:
                raise ModelError("model.bad_alignment", how=how)
        return self.move(*shift)

    def on_top_of(self, other: Solid, centred: bool = True) -> Solid:
        """Put this solid on top of ``other`` (touching it), centred on it unless ``centred=False``.

        >>> from makerkit.model import box, cylinder
        >>> hat = cylinder(10, 5).on_top_of(box(20, 20, 10))
        >>> hat.bounds_mm[0][2]
        10.0
        """
        moved = self.move(z=other.bounds_mm[1][2] - self.bounds_mm[0][2])
        return moved.align(other, x="centre", y="centre") if centred else moved

    # ----- repairs ------------------------------------------------------------------
    def repaired(self) -> Solid:
        """Try to close an open solid (turn faces the right way, fill small holes).

        Returns a closed solid, or raises :class:`~makerkit.errors.ModelError` if the mesh is too
        broken to close.
        """
        if self._manifold is not None:
            return self
        import trimesh

        with quiet_trimesh():
            mesh = self._mesh.copy()
            mesh.merge_vertices()
            mesh.update_faces(mesh.nondegenerate_faces())
            trimesh.repair.fix_winding(mesh)
            trimesh.repair.fill_holes(mesh)
            trimesh.repair.fix_normals(mesh)
            fixed = Solid.from_trimesh(mesh, self._about)
        if not fixed.is_closed:
            raise ModelError("model.cannot_repair")
        return fixed

    # ----- meshes and files ---------------------------------------------------------
    def to_trimesh(self) -> trimesh.Trimesh:
        """The surface as a ``trimesh.Trimesh`` (a copy, in mm)."""
        import trimesh

        if self._manifold is None:
            return self._mesh.copy()
        mesh = self._manifold.to_mesh()
        return trimesh.Trimesh(
            vertices=np.asarray(mesh.vert_properties[:, :3], dtype=np.float64),
            faces=np.asarray(mesh.tri_verts, dtype=np.int64),
            process=False,
        )

    def triangles(self) -> tuple[np.ndarray, np.ndarray]:
        """``(vertices, faces)`` numpy arrays: float ``(n, 3)`` mm and int ``(m, 3)`` indices."""
        if self._manifold is None:
            return np.asarray(self._mesh.vertices), np.asarray(self._mesh.faces)
        mesh = self._manifold.to_mesh()
        return np.asarray(mesh.vert_properties[:, :3], dtype=np.float64), np.asarray(
            mesh.tri_verts, dtype=np.int64
        )

    def save(self, path: str | os.PathLike, *, ascii: bool = False) -> Path:
        """Write the solid to ``path``: ``.stl`` (``ascii=True`` for text STL), ``.3mf`` or ``.obj``.

        An existing file with other content is kept in ``.makerkit-backup/`` beside it.
        """
        from makerkit.model.exchange import save

        return save(self, path, ascii=ascii)

    # ----- pictures -----------------------------------------------------------------
    def preview(self, highlight: Sequence[int] | None = None) -> Picture:
        """A quick picture of the solid, with its alt text (``highlight``: face numbers in orange)."""
        from makerkit.model.preview import preview

        return preview(self, highlight=highlight)

    def top_view(self) -> Picture:
        """The solid seen from above, like a map, with its alt text."""
        from makerkit.model.preview import top_view

        return top_view(self)

    def view3d(self):
        """An interactive 3D view (turn it with the mouse) that works without internet."""
        from makerkit.model.viewer import view3d

        return view3d(self)

    def _repr_png_(self) -> bytes:
        return self.preview().png

    def _repr_html_(self) -> str:
        return self.preview()._repr_html_()

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> dict:
        # One picture for every format a notebook asks for (drawn once, not per format).
        return self.preview()._repr_mimebundle_(include, exclude)

    def __getattr__(self, name: str) -> Any:
        if name in _OTHER_NAMES:
            raise ModelError("model.other_name", name=name, instead=_OTHER_NAMES[name])
        raise AttributeError(name)

    def __repr__(self) -> str:
        from makerkit.i18n import number, t

        x, y, z = (number(v, 2) for v in self.size_mm)
        closed = t("model.repr.closed" if self.is_closed else "model.repr.open")
        faces = number(self.faces, 0, unit="core.unit.face")
        return t("model.repr.solid", x=x, y=y, z=z, faces=faces, closed=closed, about=self.about)


@contextlib.contextmanager
def quiet_trimesh() -> Iterator[None]:
    """Silence trimesh's log lines and warnings (raw English on stderr) inside the block.

    makerkit says what matters itself, in the learner's language: a file it cannot read,
    an open surface, a repair that did not work.
    """
    logger = logging.getLogger("trimesh")
    level = logger.level
    logger.setLevel(logging.CRITICAL + 1)
    try:
        with warnings.catch_warnings(), np.errstate(all="ignore"):
            warnings.simplefilter("ignore")
            yield
    finally:
        logger.setLevel(level)


def _numbers(*values: object, **named: object) -> list[float]:
    """Plain numbers from what a learner typed, or a clear error naming the wrong one."""
    out = []
    for name, value in [*((str(i), v) for i, v in enumerate(values)), *named.items()]:
        try:
            number_ = float(value)
        except (TypeError, ValueError):
            raise ModelError("model.not_a_number", name=name, value=value) from None
        if not np.isfinite(number_):
            raise ModelError("model.not_a_number", name=name, value=value)
        out.append(number_)
    return out


def _other(value: object) -> Solid:
    if isinstance(value, Solid):
        return value
    raise ModelError("model.not_a_solid", what=type(value).__name__)
