"""Reading and writing 3D files: STL (binary and text), 3MF and OBJ.

STL goes through numpy-stl (:mod:`makerkit.model.stl`), 3MF and OBJ through trimesh.
A text STL holding several solids loads as one :class:`Solid` whose
:attr:`~Solid.parts` are those solids. A file that cannot be read gives a :class:`~makerkit.errors.ModelError` that says why
(empty, cut short, not a 3D file, a mistake on line N) and what to do. A file in other
units than millimetres is read as it is; :func:`load` says so (and ``unit="inch"`` or
``unit="auto"`` scales it).

>>> import tempfile, os
>>> from makerkit.model import box
>>> path = os.path.join(tempfile.mkdtemp(), "cube.stl")
>>> _ = box(20, 20, 20).save(path)
>>> load(path).size_mm
(20.0, 20.0, 20.0)
"""

from __future__ import annotations

import io
import os
import warnings
from pathlib import Path

import numpy as np

from makerkit.errors import InputFileError, ModelError
from makerkit.files import read_bytes, write_bytes
from makerkit.model.solid import Solid, quiet_trimesh

__all__ = ["load", "save", "FORMATS", "UNITS", "MAX_FILE_BYTES", "MAX_COORDINATE"]

FORMATS = (".stl", ".3mf", ".obj")
MAX_FILE_BYTES = 512 * 1024 * 1024  # a 3MF or OBJ file larger than this is refused
# Coordinates beyond this (100 km in mm, 100 m in micrometres) are no printable model; larger
# numbers overflow the geometry engines' integer grids.
MAX_COORDINATE = 1e8  # the messages say "100 million"
# How many millimetres one unit of a file is.
UNITS = {"mm": 1.0, "cm": 10.0, "m": 1000.0, "inch": 25.4, "in": 25.4}

# Units a 3MF file may declare (3MF core specification), in millimetres.
_FILE_UNITS = {
    "micron": 0.001,
    "millimeter": 1.0,
    "centimeter": 10.0,
    "inch": 25.4,
    "foot": 304.8,
    "meter": 1000.0,
}


