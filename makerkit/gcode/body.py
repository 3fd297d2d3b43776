"""The body of a file makerkit writes: every move as a ``G1`` line, with the layer and
feature comments, fan and temperature changes, and the moves as written
(:class:`~makerkit.gcode.written.WrittenMoves`). The writer (:mod:`makerkit.gcode.writer`)
puts the header and the start and end sequences around it, and each layer's progress line
once the estimate is known.

>>> from makerkit.gcode.toolpath import Toolpath
>>> from makerkit.printers import get_printer
>>> tp = Toolpath.from_moves([(60, 60, 0.2, 0, 100, "travel"), (80, 60, 0.2, 0.8, 30, "skin")])
>>> body = body_text(tp, get_printer("prusa-mini"), {})
>>> body.entries[1].splitlines(), body.slots[0][1].splitlines()[-1]
([';TYPE:SKIN', 'G1 X80 Y60 E0.80000 F1800'], ';LAYER:0')
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from makerkit.gcode.toolpath import FEATURES, Toolpath
from makerkit.gcode.written import WrittenMoves
from makerkit.printers import Printer

__all__ = ["Body", "body_text", "TYPE_NAMES", "number_text"]

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


def number_text(v: float, digits: int = 3) -> str:
    """A number as G-code wants it: no trailing zeros, no ``-0``."""
    s = f"{v:.{digits}f}"
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


@dataclass
class Body:
    """The body's text, one entry per row kept; the layer changes' entries (``slots``:
    entry index and its layer comments) get their progress line once the estimate is known."""

    entries: list[str]
    slots: list[tuple[int, str]]
    moves: WrittenMoves
    slot_layers: np.ndarray
    n_lines: int  # lines of the whole body, progress lines included


def body_text(tp: Toolpath, printer: Printer, temps: dict[str, float]) -> Body:
    """The moves, with layer and type comments, fan and temperature changes; the progress
    (``M73``) of each layer is left to fill in once the estimate is known.

    What changes from one move to the next is found with numpy for all moves at once;
    the loop below only glues the text together.
    """
    n = len(tp)
    if n == 0:
        return Body([], [], WrittenMoves.none(), np.zeros(0, int), 0)
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
    starts = np.zeros(0, np.int64)
    if len(pidx):
        pf = feat[pidx]
        starts = pidx[np.r_[True, pf[1:] != pf[:-1]]]
        for i in starts.tolist():
            name = FEATURES[int(feat[i])]
            prefix.setdefault(i, []).append(f";TYPE:{TYPE_NAMES.get(name, name.upper())}")
    # layer changes: comments, (progress), fan, temperatures after the first layer
    changes = np.flatnonzero((lay >= 0) & (lay != np.r_[-2, lay[:-1]]))
    fan = list(tp.meta.get("fan_percent_by_layer", []))
    relative = printer.relative_e
    cur_fan = -1
    heads, commands = [], []
    for i in changes.tolist():
        k = int(lay[i])
        heads.append(f";LAYER_CHANGE\n;Z:{number_text(float(z[i]))}\n;LAYER:{k}")
        block = []
        if k < len(fan) and fan[k] != cur_fan:
            cur_fan = fan[k]
            block.append(f"M106 S{int(round(cur_fan * 2.55))}" if cur_fan > 0 else "M107")
        if k == 1:
            if temps["temperature_c"] != temps["first_layer_temperature_c"]:
                block.append(
                    f"M104 S{number_text(temps['temperature_c'], 0)} ; temperature after the first layer"
                )
                commands.append((i, len(block), "M104", temps["temperature_c"]))
            if temps["bed_temperature_c"] != temps["first_layer_bed_temperature_c"]:
                block.append(f"M140 S{number_text(temps['bed_temperature_c'], 0)}")
                commands.append((i, len(block), "M140", temps["bed_temperature_c"]))
        if not relative:
            block.append("G92 E0")
            commands.append((i, len(block), "G92", 0.0))
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
    # The numbers as written: rounded once, then printed exactly (a reader finds these very
    # numbers again). One text template per kind of move (which of Z, X Y, E, F it
    # carries), filled for all the moves of that kind at once.
    xr, yr, zr = (np.rint(c * 1e3) / 1e3 for c in (x, y, z))
    er = np.rint(e_out * 1e5) / 1e5
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
            cols.append(er)
        if nf:
            template += " F{}"
            cols.append(fi)
        text[idx] = list(map(template.format, *(c[idx].tolist() for c in cols)))
    # lines of each row's text: its comments and commands, then its move (two when split);
    # a layer change adds its three comment lines and its progress line
    n_lines = np.zeros(n, np.int64)
    n_lines[rows] = 1 + split[rows]
    for i, block in prefix.items():
        n_lines[i] += sum(b.count("\n") + 1 for b in block)
        text[i] = "\n".join(block + ([text[i]] if text[i] is not None else []))
    n_lines[changes] += 4
    keep = np.zeros(n, bool)
    keep[rows] = True
    keep[list(prefix)] = True
    kept = np.flatnonzero(keep)
    # where each row's text begins in the body (0-based line)
    first_line = np.zeros(n, np.int64)
    first_line[kept] = np.cumsum(n_lines[kept]) - n_lines[kept]
    moves = WrittenMoves.of_body(
        rows, split, moved, dz, has_e, need_f, (xr, yr, zr, er, fi, z_feed),
        move_line=first_line + n_lines - 1 - split,
        type_code=_type_codes(feat, starts),
        layer_marker=np.cumsum(np.isin(np.arange(n), changes)) - 1,
        reset_e=None if relative else np.isin(np.arange(n), changes),
        commands=[(int(first_line[i] + 4 + j - 1), code, value) for i, j, code, value in commands],
    )  # fmt: skip
    slots = [(int(s), h) for s, h in zip(np.searchsorted(kept, changes), heads, strict=True)]
    return Body(text[kept].tolist(), slots, moves, lay[changes], int(n_lines[kept].sum()))


def _type_codes(feat: np.ndarray, starts: np.ndarray) -> np.ndarray:
    """The feature a reader gives each row from the last ``;TYPE:`` line before it."""
    from makerkit.gcode.slicer_notes import feature_of_name

    names = [TYPE_NAMES.get(f, f.upper()) for f in FEATURES]
    read_as = np.array([feature_of_name(name) for name in names], np.int8)
    other = FEATURES.index("other")  # the start sequence's ;TYPE:CUSTOM
    if len(starts) == 0:
        return np.full(len(feat), other, np.int8)
    at = np.searchsorted(starts, np.arange(len(feat)), side="right") - 1
    return np.where(at >= 0, read_as[feat[starts[np.maximum(at, 0)]]], other).astype(np.int8)


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
