"""The moves of a file makerkit writes, as a reader finds them, without reading it back.

The writer knows every number it prints: :class:`WrittenMoves` keeps them, one row a move
line of the body (NaN where the line does not give that word). :func:`file_toolpath`
follows them as :mod:`makerkit.gcode.reader` follows a file's words — positions carried
from line to line, relative or absolute E (a ``G92 E0`` at each layer), the last F, the
feature of the last ``;TYPE:`` line, the layer of the last layer marker — and reads the
short start and end sequences with the reader itself. So the estimate of a slice is the
estimate of the very file it writes, and the file is written once and never read back.
The tests read the files back and find the same moves.

>>> from makerkit.gcode.writer import draft_gcode
>>> from makerkit.gcode.toolpath import Toolpath
>>> tp = Toolpath.from_moves([(60, 60, 0.2, 0, 100, "travel"), (80, 60, 0.2, 0.8, 30, "skin")])
>>> draft = draft_gcode(tp, "prusa-mini")  # the travel from the purge line: up, then across
>>> [(r["x"], r["e"], r["feature"]) for r in draft.toolpath.to_rows(None) if r["layer"] == 0][:4]
[(40.0, 0.0, 'travel'), (60.0, 0.0, 'travel'), (80.0, 0.8, 'skin'), (80.0, -1.0, 'travel')]
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from makerkit.gcode.state import ffill
from makerkit.gcode.toolpath import FEATURES, Toolpath

__all__ = ["WrittenMoves", "file_toolpath"]

_HEATERS = {"M104": "hotend", "M140": "bed"}
_PREAMBLE_LINES = 4  # the lines that put a reader of the end sequence where the body ends


@dataclass
class WrittenMoves:
    """The move lines of a body as written: the number of each word (NaN: not on the line),
    the line (0-based in the body), the feature of the last ``;TYPE:``, the count of layer
    markers before it less one, and whether a ``G92 E0`` comes just before it."""

    x: np.ndarray
    y: np.ndarray
    z: np.ndarray
    e: np.ndarray
    f: np.ndarray
    line: np.ndarray
    type_code: np.ndarray
    layer_marker: np.ndarray
    reset_e: np.ndarray
    commands: list[tuple[int, str, float]] = field(default_factory=list)

    @classmethod
    def none(cls) -> WrittenMoves:
        """No move lines at all."""
        z = np.zeros(0)
        i = np.zeros(0, np.int64)
        return cls(z, z, z, z, z, i, i.astype(np.int8), i, i.astype(bool))

    @classmethod
    def of_body(
        cls,
        rows: np.ndarray,
        split: np.ndarray,
        moved: np.ndarray,
        dz: np.ndarray,
        has_e: np.ndarray,
        need_f: np.ndarray,
        numbers: tuple[np.ndarray, ...],
        move_line: np.ndarray,
        type_code: np.ndarray,
        layer_marker: np.ndarray,
        reset_e: np.ndarray | None,
        commands: list[tuple[int, str, float]],
    ) -> WrittenMoves:
        """The lines of the toolpath rows ``rows`` as the writer prints them: one ``G1`` a
        row, two for a ``split`` travel (Z first at the Z feed, then X Y)."""
        xr, yr, zr, er, fi, z_feed = numbers
        reps = 1 + split[rows].astype(np.int64)
        src = np.repeat(rows, reps)
        first = np.cumsum(reps) - reps
        z_line = np.zeros(len(src), bool)
        z_line[first[split[rows]]] = True
        second = split[src] & ~z_line
        nan = np.nan
        return cls(
            x=np.where(~z_line & moved[src], xr[src], nan),
            y=np.where(~z_line & moved[src], yr[src], nan),
            z=np.where(z_line | (dz[src] & ~split[src]), zr[src], nan),
            e=np.where(~z_line & has_e[src], er[src], nan),
            f=np.where(z_line, z_feed[src], np.where(need_f[src], fi[src], nan)),
            line=move_line[src] + second,
            type_code=type_code[src],
            layer_marker=layer_marker[src],
            reset_e=np.zeros(len(src), bool) if reset_e is None else reset_e[src] & ~second,
            commands=commands,
        )


def file_toolpath(
    head: str, moves: WrittenMoves, body_lines: int, tail: str, relative_e: bool
) -> Toolpath:
    """The toolpath a reader finds in ``head`` + body + ``tail`` (texts of whole lines,
    each ending with a newline; the body ``body_lines`` long, its moves ``moves``)."""
    from makerkit.gcode.reader import read_gcode

    h = read_gcode(head)
    n_head = head.count("\n")
    h.layer[:] = -1  # the start sequence comes before the first layer marker
    x0, y0, z0 = (float(v[-1]) for v in (h.x, h.y, h.z)) if len(h) else h.start
    f0 = float(h.speed_mm_s[-1]) * 60.0 if len(h) else 1500.0
    x, y, z = ffill(moves.x, x0), ffill(moves.y, y0), ffill(moves.z, z0)
    if relative_e:
        e = np.nan_to_num(moves.e)
        e_end = 0.0
    else:  # absolute E: the number is where the filament is, from 0 at each G92 E0
        at = np.where(moves.reset_e & np.isnan(moves.e), 0.0, moves.e)
        pos = ffill(at, 0.0)
        prev = np.r_[0.0, pos[:-1]]
        e = pos - np.where(moves.reset_e, 0.0, prev)
        e_end = float(pos[-1]) if len(pos) else 0.0
    speed = ffill(moves.f, f0) / 60.0
    feature = np.where(e > 0, moves.type_code, FEATURES.index("travel")).astype(np.int8)
    last_layer = int(moves.layer_marker[-1]) if len(moves.line) else -1
    body = Toolpath(x, y, z, e, speed, feature, moves.layer_marker, moves.line + n_head + 1)

    xe, ye, ze, fe = (float(v[-1]) for v in (x, y, z, speed * 60.0)) if len(x) else (x0, y0, z0, f0)
    preamble = (
        f"G90\n{'M83' if relative_e else 'M82'}\nG92 E{e_end:.5f}\n"
        f"G1 X{xe:.3f} Y{ye:.3f} Z{ze:.3f} F{fe:.4f}\n"
    )
    t = read_gcode(preamble + tail)
    shift = n_head + body_lines - _PREAMBLE_LINES
    t_rows = t.line > _PREAMBLE_LINES
    end = t.select(t_rows)
    end.line = end.line + shift
    end.layer[:] = last_layer
    out = Toolpath.concat([h, body, end])
    out.start = h.start
    out.meta = _meta(
        h.meta, t.meta, moves, n_head, shift, len(h) + len(body) - int((~t_rows).sum())
    )
    out.meta["lines"] = n_head + body_lines + tail.count("\n")
    return out


def _meta(
    head: dict[str, Any], tail: dict[str, Any], moves: WrittenMoves, n_head: int, shift: int,
    row_shift: int,
) -> dict[str, Any]:  # fmt: skip
    """What the estimate reads besides the moves: limits, commands, temperatures."""
    meta = dict(head)
    for key in ("slicer_estimate_s", "slicer_filament_mm"):  # the header's, still to come
        meta.pop(key, None)
    meta["layer_markers"] = ";LAYER_CHANGE"

    def later(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return [{**c, "line": c["line"] + shift} for c in items if c["line"] > _PREAMBLE_LINES]

    body_cmds, body_temps = [], []
    for line0, code, value in moves.commands:
        line = n_head + line0 + 1
        body_cmds.append(
            {"line": line, "code": code, "params": {"E" if code == "G92" else "S": value}}
        )
        if code in _HEATERS:
            body_temps.append({"line": line, "code": code, "target_c": value,
                               "heater": _HEATERS[code], "wait": False, "tool": None})  # fmt: skip
    for key, body_part in (("commands", body_cmds), ("temperatures", body_temps)):
        meta[key] = list(head.get(key, [])) + body_part + later(tail.get(key, []))
    meta["unknown_commands"] = list(head.get("unknown_commands", [])) + later(
        tail.get("unknown_commands", [])
    )
    meta["warnings"] = list(head.get("warnings", [])) + later(tail.get("warnings", []))
    changes = {
        k: {kk: list(vv) for kk, vv in v.items()} for k, v in head.get("limit_changes", {}).items()
    }
    for key, ch in tail.get("limit_changes", {}).items():
        keep = [i for i, li in enumerate(ch["lines"]) if li > _PREAMBLE_LINES]
        if keep:
            mine = changes.setdefault(key, {"rows": [], "lines": [], "values": []})
            mine["rows"] += [ch["rows"][i] + row_shift for i in keep]
            mine["lines"] += [ch["lines"][i] + shift for i in keep]
            mine["values"] += [ch["values"][i] for i in keep]
    meta["limit_changes"] = changes
    return meta
