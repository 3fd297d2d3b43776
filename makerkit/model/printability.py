"""Will it print? A printability report in plain words, with fixes and the faces involved.

Each finding has a code (``not_closed``, ``too_big``, ``too_small``, ``thin_wall``,
``overhang``, ``floating_part``, ``tiny_feature``, ``cavity``, ``empty``), a severity (``error``: it
will not print well as it is; ``warning``: it may print, look at it), a message and a fix
in the learner's language, and the numbers of the faces involved, which the report's
picture shows in orange.

>>> from makerkit.model import box
>>> check(box(20, 20, 10)).ok
True
>>> report = check(box(20, 20, 10) + box(5, 5, 5).move(x=30, z=10))
>>> [p.code for p in report.problems]
['floating_part', 'overhang']
"""

from __future__ import annotations

import html
import os
import warnings
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from makerkit.model.solid import Solid
from makerkit.model.words import number

__all__ = ["Problem", "PrintabilityReport", "check", "OVERHANG_LIMIT_DEG", "BRIDGE_MM"]

OVERHANG_LIMIT_DEG = 45.0  # steeper unsupported faces droop
BRIDGE_MM = 10.0  # a flat ceiling this narrow is bridged without support
_ON_BED_MM = 0.05
_MIN_AREA_MM2 = 2.0  # smaller findings are noise from sharp corners
_MAX_RAYS = 20_000  # thin-wall rays; more faces are sampled evenly
_FAR_MM = 1e9  # coordinates beyond this are nonsense in any unit


@dataclass
class Problem:
    """One finding of a printability check."""

    code: str
    severity: str  # "error" or "warning"
    faces: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64), repr=False)
    values: dict[str, Any] = field(default_factory=dict)
    message_key: str = ""
    fix_key: str = ""

    @property
    def message(self) -> str:
        """What is wrong, in the current language."""
        from makerkit.i18n import t

        return t(self.message_key or f"model.problem_{self.code}", **_words(self.values))

    @property
    def fix(self) -> str:
        """What to do about it, in the current language."""
        from makerkit.i18n import t

        return t(self.fix_key or f"model.fix_{self.code}", **_words(self.values))

    def to_dict(self, max_faces: int = 200) -> dict[str, Any]:
        """The finding as JSON-ready data (the first ``max_faces`` face numbers)."""
        out = {
            "code": self.code,
            "severity": self.severity,
            "message": self.message,
            "fix": self.fix,
            "face_count": int(len(self.faces)),
            "faces": [int(f) for f in self.faces[:max_faces]],
        }
        out.update({k: v for k, v in self.values.items() if k.endswith(("_mm", "_mm2"))})
        return out


def _words(values: dict[str, Any]) -> dict[str, Any]:
    # "scale" is written into code (solid.scale(0.5)): it keeps its decimal point.
    return {
        k: (f"{v:g}" if k == "scale" else number(v, 3)) if isinstance(v, float) else v
        for k, v in values.items()
    }


@dataclass(repr=False)
class PrintabilityReport:
    """What :func:`check` found. ``ok`` is true when there is no error (warnings may remain)."""

    solid: Solid = field(repr=False)
    printer: str
    problems: list[Problem]
    size_mm: tuple[float, float, float]
    volume_mm3: float
    faces: int

    @property
    def printer_name(self) -> str:
        from makerkit.printers import get_printer

        return get_printer(self.printer).name

    @property
    def ok(self) -> bool:
        return not any(p.severity == "error" for p in self.problems)

    @property
    def codes(self) -> list[str]:
        """The codes of the findings, in order."""
        return [p.code for p in self.problems]

    def to_dict(self) -> dict[str, Any]:
        """The report as JSON-ready data (what ``makerkit model check --json`` prints)."""
        return {
            "ok": self.ok,
            "printer": self.printer,
            "problems": [p.to_dict() for p in self.problems],
            "size_mm": [round(v, 3) for v in self.size_mm],
            "volume_mm3": round(self.volume_mm3, 3),
            "faces": self.faces,
            "closed": self.solid.is_closed,
        }

    def summary(self) -> str:
        """A few lines of plain text: the verdict, then each finding and its fix."""
        from makerkit.i18n import t

        x, y, z = self.size_mm
        head = t("model.report_ok" if self.ok else "model.report_not_ok", printer=self.printer_name)
        lines = [head, t("model.report_size", x=number(x), y=number(y), z=number(z))]
        for p in self.problems:
            lines.append(f"- [{t('model.severity_' + p.severity)}] {p.message}")
            lines.append(f"  → {p.fix}")
        return "\n".join(lines)

    __str__ = summary
    __repr__ = summary  # what a notebook shows as text

    def problem_faces(self) -> np.ndarray:
        """Every face number involved in a finding."""
        if not self.problems:
            return np.zeros(0, dtype=np.int64)
        return np.unique(np.concatenate([p.faces for p in self.problems]))

    def picture(self):
        """A picture of the model with the faces of every finding in orange."""
        from makerkit.model.preview import preview

        return preview(self.solid, highlight=self.problem_faces())

    def _repr_html_(self) -> str:
        from makerkit.i18n import t

        rows = "".join(
            f"<li><strong>{html.escape(t('model.severity_' + p.severity))}</strong> — "
            f"{html.escape(p.message)}<br/>→ {html.escape(p.fix)}</li>"
            for p in self.problems
        )
        head = t("model.report_ok" if self.ok else "model.report_not_ok", printer=self.printer_name)
        picture = self.picture()._repr_html_() if self.faces else ""
        return (
            f'<div class="makerkit-report" role="region" aria-label="{html.escape(head)}">'
            f"<p><strong>{html.escape(head)}</strong></p><ul>{rows}</ul>{picture}</div>"
        )


