"""A real slicer beside makerkit's: PrusaSlicer or CuraEngine with the same settings.

Our settings are mapped to theirs (a flattened PrusaSlicer profile, CuraEngine ``-s``
leaf settings), their G-code is read back into a
:class:`~makerkit.gcode.toolpath.Toolpath`, and their own time estimate and filament
come with it. A learner can then put both previews, times and filament side by side.

>>> sorted(SLICERS)
['curaengine', 'prusaslicer']
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from makerkit.errors import SliceError
from makerkit.printers import Material, Printer, get_material, get_printer
from makerkit.slicing.settings import SliceSettings

__all__ = [
    "SLICERS",
    "ExternalSlice",
    "external_slice",
    "prusaslicer_slice",
    "curaengine_slice",
    "cura_definitions",
    "prusaslicer_command",
    "curaengine_command",
    "prusaslicer_config",
    "curaengine_settings",
]

# program name and the Debian package that provides it
SLICERS = {
    "prusaslicer": ("prusa-slicer", "prusa-slicer"),
    "curaengine": ("CuraEngine", "cura-engine"),
}
_CURA_DIRS = (
    "/usr/share/cura/resources",
    "~/.cache/makerkit/cura/usr/share/cura/resources",
)


@dataclass
class ExternalSlice:
    """A model sliced by another program: its toolpath, time and filament, its G-code."""

    slicer: str
    toolpath: Any
    gcode: str
    time_s: float | None
    filament_mm: float
    wall_time_s: float
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def layers(self) -> int:
        return self.toolpath.layer_count

    def preview(self, layer: int | None = None):
        """A picture of one layer, drawn exactly like makerkit's own previews."""
        from makerkit.slicing.preview import toolpath_layer_picture

        layers = np.unique(self.toolpath.layer[self.toolpath.is_extruding])
        chosen = int(layers[len(layers) // 2]) if layer is None else int(layer)
        return toolpath_layer_picture(self.toolpath, chosen)


def _program(slicer: str) -> str:
    if slicer not in SLICERS:
        raise SliceError("slicing.external_unknown", slicer=slicer, valid=", ".join(SLICERS))
    program, package = SLICERS[slicer]
    path = shutil.which(program)
    if path is None:
        raise SliceError("slicing.external_missing", program=program, package=package)
    return path


def cura_definitions() -> Path:
    """The folder with Cura's ``definitions/fdmprinter.def.json`` (and ``extruders/``)."""
    candidates = [os.environ.get("MAKERKIT_CURA_DEFINITIONS", "")] + list(_CURA_DIRS)
    for c in candidates:
        if not c:
            continue
        base = Path(c).expanduser()
        for root in (base, base.parent):
            if (root / "definitions" / "fdmprinter.def.json").exists():
                return root
    raise SliceError("slicing.cura_definitions_missing")


def _prepared(model: Any, printer: Printer, centre_on_origin: bool) -> tuple[Any, Path, Path]:
    from makerkit.slicing.mesh import write_stl
    from makerkit.slicing.model_input import prepare_mesh

    mesh, _ = prepare_mesh(model, printer)
    if centre_on_origin:  # CuraEngine wants the part centred on x, y = 0 and z >= 0
        lo, hi = mesh.bounds
        mesh = mesh.translated([-(lo[0] + hi[0]) / 2, -(lo[1] + hi[1]) / 2, -lo[2]])
    work = Path(tempfile.mkdtemp(prefix="makerkit-slice-"))
    stl = write_stl(mesh, work / "model.stl")
    return mesh, work, stl


def _speeds(printer: Printer, s: SliceSettings) -> dict[str, float]:
    sp = dict(printer.speeds_mm_s)
    if s.wall_speed_mm_s:
        sp["wall_outer"] = sp["wall_inner"] = s.wall_speed_mm_s
    if s.infill_speed_mm_s:
        sp["infill"] = s.infill_speed_mm_s
    if s.travel_speed_mm_s:
        sp["travel"] = s.travel_speed_mm_s
    if s.first_layer_speed_mm_s:
        sp["first_layer"] = s.first_layer_speed_mm_s
    return sp


def _widths(printer: Printer, s: SliceSettings) -> tuple[float, float]:
    """Line widths of the layers and of the first layer, as makerkit prints them."""
    from makerkit.gcode.extrusion import default_line_width_mm

    if s.line_width_mm:
        return s.line_width_mm, s.line_width_mm
    nozzle = printer.nozzle_mm
    return default_line_width_mm(nozzle), default_line_width_mm(nozzle, first_layer=True)


def prusaslicer_config(printer: Printer, material: Material, s: SliceSettings) -> dict[str, str]:
    """Our settings as a flat PrusaSlicer profile (key → value)."""
    (x0, x1), (y0, y1) = (0.0, printer.bed_mm[0]), (0.0, printer.bed_mm[1])
    w, w1 = _widths(printer, s)
    sp = _speeds(printer, s)
    r = printer.retraction
    retract = (
        material.retraction_length_mm
        if material.retraction_length_mm is not None
        else r["length_mm"]
    )
    a, f, j = printer.max_acceleration_mm_s2, printer.max_feedrate_mm_s, printer.jerk_mm_s
    cfg = {
        "layer_height": s.layer_height_mm,
        "first_layer_height": s.first_layer_height_mm,
        "perimeters": s.walls,
        "top_solid_layers": s.top_layers,
        "bottom_solid_layers": s.bottom_layers,
        "fill_density": f"{s.infill_percent:g}%",
        "fill_pattern": {"lines": "rectilinear", "grid": "grid", "triangles": "triangles"}[
            s.infill_pattern
        ],
        "skirts": s.skirt_loops if s.adhesion == "skirt" else 0,
        "skirt_distance": s.skirt_distance_mm,
        "skirt_height": 1,
        "min_skirt_length": 0,
        "brim_width": s.brim_width_mm if s.adhesion == "brim" else 0,
        "support_material": int(s.supports),
        "support_material_threshold": int(round(90 - s.support_angle_deg)),
        "spiral_vase": int(s.vase),
        # PrusaSlicer's own features (Arachne walls, gap fill, bridges, infill anchors,
        # thicker shells behind slopes) stay as PrusaSlicer sets them by default
        "seam_position": {"rear": "rear", "random": "random"}.get(s.seam, "aligned"),
        "extrusion_width": w,
        "perimeter_extrusion_width": w,
        "external_perimeter_extrusion_width": w,
        "infill_extrusion_width": w,
        "solid_infill_extrusion_width": w,
        "top_infill_extrusion_width": w,
        "first_layer_extrusion_width": w1,
        "nozzle_diameter": printer.nozzle_mm,
        "filament_diameter": material.diameter_mm,
        "filament_density": material.density_g_cm3,
        "filament_cost": material.price_per_kg,
        "temperature": material.temperature_c,
        "first_layer_temperature": material.first_layer_temperature_c,
        "bed_temperature": material.bed_temperature_c,
        "first_layer_bed_temperature": material.first_layer_bed_temperature_c,
        "bed_shape": f"{x0:g}x{y0:g},{x1:g}x{y0:g},{x1:g}x{y1:g},{x0:g}x{y1:g}",
        "max_print_height": printer.height_mm,
        "retract_length": retract if s.retraction else 0,
        "retract_speed": r["speed_mm_s"],
        "retract_before_travel": r["min_travel_mm"],
        "retract_lift": r["lift_mm"],
        "perimeter_speed": sp["wall_inner"],
        "external_perimeter_speed": sp["wall_outer"],
        "infill_speed": sp["infill"],
        "solid_infill_speed": sp["skin"],
        "top_solid_infill_speed": sp["top_skin"],
        "support_material_speed": sp["support"],
        "travel_speed": sp["travel"],
        "first_layer_speed": sp["first_layer"],
        "cooling": int(s.cooling),
        "slowdown_below_layer_time": material.cooling["min_layer_time_s"],
        "min_print_speed": material.cooling["min_speed_mm_s"],
        "filament_max_volumetric_speed": material.max_volumetric_speed_mm3_s,
        "gcode_flavor": "marlin2",
        "use_relative_e_distances": int(printer.relative_e),
        "machine_limits_usage": "time_estimate_only",
        "machine_max_acceleration_x": a["x"],
        "machine_max_acceleration_y": a["y"],
        "machine_max_acceleration_z": a["z"],
        "machine_max_acceleration_e": a["e"],
        "machine_max_acceleration_extruding": a["extruding"],
        "machine_max_acceleration_retracting": a["retracting"],
        "machine_max_acceleration_travel": a["travel"],
        "machine_max_feedrate_x": f["x"],
        "machine_max_feedrate_y": f["y"],
        "machine_max_feedrate_z": f["z"],
        "machine_max_feedrate_e": f["e"],
        "machine_max_jerk_x": j["x"],
        "machine_max_jerk_y": j["y"],
        "machine_max_jerk_z": j["z"],
        "machine_max_jerk_e": j["e"],
        "start_gcode": "G28 ; home\\nG92 E0",
        "end_gcode": "M104 S0\\nM140 S0\\nM107\\nM84",
        "layer_gcode": "G92 E0",
    }
    return {k: str(v) for k, v in cfg.items()}


def curaengine_settings(printer: Printer, material: Material, s: SliceSettings) -> dict[str, str]:
    """Our settings as CuraEngine leaf settings (CuraEngine reads only ``default_value``)."""
    from makerkit.slicing.infill import line_distance_mm

    w, w1 = _widths(printer, s)
    sp = _speeds(printer, s)
    r = printer.retraction
    retract = (
        material.retraction_length_mm
        if material.retraction_length_mm is not None
        else r["length_mm"]
    )
    a, f, j = printer.max_acceleration_mm_s2, printer.max_feedrate_mm_s, printer.jerk_mm_s
    infill_distance = (
        0 if s.infill_percent <= 0 else line_distance_mm(s.infill_pattern, s.infill_percent, w)
    )
    adhesion = {"skirt": "skirt", "brim": "brim", "none": "none"}[s.adhesion]
    cfg = {
        "machine_width": printer.bed_mm[0],
        "machine_depth": printer.bed_mm[1],
        "machine_height": printer.height_mm,
        "machine_center_is_zero": "false",
        "machine_nozzle_size": printer.nozzle_mm,
        "machine_gcode_flavor": "RepRap (Marlin/Sprinter)",
        "machine_start_gcode": "G28 ;Home\nG92 E0",
        "machine_end_gcode": "M104 S0\nM140 S0\nM107\nM84",
        "machine_max_feedrate_x": f["x"],
        "machine_max_feedrate_y": f["y"],
        "machine_max_feedrate_z": f["z"],
        "machine_max_feedrate_e": f["e"],
        "machine_max_acceleration_x": a["x"],
        "machine_max_acceleration_y": a["y"],
        "machine_max_acceleration_z": a["z"],
        "machine_max_acceleration_e": a["e"],
        "machine_acceleration": a["extruding"],
        "machine_max_jerk_xy": j["x"],
        "machine_max_jerk_z": j["z"],
        "machine_max_jerk_e": j["e"],
        "relative_extrusion": str(printer.relative_e).lower(),
        "material_diameter": material.diameter_mm,
        "material_print_temperature": material.temperature_c,
        "material_print_temperature_layer_0": material.first_layer_temperature_c,
        "material_initial_print_temperature": material.first_layer_temperature_c,
        "material_final_print_temperature": material.temperature_c,
        "material_bed_temperature": material.bed_temperature_c,
        "material_bed_temperature_layer_0": material.first_layer_bed_temperature_c,
        "layer_height": s.layer_height_mm,
        "layer_height_0": s.first_layer_height_mm,
        "line_width": w,
        "wall_line_width": w,
        "wall_line_width_0": w,
        "wall_line_width_x": w,
        "skin_line_width": w,
        "infill_line_width": w,
        "skirt_brim_line_width": w1,
        "initial_layer_line_width_factor": round(100 * w1 / w, 1),
        "wall_line_count": s.walls,
        "top_layers": s.top_layers,
        "bottom_layers": s.bottom_layers,
        "initial_bottom_layers": s.bottom_layers,
        "infill_sparse_density": s.infill_percent,
        "infill_line_distance": round(infill_distance, 4),
        "infill_pattern": s.infill_pattern,
        "adhesion_type": adhesion,
        "skirt_line_count": s.skirt_loops,
        "skirt_gap": s.skirt_distance_mm,
        "brim_line_count": max(1, int(round(s.brim_width_mm / w1))),
        "support_enable": str(bool(s.supports)).lower(),
        "support_angle": s.support_angle_deg,
        "magic_spiralize": str(bool(s.vase)).lower(),
        "retraction_enable": str(bool(s.retraction and retract > 0)).lower(),
        "retraction_amount": retract,
        "retraction_speed": r["speed_mm_s"],
        "retraction_retract_speed": r["speed_mm_s"],
        "retraction_prime_speed": r["speed_mm_s"],
        "speed_print": sp["infill"],
        "speed_infill": sp["infill"],
        "speed_wall": sp["wall_inner"],
        "speed_wall_0": sp["wall_outer"],
        "speed_wall_x": sp["wall_inner"],
        "speed_topbottom": sp["skin"],
        "speed_support": sp["support"],
        "speed_travel": sp["travel"],
        "speed_layer_0": sp["first_layer"],
        "speed_print_layer_0": sp["first_layer"],
        "speed_travel_layer_0": sp["travel"],
        "skirt_brim_speed": sp["first_layer"],
        "cool_min_layer_time": material.cooling["min_layer_time_s"],
        "cool_min_speed": material.cooling["min_speed_mm_s"],
        "cool_fan_enabled": str(bool(s.cooling)).lower(),
    }
    return {k: str(v) for k, v in cfg.items()}


def prusaslicer_command(
    stl: Path, out: Path, printer: Printer, material: Material, s: SliceSettings, work: Path
) -> list[str]:
    """The ``prusa-slicer`` command line for our settings (its profile is written in ``work``)."""
    ini = Path(work) / "profile.ini"
    ini.write_text(
        "".join(f"{k} = {v}\n" for k, v in prusaslicer_config(printer, material, s).items()),
        encoding="utf-8",
    )
    centre = f"{printer.bed_mm[0] / 2:g},{printer.bed_mm[1] / 2:g}"
    exe = _program("prusaslicer")
    return [exe, "--export-gcode", "--load", str(ini), "--center", centre, "-o", str(out), str(stl)]


def curaengine_command(
    stl: Path, out: Path, printer: Printer, material: Material, s: SliceSettings
) -> tuple[list[str], dict[str, str]]:
    """The ``CuraEngine slice -v`` command line and environment for our settings."""
    exe = _program("curaengine")
    defs = cura_definitions()
    cmd = [exe, "slice", "-v", "-j", str(defs / "definitions" / "fdmprinter.def.json")]
    flags = [
        f for k, v in curaengine_settings(printer, material, s).items() for f in ("-s", f"{k}={v}")
    ]
    # the same settings for the machine and for its extruder (material_diameter lives there)
    cmd += flags + ["-e0"] + flags + ["-l", str(stl), "-o", str(out)]
    env = dict(os.environ)
    env["CURA_ENGINE_SEARCH_PATH"] = f"{defs / 'definitions'}:{defs / 'extruders'}"
    return cmd, env


def _run(cmd: list[str], program: str, timeout_s: float, env: dict | None = None):
    start = time.perf_counter()
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout_s, env=env)
    except subprocess.TimeoutExpired as exc:
        raise SliceError("slicing.external_failed", program=program, reason="timeout") from exc
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        tail = (proc.stderr or proc.stdout or "").strip().splitlines()[-3:]
        raise SliceError("slicing.external_failed", program=program, reason=" / ".join(tail))
    return proc, wall


def _settings(settings: SliceSettings | None, overrides: dict[str, Any], nozzle: float):
    return (settings or SliceSettings()).with_overrides(**overrides).check(nozzle)


def prusaslicer_slice(
    model: Any,
    printer: str | Printer = "prusa-mk4",
    material: str | Material = "pla",
    settings: SliceSettings | None = None,
    timeout_s: float = 600,
    **overrides: Any,
) -> ExternalSlice:
    """Slice with PrusaSlicer (``prusa-slicer --export-gcode``) and read its G-code back."""
    from makerkit.gcode.reader import read_gcode

    _program("prusaslicer")
    printer, material = get_printer(printer), get_material(material)
    s = _settings(settings, overrides, printer.nozzle_mm)
    _, work, stl = _prepared(model, printer, centre_on_origin=False)
    out = work / "prusaslicer.gcode"
    cmd = prusaslicer_command(stl, out, printer, material, s, work)
    _, wall = _run(cmd, "prusa-slicer", timeout_s)
    text = out.read_text(encoding="utf-8", errors="replace")
    shutil.rmtree(work, ignore_errors=True)
    tp = read_gcode(text)
    m = re.search(r"^; filament used \[mm\] = ([0-9.]+)", text, re.M)
    fil = float(m.group(1)) if m else float(tp.e.sum())
    return ExternalSlice("prusaslicer", tp, text, tp.meta.get("slicer_estimate_s"), fil, wall)


def curaengine_slice(
    model: Any,
    printer: str | Printer = "prusa-mk4",
    material: str | Material = "pla",
    settings: SliceSettings | None = None,
    timeout_s: float = 600,
    **overrides: Any,
) -> ExternalSlice:
    """Slice with CuraEngine 4 (``CuraEngine slice -v``) and read its G-code back.

    The estimate is the one CuraEngine prints on stderr with ``-v`` (``Print time (s)``),
    as the ``;TIME:`` of its header is a placeholder when run alone.
    """
    from makerkit.gcode.reader import read_gcode

    _program("curaengine")
    cura_definitions()
    printer, material = get_printer(printer), get_material(material)
    s = _settings(settings, overrides, printer.nozzle_mm)
    _, work, stl = _prepared(model, printer, centre_on_origin=True)
    out = work / "cura.gcode"
    cmd, env = curaengine_command(stl, out, printer, material, s)
    proc, wall = _run(cmd, "CuraEngine", timeout_s, env=env)
    text = out.read_text(encoding="utf-8", errors="replace")
    shutil.rmtree(work, ignore_errors=True)
    tp = read_gcode(text)
    m = re.search(r"Print time \(s\): ([0-9.]+)", proc.stderr or "")
    time_s = float(m.group(1)) if m else None
    m = re.search(r"^;Filament used: ([0-9.]+)m", proc.stderr or "", re.M)
    fil = float(m.group(1)) * 1000 if m else float(tp.e[tp.e > 0].sum() + tp.e[tp.e < 0].sum())
    return ExternalSlice("curaengine", tp, text, time_s, fil, wall)


def external_slice(model: Any, slicer: str = "prusaslicer", **kwargs: Any) -> ExternalSlice:
    """Slice with ``slicer`` (``"prusaslicer"`` or ``"curaengine"``), the same settings as ours.

    When neither is installed, the error says how to install one.
    """
    if slicer == "any":
        for name, (program, _) in SLICERS.items():
            if shutil.which(program):
                slicer = name
                break
        else:
            raise SliceError("slicing.no_external")
    if slicer == "prusaslicer":
        return prusaslicer_slice(model, **kwargs)
    if slicer == "curaengine":
        return curaengine_slice(model, **kwargs)
    _program(slicer)  # raises: unknown slicer
    raise AssertionError("unreachable")
