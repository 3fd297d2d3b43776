"""Write a :class:`Toolpath` as Marlin G-code for one printer, safely.

The file has a header (makerkit's version, the printer, the material, the settings, the
estimated time and filament, in the comment forms PrusaSlicer and Cura viewers read), the
printer's machine limits and its own start sequence, then every move with ``;LAYER:`` and
``;TYPE:`` comments and ``M73`` progress, and the printer's end sequence (heaters off).

It refuses, with a :class:`~makerkit.errors.GcodeError`, to write a move outside the
printer's printable area or a temperature above what the printer or the material allows.

>>> from makerkit.gcode.toolpath import Toolpath
>>> tp = Toolpath.from_moves([(60, 60, 0.2, 0, 100, "travel"), (80, 60, 0.2, 0.8, 30, "drawing")])
>>> text = write_gcode(tp, "prusa-mini")
>>> "G1 X80 Y60 E0.8 F1800" in text, text.count("M104 S0")
(True, 1)
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from makerkit.errors import GcodeError
from makerkit.gcode.toolpath import FEATURES, Toolpath
from makerkit.printers import Material, Printer, get_material, get_printer

__all__ = ["write_gcode", "TYPE_NAMES"]

# ;TYPE: names understood by Cura's and most other viewers.
TYPE_NAMES = {
    "other": "CUSTOM",
    "wall_outer": "WALL-OUTER",
    "wall_inner": "WALL-INNER",
    "skin": "SKIN",
    "infill": "FILL",
    "support": "SUPPORT",
    "skirt": "SKIRT",
    "bridge": "BRIDGE",
    "drawing": "DRAWING",
}


def _num(v: float, digits: int = 3) -> str:
    """A number as G-code wants it: no trailing zeros, no ``-0``."""
    s = f"{v:.{digits}f}"
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def _duration(seconds: float) -> str:
    s = int(round(seconds))
    h, rem = divmod(s, 3600)
    m, sec = divmod(rem, 60)
    return (f"{h}h " if h else "") + (f"{m}m " if h or m else "") + f"{sec}s"


def _check_area(tp: Toolpath, printer: Printer) -> None:
    if len(tp) == 0:
        return
    ok = printer.can_reach(tp.x, tp.y, tp.z)
    if not np.all(ok):
        i = int(np.flatnonzero(~ok)[0])
        (x0, x1), (y0, y1) = printer.area_x_mm, printer.area_y_mm
        raise GcodeError(
            "writer.out_of_area",
            x=float(tp.x[i]),
            y=float(tp.y[i]),
            z=float(tp.z[i]),
            printer=printer.name,
            x0=x0,
            x1=x1,
            y0=y0,
            y1=y1,
            z1=printer.height_mm,
        )


def _temperatures(tp: Toolpath, printer: Printer, material: Material) -> dict[str, float]:
    meta = tp.meta
    temps = {
        "first_layer_temperature_c": float(
            meta.get("first_layer_temperature_c", material.first_layer_temperature_c)
        ),
        "temperature_c": float(meta.get("temperature_c", material.temperature_c)),
        "first_layer_bed_temperature_c": float(
            meta.get("first_layer_bed_temperature_c", material.first_layer_bed_temperature_c)
        ),
        "bed_temperature_c": float(meta.get("bed_temperature_c", material.bed_temperature_c)),
    }
    lo, hi = material.temperature_range_c
    for key in ("first_layer_temperature_c", "temperature_c"):
        t = temps[key]
        if t > printer.max_hotend_c:
            raise GcodeError(
                "writer.hotend_too_hot", value=t, limit=printer.max_hotend_c, printer=printer.name
            )
        if not lo <= t <= hi:
            raise GcodeError(
                "writer.temperature_range", value=t, material=material.name, lo=lo, hi=hi
            )
    blo, bhi = material.bed_temperature_range_c
    for key in ("first_layer_bed_temperature_c", "bed_temperature_c"):
        t = temps[key]
        if t > printer.max_bed_c or t > bhi or t < 0:
            raise GcodeError(
                "writer.bed_too_hot",
                value=t,
                limit=min(printer.max_bed_c, bhi),
                printer=printer.name,
                material=material.name,
            )
    return temps


def _machine_limits(printer: Printer) -> list[str]:
    f, a, j = printer.max_feedrate_mm_s, printer.max_acceleration_mm_s2, printer.jerk_mm_s
    return [
        f"M201 X{_num(a['x'])} Y{_num(a['y'])} Z{_num(a['z'])} E{_num(a['e'])} "
        "; sets maximum accelerations, mm/sec^2",
        f"M203 X{_num(f['x'])} Y{_num(f['y'])} Z{_num(f['z'])} E{_num(f['e'])} "
        "; sets maximum feedrates, mm/sec",
        f"M204 P{_num(a['extruding'])} R{_num(a['retracting'])} T{_num(a['travel'])} "
        "; sets acceleration (P, T) and retract acceleration (R), mm/sec^2",
        f"M205 X{_num(j['x'])} Y{_num(j['y'])} Z{_num(j['z'])} E{_num(j['e'])} "
        "; sets the jerk limits, mm/sec",
    ]


def _estimate_numbers(tp: Toolpath, material: Material, estimate: Any) -> dict[str, Any]:
    fil_mm = float(getattr(estimate, "filament_mm", 0.0) or 0.0) if estimate else 0.0
    if not fil_mm:
        fil_mm = float(tp.e.sum())
    r_cm = material.diameter_mm / 20
    grams = fil_mm / 10 * math.pi * r_cm**2 * material.density_g_cm3
    time_s = float(getattr(estimate, "time_s", 0.0) or 0.0) if estimate else 0.0
    layer_times = None
    for name in ("time_per_layer_s", "layer_times_s"):
        value = getattr(estimate, name, None) if estimate else None
        if value is not None:
            layer_times = value
            break
    return {
        "filament_mm": fil_mm,
        "filament_g": grams,
        "time_s": time_s,
        "layer_times": layer_times,
    }


def _progress_by_layer(
    tp: Toolpath, layers: np.ndarray, numbers: dict[str, Any]
) -> dict[int, float]:
    """Fraction of the print done when each layer starts (by time when known, else by length)."""
    lt = numbers["layer_times"]
    if lt is not None and len(layers) and not isinstance(lt, dict):
        lt = np.asarray(lt, float)
        if len(lt) >= layers.max() + 1:
            done = np.concatenate([[0.0], np.cumsum(lt)])
            total = done[-1] or 1.0
            return {int(k): float(done[k] / total) for k in layers}
    weights = np.where(tp.speed_mm_s > 0, tp.lengths_mm / np.maximum(tp.speed_mm_s, 1e-9), 0.0)
    total = weights.sum() or 1.0
    cum = np.concatenate([[0.0], np.cumsum(weights)])
    first_row = {}
    for k in layers:
        first_row[int(k)] = float(cum[np.flatnonzero(tp.layer == k)[0]] / total)
    return first_row


def write_gcode(
    toolpath: Toolpath,
    printer: str | Printer,
    material: str | Material = "pla",
    *,
    settings: Any = None,
    title: str = "makerkit",
    estimate: Any = None,
) -> str:
    """Marlin G-code for ``printer`` that prints ``toolpath`` with ``material``.

    ``settings`` (a :class:`~makerkit.slicing.SliceSettings` or a dict) go into the header;
    ``estimate`` (from :func:`makerkit.gcode.simulate.estimate`) gives the time and the
    per-layer progress written as ``M73``.
    """
    from makerkit import __version__

    printer = get_printer(printer)
    material = get_material(material)
    tp = toolpath
    _check_area(tp, printer)
    temps = _temperatures(tp, printer, material)
    numbers = _estimate_numbers(tp, material, estimate)
    max_z = float(tp.z.max()) if len(tp) else 0.0
    values = {
        **temps,
        "nozzle_mm": _num(printer.nozzle_mm, 2),
        "park_z_mm": _num(min(max_z + 10.0, printer.height_mm)),
        "printer": printer.name,
    }
    values.update({k: _num(v, 0) for k, v in temps.items()})

    out: list[str] = []
    add = out.append
    add(f"; generated by makerkit {__version__}: {title}")
    add(f"; printer = {printer.id} ({printer.name})")
    add(f"; material = {material.id} ({material.name})")
    if settings is not None:
        items = settings.as_dict() if hasattr(settings, "as_dict") else dict(settings)
        for key, value in items.items():
            add(f"; setting {key} = {value}")
    if numbers["time_s"]:
        add(f"; estimated printing time (normal mode) = {_duration(numbers['time_s'])}")
        add(f";TIME:{int(round(numbers['time_s']))}")
    add(f"; filament used [mm] = {numbers['filament_mm']:.2f}")
    add(f"; filament used [g] = {numbers['filament_g']:.2f}")
    add(f";Filament used: {numbers['filament_mm'] / 1000:.5f}m")
    add(f";Layer height: {tp.meta.get('layer_height_mm', '')}")
    add(f";LAYER_COUNT:{tp.layer_count}")
    add("M73 P0" + (f" R{int(math.ceil(numbers['time_s'] / 60))}" if numbers["time_s"] else ""))
    out += _machine_limits(printer)
    add(";TYPE:CUSTOM")
    add(printer.start_gcode.format_map(values))
    add("G90 ; absolute coordinates")
    add("M83 ; relative extrusion" if printer.relative_e else "M82 ; absolute extrusion")
    add("G92 E0")

    layers_present = np.unique(tp.layer[tp.layer >= 0]) if len(tp) else np.zeros(0, int)
    progress = _progress_by_layer(tp, layers_present, numbers)
    fan = list(tp.meta.get("fan_percent_by_layer", []))
    total_time = numbers["time_s"]

    xs, ys, zs = tp.x.tolist(), tp.y.tolist(), tp.z.tolist()
    es, fs = tp.e.tolist(), (tp.speed_mm_s * 60.0).tolist()
    feats, lays = tp.feature.tolist(), tp.layer.tolist()
    cx = cy = cz = math.nan  # the first move is always written in full
    cf = -1.0
    cur_layer, cur_type, cur_fan = None, None, -1
    e_abs = 0.0
    relative = printer.relative_e
    travel = FEATURES.index("travel")
    for i in range(len(xs)):
        k = lays[i]
        if k != cur_layer and k >= 0:
            cur_layer = k
            frac = progress.get(k, 0.0)
            add(f";LAYER_CHANGE\n;Z:{_num(zs[i])}\n;LAYER:{k}")
            add(
                f"M73 P{int(frac * 100)}"
                + (f" R{int(math.ceil(total_time * (1 - frac) / 60))}" if total_time else "")
            )
            if k < len(fan) and fan[k] != cur_fan:
                cur_fan = fan[k]
                add(f"M106 S{int(round(cur_fan * 2.55))}" if cur_fan > 0 else "M107")
            if k == 1:
                if temps["temperature_c"] != temps["first_layer_temperature_c"]:
                    add(
                        f"M104 S{_num(temps['temperature_c'], 0)} ; temperature after the first layer"
                    )
                if temps["bed_temperature_c"] != temps["first_layer_bed_temperature_c"]:
                    add(f"M140 S{_num(temps['bed_temperature_c'], 0)}")
            if not relative:
                add("G92 E0")
                e_abs = 0.0
        f = feats[i]
        if f != travel and f != cur_type:
            cur_type = f
            add(f";TYPE:{TYPE_NAMES.get(FEATURES[f], FEATURES[f].upper())}")
        x, y, z, e, fr = xs[i], ys[i], zs[i], es[i], fs[i]
        parts = ["G1"]
        moved_xy = not (abs(x - cx) <= 1e-9 and abs(y - cy) <= 1e-9)
        if not abs(z - cz) <= 1e-9:
            if f == travel and moved_xy:
                add(f"G1 Z{_num(z)} F{_num(min(fr, printer.max_feedrate_mm_s['z'] * 60), 0)}")
                cf = -1.0
            else:
                parts.append(f"Z{_num(z)}")
            cz = z
        if moved_xy:
            parts.append(f"X{_num(x)} Y{_num(y)}")
            cx, cy = x, y
        if abs(e) >= 5e-6:
            if relative:
                parts.append(f"E{_num(e, 5)}")
            else:
                e_abs += e
                parts.append(f"E{_num(e_abs, 5)}")
        if len(parts) == 1:
            continue
        if abs(fr - cf) > 1e-6:
            parts.append(f"F{_num(fr, 0)}")
            cf = fr
        add(" ".join(parts))
    add(";TYPE:CUSTOM")
    add("M107")
    add(printer.end_gcode.format_map(values))
    if "M104 S0" not in printer.end_gcode:
        add("M104 S0 ; hot end off")
    if "M140 S0" not in printer.end_gcode:
        add("M140 S0 ; bed off")
    add("M73 P100 R0")
    return "\n".join(out) + "\n"