def check(
    model: Solid | str | os.PathLike, printer: str = "prusa-mk4", *, unit: str = "mm"
) -> PrintabilityReport:
    """Check that a solid (or a 3D file) will print on ``printer``, in plain words.

    A file is read in ``unit`` (``"mm"``, ``"cm"``, ``"m"``, ``"inch"`` or ``"auto"``).

    >>> from makerkit.model import cylinder
    >>> report = check(cylinder(300, 5))
    >>> report.ok, report.codes
    (False, ['too_big'])
    """
    from makerkit.printers import get_printer

    profile = get_printer(printer)
    if isinstance(model, Solid):
        solid = model
    else:
        from makerkit.model.exchange import load

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # the report says it better
            solid = load(model, unit=unit)
    problems: list[Problem] = []
    if solid.is_empty or solid.volume_mm3 < 1e-9 or min(solid.size_mm) < 1e-6:
        problems.append(Problem("empty", "error"))
        return PrintabilityReport(solid, profile.id, problems, solid.size_mm, 0.0, solid.faces)
    vertices, faces = solid.triangles()
    triangles = vertices[faces]
    problems += _size_problems(solid, profile)
    if not solid.is_closed:
        problems.append(Problem("not_closed", "error", _open_faces(faces)))
    elif problems and problems[0].code == "too_small":
        pass  # in the wrong units, every wall looks thin: the unit is the finding
    elif max(abs(v) for corner in solid.bounds_mm for v in corner) > _FAR_MM:
        pass  # thousands of km away: no picture of walls makes sense (and slices overflow)
    else:
        width_mm = round(2 * _line_width_mm(profile.nozzle_mm), 2)
        labels = _body_labels(faces, len(vertices))
        hollow = _hollow_bodies(triangles, labels)
        if len(hollow):
            problems.append(_cavity(hollow, labels))
        problems += _floating_and_tiny(triangles, labels, width_mm, hollow)
        thin = _thin_wall(solid, triangles, width_mm)
        if thin is not None:
            problems.append(thin)
        holes = _tiny_holes(solid, triangles, width_mm)
        if holes is not None:
            problems.append(holes)
    over = _overhang(triangles, faces)
    if over is not None:
        problems.append(over)
    return PrintabilityReport(
        solid, profile.id, problems, solid.size_mm, solid.volume_mm3, solid.faces
    )


def _line_width_mm(nozzle_mm: float) -> float:
    # Slicers lay lines a little wider than the nozzle (PrusaSlicer: 0.45 mm for 0.4 mm).
    return 1.125 * nozzle_mm


