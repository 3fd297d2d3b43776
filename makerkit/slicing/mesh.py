"""The mesh the slicer cuts: vertices and triangles as numpy arrays, nothing more.

STL files are read and written by numpy-stl (through :mod:`makerkit.model.stl`, the one STL
code path); joining corners takes numpy only, so ``makerkit slice`` starts quickly; trimesh
is called only to repair a mesh that is not closed.

>>> import numpy as np
>>> tetra = Mesh(np.array([[0, 0, 0], [1, 0, 0], [0, 1, 0], [0, 0, 1.0]]),
...              np.array([[0, 2, 1], [0, 1, 3], [0, 3, 2], [1, 2, 3]]))
>>> tetra.is_watertight, tetra.extents.tolist()
(True, [1.0, 1.0, 1.0])
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

import numpy as np

__all__ = ["Mesh", "read_stl", "column_bounds"]


def column_bounds(points: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The smallest and the largest value of each column of ``points`` (n, k), the same
    numbers as ``points.min(axis=0)`` and ``max(axis=0)``, which numpy finds some ten times
    slower on a long array of few columns.

    >>> [b.tolist() for b in column_bounds(np.array([[1.0, 5.0], [3.0, -2.0]]))]
    [[1.0, -2.0], [3.0, 5.0]]
    """
    k = points.shape[1]
    return (
        np.array([points[:, c].min() for c in range(k)]),
        np.array([points[:, c].max() for c in range(k)]),
    )


@dataclass
class Mesh:
    """Triangles ``faces`` (m, 3) over corners ``vertices`` (n, 3), in millimetres."""

    vertices: np.ndarray
    faces: np.ndarray

    def __post_init__(self) -> None:
        self.vertices = np.ascontiguousarray(self.vertices, dtype=np.float64).reshape(-1, 3)
        self.faces = np.ascontiguousarray(self.faces, dtype=np.int64).reshape(-1, 3)

    @classmethod
    def from_trimesh(cls, mesh: Any) -> Mesh:
        return cls(np.asarray(mesh.vertices), np.asarray(mesh.faces))

    def to_trimesh(self) -> Any:
        """The same mesh as a ``trimesh.Trimesh`` (to look at it or save it)."""
        import trimesh

        return trimesh.Trimesh(self.vertices, self.faces, process=False)

    @property
    def bounds(self) -> np.ndarray:
        """``[[min x, y, z], [max x, y, z]]``."""
        if len(self.vertices) == 0:
            return np.zeros((2, 3))
        return np.array(column_bounds(self.vertices))

    @property
    def extents(self) -> np.ndarray:
        """Size along x, y and z, mm."""
        b = self.bounds
        return b[1] - b[0]

    @cached_property
    def _edge_uses(self) -> np.ndarray:
        """How many faces use each edge (edge j of a face runs from corner j to j + 1)."""
        f = self.faces
        nxt = np.roll(f, -1, axis=1)
        key = np.minimum(f, nxt)
        key *= len(self.vertices) + 1
        key += np.maximum(f, nxt)
        del nxt
        return np.unique(key.ravel(), return_counts=True)[1]

    @property
    def edge_count(self) -> int:
        return len(self._edge_uses)

    @property
    def open_edges(self) -> int:
        """How many edges have a face on one side only (0 for a closed mesh)."""
        return int((self._edge_uses == 1).sum())

    @property
    def is_watertight(self) -> bool:
        """Every edge is shared by exactly two faces."""
        return len(self.faces) > 0 and bool(np.all(self._edge_uses == 2))

    def _moved(self, vertices: np.ndarray) -> Mesh:
        out = Mesh(vertices, self.faces)
        if "_edge_uses" in self.__dict__:  # same triangles: same edges
            out.__dict__["_edge_uses"] = self.__dict__["_edge_uses"]
        return out

    def translated(self, shift: Any) -> Mesh:
        """Moved by ``shift`` (x, y, z), mm."""
        return self._moved(self.vertices + np.asarray(shift, float))

    def turned_quarter(self) -> Mesh:
        """Turned 90° around the vertical axis."""
        v = self.vertices
        return self._moved(np.column_stack([-v[:, 1], v[:, 0], v[:, 2]]))

    @property
    def used_vertices(self) -> np.ndarray:
        """The corners that some triangle uses."""
        used = np.zeros(len(self.vertices), bool)
        used[self.faces.ravel()] = True
        return self.vertices[used]


