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

from makerkit.errors import SliceError
from makerkit.gcode.extrusion import default_line_width_mm, line_area_mm2, line_spacing_mm
from makerkit.gcode.toolpath import FEATURE_CODES
from makerkit.printers import Material, Printer, get_material, get_printer
from makerkit.slicing.parallel import each
from makerkit.slicing.settings import SliceSettings

__all__ = ["slice"]

_EMPTY = shapely.Polygon()
# how far bridge lines go on past the air onto what holds them (PrusaSlicer: 3 mm)
_ANCHOR_MM = 2.0
# sparse pieces smaller than this are filled solid (PrusaSlicer's solid_infill_below_area)
_SOLID_BELOW_MM2 = 70.0


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


def _union_where(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    out = np.array(a, dtype=object)
    some = ~shapely.is_empty(b)
    if some.any():
        out[some] = shapely.union(out[some], b[some])
    return out


def _minus(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    out = np.array(a, dtype=object)
    some = ~shapely.is_empty(b) & ~shapely.is_empty(a)
    if some.any():
        out[some] = shapely.difference(out[some], b[some])
    return out


def _below(islands: np.ndarray, support: np.ndarray, gap_layers: int) -> np.ndarray:
    """What holds each layer up: the layer under it, and the support a gap below it."""
    n = len(islands)
    out = np.array([_EMPTY, *islands[:-1]], dtype=object)[:n]
    d = gap_layers + 1
    if d < n:
        held = np.array([_EMPTY] * d + list(support[:-d]), dtype=object)
        out = _union_where(out, held)
    return out


def _plan_supports(islands: np.ndarray, printer: Printer, settings: SliceSettings, width: float):
    from makerkit.slicing import supports

    data = printer.data.get("supports", {})
    h = settings.layer_height_mm
    gap = int(round(float(data.get("contact_distance_mm", h)) / h))
    hanging = supports.overhangs(islands, h, settings.support_angle_deg)
    return supports.plan_supports(
        islands, hanging, gap, int(data.get("interface_layers", 2)), xy_gap_mm=1.5 * width
    )


def _support_paths(support, interface, gap_layers, printer, settings, widths, spacing) -> list:
    """Sparse support lines, and the dense interface lines crossing the part's first skin."""
    from makerkit.slicing import infill, paths, regions, supports

    area = shapely.buffer(support, -widths / 2, **regions._JOIN)
    segs, seg_layer = infill.fill_segments(
        area, "lines", settings.support_percent, float(spacing.mean()), 0.0
    )
    out = [paths.segment_paths(segs, seg_layer, "support", widths, rank=20)]
    top = shapely.buffer(interface, -widths / 2, **regions._JOIN)
    distance = widths + float(printer.data.get("supports", {}).get("interface_spacing_mm", 0.2))
    skin = infill.PATTERN_ANGLES["lines"]
    angles = supports.interface_angles(len(top), gap_layers, (skin[0][0], skin[1][0]))
    segs, seg_layer = infill.fill_at_angles(top, angles, distance)
    pts, pid, p_layer = infill.connect_segments(segs, seg_layer, top, 2.5 * distance)
    out.append(paths.polyline_paths(pts, pid, p_layer, "support_interface", widths, rank=21))
    return out


def _bridge_paths(found, printer: Printer, widths: np.ndarray, spacing: np.ndarray):
    """Bridge lines along each span, joined at their anchored ends, with the bridge flow."""
    from makerkit.slicing import infill, paths

    segs, piece = infill.fill_at_angles(found.area, found.angle_deg, spacing[found.layer])
    link = 1.6 * spacing[found.layer]
    pts, pid, p_piece = infill.connect_segments(segs, piece, found.area, link)
    out = paths.polyline_paths(pts, pid, found.layer[p_piece], "bridge", widths, rank=45)
    out.flow = np.full(out.path_count, float(printer.data.get("bridge", {}).get("flow", 1.0)))
    return out


def _nozzle_after_start(printer: Printer, material: Material) -> tuple[float, float, float] | None:
    """Where the printer's start sequence leaves the nozzle (the end of its purge line)."""
    from makerkit.gcode.reader import read_gcode

    class _Values(dict):
        def __missing__(self, key: str) -> str:
            return "0"

    values = _Values(
        first_layer_temperature_c=material.first_layer_temperature_c,
        temperature_c=material.temperature_c,
        first_layer_bed_temperature_c=material.first_layer_bed_temperature_c,
        bed_temperature_c=material.bed_temperature_c,
        nozzle_mm=printer.nozzle_mm,
    )
    tp = read_gcode(printer.start_gcode.format_map(values))
    if not (tp.e > 0).any():  # no purge line: the print starts where the nozzle is
        return None
    return float(tp.x[-1]), float(tp.y[-1]), float(tp.z[-1])


def _refuse_too_thin(mesh: Any, islands: np.ndarray, min_mm: float) -> None:
    """Nothing to print: say which parts are too thin, and how thick they are."""
    from makerkit.i18n import number, t

    parts = []
    for k, body in enumerate(_bodies(mesh), start=1):
        lo, hi = body.bounds
        cut = islands[:: max(1, len(islands) // 20)]
        inside = shapely.intersection(cut, shapely.box(lo[0], lo[1], hi[0], hi[1]))
        pieces = shapely.get_parts(inside)
        radius = [shapely.maximum_inscribed_circle(g).length for g in pieces if not g.is_empty]
        thick = 2 * max(radius, default=0.0)
        parts.append(
            t("slicing.part_too_thin", part=k, x=number(float((lo[0] + hi[0]) / 2), 0),
              y=number(float((lo[1] + hi[1]) / 2), 0), thick=number(thick, 1))
        )  # fmt: skip
    raise SliceError("slicing.nothing_printable", parts="; ".join(parts), min=number(min_mm, 1))


def _bodies(mesh: Any) -> list[Any]:
    """The separate solids of a mesh (a few at most are named in a message)."""
    try:
        return list(mesh.to_trimesh().split(only_watertight=False))[:10] or [mesh]
    except Exception:  # noqa: BLE001 - naming the parts is a courtesy, not a need
        return [mesh]


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

    ``model`` may also be a list of models, or a :class:`~makerkit.slicing.plate.Plate`:
    they are packed side by side on the bed and sliced as one print, and the result's
    ``plate`` says where each one went.

    >>> import trimesh
    >>> r = slice([trimesh.creation.box((20, 10, 2))] * 2, "prusa-mini")
    >>> a, b = r.plate.placements
    >>> round(abs(a.x_mm - b.x_mm) - a.width_mm, 1)    # side by side, 5 mm apart
    5.0
    """
    from makerkit.slicing.model_input import prepare_mesh
    from makerkit.slicing.plate import Plate, arrange

    printer = get_printer(printer)
    material = get_material(material)
    settings = (settings or SliceSettings()).with_overrides(**overrides)
    settings.check(printer.nozzle_mm)
    if settings.vase:
        settings = settings.with_overrides(walls=1, top_layers=0, infill_percent=0, supports=False)
    plate = arrange(model, printer) if isinstance(model, list | tuple) else None
    if isinstance(model, Plate):
        plate = model
    mesh, notes = prepare_mesh(plate.mesh if plate is not None else model, printer)
    if plate is not None:  # the print was centred on the bed: so were its objects
        shift = mesh.used_vertices.min(axis=0) - plate.mesh.used_vertices.min(axis=0)
        plate = plate.moved(float(shift[0]), float(shift[1]))
    with np.errstate(divide="ignore", invalid="ignore"):  # GEOS on slivers: harmless
        result = _slice_mesh(mesh, notes, printer, material, settings)
    result.plate = plate
    return result


def _slice_mesh(
    mesh: Any, notes: list[str], printer: Printer, material: Material, settings: SliceSettings
):
    from makerkit.slicing import bridges, infill, moves, paths, regions
    from makerkit.slicing.layers import slice_mesh
    from makerkit.slicing.result import SliceResult
    from makerkit.slicing.walls import centre_lines, plan_walls

    tops, islands = slice_mesh(mesh, settings.layer_height_mm, settings.first_layer_height_mm)
    n = len(tops)
    thick = np.diff(np.concatenate([[0.0], tops]))
    nozzle = printer.nozzle_mm
    width = settings.line_width_mm or default_line_width_mm(nozzle)
    width_first = settings.line_width_mm or default_line_width_mm(nozzle, first_layer=True)
    widths = np.full(n, width)
    widths[0] = width_first
    spacing = line_spacing_mm(widths, thick)

    walls = int(settings.walls)
    min_feature, min_gap = 0.75 * nozzle, 0.25 * nozzle
    # the first layer, squashed on the bed, spreads out: pull its outline in (elephant foot)
    foot = float(printer.data.get("first_layer", {}).get("elephant_foot_mm", 0.0))
    walled = islands.copy()
    if n and foot > 0:
        walled[0] = regions.pull_in(islands[0], foot, width_first)
    plan = plan_walls(walled, walls, spacing, min_feature, min_gap)
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
        # strips too narrow for sparse lines to hold on to anything are filled solid
        solid, sparse = regions.narrow_to_solid(
            solid, sparse, 2 * float(spacing.mean()), _SOLID_BELOW_MM2
        )
    if settings.vase:
        sparse = np.array([_EMPTY] * n, dtype=object)

    support = interface = np.array([_EMPTY] * n, dtype=object)
    gap_layers = 0
    if settings.supports:
        plan_sup = _plan_supports(islands, printer, settings, width)
        support, interface, gap_layers = plan_sup.base, plan_sup.interface, plan_sup.gap_layers
    held_by = _union_where(support, interface)
    # skin over air held on two sides is a bridge: lines across the span, anchored
    found = bridges.find_bridges(
        _below(islands, held_by, gap_layers), solid, inner, anchor_mm=_ANCHOR_MM, width_mm=width
    )
    bridge_area = found.per_layer(n)
    solid, sparse = _minus(solid, bridge_area), _minus(sparse, bridge_area)

    parts = []
    # skirt or brim on the first layer
    base = shapely.union(islands[0], held_by[0]) if n else _EMPTY
    if settings.adhesion == "skirt":
        rings = regions.skirt(base, settings.skirt_distance_mm, settings.skirt_loops, spacing[0])
    elif settings.adhesion == "brim":
        rings = regions.brim(base, settings.brim_width_mm, width_first, spacing[0])
    else:
        rings = []
    for k, ring in enumerate(rings[::-1]):  # from the outside in, ending next to the part
        parts.append(
            paths.ring_paths(
                np.array([ring], dtype=object),
                "skirt",
                width_first,
                rank=k,
                layers=np.array([0]),
                seam="nearest",
            )
        )
    if settings.supports:
        parts += _support_paths(support, interface, gap_layers, printer, settings, widths, spacing)
    seam = settings.seam
    # walls from the inside out: inner loops, the lines in the gaps between loops, then the
    # outer loop and the parts too thin for a loop (one line as wide as the part)
    for k in range(walls - 1, 0, -1):
        parts.append(
            paths.ring_paths(
                loops[k],
                "wall_inner",
                widths,
                rank=30 + walls - k,
                seam=seam,
                rear_outside_only=True,
            )
        )
    parts.append(paths.centre_line_paths(gap_lines, "wall_inner", thick, rank=38))
    parts.append(
        paths.ring_paths(loops[0], "wall_outer", widths, rank=40, seam=seam, rear_outside_only=True)
    )
    parts.append(paths.centre_line_paths(thin_lines, "wall_outer", thick, rank=41))
    # skin lines from edge to edge, joined into zig-zags half a line inside the edge: the
    # joins lay the plastic the line ends gave up, and the nozzle need not travel between them
    segs, seg_layer = infill.fill_segments(solid, "lines", 100, spacing)
    pts, pid, p_layer, flow = infill.connect_segments(
        segs, seg_layer, solid, 2.5 * spacing, pull_mm=spacing / 2, with_flow=True
    )
    skin = paths.polyline_paths(pts, pid, p_layer, "skin", widths, rank=50)
    if len(flow) and (flow != 1).any():  # joins laying what short line ends gave up
        w_pt, h_pt = widths[p_layer[pid]], thick[p_layer[pid]]
        area = flow * line_area_mm2(w_pt, h_pt)
        skin.point_width = (area + h_pt * h_pt * (1 - np.pi / 4)) / h_pt
    # the skin seen on top of the part goes slower, as the profile asks
    top = regions.top_surfaces(islands, solid)
    first_pt = pts[np.r_[True, pid[1:] != pid[:-1]]] if len(pts) else np.zeros((0, 2))
    on_top = shapely.intersects(top[p_layer], shapely.points(first_pt)) if len(pts) else []
    skin.speed_mm_s = np.where(on_top, printer.speeds_mm_s.get("top_skin", np.nan), np.nan)
    parts.append(skin)
    if len(found.area):
        parts.append(_bridge_paths(found, printer, widths, spacing))
    if 0 < settings.infill_percent < 100:
        # sparse lines reach a little into the inner wall so that they hold on to it
        reach = each(shapely.buffer, sparse, 0.15 * width, **regions._JOIN)
        segs, seg_layer = infill.fill_segments(
            reach, settings.infill_pattern, settings.infill_percent, float(spacing.mean())
        )
        # joined along the walls: no travel between lines, and anchors on the walls
        link = 1.6 * infill.line_distance_mm(
            settings.infill_pattern, settings.infill_percent, spacing
        )
        link_mm = float(np.max(link))
        pts, pid, p_layer = infill.connect_segments(segs, seg_layer, reach, link)
        parts.append(paths.polyline_paths(pts, pid, p_layer, "infill", widths, rank=60))
    pathset = paths.PathSet.concat(parts)
    part_codes = [FEATURE_CODES[f] for f in ("wall_outer", "wall_inner", "skin", "infill")]
    if not np.isin(pathset.feature, part_codes).any():
        _refuse_too_thin(mesh, islands, min_feature)
    pathset.island = paths.island_of_paths(pathset, islands)

    speeds = dict(printer.speeds_mm_s)
    speeds["skin"] = speeds.get("skin", 40.0)
    speeds["bridge"] = float(printer.data.get("bridge", {}).get("speed_mm_s", 25.0))
    speeds["support_interface"] = speeds.get("support", speeds.get("infill", 40.0))
    if settings.wall_speed_mm_s:
        speeds["wall_outer"] = speeds["wall_inner"] = settings.wall_speed_mm_s
    if settings.infill_speed_mm_s:
        speeds["infill"] = settings.infill_speed_mm_s
    retraction = dict(printer.retraction) if settings.retraction else None
    if retraction is not None and material.retraction_length_mm is not None:
        retraction["length_mm"] = material.retraction_length_mm
    cooling = material.cooling
    fan = _fan_by_layer(material, n, settings.cooling)
    fan_max = max(fan, default=0)
    # travels may cross the part and its supports freely; round holes they keep off the
    # outer wall's outside half
    allowed = _union_where(islands, held_by)
    if rings and settings.adhesion == "brim":
        allowed[0] = shapely.union(allowed[0], rings[0])
    comb = _union_where(each(shapely.buffer, islands, -spacing / 4, **regions._JOIN), held_by)
    toolpath = moves.build_toolpath(
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
        allowed=allowed,
        comb=comb,
        start_xyz=_nozzle_after_start(printer, material),
        join_mm={"infill": 2.0 * link_mm} if 0 < settings.infill_percent < 100 else None,
        meta={
            "slicer": "makerkit",
            "printer": printer.id,
            "material": material.id,
            "fan_percent_by_layer": fan,
            **(
                {"bridge_fan_percent": float(cooling.get("bridge_fan_percent", fan_max))}
                if settings.cooling and len(found.area)
                else {}
            ),
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
        interface_areas=interface,
        bridge_areas=bridge_area,
        notes=builtins.list(notes),
        mesh=mesh,
    )
