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
>>> "G1 X80 Y60 E0.80000 F1800" in text, text.count("M104 S0")
(True, 1)
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from makerkit.errors import GcodeError
from makerkit.gcode.extrusion import grams
from makerkit.gcode.guard import check_toolpath, finite_number
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
    "support_interface": "SUPPORT-INTERFACE",
    "drawing": "DRAWING",
    "pen": "PEN",
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
        t = finite_number(key, temps[key])
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
        t = finite_number(key, temps[key])
        if not 0 <= t <= min(printer.max_bed_c, bhi):
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
        fil_mm = tp.filament_mm
    weight_g = grams(fil_mm, material.diameter_mm, material.density_g_cm3)
    time_s = float(getattr(estimate, "time_s", 0.0) or 0.0) if estimate else 0.0
    layer_times = None
    for name in ("time_per_layer_s", "layer_times_s"):
        value = getattr(estimate, name, None) if estimate else None
        if value is not None:
            layer_times = value
            break
    return {
        "filament_mm": fil_mm,
        "filament_g": weight_g,
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


def _body(
    tp: Toolpath, printer: Printer, temps: dict[str, float], numbers: dict[str, Any]
) -> list[str]:
    """The moves, with layer and type comments, progress, fan and temperature changes.

    What changes from one move to the next is found with numpy for all moves at once;
    the loop below only glues the text together.
    """
    n = len(tp)
    if n == 0:
        return []
    x, y, z, e = tp.x, tp.y, tp.z, tp.e
    feed = tp.speed_mm_s * 60.0
    feat, lay = tp.feature, tp.layer
    travel = FEATURES.index("travel")

    def before(a: np.ndarray) -> np.ndarray:
        return np.r_[np.nan, a[:-1]]

    moved = ~((np.abs(x - before(x)) <= 1e-9) & (np.abs(y - before(y)) <= 1e-9))
    dz = ~(np.abs(z - before(z)) <= 1e-9)
    has_e = np.abs(e) >= 5e-6
    split = dz & moved & (feat == travel)  # go up first, then across
    emitted = moved | dz | has_e
    rows = np.flatnonzero(emitted)
    # a move of Z alone goes at most at the Z axis's own speed (as slicers' travel_speed_z)
    z_cap = printer.max_feedrate_mm_s["z"] * 60.0
    feed = np.where(dz & ~moved, np.minimum(feed, z_cap), feed)
    need_f = np.zeros(n, bool)
    fr = feed[rows]
    need_f[rows] = np.r_[True, np.abs(fr[1:] - fr[:-1]) > 1e-6] | split[rows]

    prefix: dict[int, list[str]] = {}
    # ;TYPE: when a printing feature starts
    printing = feat != travel
    pidx = np.flatnonzero(printing)
    if len(pidx):
        pf = feat[pidx]
        starts = pidx[np.r_[True, pf[1:] != pf[:-1]]]
        for i in starts.tolist():
            name = FEATURES[int(feat[i])]
            prefix.setdefault(i, []).append(f";TYPE:{TYPE_NAMES.get(name, name.upper())}")
    # layer changes: comments, progress, fan, temperatures after the first layer
    changes = np.flatnonzero((lay >= 0) & (lay != np.r_[-2, lay[:-1]]))
    layers_present = np.unique(lay[changes]) if len(changes) else np.zeros(0, int)
    progress = _progress_by_layer(tp, layers_present, numbers)
    fan = list(tp.meta.get("fan_percent_by_layer", []))
    total_time = numbers["time_s"]
    relative = printer.relative_e
    cur_fan = -1
    for i in changes.tolist():
        k = int(lay[i])
        frac = progress.get(k, 0.0)
        block = [f";LAYER_CHANGE\n;Z:{_num(float(z[i]))}\n;LAYER:{k}"]
        remaining = f" R{int(math.ceil(total_time * (1 - frac) / 60))}" if total_time else ""
        block.append(f"M73 P{int(frac * 100)}{remaining}")
        if k < len(fan) and fan[k] != cur_fan:
            cur_fan = fan[k]
            block.append(f"M106 S{int(round(cur_fan * 2.55))}" if cur_fan > 0 else "M107")
        if k == 1:
            if temps["temperature_c"] != temps["first_layer_temperature_c"]:
                block.append(
                    f"M104 S{_num(temps['temperature_c'], 0)} ; temperature after the first layer"
                )
            if temps["bed_temperature_c"] != temps["first_layer_bed_temperature_c"]:
                block.append(f"M140 S{_num(temps['bed_temperature_c'], 0)}")
        if not relative:
            block.append("G92 E0")
        prefix[i] = block + prefix.get(i, [])
    _bridge_fan(tp, printer_fan=fan, prefix=prefix)
    if relative:
        e_out = e
    else:  # absolute E counts from 0 again at each layer (G92 E0)
        seg = np.cumsum(np.isin(np.arange(n), changes))
        csum = np.cumsum(e)
        base = np.zeros(seg.max() + 1 if n else 1)
        firsts = np.r_[0, changes] if len(changes) == 0 or changes[0] != 0 else changes
        base_vals = csum[firsts] - e[firsts]
        base[seg[firsts]] = base_vals
        e_out = csum - base[seg]
    # One text template per kind of move (which of Z, X Y, E, F it carries), filled for all
    # the moves of that kind at once.
    xr, yr, zr = np.round(x, 3), np.round(y, 3), np.round(z, 3)
    fi = np.round(feed).astype(np.int64)
    z_feed = np.minimum(fi, int(round(printer.max_feedrate_mm_s["z"] * 60)))
    text = np.full(n, None, dtype=object)
    kind = split * 16 + dz * 8 + moved * 4 + has_e * 2 + need_f
    for key in np.unique(kind[rows]).tolist():
        idx = rows[kind[rows] == key]
        sp, zz, mv, he, nf = (bool(key & b) for b in (16, 8, 4, 2, 1))
        template, cols = "G1", []
        if sp:
            template, cols = "G1 Z{:.7g} F{}\nG1 X{:.7g} Y{:.7g}", [zr, z_feed, xr, yr]
        else:
            if zz:
                template += " Z{:.7g}"
                cols.append(zr)
            if mv:
                template += " X{:.7g} Y{:.7g}"
                cols += [xr, yr]
        if he:
            template += " E{:.5f}"
            cols.append(e_out)
        if nf:
            template += " F{}"
            cols.append(fi)
        text[idx] = list(map(template.format, *(c[idx].tolist() for c in cols)))
    for i, block in prefix.items():
        text[i] = "\n".join(block + ([text[i]] if text[i] is not None else []))
    keep = np.zeros(n, bool)
    keep[rows] = True
    keep[list(prefix)] = True
    return text[keep].tolist()


def _bridge_fan(tp: Toolpath, printer_fan: list, prefix: dict[int, list[str]]) -> None:
    """The bridge fan (``meta["bridge_fan_percent"]``) while bridges print, then the layer's."""
    bridge_fan = tp.meta.get("bridge_fan_percent")
    if bridge_fan is None or not printer_fan:
        return
    printing = np.flatnonzero(tp.feature != FEATURES.index("travel"))
    is_bridge = tp.feature[printing] == FEATURES.index("bridge")
    was = np.r_[False, is_bridge[:-1]]
    changed = False
    turns = is_bridge != was
    for i, on in zip(printing[turns].tolist(), is_bridge[turns].tolist(), strict=True):
        k = min(max(int(tp.layer[i]), 0), len(printer_fan) - 1)
        percent = bridge_fan if on else printer_fan[k]
        if on == changed or (on and percent == printer_fan[k]):
            continue  # the fan already runs as it should
        changed = on
        prefix.setdefault(i, []).append(
            f"M106 S{int(round(percent * 2.55))}" if percent > 0 else "M107"
        )


def write_gcode(
    toolpath: Toolpath,
    printer: str | Printer,
    material: str | Material = "pla",
    *,
    settings: Any = None,
    title: str = "makerkit",
    estimate: Any = None,
    pen: bool = False,
) -> str:
    """Marlin G-code for ``printer`` that prints ``toolpath`` with ``material``.

    ``settings`` (a :class:`~makerkit.slicing.SliceSettings` or a dict) go into the header;
    ``estimate`` (from :func:`makerkit.gcode.simulate.estimate`) gives the time and the
    per-layer progress written as ``M73``. A pen drawing (moves of the feature ``pen``)
    is written for a pen plotter (``"pen-plotter"``): nothing heated, the pen lifted and
    lowered as its profile says. For a 3D printer fitted with a pen, say so with
    ``pen=True``; without it a drawing is refused for a printer that heats.
    """
    from makerkit import __version__

    printer = get_printer(printer)
    tp = toolpath
    if printer.kind == "pen_plotter" or pen:
        from makerkit.gcode.pen import pen_gcode

        check_toolpath(tp, printer)
        _check_area(tp, printer)
        return pen_gcode(tp, printer, title, fitted=printer.kind != "pen_plotter")
    if (tp.feature == FEATURES.index("pen")).any():
        raise GcodeError("writer.pen_on_printer", printer=printer.name)
    material = get_material(material)
    check_toolpath(tp, printer)
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

    out += _body(tp, printer, temps, numbers)
    add(";TYPE:CUSTOM")
    add("M107")
    add(printer.end_gcode.format_map(values))
    if "M104 S0" not in printer.end_gcode:
        add("M104 S0 ; hot end off")
    if "M140 S0" not in printer.end_gcode:
        add("M140 S0 ; bed off")
    add("M73 P100 R0")
    return "\n".join(out) + "\n"
