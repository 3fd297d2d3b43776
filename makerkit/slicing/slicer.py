"""``slice``: a model, a printer and a material in; layers and a nozzle path out.

The steps, each one a module a learner can open: ``layers`` (cut the mesh), ``regions``
(walls, skins, infill areas, supports, skirt, brim), ``infill`` (fill lines), ``paths``
(order, seams, speeds, retractions → :class:`~makerkit.gcode.toolpath.Toolpath`).

>>> import trimesh
>>> result = slice(trimesh.creation.box((10, 10, 4)), printer="prusa-mini")
>>> len(result.layers), result.toolpath.layer_count
(20, 20)
"""

from __future__ import annotations

import builtins
from typing import Any

import numpy as np
import shapely

from makerkit.printers import Material, Printer, get_material, get_printer
from makerkit.slicing.settings import SliceSettings

__all__ = ["slice"]

_EMPTY = shapely.Polygon()


def _fan_by_layer(material: Material, n_layers: int, enabled: bool) -> list[int]:
    """Fan power (0–100 %) per layer: off for the first layers, then ramping up."""
    c = material.cooling
    off, full, pct = int(c["fan_off_layers"]), int(c["full_fan_layer"]), c["fan_percent"]
    fan = []
    for k in range(n_layers):
        if not enabled or k < off:
            fan.append(0)
        elif k >= full - 1 or full <= off:
            fan.append(int(round(pct)))
        else:
            fan.append(int(round(pct * (k - off + 1) / (full - off))))
    return fan


def slice(  # noqa: A001 - the learner's word for it
    model: Any,
    printer: str | Printer = "prusa-mk4",
    material: str | Material = "pla",
    settings: SliceSettings | None = None,
    **overrides: Any,
):
    """Slice ``model`` (a ``Solid``, a trimesh, or a file name) for ``printer`` and ``material``.

    Settings come from ``settings`` (a :class:`SliceSettings`) with ``overrides`` on top:
    ``slice(tag, "prusa-mk4", infill_percent=30, walls=3)``. Returns a ``SliceResult``
    with the layers, the toolpath, the G-code and the previews.
    """
    from makerkit.slicing.model_input import prepare_mesh

    printer = get_printer(printer)
    material = get_material(material)
    settings = (settings or SliceSettings()).with_overrides(**overrides)
    settings.check(printer.nozzle_mm)
    if settings.vase:
        settings = settings.with_overrides(walls=1, top_layers=0, infill_percent=0, supports=False)
    mesh, notes = prepare_mesh(model, printer)
    with np.errstate(divide="ignore", invalid="ignore"):  # GEOS on slivers: harmless
        return _slice_mesh(mesh, notes, printer, material, settings)