def _size_problems(solid: Solid, profile) -> list[Problem]:
    from makerkit.model.units import LARGEST_LIKELY_MM, SMALLEST_LIKELY_MM, guess_unit

    x, y, z = solid.size_mm
    bx, by, bz = profile.bed_mm
    largest = max(x, y, z)
    bed = {
        "bed_x": bx,
        "bed_y": by,
        "bed_z": bz,
        "x": round(x, 1),
        "y": round(y, 1),
        "z": round(z, 1),
    }
    if largest < SMALLEST_LIKELY_MM:
        guess = guess_unit(solid, profile.bed_mm)
        values = {**bed, "largest_mm": round(largest, 3), **(guess.values if guess else {})}
        fix_key = guess.key if guess else "model.fix_too_small"
        return [Problem("too_small", "error", values=values, fix_key=fix_key)]
    fits_as_is = x <= bx and y <= by and z <= bz
    if fits_as_is:
        return []
    if z <= bz and y <= bx and x <= by:
        return [Problem("too_big", "warning", values=bed, fix_key="model.fix_too_big_turn")]
    guess = guess_unit(solid, profile.bed_mm) if largest > LARGEST_LIKELY_MM else None
    if guess is not None:
        return [Problem("too_big", "error", values={**bed, **guess.values}, fix_key=guess.key)]
    factor = min(max(bx, by) / max(x, y), min(bx, by) / min(x, y), bz / z)
    return [Problem("too_big", "error", values={**bed, "scale": round(0.95 * factor, 3)})]


def _open_faces(faces: np.ndarray) -> np.ndarray:
    """Faces along a hole, or whose neighbour is turned the other way."""
    edges = faces[:, [0, 1, 1, 2, 2, 0]].reshape(-1, 2)
    face_of_edge = np.repeat(np.arange(len(faces)), 3)
    undirected = np.sort(edges, axis=1)
    _, inverse, counts = np.unique(undirected, axis=0, return_inverse=True, return_counts=True)
    bad = counts[inverse.ravel()] != 2  # a hole (1) or a fold (3 or more)
    _, d_inverse, d_counts = np.unique(edges, axis=0, return_inverse=True, return_counts=True)
    bad |= d_counts[d_inverse.ravel()] > 1  # two neighbours running the same way: one is flipped
    return np.unique(face_of_edge[bad])


def _body_labels(faces: np.ndarray, n_vertices: int) -> np.ndarray:
    """A body number for each face (faces sharing vertices belong to the same body)."""
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    # Join each face's corners; pieces of the vertex graph are the bodies.
    rows = np.concatenate([faces[:, 0], faces[:, 1]])
    cols = np.concatenate([faces[:, 1], faces[:, 2]])
    graph = coo_matrix(
        (np.ones(len(rows), dtype=np.int8), (rows, cols)), shape=(n_vertices, n_vertices)
    )
    _, vertex_labels = connected_components(graph, directed=False)
    _, labels = np.unique(vertex_labels[faces[:, 0]], return_inverse=True)
    return labels.ravel()


def _hollow_bodies(triangles: np.ndarray, labels: np.ndarray) -> np.ndarray:
    """The bodies whose surface turns inwards: the skins of closed hollows inside."""
    signed = np.einsum("ij,ij->i", triangles[:, 0], np.cross(triangles[:, 1], triangles[:, 2]))
    volume = np.bincount(labels, signed / 6.0)
    return np.flatnonzero(volume < 0)


def _cavity(hollow: np.ndarray, labels: np.ndarray) -> Problem:
    faces = np.flatnonzero(np.isin(labels, hollow))
    key = "model.problem_cavity" if len(hollow) == 1 else "model.problem_cavities"
    return Problem("cavity", "warning", faces, {"count": len(hollow)}, message_key=key)


def _floating_and_tiny(
    triangles: np.ndarray, labels: np.ndarray, width_mm: float, hollow: np.ndarray
) -> list[Problem]:
    out: list[Problem] = []
    n = labels.max() + 1
    if n - len(hollow) <= 1:
        return out
    z_floor = triangles[:, :, 2].min()
    floating, tiny = [], []
    for body in np.setdiff1d(np.arange(n), hollow):
        mask = labels == body
        pts = triangles[mask].reshape(-1, 3)
        lo, hi = pts.min(axis=0), pts.max(axis=0)
        if (hi - lo).max() < width_mm:
            tiny.append(np.flatnonzero(mask))
        elif lo[2] > z_floor + _ON_BED_MM:
            floating.append(np.flatnonzero(mask))
    if floating:
        faces = np.concatenate(floating)
        out.append(Problem("floating_part", "error", faces, {"parts": len(floating)}))
    if tiny:
        faces = np.concatenate(tiny)
        out.append(
            Problem("tiny_feature", "warning", faces, {"parts": len(tiny), "width_mm": width_mm})
        )
    return out


