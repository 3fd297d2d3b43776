"""Write a :class:`Toolpath` as Marlin G-code for one printer, safely.

The file has a header (makerkit's version, the printer, the material, the settings, the
estimated time and filament, in the comment forms PrusaSlicer and Cura viewers read), the
printer's machine limits and its own start sequence, then every move with ``;LAYER:`` and
``;TYPE:`` comments and ``M73`` progress, and the printer's end sequence (heaters off).

It refuses, with a :class:`~makerkit.errors.GcodeError`, to write a move outside the
printer's printable area or a temperature above what the printer or the material allows.

The header tells the estimate of the file itself: :func:`draft_gcode` writes everything
but those figures and gives the moves of the file (start and end sequences included, as
a reader finds them: :mod:`makerkit.gcode.written`); the estimate runs on them, then the
draft's :meth:`~GcodeDraft.text` fills them in. The moves are written once, never read back.

>>> from makerkit.gcode.toolpath import Toolpath
>>> tp = Toolpath.from_moves([(60, 60, 0.2, 0, 100, "travel"), (80, 60, 0.2, 0.8, 30, "drawing")])
>>> text = write_gcode(tp, "prusa-mini")
>>> "G1 X80 Y60 E0.80000 F1800" in text, text.count("M104 S0")
(True, 1)
"""

from __future__ import annotations

import math
from types import SimpleNamespace
from typing import Any

import numpy as np

from makerkit.errors import GcodeError
from makerkit.gcode.body import TYPE_NAMES, Body, body_text, number_text
from makerkit.gcode.extrusion import grams
from makerkit.gcode.guard import check_toolpath, finite_number
from makerkit.gcode.toolpath import FEATURES, Toolpath
from makerkit.gcode.written import file_toolpath
from makerkit.printers import Material, Printer, get_material, get_printer

__all__ = ["write_gcode", "draft_gcode", "GcodeDraft", "TYPE_NAMES"]


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
        f"M201 X{number_text(a['x'])} Y{number_text(a['y'])} Z{number_text(a['z'])} E{number_text(a['e'])} "
        "; sets maximum accelerations, mm/sec^2",
        f"M203 X{number_text(f['x'])} Y{number_text(f['y'])} Z{number_text(f['z'])} E{number_text(f['e'])} "
        "; sets maximum feedrates, mm/sec",
        f"M204 P{number_text(a['extruding'])} R{number_text(a['retracting'])} T{number_text(a['travel'])} "
        "; sets acceleration (P, T) and retract acceleration (R), mm/sec^2",
        f"M205 X{number_text(j['x'])} Y{number_text(j['y'])} Z{number_text(j['z'])} E{number_text(j['e'])} "
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


class GcodeDraft:
    """A toolpath's G-code, written but for the figures of its estimate, and the moves
    the file holds (:attr:`toolpath`: start and end sequences included, as a reader finds
    them in the file). Estimate that toolpath, then ask for the :meth:`text`.

    >>> from makerkit.gcode.toolpath import Toolpath
    >>> from makerkit.gcode.simulate import estimate
    >>> tp = Toolpath.from_moves([(60, 60, 0.2, 0, 100, "travel"), (80, 60, 0.2, 0.8, 30, "skin")])
    >>> draft = draft_gcode(tp, "prusa-mini")
    >>> est = estimate(draft.toolpath, "prusa-mini")
    >>> ";TIME:" + str(round(est.time_s)) in draft.text(est)
    True
    """

    def __init__(
        self,
        tp: Toolpath,
        material: Material,
        head: tuple[list[str], list[str]],
        body: Body,
        tail: list[str],
        relative_e: bool,
    ) -> None:
        self._tp, self._material = tp, material
        self._head, self._body, self._tail = head, body, tail
        self._relative_e = relative_e
        self._moves: Toolpath | None = None

    @property
    def toolpath(self) -> Toolpath:
        """The moves of the file as written with an estimate, from the purge line to the park."""
        if self._moves is None:
            body = self._body
            head = self._head_lines(_NO_ESTIMATE)
            if len(body.slots):
                self._moves = file_toolpath(
                    "\n".join(head) + "\n",
                    body.moves,
                    body.n_lines,
                    "\n".join(self._tail) + "\n",
                    self._relative_e,
                )
            else:  # no layer markers: the reader cuts layers by height, so let it read
                from makerkit.gcode.reader import read_gcode

                self._moves = read_gcode(self.text(_NO_ESTIMATE))
        return self._moves

    def _head_lines(self, estimate: Any) -> list[str]:
        """The header (its time lines when there is an estimate), limits, start sequence."""
        numbers = _estimate_numbers(self._tp, self._material, estimate)
        out = list(self._head[0])
        if estimate is not None:
            out.append(f"; estimated printing time (normal mode) = {_duration(numbers['time_s'])}")
            out.append(f";TIME:{int(round(numbers['time_s']))}")
        out.append(f"; filament used [mm] = {numbers['filament_mm']:.2f}")
        out.append(f"; filament used [g] = {numbers['filament_g']:.2f}")
        out.append(f";Filament used: {numbers['filament_mm'] / 1000:.5f}m")
        out.append(f";Layer height: {self._tp.meta.get('layer_height_mm', '')}")
        out.append(f";LAYER_COUNT:{self._tp.layer_count}")
        minutes = f" R{int(math.ceil(numbers['time_s'] / 60))}" if numbers["time_s"] else ""
        out.append("M73 P0" + minutes)
        return out + self._head[1]

    def text(self, estimate: Any = None) -> str:
        """The G-code, its header and progress lines telling ``estimate``'s time and filament."""
        numbers = _estimate_numbers(self._tp, self._material, estimate)
        body = self._body
        entries = list(body.entries)
        if body.slots:
            layers = np.unique(body.slot_layers)
            progress = _progress_by_layer(self._tp, layers, numbers)
            total_time = numbers["time_s"]
            for (at, head), k in zip(body.slots, body.slot_layers.tolist(), strict=True):
                frac = progress.get(int(k), 0.0)
                left = f" R{int(math.ceil(total_time * (1 - frac) / 60))}" if total_time else ""
                rest = entries[at]
                entries[at] = f"{head}\nM73 P{int(frac * 100)}{left}" + (
                    "\n" + rest if rest else ""
                )
        return "\n".join(self._head_lines(estimate) + entries + self._tail) + "\n"


