"""STL files (binary and text), read and written with numpy-stl.

numpy-stl does the reading and writing (with its C ``speedups`` for text files); this
module decides which kind a file is, turns every way a file can be broken into a
:class:`~makerkit.errors.ModelError` that says what to do, and writes through
:func:`makerkit.files.writing` (atomic, with a backup of the previous version).

A text STL may hold several solids (``solid … endsolid`` blocks, as slicers' test files
and some CAD exports do): :func:`read_stl` gives one array of triangles per solid.

>>> import tempfile, os, numpy as np
>>> triangle = np.array([[[0, 0, 0], [10, 0, 0], [0, 10, 0]]], dtype=np.float32)
>>> path = os.path.join(tempfile.mkdtemp(), "t.stl")
>>> _ = write_stl([triangle], path, ascii=True)
>>> [len(t) for t in read_stl(path)]
[1]
"""

from __future__ import annotations

import io
import os
import re
import tempfile
import warnings
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from makerkit.errors import ModelError

__all__ = ["read_stl", "write_stl", "MAX_TRIANGLES"]

MAX_TRIANGLES = 20_000_000  # 1 GB of binary STL: far beyond any desk print
_HEADER = b"binary STL written by makerkit".ljust(80, b" ")
_SOLID_NAME = "makerkit"
_KEYWORDS = (b"facet normal", b"outer loop", b"endloop")  # once per triangle in a good file
# numpy-stl's C reader names the line of a mistake: "Cannot read vertex (4:b'vertex abc')".
_C_MISTAKE = re.compile(rb"\((\d+):b(['\"])(.*)\2\)\s*$")
_PY_MISTAKE = re.compile(rb"b(['\"])(.*?)\1 should start with")


def _mesh_class():
    """numpy-stl's mesh class, writing makerkit's own fixed header (not today's date:
    saving the same solid twice gives the same bytes, so no needless backup is made)."""
    from stl import mesh

    class _Mesh(mesh.Mesh):
        def get_header(self, name) -> str:
            return _HEADER.decode("ascii")

    return _Mesh