def _merge(corners: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Join corners that are at the same place (to the micrometre): vertices and faces.

    ``corners`` are the file's float32 triangle corners, (3 m, 3). Each corner becomes one
    64-bit number (21 bits per axis, in micrometres), so a single sort finds duplicates.
    """
    n = len(corners)
    lows = [float(corners[:, c].min()) for c in range(3)] if n else [0.0] * 3
    spans = [float(corners[:, c].max()) - lo for c, lo in enumerate(lows)] if n else [0.0] * 3
    # (few big arrays, each reused: a fresh one costs its pages on first touch)
    buf = np.empty(n, np.float64)
    part = np.empty(n, np.int64)
    if max(spans) * 1000 < (1 << 21) - 2:
        key = np.zeros(n, np.int64)
        for c, shift in ((0, 42), (1, 21), (2, 0)):
            np.subtract(corners[:, c], lows[c], out=buf, dtype=np.float64)
            np.multiply(buf, 1000.0, out=buf)
            np.rint(buf, out=buf)
            np.copyto(part, buf, casting="unsafe")
            np.left_shift(part, shift, out=part)
            np.bitwise_or(key, part, out=key)
        order = np.argsort(key)
        ordered = np.take(key, order, out=part)
        new = np.empty(n, bool)
        new[:1] = True
        np.not_equal(ordered[1:], ordered[:-1], out=new[1:])
        rank = key  # its numbers are not needed any more: the buffer is
    else:  # a part over 2 m: sort the exact bit patterns instead
        bits = np.ascontiguousarray(corners + np.float32(0.0)).view(np.uint32)
        order = np.lexsort((bits[:, 2], bits[:, 1], bits[:, 0]))
        ordered = bits[order]
        new = np.empty(n, bool)
        new[:1] = True
        np.any(ordered[1:] != ordered[:-1], axis=1, out=new[1:])
        rank = part
    del ordered, buf
    np.cumsum(new, out=rank)
    rank -= 1
    inverse = np.empty(n, np.int64)
    inverse[order] = rank
    vertices = corners[order[new]].astype(np.float64)
    return vertices, inverse.reshape(-1, 3)


def read_stl(path: str | Path) -> Mesh:
    """An STL file (binary or text; every solid in it) as one :class:`Mesh`.

    A file that is not a good STL raises a :class:`~makerkit.errors.ModelError` saying why.
    """
    from makerkit.model.stl import read_stl as read_triangles

    solids = read_triangles(path)
    corners = (
        solids[0].reshape(-1, 9)
        if len(solids) == 1
        else np.concatenate([t.reshape(-1, 9) for t in solids])
    )
    if not np.isfinite(corners).all():  # rare: copy the good triangles only then
        corners = corners[np.all(np.isfinite(corners), axis=1)]
    corners = corners.reshape(-1, 3)
    vertices, faces = _merge(corners)
    # drop triangles that collapsed to a line or a point
    ok = (faces[:, 0] != faces[:, 1]) & (faces[:, 1] != faces[:, 2]) & (faces[:, 0] != faces[:, 2])
    return Mesh(vertices, faces[ok])


def write_stl(mesh: Mesh, path: str | Path) -> Path:
    """Write ``mesh`` as a binary STL file (for the other slicers)."""
    from makerkit.model.stl import write_stl as write_triangles

    return write_triangles([mesh.vertices[mesh.faces]], path, backup=False)