def _slice_mesh(
    mesh: Any, notes: list[str], printer: Printer, material: Material, settings: SliceSettings
):
    from makerkit.slicing import infill, paths, regions
    from makerkit.slicing.layers import slice_mesh
    from makerkit.slicing.result import SliceResult
    from makerkit.slicing.walls import centre_lines, plan_walls

    tops, islands = slice_mesh(mesh, settings.layer_height_mm, settings.first_layer_height_mm)
    n = len(tops)
    thick = np.diff(np.concatenate([[0.0], tops]))
    nozzle = printer.nozzle_mm
    width = settings.line_width_mm or round(1.125 * nozzle, 3)
    width_first = settings.line_width_mm or round(1.05 * nozzle, 3)
    widths = np.full(n, width)
    widths[0] = width_first
    spacing = widths - thick * (1 - np.pi / 4)

    walls = int(settings.walls)
    min_feature, min_gap = 0.75 * nozzle, 0.25 * nozzle
    plan = plan_walls(islands, walls, spacing, min_feature, min_gap)
    loops, inner = plan.loops, plan.inner
    widest = 2 * float(spacing.max()) + 2 * min_gap
    thin_lines = centre_lines(plan.thin, min_feature, widest)
    gap_lines = centre_lines(plan.gaps, min_gap, widest)
    # pieces thinner than a line of plastic vanish: say so rather than print nothing there
    printed = ~shapely.is_empty(loops[0])
    printed[thin_lines.layer] = True
    if np.any(~shapely.is_empty(islands) & ~printed):
        notes.append("slicing.too_thin")
    if settings.infill_percent >= 100:
        solid, sparse = inner, np.array([_EMPTY] * n, dtype=object)
    else:
        solid, sparse = regions.skins(
            islands,
            inner,
            settings.top_layers,
            settings.bottom_layers,
            width,
            expand_mm=walls * float(spacing.mean()),
        )
    if settings.vase:
        sparse = np.array([_EMPTY] * n, dtype=object)

    support = np.array([_EMPTY] * n, dtype=object)
    if settings.supports:
        hanging = regions.overhangs(islands, settings.layer_height_mm, settings.support_angle_deg)
        support = regions.supports(islands, hanging, gap_mm=width * 1.5)

    parts = []
    # skirt or brim on the first layer
    base = shapely.union(islands[0], support[0]) if n else _EMPTY
    if settings.adhesion == "skirt":
        rings = regions.skirt(base, settings.skirt_distance_mm, settings.skirt_loops, spacing[0])
    elif settings.adhesion == "brim":
        rings = regions.brim(base, settings.brim_width_mm, width_first, spacing[0])
    else:
        rings = []
    for k, ring in enumerate(rings[::-1]):  # from the outside in, ending next to the part
        parts.append(
            paths.ring_paths(
                np.array([ring], dtype=object), "skirt", width_first, rank=k, layers=np.array([0])
            )
        )
    if settings.supports:
        support_area = shapely.buffer(support, -widths / 2, **regions._JOIN)
        segs, seg_layer = infill.fill_segments(
            support_area, "lines", settings.support_percent, float(spacing.mean()), 0.0
        )
        parts.append(paths.segment_paths(segs, seg_layer, "support", widths, rank=20))
    seam = settings.seam
    for k in range(walls - 1, 0, -1):
        parts.append(
            paths.ring_paths(loops[k], "wall_inner", widths, rank=30 + walls - k, seam=seam)
        )
    parts.append(paths.ring_paths(loops[0], "wall_outer", widths, rank=40, seam=seam))
    # thin parts: one line as wide as the part (it is the outside); gaps between loops
    parts.append(paths.centre_line_paths(thin_lines, "wall_outer", thick, rank=41))
    parts.append(paths.centre_line_paths(gap_lines, "wall_inner", thick, rank=45))
    segs, seg_layer = infill.fill_segments(solid, "lines", 100, spacing)
    parts.append(paths.segment_paths(segs, seg_layer, "skin", widths, rank=50))
    if 0 < settings.infill_percent < 100:
        # sparse lines reach a little into the inner wall so that they hold on to it
        reach = shapely.buffer(sparse, 0.15 * width, **regions._JOIN)
        segs, seg_layer = infill.fill_segments(
            reach, settings.infill_pattern, settings.infill_percent, float(spacing.mean())
        )
        parts.append(paths.segment_paths(segs, seg_layer, "infill", widths, rank=60))
    pathset = paths.PathSet.concat(parts)
    pathset.island = paths.island_of_paths(pathset, islands)

    speeds = dict(printer.speeds_mm_s)
    speeds["skin"] = speeds.get("skin", 40.0)
    if settings.wall_speed_mm_s:
        speeds["wall_outer"] = speeds["wall_inner"] = settings.wall_speed_mm_s
    if settings.infill_speed_mm_s:
        speeds["infill"] = settings.infill_speed_mm_s
    retraction = dict(printer.retraction) if settings.retraction else None
    if retraction is not None and material.retraction_length_mm is not None:
        retraction["length_mm"] = material.retraction_length_mm
    cooling = material.cooling
    fan = _fan_by_layer(material, n, settings.cooling)
    toolpath = paths.build_toolpath(
        pathset,
        tops,
        speed_mm_s=speeds,
        first_layer_speed_mm_s=settings.first_layer_speed_mm_s or speeds["first_layer"],
        travel_speed_mm_s=settings.travel_speed_mm_s or speeds["travel"],
        filament_diameter_mm=material.diameter_mm,
        retraction=retraction,
        min_layer_time_s=cooling["min_layer_time_s"] if settings.cooling else 0.0,
        min_speed_mm_s=cooling["min_speed_mm_s"],
        max_volumetric_mm3_s=material.max_volumetric_speed_mm3_s,
        spiral_from_layer=max(int(settings.bottom_layers), 1) if settings.vase else None,
        inside=inner,
        meta={
            "slicer": "makerkit",
            "printer": printer.id,
            "material": material.id,
            "fan_percent_by_layer": fan,
            "layer_height_mm": settings.layer_height_mm,
            "line_width_mm": width,
        },
    )
    return SliceResult(
        toolpath=toolpath,
        printer=printer,
        material=material,
        settings=settings,
        layer_tops_mm=tops,
        islands=islands,
        wall_areas=loops,
        skin_areas=solid,
        infill_areas=sparse,
        support_areas=support,
        notes=builtins.list(notes),
        mesh=mesh,
    )
