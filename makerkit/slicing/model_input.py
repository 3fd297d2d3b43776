"""Get a model ready for slicing: read it, repair it if safe, check its size, put it on the bed.

Every problem a beginner's file can have becomes a :class:`~makerkit.errors.SliceError`
that says what is wrong and what to do (scale it, repair it, choose a bigger printer).

>>> import trimesh
>>> from makerkit.printers import get_printer
>>> mesh, notes = prepare_mesh(trimesh.creation.box((20, 20, 20)), get_printer("prusa-mini"))
>>> [round(float(v), 1) for v in mesh.bounds[0]], notes
([80.0, 80.0, 0.0], [])
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import numpy as np

from makerkit.errors import SliceError
from makerkit.printers import Printer
from makerkit.slicing.mesh import Mesh, column_bounds, read_stl

__all__ = ["as_mesh", "prepare_mesh"]

# A part smaller than this along its largest side was most likely drawn in other units.
_TOO_SMALL_MM = 3.0
# Outside these sizes the modelling loader's unit sense is asked for its opinion.
_UNIT_CHECK_MM = (10.0, 2000.0)


def as_mesh(model: Any) -> Mesh:
    """A :class:`Mesh` from a file name, a makerkit ``Solid``, a trimesh or a ``Mesh``."""
    if isinstance(model, Mesh):
        return model
    if isinstance(model, str | os.PathLike):
        path = Path(model)
        if not path.exists():
            raise SliceError("core.file_missing", path=str(path))
        if path.is_dir():
            raise SliceError("core.file_is_folder", path=str(path))
        mesh = read_stl(path) if path.suffix.lower() == ".stl" else None
        if mesh is not None:
            size = float(mesh.extents.max()) if len(mesh.faces) else 0.0
            if len(mesh.faces) and not _UNIT_CHECK_MM[0] <= size <= _UNIT_CHECK_MM[1]:
                _load_in_mm(path)  # says which scale to apply when the units look wrong
            return mesh
        model = _load_in_mm(path)
    if hasattr(model, "to_trimesh"):
        model = model.to_trimesh()
    if hasattr(model, "to_mesh") and not hasattr(model, "faces"):  # a trimesh Scene
        model = model.to_mesh()
    if hasattr(model, "vertices") and hasattr(model, "faces"):
        return Mesh(np.asarray(model.vertices), np.asarray(model.faces))
    raise SliceError("slicing.not_a_model", kind=type(model).__name__)


def _load_in_mm(path: Path) -> Any:
    """Read a file with the modelling loader; refuse one that is clearly not in millimetres."""
    import warnings

    from makerkit.i18n import t

    try:
        from makerkit.model import load
        from makerkit.model.units import guess_unit
    except ImportError:  # pragma: no cover - the modelling package is part of makerkit
        import trimesh

        try:
            return trimesh.load(path, force="mesh")
        except Exception as exc:
            raise SliceError("core.file_unreadable", path=str(path), reason=str(exc)) from exc
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the error below says it with the scale to apply
        solid = load(path)
    guess = guess_unit(solid)
    if guess is not None:
        raise SliceError("slicing.wrong_units", path=str(path), hint=t(guess.key, **guess.values))
    return solid


def _scale_hint(size_mm: float, target_lo: float, target_hi: float) -> str:
    """The unit scale that brings ``size_mm`` into a printable range, as ``25.4`` etc."""
    for factor, label in ((25.4, "25.4"), (10.0, "10"), (1000.0, "1000"), (0.1, "0.1")):
        if target_lo <= size_mm * factor <= target_hi:
            return label
    return "25.4" if size_mm < target_lo else "0.1"


def _repair(mesh: Mesh, notes: list[str]) -> Mesh:
    """Close small holes with trimesh; refuse when closing would invent walls."""
    import trimesh

    broken = mesh.open_edges
    tm = trimesh.Trimesh(mesh.vertices, mesh.faces, process=True)
    area_before = float(tm.area)
    trimesh.repair.fix_winding(tm)
    trimesh.repair.fill_holes(tm)
    repaired = Mesh.from_trimesh(tm)
    patched = float(tm.area) - area_before
    if repaired.is_watertight and patched <= 0.1 * area_before:
        notes.append("slicing.repaired")
        return repaired
    if not repaired.is_watertight and broken <= 0.05 * mesh.edge_count:
        notes.append("slicing.open_tolerated")
        return mesh
    raise SliceError("slicing.open_mesh", edges=broken)


def prepare_mesh(model: Any, printer: Printer) -> tuple[Mesh, list[str]]:
    """A closed copy of the model standing on the middle of the bed, and notes on repairs.

    Refuses (with a :class:`SliceError`) an empty model, a flat one, one that is far too
    small (wrong units: the message says which scale to apply) or bigger than the bed.
    """
    mesh = as_mesh(model)
    notes: list[str] = []
    if len(mesh.faces) == 0 or len(mesh.vertices) == 0:
        raise SliceError("slicing.empty")
    lo, hi = column_bounds(mesh.used_vertices)
    size = hi - lo
    largest = float(size.max())
    bed_x, bed_y, bed_z = printer.bed_mm
    if largest < _TOO_SMALL_MM:
        raise SliceError(
            "slicing.too_small", size=largest, scale=_scale_hint(largest, 10, min(bed_x, bed_y))
        )
    if size[2] < 0.05:
        raise SliceError("slicing.flat", width=float(size[0]), depth=float(size[1]))
    if not mesh.is_watertight:
        mesh = _repair(mesh, notes)
    if size[0] > bed_x or size[1] > bed_y or size[2] > bed_z:
        fits_turned = size[1] <= bed_x and size[0] <= bed_y and size[2] <= bed_z
        if not fits_turned:
            raise SliceError(
                "slicing.too_big",
                x=float(size[0]),
                y=float(size[1]),
                z=float(size[2]),
                printer=printer.name,
                bx=bed_x,
                by=bed_y,
                bz=bed_z,
            )
        mesh = mesh.turned_quarter()
        notes.append("slicing.turned")
    lo, hi = column_bounds(mesh.used_vertices)
    centre = np.array([bed_x / 2, bed_y / 2])
    shift = np.r_[centre - (lo[:2] + hi[:2]) / 2, -lo[2]]
    return mesh.translated(shift), notes
