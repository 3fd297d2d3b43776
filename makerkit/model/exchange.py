"""Reading and writing 3D files: STL (binary and text), 3MF and OBJ.

A file that cannot be read gives a :class:`~makerkit.errors.ModelError` that says why
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
import re
import warnings
from pathlib import Path

import numpy as np

from makerkit.errors import ModelError
from makerkit.files import read_bytes, write_bytes
from makerkit.model.solid import Solid

__all__ = ["load", "save", "FORMATS", "UNITS"]

FORMATS = (".stl", ".3mf", ".obj")
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
_BINARY_STL = np.dtype([("normal", "<f4", (3,)), ("points", "<f4", (9,)), ("attribute", "<u2")])
_NUMBER = r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?"
_VERTEX = re.compile(rf"vertex\s+({_NUMBER})\s+({_NUMBER})\s+({_NUMBER})")
_FACET = re.compile(rf"facet\s+normal\s+{_NUMBER}\s+{_NUMBER}\s+{_NUMBER}")


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
    data = read_bytes(p)
    if not data.strip():
        raise ModelError("model.file_empty", path=str(path))
    about = ("model.about_file", {"name": p.name})
    if suffix == ".stl":
        vertices, faces = _read_stl(data, str(path))
        if not np.all(np.isfinite(vertices)):
            raise ModelError("model.bad_numbers", path=str(path))
        # Most files are closed: join their corners and go straight to a solid.
        closed = Solid._closed_from(*_shared_corners(vertices, faces), about)
        if closed is not None:
            return _apply_unit(closed, unit, str(path))
        import trimesh

        mesh = trimesh.Trimesh(vertices=vertices, faces=faces, process=True)
    else:
        mesh = _read_other(data, suffix, str(path))
    if len(mesh.faces) == 0:
        raise ModelError("model.no_faces", path=str(path))
    if not np.all(np.isfinite(mesh.vertices)):
        raise ModelError("model.bad_numbers", path=str(path))
    solid = Solid.from_trimesh(mesh, about=about)
    return _apply_unit(solid, unit, str(path))


def _shared_corners(vertices: np.ndarray, faces: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """STL repeats each corner in every triangle: keep one of each and renumber the faces."""
    exact = np.ascontiguousarray(vertices.astype(np.float32) + np.float32(0.0))  # -0.0 is 0.0
    rows = exact.view(np.dtype((np.void, exact.dtype.itemsize * 3))).ravel()
    _, first, inverse = np.unique(rows, return_index=True, return_inverse=True)
    return exact[first], inverse.ravel()[faces]


def _apply_unit(solid: Solid, unit: str, path: str) -> Solid:
    from makerkit.i18n import t
    from makerkit.model.units import guess_unit

    if unit == "auto":
        guess = guess_unit(solid)
        return solid.scale(guess.scale) if guess else solid
    if unit not in UNITS:
        raise ModelError("model.unknown_unit", unit=unit, valid=", ".join(UNITS))
    if UNITS[unit] != 1.0:
        return solid.scale(UNITS[unit])
    guess = guess_unit(solid)
    if guess is not None:
        hint = t(guess.key, **guess.values)
        warnings.warn(t("model.units_warning", path=path, hint=hint), UserWarning, stacklevel=3)
    return solid


def _read_stl(data: bytes, path: str) -> tuple[np.ndarray, np.ndarray]:
    """Vertices and faces of a binary or text STL, or a clear error."""
    if len(data) >= 84:
        count = int(np.frombuffer(data, "<u4", 1, 80)[0])
        if 84 + 50 * count == len(data):
            records = np.frombuffer(data, _BINARY_STL, count, 84)
            vertices = records["points"].reshape(-1, 3).astype(np.float64)
            return vertices, np.arange(len(vertices)).reshape(-1, 3)
    head = data[:512].lstrip()
    looks_text = _is_text(data[:4096])
    if head[:5].lower() == b"solid" and looks_text:
        return _read_ascii_stl(data, path)
    if looks_text:
        raise ModelError("model.stl_is_text", path=path)
    if len(data) >= 84:
        count = int(np.frombuffer(data, "<u4", 1, 80)[0])
        if 0 < count < 50_000_000 and 84 + 50 * count > len(data):
            raise ModelError(
                "model.stl_truncated", path=path, faces=count, found=max(0, (len(data) - 84) // 50)
            )
    raise ModelError("model.not_a_model", path=path)


def _stl_bytes(solid: Solid, ascii: bool) -> bytes:
    """STL written with numpy: binary (compact) or text (readable)."""
    vertices, faces = solid.triangles()
    tri = vertices[faces].astype(np.float32)
    cross = np.cross(tri[:, 1] - tri[:, 0], tri[:, 2] - tri[:, 0])
    length = np.linalg.norm(cross, axis=1, keepdims=True)
    normals = (cross / np.where(length > 0, length, 1.0)).astype(np.float32)
    if ascii:
        facet = (
            "facet normal {:e} {:e} {:e}\n outer loop\n"
            "  vertex {:e} {:e} {:e}\n  vertex {:e} {:e} {:e}\n  vertex {:e} {:e} {:e}\n"
            " endloop\nendfacet\n"
        )
        rows = np.hstack([normals, tri.reshape(-1, 9)]).tolist()
        body = "".join(facet.format(*row) for row in rows)
        return f"solid makerkit\n{body}endsolid makerkit\n".encode("ascii")
    records = np.zeros(len(faces), dtype=_BINARY_STL)
    records["normal"] = normals
    records["points"] = tri.reshape(-1, 9)
    header = b"binary STL written by makerkit".ljust(80, b" ")
    return header + np.uint32(len(faces)).tobytes() + records.tobytes()


def _is_text(sample: bytes) -> bool:
    try:
        text = sample.decode("utf-8")
    except UnicodeDecodeError:
        try:  # the cut may fall inside a multi-byte letter
            text = sample[:-4].decode("utf-8")
        except UnicodeDecodeError:
            return False
    return all(c.isprintable() or c in "\r\n\t" for c in text)


def _read_ascii_stl(data: bytes, path: str) -> tuple[np.ndarray, np.ndarray]:
    """A strict reader for text STL that names the line of the first mistake."""
    text = data.decode("utf-8", errors="replace")
    points: list[tuple[str, str, str]] = []
    expect = "solid"
    in_loop = 0
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip().lower()  # some programs write FACET NORMAL in capitals
        if not line:
            continue
        word = line.split(None, 1)[0].lower()
        ok = True
        if word == "solid":
            ok = expect == "solid"
            expect = "facet"
        elif word == "facet":
            ok = expect in ("facet",) and _FACET.fullmatch(line) is not None
            expect = "outer"
        elif word == "outer":
            ok = expect == "outer" and line.split() == ["outer", "loop"]
            expect, in_loop = "vertex", 0
        elif word == "vertex":
            found = _VERTEX.fullmatch(line)
            ok = expect == "vertex" and found is not None and in_loop < 3
            if ok:
                points.append(found.groups())
                in_loop += 1
        elif word == "endloop":
            ok = expect == "vertex" and in_loop == 3
            expect = "endfacet"
        elif word == "endfacet":
            ok = expect == "endfacet"
            expect = "facet"
        elif word == "endsolid":
            ok = expect == "facet"
            expect = "end"
        else:
            ok = False
        if not ok:
            raise ModelError("model.stl_syntax", path=path, line=number, text=raw.strip()[:60])
    if expect != "end" and expect != "facet":
        raise ModelError("model.stl_syntax", path=path, line=number, text=line[:60])
    if not points:
        raise ModelError("model.no_faces", path=path)
    vertices = np.array(points, dtype=np.float64)
    return vertices, np.arange(len(vertices)).reshape(-1, 3)


def _read_other(data: bytes, suffix: str, path: str):
    import trimesh

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
    if suffix == ".stl":
        return write_bytes(p, _stl_bytes(solid, ascii))
    import trimesh

    mesh = solid.to_trimesh()
    if suffix == ".3mf":
        data = trimesh.exchange.threemf.export_3MF(mesh)
    else:
        data = trimesh.exchange.obj.export_obj(mesh, include_normals=False).encode("utf-8")
    return write_bytes(p, data)