def read_stl(path: str | os.PathLike) -> list[np.ndarray]:
    """The triangles of an STL file, one ``(n, 3, 3)`` float32 array per solid, or a clear error.

    Binary STL has one solid; a text STL may have several.
    """
    p = Path(path)
    with p.open("rb") as f:
        size = os.fstat(f.fileno()).st_size
        sample = f.read(4096)
        f.seek(0)
        count = int(np.frombuffer(sample, "<u4", 1, 80)[0]) if len(sample) >= 84 else 0
        looks_text = _is_text(sample)
        if count and 84 + 50 * count <= size and (84 + 50 * count == size or not looks_text):
            # Binary: the size the header announces (some programs add bytes at the end).
            if count > MAX_TRIANGLES:
                raise ModelError("model.too_many_faces", path=str(path), limit=MAX_TRIANGLES)
            return [_read_binary(f, str(path))]
        if sample.lstrip()[:5].lower() == b"solid" and looks_text:
            if size > 80 * MAX_TRIANGLES:  # text STL: about 250 bytes per triangle
                raise ModelError("model.too_many_faces", path=str(path), limit=MAX_TRIANGLES)
            return _read_text(f, str(path))
    if looks_text:
        raise ModelError("model.stl_is_text", path=str(path))
    if 0 < count < MAX_TRIANGLES and 84 + 50 * count > size:
        raise ModelError(
            "model.stl_truncated", path=str(path), faces=count, found=max(0, (size - 84) // 50)
        )
    raise ModelError("model.not_a_model", path=str(path))


def _read_binary(f, path: str) -> np.ndarray:
    import stl

    found = _mesh_class().from_file(path, fh=f, mode=stl.Mode.BINARY, calculate_normals=False)
    return np.asarray(found.vectors, dtype=np.float32)


def _read_text(f, path: str) -> list[np.ndarray]:
    """Every solid of a text STL: numpy-stl's C reader, checked, or its strict Python reader."""
    data = f.read()
    f.seek(0)
    clean = data.rstrip() + b"\n"
    lone_cr = data.count(b"\r") != data.count(b"\r\n")
    if lone_cr:  # old Mac files end lines with CR alone
        clean = clean.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    # numpy-stl reads LF and CRLF files, but stumbles on blank lines after the last solid:
    # such files (and CR files) are given to it cleaned, in a file its C reader can use.
    if lone_cr or data[len(data.rstrip()) :].count(b"\n") > 1:
        with tempfile.TemporaryFile() as copy:
            copy.write(clean)
            copy.seek(0)
            return _checked_solids(copy, path, clean)
    return _checked_solids(f, path, clean)


def _checked_solids(f, path: str, clean: bytes) -> list[np.ndarray]:
    solids = _numpy_stl_solids(f, path, clean, strict=False)
    total = sum(len(s) for s in solids)
    low = clean.lower()
    # The C reader skips the keyword of a vertex line ("vertx 1 2 3" reads): count the
    # keywords, and let the strict Python reader name the mistake if one is missing.
    if low.count(b"vertex") != 3 * total or any(low.count(k) != total for k in _KEYWORDS):
        f.seek(0)
        solids = _numpy_stl_solids(f, path, clean, strict=True)
    if not any(len(s) for s in solids):
        raise ModelError("model.no_faces", path=path)
    return [s for s in solids if len(s)]


def _numpy_stl_solids(f, path: str, data: bytes, strict: bool) -> list[np.ndarray]:
    import stl

    reader = _mesh_class().from_multi_file(
        path, fh=f, mode=stl.Mode.ASCII, speedups=not strict, calculate_normals=False
    )
    solids = []
    try:
        # numbers beyond float32 become inf (refused later, in words): no raw numpy warning
        with np.errstate(all="ignore"), warnings.catch_warnings():
            warnings.simplefilter("ignore")
            found_all = list(reader)
        for found in found_all:
            solids.append(np.asarray(found.vectors, dtype=np.float32))
            if sum(len(s) for s in solids) > MAX_TRIANGLES:
                raise ModelError("model.too_many_faces", path=path, limit=MAX_TRIANGLES)
    except (RuntimeError, AssertionError, ValueError, IndexError, StopIteration) as exc:
        raise _text_mistake(exc, path, data) from None
    return solids


def _text_mistake(exc: BaseException, path: str, data: bytes) -> ModelError:
    """The error for a broken text STL: the line of the mistake when numpy-stl names it."""
    said = str(exc.args[-1] if exc.args else exc).encode("utf-8", "replace")
    line_text, line_hint = None, 1
    if found := _C_MISTAKE.search(said):
        line_hint, line_text = int(found[1]), found[3]
    elif found := _PY_MISTAKE.search(said):
        line_text = found[2]
    if not line_text or not line_text.strip():
        return ModelError("model.stl_text_cut", path=path)
    text = line_text.decode("utf-8", "replace").strip()
    line = _line_number(data, text, line_hint)
    return ModelError("model.stl_syntax", path=path, line=line, text=text[:60])


def _line_number(data: bytes, text: str, at_least: int) -> int | str:
    """The number of the first line reading ``text`` (numpy-stl counts lines per solid)."""
    wanted = text.lower()
    for number, raw in enumerate(io.BytesIO(data), start=1):
        if number >= at_least and raw.decode("utf-8", "replace").strip().lower() == wanted:
            return number
    return at_least


def _is_text(sample: bytes) -> bool:
    try:
        text = sample.decode("utf-8")
    except UnicodeDecodeError:
        try:  # the cut may fall inside a multi-byte letter
            text = sample[:-4].decode("utf-8")
        except UnicodeDecodeError:
            return False
    return all(c.isprintable() or c in "\r\n\t" for c in text)


def write_stl(
    parts: Sequence[np.ndarray],
    path: str | os.PathLike,
    *,
    ascii: bool = False,
    backup: bool = True,
) -> Path:
    """Write triangles (``(n, 3, 3)`` arrays in mm) as one STL solid, atomically.

    ``ascii=True`` writes text STL (readable, about five times bigger); it is written
    with 6 decimals (a millionth of a millimetre). A differing file already there is kept
    in ``.makerkit-backup/`` unless ``backup=False`` (work files).
    """
    import stl

    from makerkit.files import writing

    triangles = np.concatenate([np.asarray(t, dtype=np.float32).reshape(-1, 3, 3) for t in parts])
    mesh_class = _mesh_class()
    data = np.zeros(len(triangles), dtype=mesh_class.dtype)
    data["vectors"] = triangles
    found = mesh_class(data, calculate_normals=False, name=_SOLID_NAME)
    found.update_normals(update_areas=False, update_centroids=False)
    found.normals[:] = found.get_unit_normals()
    mode = stl.Mode.ASCII if ascii else stl.Mode.BINARY
    with writing(path, backup=backup) as f:
        found.save(_SOLID_NAME, fh=f, mode=mode, update_normals=False)
    return Path(path).expanduser()
