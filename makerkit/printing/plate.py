"""A class plate: several approved small jobs arranged on one bed, sliced once, sent as one job.

The models the jobs were sliced from are packed on the bed with a margin between them
(trimesh's rectangle packing, ``trimesh.path.packing.rectangles``, turning parts a quarter
turn when that fits better), sliced together for the target printer, checked by the same
safety gate as any job, and queued as one job already approved by the facilitator. Its
picture shows each part with its learner's pseudonym, with an alt text that says where
each one is. The parts follow the plate: when it prints, they print.

``makerkit print plate 3 4 5 --to atelier`` on the command line.
"""

from __future__ import annotations

import io
import time
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from makerkit.errors import PrintingError

__all__ = ["MARGIN_MM", "EDGE_MM", "Placement", "Plate", "arrange", "make_plate"]

MARGIN_MM = 5.0  # between two parts: room for the nozzle to travel and the parts to come off
EDGE_MM = 10.0  # from the bed's edges: room for the skirt around everything


@dataclass
class Placement:
    """Where one part went: its job, learner, footprint (mm) and whether it was turned."""

    job: int
    learner: str | None
    x_mm: float
    y_mm: float
    width_mm: float
    depth_mm: float
    turned: bool

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class Plate:
    """The plate's job (``submission``), its placements, picture and how long each step took."""

    submission: Any
    placements: list[Placement]
    picture: Any = None
    pack_s: float = 0.0
    slice_s: float = 0.0
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "parts": [p.to_dict() for p in self.placements],
            "pack_s": round(self.pack_s, 3),
            "slice_s": round(self.slice_s, 3),
            "alt": self.picture.alt if self.picture is not None else None,
        }


def arrange(
    meshes: list[Any],
    bed_mm: tuple[float, float],
    margin_mm: float = MARGIN_MM,
    edge_mm: float = EDGE_MM,
) -> tuple[list[Any], list[tuple[float, float, float, float, bool]], np.ndarray]:
    """Pack ``meshes`` (trimesh) on a bed of ``bed_mm``; each keeps its height and lies flat.

    Returns the moved meshes, each one's ``(x, y, width, depth, turned)`` on the packed
    area, and which of them fit (a boolean per mesh).

    >>> import trimesh
    >>> placed, where, fits = arrange([trimesh.creation.box((50, 20, 3))] * 4, (120, 120))
    >>> bool(fits.all()), len(placed)
    (True, 4)
    """
    import trimesh
    from trimesh.path.packing import rectangles

    extents = np.array([m.extents[:2] for m in meshes], float)
    area = np.array(bed_mm, float) - 2 * edge_mm + margin_mm  # the last margin may overhang
    bounds, fits = rectangles(extents + margin_mm, size=area, rotate=True, seed=0)
    placed, where = [], []
    for box, index in zip(bounds, np.flatnonzero(fits), strict=True):
        mesh = meshes[index].copy()
        w, d = extents[index]
        got = box[1] - box[0] - margin_mm
        turned = bool(abs(got[0] - d) < 1e-6 and abs(got[1] - w) < 1e-6 and abs(w - d) > 1e-6)
        if turned:
            mesh.apply_transform(trimesh.transformations.rotation_matrix(np.pi / 2, [0, 0, 1]))
        lo = mesh.bounds[0]
        mesh.apply_translation([box[0][0] - lo[0], box[0][1] - lo[1], -lo[2]])
        placed.append(mesh)
        where.append((float(box[0][0]), float(box[0][1]), float(got[0]), float(got[1]), turned))
    return placed, where, np.asarray(fits, bool)


def _model(queue: Any, job: Any) -> Any:
    import trimesh

    data = queue.model_stl(job.id)
    if not data:
        raise PrintingError("printing.plate_needs_model", id=job.id)
    return trimesh.load(io.BytesIO(data), file_type="stl", force="mesh")