def _normals_and_areas(triangles: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    cross = np.cross(triangles[:, 1] - triangles[:, 0], triangles[:, 2] - triangles[:, 0])
    doubled = np.linalg.norm(cross, axis=1)
    normals = cross / np.where(doubled > 0, doubled, 1.0)[:, None]
    return normals, doubled / 2


def _overhang(triangles: np.ndarray, faces_vertices: np.ndarray) -> Problem | None:
    normals, areas = _normals_and_areas(triangles)
    z_floor = triangles[:, :, 2].min()
    limit = -np.cos(np.radians(OVERHANG_LIMIT_DEG))
    above_bed = triangles[:, :, 2].max(axis=1) > z_floor + _ON_BED_MM
    faces = np.flatnonzero((normals[:, 2] < limit - 1e-9) & above_bed)
    faces = faces[~_bridges(triangles, faces_vertices, faces, normals)]
    area = float(areas[faces].sum())
    if area < _MIN_AREA_MM2:
        return None
    return Problem(
        "overhang", "warning", faces, {"area_mm2": round(area, 1), "angle": int(OVERHANG_LIMIT_DEG)}
    )


def _bridges(
    triangles: np.ndarray, faces_vertices: np.ndarray, faces: np.ndarray, normals: np.ndarray
) -> np.ndarray:
    """Which of ``faces`` belong to flat ceilings narrow enough to bridge (a True per face).

    A printer crosses a short flat gap in the air with a straight line, anchored at both
    ends: the ceiling of an engraved letter or of a small window prints without support.
    """
    out = np.zeros(len(faces), dtype=bool)
    if len(faces) == 0:
        return out
    n_vertices = int(faces_vertices.max()) + 1
    labels = _body_labels(faces_vertices[faces], n_vertices)
    for region in np.unique(labels):
        mask = labels == region
        if not np.all(normals[faces[mask], 2] < -0.99):
            continue
        pts = triangles[faces[mask]].reshape(-1, 3)
        if np.min(pts[:, :2].max(axis=0) - pts[:, :2].min(axis=0)) > BRIDGE_MM:
            continue
        # Anchored: walls around the ceiling go down to something (not a floating part).
        around = np.zeros(n_vertices, dtype=bool)
        around[faces_vertices[faces[mask]].ravel()] = True
        touching = np.any(around[faces_vertices], axis=1)
        touching[faces[mask]] = False
        out[mask] = (
            bool(touching.any()) and triangles[touching][:, :, 2].min() < pts[:, 2].min() - 0.05
        )
    return out


def _tiny_holes(solid: Solid, triangles: np.ndarray, width_mm: float) -> Problem | None:
    """Holes narrower than two printed lines that stay narrow: the plastic closes them up."""
    from makerkit.model.inside import narrow_holes

    found: dict[tuple[float, float], np.ndarray] = {}
    centres = triangles.mean(axis=1)
    for x0, y0, x1, y1, _ in narrow_holes(solid._manifold, width_mm):
        lo, hi = np.array([x0, y0]) - 0.05, np.array([x1, y1]) + 0.05
        inside = np.all((centres[:, :2] >= lo) & (centres[:, :2] <= hi), axis=1)
        found[(round(x0, 1), round(y0, 1))] = np.flatnonzero(inside)
    if not found:
        return None
    faces = np.unique(np.concatenate(list(found.values())))
    return Problem(
        "tiny_feature",
        "warning",
        faces,
        {"parts": len(found), "width_mm": width_mm},
        message_key="model.problem_tiny_hole",
        fix_key="model.fix_tiny_hole",
    )


def _thin_wall(solid: Solid, triangles: np.ndarray, width_mm: float) -> Problem | None:
    """Faces where the solid, measured straight inwards, is thinner than two printed lines."""
    normals, areas = _normals_and_areas(triangles)
    candidates = np.flatnonzero(areas > 1e-9)
    if len(candidates) > _MAX_RAYS:
        candidates = candidates[:: len(candidates) // _MAX_RAYS + 1]
    inward = -normals[candidates]
    starts = triangles[candidates].mean(axis=1) + inward * 1e-4
    ends = starts + inward * (width_mm - 2e-4)
    manifold = solid._manifold
    # manifold3d's own ray casting (a bounding-volume tree in C++): a hit before the
    # end of the short inward segment means the wall is thinner than two lines.
    hit = np.fromiter(
        (
            bool(manifold.ray_cast(a, b))
            for a, b in zip(starts.tolist(), ends.tolist(), strict=True)
        ),
        dtype=bool,
        count=len(candidates),
    )
    thin = candidates[hit]
    area = float(areas[thin].sum())
    if area < _MIN_AREA_MM2 or area < 0.001 * areas.sum():
        return None
    return Problem("thin_wall", "warning", thin, {"width_mm": width_mm, "area_mm2": round(area, 1)})