_NO_ESTIMATE = SimpleNamespace(time_s=0.0, filament_mm=0.0, time_per_layer_s=None)


def draft_gcode(
    toolpath: Toolpath,
    printer: str | Printer,
    material: str | Material = "pla",
    *,
    settings: Any = None,
    title: str = "makerkit",
) -> GcodeDraft:
    """The G-code of ``toolpath`` for ``printer`` and ``material``, but for its estimate: a
    :class:`GcodeDraft` (see :func:`write_gcode`; a pen drawing is not drafted)."""
    from makerkit import __version__

    printer = get_printer(printer)
    tp = toolpath
    if (tp.feature == FEATURES.index("pen")).any():
        raise GcodeError("writer.pen_on_printer", printer=printer.name)
    material = get_material(material)
    check_toolpath(tp, printer)
    _check_area(tp, printer)
    temps = _temperatures(tp, printer, material)
    max_z = float(tp.z.max()) if len(tp) else 0.0
    values = {
        **temps,
        "nozzle_mm": number_text(printer.nozzle_mm, 2),
        "park_z_mm": number_text(min(max_z + 10.0, printer.height_mm)),
        "printer": printer.name,
    }
    values.update({k: number_text(v, 0) for k, v in temps.items()})

    top = [
        f"; generated by makerkit {__version__}: {title}",
        f"; printer = {printer.id} ({printer.name})",
        f"; material = {material.id} ({material.name})",
    ]
    if settings is not None:
        items = settings.as_dict() if hasattr(settings, "as_dict") else dict(settings)
        top += [f"; setting {key} = {value}" for key, value in items.items()]
    start = _machine_limits(printer) + [
        ";TYPE:CUSTOM",
        printer.start_gcode.format_map(values),
        "G90 ; absolute coordinates",
        "M83 ; relative extrusion" if printer.relative_e else "M82 ; absolute extrusion",
        "G92 E0",
    ]
    tail = [";TYPE:CUSTOM", "M107", printer.end_gcode.format_map(values)]
    if "M104 S0" not in printer.end_gcode:
        tail.append("M104 S0 ; hot end off")
    if "M140 S0" not in printer.end_gcode:
        tail.append("M140 S0 ; bed off")
    tail.append("M73 P100 R0")
    body = body_text(tp, printer, temps)
    return GcodeDraft(tp, material, (top, start), body, tail, printer.relative_e)


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
    printer = get_printer(printer)
    if printer.kind == "pen_plotter" or pen:
        from makerkit.gcode.pen import pen_gcode

        check_toolpath(toolpath, printer)
        _check_area(toolpath, printer)
        return pen_gcode(toolpath, printer, title, fitted=printer.kind != "pen_plotter")
    draft = draft_gcode(toolpath, printer, material, settings=settings, title=title)
    return draft.text(estimate)