def make_plate(queue: Any, job_ids: list[int], printer: str, margin_mm: float = MARGIN_MM) -> Plate:
    """Put the approved jobs ``job_ids`` on one plate for ``printer``; check it and queue it.

    The plate is queued already approved (the facilitator made it); a plate that does not
    pass the check is not queued and its jobs stay as they were.
    """
    import trimesh

    from makerkit.printers import get_printer
    from makerkit.printing.gate import Prepared, inspect
    from makerkit.printing.queue import Submission
    from makerkit.printing.registry import get_library_printer
    from makerkit.slicing import slice as slice_model

    lp = get_library_printer(printer, store=queue.store)
    ids = list(dict.fromkeys(int(i) for i in job_ids))
    if len(ids) < 2:
        raise PrintingError("printing.plate_needs_two")
    jobs = [queue.job(i) for i in ids]
    for job in jobs:
        if job.state != "approved":
            raise PrintingError("printing.plate_needs_approved", id=job.id, state=job.describe())
    materials = sorted({j.material for j in jobs})
    if len(materials) > 1:
        raise PrintingError("printing.plate_one_material", materials=", ".join(materials))
    material = materials[0]
    meshes = [_model(queue, j) for j in jobs]

    started = time.perf_counter()
    bed = get_printer(lp.profile).bed_mm
    placed, where, fits = arrange(meshes, (bed[0], bed[1]), margin_mm)
    pack_s = time.perf_counter() - started
    if not fits.all():
        left_out = ", ".join(str(j.id) for j, ok in zip(jobs, fits, strict=True) if not ok)
        raise PrintingError("printing.plate_too_full", ids=left_out, printer=printer)

    started = time.perf_counter()
    result = slice_model(trimesh.util.concatenate(placed), lp.profile, material)
    slice_s = time.perf_counter() - started
    # the slicer centres the whole plate on the bed: follow it to say where each part is
    shift = np.asarray(result.mesh.bounds[0][:2]) - trimesh.util.concatenate(placed).bounds[0][:2]
    placements = [
        Placement(j.id, j.learner, x + shift[0], y + shift[1], w, d, turned)
        for j, (x, y, w, d, turned) in zip(jobs, where, strict=True)
    ]
    stl = bytes(result.mesh.to_trimesh().export(file_type="stl"))
    prepared = Prepared(result.gcode.encode("utf-8"), "plate", stl)
    verdict = inspect(prepared.gcode, lp.profile, material)
    picture = plate_picture(placements, [m.copy() for m in placed], shift, lp, bed)
    if not verdict.ok:
        return Plate(
            Submission(False, None, verdict.report, printer), placements, picture, pack_s, slice_s
        )
    job = queue._enqueue(
        prepared, verdict, lp, material, parts=ids, state="approved", approved_at=time.time()
    )
    queue.store.write_bytes(f"files/{job.id}.png", picture.png)
    submission = Submission(True, job, verdict.report, printer, verdict.estimate)
    return Plate(submission, placements, picture, pack_s, slice_s)


def plate_picture(placements: list[Placement], meshes: list[Any], shift: Any, lp: Any, bed: Any):
    """The bed seen from above: each part's outline, labelled with its learner's pseudonym."""
    import shapely

    from makerkit.display import PALETTE, font_size, new_figure, to_picture
    from makerkit.i18n import number, t

    fig = new_figure(7.0, 7.0 * bed[1] / bed[0] + 0.6)
    ax = fig.add_subplot(1, 1, 1)
    ax.add_patch(_rect(0, 0, bed[0], bed[1], fill=False, edgecolor="#555555", linewidth=1.5))
    colours = [PALETTE[c] for c in ("blue", "orange", "green", "purple", "sky", "vermillion")]
    where = []
    for k, (p, mesh) in enumerate(zip(placements, meshes, strict=True)):
        xy = mesh.vertices[:, :2] + np.asarray(shift)
        hull = shapely.MultiPoint(xy).convex_hull
        xs, ys = hull.exterior.xy
        ax.fill(xs, ys, color=colours[k % len(colours)], alpha=0.55, linewidth=1.2)
        label = p.learner or t("printing.plate_job_label", id=p.job)
        cx, cy = hull.centroid.x, hull.centroid.y
        ax.text(cx, cy, label, ha="center", va="center", fontsize=font_size(11), weight="bold")
        where.append(t("printing.plate_alt_part", who=label, x=number(cx, 0), y=number(cy, 0)))
    ax.set_xlim(-2, bed[0] + 2)
    ax.set_ylim(-2, bed[1] + 2)
    ax.set_aspect("equal")
    ax.set_xlabel("X (mm)", fontsize=font_size(10))
    ax.set_ylabel("Y (mm)", fontsize=font_size(10))
    title = t("printing.plate_title", count=len(placements), printer=lp.name)
    ax.set_title(title, fontsize=font_size(12))
    alt = t(
        "printing.plate_alt",
        count=len(placements),
        printer=lp.name,
        width=number(bed[0], 0),
        depth=number(bed[1], 0),
        parts="; ".join(where),
    )
    return to_picture(fig, alt)


def _rect(x: float, y: float, w: float, d: float, **kw: Any):
    from matplotlib.patches import Rectangle

    return Rectangle((x, y), w, d, **kw)
