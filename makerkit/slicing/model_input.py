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

__all__ = ["as_trimesh", "prepare_mesh"]

# A part smaller than this along its largest side was most likely drawn in other units.
_TOO_SMALL_MM = 3.0


def as_trimesh(model: Any) -> Any:
    """A ``trimesh.Trimesh`` from a file name, a makerkit ``Solid`` or a trimesh."""
    import trimesh

    if isinstance(model, str | os.PathLike):
        path = Path(model)
        if not path.exists():
            raise SliceError("core.file_missing", path=str(path))
        if path.is_dir():
            raise SliceError("core.file_is_folder", path=str(path))
        try:
            from makerkit.model import load  # unit-aware loader, when present
        except ImportError:
            load = None
        if load is not None:
            model = _load_in_mm(load, path)
        else:
            try:
                model = trimesh.load(path, force="mesh")
            except Exception as exc:
                raise SliceError("core.file_unreadable", path=str(path), reason=str(exc)) from exc
    if hasattr(model, "to_trimesh"):
        model = model.to_trimesh()
    if isinstance(model, trimesh.Scene):
        model = model.to_mesh() if hasattr(model, "to_mesh") else model.dump(concatenate=True)
    if not isinstance(model, trimesh.Trimesh):
        raise SliceError("slicing.not_a_model", kind=type(model).__name__)
    return model


def _load_in_mm(load: Any, path: Path) -> Any:
    """Read a file with the modelling loader; refuse one that is clearly not in millimetres."""
    import warnings

    from makerkit.i18n import t

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the error below says it with the scale to apply
        solid = load(path)
    try:
        from makerkit.model.units import guess_unit
    except ImportError:
        return solid
    guess = guess_unit(solid)
    if guess is not None:
        raise SliceError("slicing.wrong_units", path=str(path), hint=t(guess.key, **guess.values))
    return solid


def _scale_hint(size_mm: float, target_lo: float, target_hi: float) -> str:
    """The unit scale that brings ``size_mm`` into a printable range, as ``×25.4`` etc."""
    for factor, label in ((25.4, "25.4"), (10.0, "10"), (1000.0, "1000"), (0.1, "0.1")):
        if target_lo <= size_mm * factor <= target_hi:
            return label
    return "25.4" if size_mm < target_lo else "0.1"


def prepare_mesh(model: Any, printer: Printer) -> tuple[Any, list[str]]:
    """A closed copy of the model standing on the middle of the bed, and notes on repairs.

    Refuses (with a :class:`SliceError`) an empty model, a flat one, one that is far too
    small (wrong units: the message says which scale to apply) or bigger than the bed.
    """
    import trimesh

    mesh = as_trimesh(model).copy()
    notes: list[str] = []
    if len(mesh.faces) == 0 or len(mesh.vertices) == 0:
        raise SliceError("slicing.empty")
    mesh.remove_unreferenced_vertices()
    size = np.ptp(mesh.vertices, axis=0)
    largest = float(size.max())
    bed_x, bed_y, bed_z = printer.bed_mm
    if largest < _TOO_SMALL_MM:
        raise SliceError(
            "slicing.too_small",
            size=largest,
            scale=_scale_hint(largest, 10, min(bed_x, bed_y)),
        )
    if size[2] < 0.05:
        raise SliceError("slicing.flat", width=float(size[0]), depth=float(size[1]))
    if not mesh.is_watertight:
        broken = len(trimesh.grouping.group_rows(mesh.edges_sorted, require_count=1))
        area_before = float(mesh.area)
        trimesh.repair.fix_winding(mesh)
        trimesh.repair.fill_holes(mesh)
        # a repair is safe when it only patches small holes, not when it invents walls
        patched = float(mesh.area) - area_before
        if mesh.is_watertight and patched <= 0.1 * area_before:
            notes.append("slicing.repaired")
        elif not mesh.is_watertight and broken <= 0.05 * len(mesh.edges_unique):
            notes.append("slicing.open_tolerated")
        else:
            raise SliceError("slicing.open_mesh", edges=broken)
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
        mesh.apply_transform(trimesh.transformations.rotation_matrix(np.pi / 2, [0, 0, 1]))
        notes.append("slicing.turned")
    lo, hi = mesh.bounds
    centre = np.array([bed_x / 2, bed_y / 2])
    shift = np.r_[centre - (lo[:2] + hi[:2]) / 2, -lo[2]]
    mesh.apply_translation(shift)
    return mesh, notes