def _format(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ModelError("model.unknown_format", path=str(path), formats=", ".join(FORMATS))
    return suffix


def load(path: str | os.PathLike, unit: str = "mm") -> Solid:
    """Read a 3D model file (``.stl``, ``.3mf``, ``.obj``) as a :class:`Solid`.

    ``unit`` is the unit the file was drawn in (``"mm"``, ``"cm"``, ``"m"``, ``"inch"``), or
    ``"auto"`` to let makerkit guess from the size. A model that looks drawn in other
    units gets a warning that says the scale to apply.
    """
    from makerkit.files import existing_file

    p = existing_file(path)
    suffix = _format(p)
    _refuse_empty(p, str(path))
    about = ("model.about_file", {"name": p.name})
    if suffix == ".stl":
        from makerkit.model.stl import read_stl

        try:
            solids = read_stl(p)
        except OSError as exc:
            raise InputFileError(
                "core.file_unreadable", path=str(path), reason=exc.strerror
            ) from exc
        return _apply_unit(_from_triangle_sets(solids, about, str(path)), unit, str(path))
    if p.stat().st_size > MAX_FILE_BYTES:
        raise ModelError("model.file_too_big", path=str(path), limit_mb=MAX_FILE_BYTES >> 20)
    with quiet_trimesh():
        mesh = _read_other(read_bytes(p), suffix, str(path))
        _check_mesh(mesh, str(path))
        solid = Solid.from_trimesh(mesh, about=about)
    return _apply_unit(solid, unit, str(path))


def _check_mesh(mesh, path: str) -> None:
    """Refuse what trimesh read but is no solid: points without three coordinates,
    corners that are not numbers, triangles pointing at corners that do not exist."""
    vertices, faces = np.asarray(mesh.vertices), np.asarray(mesh.faces)
    if vertices.ndim != 2 or vertices.shape[1] != 3:
        raise ModelError("model.bad_coordinates", path=path)
    if faces.ndim != 2 or faces.shape[1] != 3 or len(faces) == 0:
        raise ModelError("model.no_faces", path=path)
    _check_numbers(vertices, path)
    if faces.min() < 0 or faces.max() >= len(vertices):
        raise ModelError("model.not_a_model", path=path)


def _refuse_empty(p: Path, path: str) -> None:
    """A clear error for an empty file, or one holding only spaces and blank lines."""
    try:
        size = p.stat().st_size
    except OSError:
        return
    if size == 0 or (size <= 4096 and not read_bytes(p).strip()):
        raise ModelError("model.file_empty", path=path)


def _check_numbers(points: np.ndarray, path: str) -> None:
    if not np.all(np.isfinite(points)):
        raise ModelError("model.bad_numbers", path=path)
    if len(points) and np.abs(points).max() > MAX_COORDINATE:
        raise ModelError("model.too_far", path=path)


def _from_triangle_sets(sets: list[np.ndarray], about, path: str) -> Solid:
    """One solid from the triangles of each solid in a file (several solids: its parts)."""
    import manifold3d

    for triangles in sets:
        _check_numbers(triangles.reshape(-1, 3), path)
    pieces = []
    for triangles in sets:
        corners = triangles.reshape(-1, 3)
        vertices, faces = _shared_corners(corners, np.arange(len(corners)).reshape(-1, 3))
        # Most files are closed: join their corners and go straight to a solid.
        closed = Solid._closed_from(vertices, faces, about)
        if closed is None:
            pieces = None
            break
        pieces.append(closed._manifold)
    if pieces is not None:
        if len(pieces) == 1:
            return Solid(pieces[0], about=about)
        boxes = np.array([m.bounding_box() for m in pieces])
        apart = all(
            np.any(boxes[i, 3:] < boxes[j, :3]) or np.any(boxes[j, 3:] < boxes[i, :3])
            for i in range(len(pieces))
            for j in range(i + 1, len(pieces))
        )
        # Solids side by side (a plate of parts) are kept as they are; overlapping ones
        # are joined, as a slicer would print them.
        joined = (
            manifold3d.Manifold.compose(pieces)
            if apart
            else manifold3d.Manifold.batch_boolean(pieces, manifold3d.OpType.Add)
        )
        return Solid(joined, about=about)
    import trimesh

    # Not closed as written: trimesh joins corners a hair apart (rounding in the exporter)
    # and the solid may close then; otherwise it stays open, to be checked and repaired.
    corners = np.concatenate([t.reshape(-1, 3) for t in sets]).astype(np.float64)
    with quiet_trimesh():
        mesh = trimesh.Trimesh(vertices=corners, faces=np.arange(len(corners)).reshape(-1, 3))
        if len(mesh.faces) == 0:
            raise ModelError("model.no_faces", path=path)
        return Solid.from_trimesh(mesh, about=about)


def _shared_corners(vertices: np.ndarray, faces: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """STL repeats each corner in every triangle: keep one of each and renumber the faces."""
    exact = np.ascontiguousarray(vertices.astype(np.float32) + np.float32(0.0))  # -0.0 is 0.0
    rows = exact.view(np.dtype((np.void, exact.dtype.itemsize * 3))).ravel()
    _, first, inverse = np.unique(rows, return_index=True, return_inverse=True)
    return exact[first], inverse.ravel()[faces]


def _apply_unit(solid: Solid, unit: str, path: str) -> Solid:
    """The solid in millimetres; what was done (or what looks wrong) said in a warning."""
    from makerkit.i18n import t
    from makerkit.model.units import absurd_size, guess_unit

    def note(key: str, **values) -> None:
        warnings.warn(t(key, path=path, **values), UserWarning, stacklevel=4)

    if unit == "auto":
        guess = guess_unit(solid)
        if guess is None:
            return solid  # plausible in millimetres: never changed
        scaled = solid.scale(guess.scale)
        why = t(guess.reason, **guess.values)
        note("model.units_auto_done", unit_name=t(f"model.unit_name_{guess.unit}"),
             scale=f"{guess.scale:g}", why=why, **_size_words(scaled))  # fmt: skip
        return scaled
    if unit not in UNITS:
        raise ModelError("model.unknown_unit", unit=unit, valid=", ".join(UNITS))
    if UNITS[unit] != 1.0:
        scaled = solid.scale(UNITS[unit])
        if absurd_size(scaled):
            note("model.units_forced_absurd", unit_name=t(f"model.unit_name_{unit}"),
                 **_size_words(scaled))  # fmt: skip
        return scaled
    guess = guess_unit(solid)
    if guess is not None:
        note("model.units_warning", hint=t(guess.key, **guess.values))
    return solid


def _size_words(solid: Solid) -> dict[str, str]:
    from makerkit.model.words import number

    return dict(zip("xyz", (number(v, 1 if v >= 10 else 3) for v in solid.size_mm), strict=True))


def _read_other(data: bytes, suffix: str, path: str):
    import trimesh

    if suffix == ".3mf":
        from makerkit.model.threemf import bounded_3mf

        data = bounded_3mf(data, path)
    try:
        loaded = trimesh.load(io.BytesIO(data), file_type=suffix[1:], force="mesh", process=True)
    except Exception as exc:  # trimesh raises many kinds on broken files
        raise ModelError("model.not_a_model", path=path) from exc
    if not isinstance(loaded, trimesh.Trimesh):
        raise ModelError("model.not_a_model", path=path)
    # 3MF files say their unit: turn it into millimetres.
    unit = str(loaded.units or loaded.metadata.get("units") or "millimeter").lower()
    scale = _FILE_UNITS.get(unit.rstrip("s"), 1.0)
    if scale != 1.0:
        loaded.apply_scale(scale)
    return loaded


def save(solid: Solid, path: str | os.PathLike, *, ascii: bool = False) -> Path:
    """Write ``solid`` to ``path`` in the format its name ends with (``.stl``, ``.3mf``, ``.obj``)."""
    p = Path(path)
    suffix = _format(p)
    if solid.is_empty:
        raise ModelError("model.save_empty", path=str(path))
    if ascii and suffix != ".stl":
        raise ModelError("model.ascii_stl_only", path=str(path))
    if suffix == ".stl":
        from makerkit.model.stl import write_stl

        vertices, faces = solid.triangles()
        return write_stl([vertices[faces]], p, ascii=ascii)
    import trimesh

    with quiet_trimesh():
        mesh = solid.to_trimesh()
        if suffix == ".3mf":
            data = trimesh.exchange.threemf.export_3MF(mesh)
        else:
            data = trimesh.exchange.obj.export_obj(mesh, include_normals=False).encode("utf-8")
    return write_bytes(p, data)
