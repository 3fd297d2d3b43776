"""Several objects on one plate: packed side by side on the bed, sliced as one print.

``slice([tag_a, tag_b, tag_c], "prusa-mk4")`` packs the objects on the bed with a margin
between them (trimesh's rectangle packing, turning an object a quarter turn when that
fits better), then slices them together: one G-code file, one skirt around them all,
travels from one to the next with a retraction. The result's ``plate`` says where each
object went, so a picture or a label can name them.

A file or a ``Solid`` that already holds several separate pieces is sliced as it is:
its pieces keep the places they were given.

>>> import trimesh
>>> plate = arrange([trimesh.creation.box((30, 20, 3))] * 3, "prusa-mini")
>>> len(plate.placements), plate.placements[0].turned
(3, False)
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from makerkit.errors import SliceError

__all__ = ["MARGIN_MM", "EDGE_MM", "Placement", "Plate", "arrange"]

MARGIN_MM = 5.0  # between two objects: room to travel between them and to take them off
EDGE_MM = 10.0  # from the bed's edges: room for the skirt around everything


@dataclass
class Placement:
    """Where object ``index`` (its place in the list given) went on the bed, mm.

    ``x_mm``, ``y_mm``: the front-left corner of its footprint; ``width_mm``, ``depth_mm``:
    the footprint; ``turned``: a quarter turn was made so that everything fits.
    """

    index: int
    x_mm: float
    y_mm: float
    width_mm: float
    depth_mm: float
    turned: bool

    @property
    def centre_mm(self) -> tuple[float, float]:
        """The middle of its footprint on the bed."""
        return (self.x_mm + self.width_mm / 2, self.y_mm + self.depth_mm / 2)

    def to_dict(self) -> dict[str, Any]:
        return {k: (round(v, 3) if isinstance(v, float) else v) for k, v in vars(self).items()}


@dataclass
class Plate:
    """Objects packed on a bed: the ``mesh`` of them all and each one's ``placements``."""

    mesh: Any  # makerkit.slicing.mesh.Mesh, standing on z = 0 where the bed is
    placements: list[Placement]

    def moved(self, dx_mm: float, dy_mm: float) -> Plate:
        """The same plate shifted on the bed (the slicer centres a print on the bed)."""
        return Plate(
            self.mesh.translated((dx_mm, dy_mm, 0.0)),
            [
                Placement(p.index, p.x_mm + dx_mm, p.y_mm + dy_mm, p.width_mm, p.depth_mm,
                          p.turned)
                for p in self.placements
            ],
        )  # fmt: skip


def arrange(
    models: list[Any],
    printer: Any = "prusa-mk4",
    margin_mm: float = MARGIN_MM,
    edge_mm: float = EDGE_MM,
) -> Plate:
    """Pack ``models`` (``Solid``, trimesh, file names …) side by side on ``printer``'s bed.

    Each object lies as it was modelled (its lowest point on the bed); it may be turned a
    quarter turn. Objects that cannot all fit raise a :class:`~makerkit.errors.SliceError`
    naming them.
    """
    from trimesh.path.packing import rectangles

    from makerkit.i18n import number
    from makerkit.printers import get_printer
    from makerkit.slicing.mesh import Mesh
    from makerkit.slicing.model_input import as_mesh

    printer = get_printer(printer)
    meshes = [as_mesh(m) for m in models]
    if not meshes:
        raise SliceError("slicing.empty")
    for k, m in enumerate(meshes, start=1):
        if len(m.faces) == 0:
            raise SliceError("slicing.plate_empty_object", index=k)
    used = [m.used_vertices for m in meshes]
    lo = np.array([u.min(axis=0) for u in used])
    hi = np.array([u.max(axis=0) for u in used])
    extents = hi[:, :2] - lo[:, :2]
    bed = np.array(printer.bed_mm[:2], float)
    room = bed - 2 * edge_mm + margin_mm  # the last margin may reach into the edge
    bounds, fits = rectangles(extents + margin_mm, size=room, rotate=True, seed=0)
    fits = np.asarray(fits, bool)
    if not fits.all():
        left_out = [str(k + 1) for k in np.flatnonzero(~fits)]
        raise SliceError(
            "slicing.plate_too_full",
            objects=", ".join(left_out),
            count=len(meshes),
            printer=printer.name,
            x=number(float(bed[0]), 0),
            y=number(float(bed[1]), 0),
        )
    vertices, faces, placements, offset = [], [], [], 0
    for box, k in zip(bounds, np.flatnonzero(fits), strict=True):
        v = meshes[k].vertices - lo[k]
        w, d = extents[k]
        got = box[1] - box[0] - margin_mm
        turned = bool(abs(got[0] - d) < 1e-6 and abs(got[1] - w) < 1e-6 and abs(w - d) > 1e-6)
        if turned:  # a quarter turn, then back into the positive quadrant
            v = np.column_stack([d - v[:, 1], v[:, 0], v[:, 2]])
        corner = box[0] + edge_mm
        vertices.append(v + [corner[0], corner[1], 0.0])
        faces.append(meshes[k].faces + offset)
        offset += len(v)
        placements.append(
            Placement(int(k), float(corner[0]), float(corner[1]), float(got[0]), float(got[1]),
                      turned)
        )  # fmt: skip
    placements.sort(key=lambda p: p.index)
    return Plate(Mesh(np.concatenate(vertices), np.concatenate(faces)), placements)
