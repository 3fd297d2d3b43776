"""Read any slicer's G-code (or a learner's own lines) into a :class:`Toolpath`.

The words come from :mod:`makerkit.gcode.lexer`; here the machine's state is followed
through the whole file at once with cumulative numpy operations: absolute or relative
moves (G90/G91, M82/M83), millimetres or inches (G21/G20), position shifts (G92 on any
axis), homing (G28), the feedrate (F); arcs (G2/G3, I/J or R) become short straight moves.
Slicers' comments give each move its feature (``;TYPE:`` of PrusaSlicer and Cura,
``; FEATURE:`` of Orca and Bambu) and layer.

>>> tp = read_gcode("G28\\nG1 Z0.2 F600\\nG1 X10 E0.5 F1800\\nG91\\nG1 Y10 E0.5\\n")
>>> [(r["x"], r["y"], r["z"], r["e"]) for r in tp.to_rows()]
[(0.0, 0.0, 0.0, 0.0), (0.0, 0.0, 0.2, 0.0), (10.0, 0.0, 0.2, 0.5), (10.0, 10.0, 0.2, 0.5)]
>>> tp.speed_mm_s[-1]
np.float64(30.0)
"""

from __future__ import annotations

import os
import re
import tomllib
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

from makerkit.errors import GcodeError
from makerkit.gcode.lexer import VALUE_BAD, VALUE_MISSING, Words, lex
from makerkit.gcode.toolpath import FEATURE_CODES, Toolpath

__all__ = ["read_gcode", "load_gcode_bytes", "command_name"]

GCODE_SUFFIXES = {".gcode", ".gco", ".g", ".nc", ".ngc", ".txt", ".bgcode"}
# Arcs become straight moves whose middle strays at most ARC_TOLERANCE_MM from the arc
# (Smoothieware's mm_max_arc_error), none shorter than MIN_ARC_SEGMENT_MM (Marlin's
# MIN_ARC_SEGMENT_MM); at most MAX_ARC_SEGMENTS per arc and MAX_ARC_ROWS for a whole file
# (beyond, every arc gets fewer: a file of huge arcs cannot exhaust memory).
ARC_TOLERANCE_MM = 0.01
MIN_ARC_SEGMENT_MM = 0.1
MAX_ARC_SEGMENTS = 1000
MAX_ARC_ROWS = 1_000_000
DEFAULT_FEEDRATE_MM_S = 25.0  # Marlin's feedrate before any F
HOMING_SPEED_MM_S = 50.0
MAX_WARNINGS_PER_KIND = 20
# frequent commands that are summed up elsewhere rather than listed one by one in
# ``meta["commands"]`` (limits are in ``limit_changes``; progress and fan are not needed)
FREQUENT_COMMANDS = frozenset({"M73", "M105", "M106", "M107", "M204", "M205"})
MAX_LISTED = 10_000
_HEATERS = {
    "M104": ("hotend", False),
    "M109": ("hotend", True),
    "M140": ("bed", False),
    "M190": ("bed", True),
    "M141": ("chamber", False),
    "M191": ("chamber", True),
}


def read_gcode(source: str | bytes | os.PathLike) -> Toolpath:
    """A :class:`Toolpath` from G-code text, bytes or a file path.

    ``meta`` of the result tells what else the file says: ``lines``, ``slicer``,
    ``flavour``, ``temperatures``, ``machine_limits`` (M201/M203/M204/M205 read from the
    file) and ``limit_changes``, ``commands`` (the lines that are not moves, but for the
    frequent progress, fan and acceleration lines),
    ``unknown_commands``, ``layer_z``, ``slicer_estimate_s`` and ``warnings`` (each with its
    line number and a sentence in the current language).

    >>> tp = read_gcode("G1 X10 Y5 F3000 ; a move\\nM104 S200\\nM4242\\n")
    >>> len(tp), tp.meta["temperatures"][0]["target_c"], tp.meta["unknown_commands"]
    (1, 200.0, [{'line': 3, 'code': 'M4242'}])
    """
    data = load_gcode_bytes(source)
    return toolpath_from_bytes(data)


def load_gcode_bytes(source: str | bytes | os.PathLike) -> bytes:
    """The bytes of ``source`` (text, bytes or a path), or a :class:`GcodeError` if it is not G-code."""
    if isinstance(source, bytes | bytearray | memoryview):
        data = bytes(source)
    elif isinstance(source, os.PathLike) or (isinstance(source, str) and _looks_like_path(source)):
        from makerkit.files import read_bytes

        data = read_bytes(source)
    elif isinstance(source, str):
        data = source.encode("utf-8", errors="replace")
    else:
        raise GcodeError("gcode.bad_source", kind=type(source).__name__)
    if data.startswith(b"GCDE"):
        raise GcodeError("gcode.binary_gcode")
    head = np.frombuffer(data[:65536], np.uint8)
    if len(head):
        control = ((head < 9) | ((head > 13) & (head < 32))).sum()
        if control > max(8, 0.01 * len(head)):
            raise GcodeError("gcode.not_text")
    if not data.strip():
        raise GcodeError("gcode.empty")
    return data


def _looks_like_path(text: str) -> bool:
    if "\n" in text or ";" in text or len(text) > 4096:
        return False
    return Path(text).suffix.lower() in GCODE_SUFFIXES or Path(text).exists()


def command_name(letter: int, number: float) -> str:
    """``G1``, ``M862.3``, ``T`` (tool changes share one name) from a command word."""
    if letter == ord("T"):
        return "T"
    if not np.isfinite(number):
        return chr(letter)
    if float(number).is_integer():
        return f"{chr(letter)}{int(number)}"
    return f"{chr(letter)}{float(number):.3f}".rstrip("0")


@cache
def _feature_names() -> dict[str, int]:
    with (Path(__file__).parent / "data" / "features.toml").open("rb") as f:
        table = tomllib.load(f)["features"]
    return {k.lower(): FEATURE_CODES[v] for k, v in table.items()}


@cache
def known_commands() -> frozenset[str]:
    """Every command makerkit can explain (the keys of the ``gcode.cmd`` catalogue)."""
    from makerkit.i18n import catalogue

    prefix = "gcode.cmd."
    return frozenset(k[len(prefix) :] for k in catalogue("en") if k.startswith(prefix))


# --- the state machine, vectorised ------------------------------------------------------


def _ffill(values: np.ndarray, default: float) -> np.ndarray:
    """Replace NaN by the last number before it (``default`` at the start)."""
    idx = np.where(np.isnan(values), -1, np.arange(len(values)))
    np.maximum.accumulate(idx, out=idx)
    out = values[np.maximum(idx, 0)]
    out[idx < 0] = default
    return out


def _modal(event_lines: np.ndarray, event_values: np.ndarray, default, at_lines: np.ndarray):
    """The value of a modal state (set by the events) on each of ``at_lines``."""
    if len(event_lines) == 0:
        return np.full(len(at_lines), default)
    idx = np.searchsorted(event_lines, at_lines, side="right") - 1
    return np.where(idx >= 0, event_values[np.maximum(idx, 0)], default)


def _axis_positions(
    v: np.ndarray, rel: np.ndarray, is_move: np.ndarray, is_g92: np.ndarray, homed: np.ndarray
) -> np.ndarray:
    """Physical position of one axis after each line (moves, G92 shifts and homing)."""
    has = ~np.isnan(v)
    shifted = is_g92 & has
    anchor = (is_move & has & ~rel) | shifted | homed
    target = np.where(homed, 0.0, v)
    relative = is_move & has & rel
    if not relative.any():  # absolute moves only: the last position given
        logical = _ffill(np.where(anchor, target, np.nan), 0.0)
    else:
        cs = np.cumsum(np.where(relative, v, 0.0))
        logical = _ffill(np.where(anchor, target - cs, np.nan), 0.0) + cs
    if not shifted.any():  # no G92 on this axis: the file's positions are the printer's
        return logical
    before = np.concatenate(([0.0], logical[:-1]))
    cj = np.cumsum(np.where(is_g92 & has, v - before, 0.0))
    offset = _ffill(np.where(homed, -cj, np.nan), 0.0) + cj
    return logical - offset


def toolpath_from_bytes(data: bytes) -> Toolpath:
    """The toolpath of G-code ``data`` (already checked to be text)."""
    w = lex(data)
    notes = _Notes()
    letter, number = w.cmd_letter, w.cmd_number
    is_g = letter == ord("G")
    is_m = letter == ord("M")
    motion = is_g & ((number == 0) | (number == 1) | (number == 2) | (number == 3))
    is_g92 = is_g & (number == 92)
    is_g28 = is_g & (number == 28)
    pos_lines = np.flatnonzero(motion | is_g92 | is_g28)

    def events(mask_on, mask_off):
        lines = np.flatnonzero(mask_on | mask_off)
        return lines, mask_on[lines]

    rel_xyz = _modal(*events(is_g & (number == 91), is_g & (number == 90)), False, pos_lines)
    rel_e_local = _modal(*events(is_m & (number == 83), is_m & (number == 82)), False, pos_lines)
    inch = _modal(*events(is_g & (number == 20), is_g & (number == 21)), False, pos_lines)
    rel_e = rel_xyz | rel_e_local

    p, has = w.take("XYZEFIJR", pos_lines)
    scale = np.where(inch, 25.4, 1.0)
    for k in p:
        p[k] = p[k] * scale
    is_move = motion[pos_lines]
    g92 = is_g92[pos_lines]
    g28 = is_g28[pos_lines]
    named = has["X"] | has["Y"] | has["Z"]
    homed_any = g28 & ~named

    pos = {}
    for axis in "XYZ":
        homed = g28 & (homed_any | has[axis])
        pos[axis] = _axis_positions(p[axis], rel_xyz, is_move, g92, homed)
    e_pos = _axis_positions(p["E"], rel_e, is_move, g92, np.zeros(len(pos_lines), bool))
    e_delta = np.diff(e_pos, prepend=0.0)
    feed = _ffill(np.where(is_move, p["F"], np.nan), DEFAULT_FEEDRATE_MM_S * 60.0) / 60.0

    # rows: moves that name an axis, and homing
    moving = is_move & ~(np.isnan(p["X"]) & np.isnan(p["Y"]) & np.isnan(p["Z"]) & np.isnan(p["E"]))
    arcs = is_move & (number[pos_lines] >= 2)
    keep = moving | g28 | arcs
    rows = np.flatnonzero(keep)
    x, y, z = pos["X"][rows], pos["Y"][rows], pos["Z"][rows]
    e = e_delta[rows]
    speed = np.where(g28[rows], HOMING_SPEED_MM_S, feed[rows])
    line = pos_lines[rows]
    other = np.full(len(rows), FEATURE_CODES["other"], np.int8)
    if arcs.any():
        x, y, z, e, speed, line, other = _expand_arcs(
            x, y, z, e, speed, line, other, arcs[rows], number, p, rows, notes
        )

    feature = _features(data, w, line, other)
    extruding = (e > 0) & (
        (np.diff(x, prepend=0.0) != 0)
        | (np.diff(y, prepend=0.0) != 0)
        | (np.diff(z, prepend=0.0) != 0)
    )
    feature = np.where(e > 0, feature, FEATURE_CODES["travel"]).astype(np.int8)
    layer, markers = _layers(data, w, line, z, extruding)

    tp = Toolpath(
        x=x,
        y=y,
        z=z,
        e=e,
        speed_mm_s=speed,
        feature=feature,
        layer=layer,
        line=line + 1,
        start=(0.0, 0.0, 0.0),
    )
    tp.meta.update(_describe(data, w, tp, extruding, notes, inch.any() if len(inch) else False))
    tp.meta["layer_markers"] = markers
    return tp


def _expand_arcs(x, y, z, e, speed, line, feature, is_arc, number, p, rows, notes):
    """Replace each G2/G3 row by short straight moves along its arc (as Marlin plans it)."""
    n = len(x)
    sx = np.concatenate(([0.0], x[:-1]))
    sy = np.concatenate(([0.0], y[:-1]))
    sz = np.concatenate(([0.0], z[:-1]))
    ai = np.flatnonzero(is_arc)
    pl = rows[ai]
    clockwise = number[line[ai]] == 2
    i_off = np.nan_to_num(p["I"][pl])
    j_off = np.nan_to_num(p["J"][pl])
    r = p["R"][pl]
    has_r = ~np.isnan(r) & np.isnan(p["I"][pl]) & np.isnan(p["J"][pl])
    # R form: centre on the perpendicular bisector of the chord (Marlin's G2_G3.cpp)
    if has_r.any():
        k = np.flatnonzero(has_r)
        dx = (x[ai[k]] - sx[ai[k]]) / 2
        dy = (y[ai[k]] - sy[ai[k]]) / 2
        half = np.hypot(dx, dy)
        rr = r[k]
        h2 = (rr - half) * (rr + half)
        h = np.sqrt(np.maximum(h2, 0.0))
        sign = np.where(clockwise[k] ^ (rr < 0), -1.0, 1.0)
        with np.errstate(invalid="ignore", divide="ignore"):
            ux = np.where(half > 0, -dy / half, 0.0)
            uy = np.where(half > 0, dx / half, 0.0)
        i_off[k] = dx + ux * sign * h
        j_off[k] = dy + uy * sign * h
        for li in line[ai[k[h2 < -1e-9]]]:
            notes.add(int(li), "gcode.warn_arc_radius")
    cx = sx[ai] + i_off
    cy = sy[ai] + j_off
    radius = np.hypot(sx[ai] - cx, sy[ai] - cy)
    a0 = np.arctan2(sy[ai] - cy, sx[ai] - cx)
    ax, ay = sx[ai] - cx, sy[ai] - cy
    bx, by = x[ai] - cx, y[ai] - cy
    sweep = np.arctan2(ax * by - ay * bx, ax * bx + ay * by)
    sweep = np.where(sweep < 0, sweep + 2 * np.pi, sweep)
    sweep = np.where(clockwise, sweep - 2 * np.pi, sweep)
    same = (np.abs(x[ai] - sx[ai]) < 1e-9) & (np.abs(y[ai] - sy[ai]) < 1e-9)
    full = same & (radius > 0)
    sweep = np.where(full, np.where(clockwise, -2 * np.pi, 2 * np.pi), sweep)
    sweep = np.where(np.abs(sweep) >= 2 * np.pi - 1e-12, np.sign(sweep) * 2 * np.pi, sweep)
    bad = ~np.isfinite(radius) | ~np.isfinite(sweep)
    sweep = np.where(bad, 0.0, sweep)
    radius = np.where(bad, 0.0, radius)
    segments = arc_segments(radius, sweep)
    capped = segments >= MAX_ARC_SEGMENTS
    if segments.sum() > MAX_ARC_ROWS:
        segments = np.maximum(1, segments * MAX_ARC_ROWS // int(segments.sum()))
        capped[:] = True
    for li in line[ai[capped]][:MAX_WARNINGS_PER_KIND]:
        notes.add(int(li), "gcode.warn_arc_huge")
    counts = np.ones(n, np.int64)
    counts[ai] = segments
    total = int(counts.sum())
    out_index = np.repeat(np.arange(n), counts)
    # position of each output row within its arc: 1..segments
    first = np.cumsum(counts) - counts
    k_in = np.arange(total) - first[out_index] + 1
    frac = k_in / counts[out_index]
    X, Y = x[out_index].copy(), y[out_index].copy()
    arc_of_row = np.full(n, -1)
    arc_of_row[ai] = np.arange(len(ai))
    which = arc_of_row[out_index]
    on_arc = (which >= 0) & (k_in < counts[out_index])
    wa = which[on_arc]
    ang = a0[wa] + sweep[wa] * frac[on_arc]
    X[on_arc] = cx[wa] + radius[wa] * np.cos(ang)
    Y[on_arc] = cy[wa] + radius[wa] * np.sin(ang)
    Z = np.where(which >= 0, sz[out_index] + (z[out_index] - sz[out_index]) * frac, z[out_index])
    E = e[out_index] / counts[out_index]
    return X, Y, Z, E, speed[out_index], line[out_index], feature[out_index]


def arc_segments(radius_mm: np.ndarray, sweep_rad: np.ndarray) -> np.ndarray:
    """How many straight moves draw each arc (chord tolerance, shortest move, cap).

    >>> arc_segments(np.array([10.0, 100.0, 1e6]), np.array([np.pi, 2 * np.pi, 1.0])).tolist()
    [36, 223, 1000]
    """
    r = np.maximum(np.asarray(radius_mm, float), 1e-9)
    sweep = np.abs(np.asarray(sweep_rad, float))
    step = 2 * np.arccos(np.clip(1 - ARC_TOLERANCE_MM / r, -1.0, 1.0))
    by_error = np.ceil(sweep / np.maximum(step, 1e-12))
    by_length = np.ceil(sweep * r / MIN_ARC_SEGMENT_MM)
    n = np.minimum(by_error, by_length)
    return np.clip(np.nan_to_num(n, nan=1.0), 1, MAX_ARC_SEGMENTS).astype(np.int64)


def _find_all(data: bytes, needle: bytes) -> list[int]:
    out, i = [], data.find(needle)
    while i >= 0:
        out.append(i)
        i = data.find(needle, i + 1)
    return out


def _line_of(w: Words, positions: list[int]) -> np.ndarray:
    return np.searchsorted(w.line_end, np.asarray(positions, np.int64))


_FEATURE_COMMENT = re.compile(rb";[ ]?(?:TYPE|FEATURE):[ \t]*([^\r\n]*)")


def _features(data: bytes, w: Words, row_line: np.ndarray, default: np.ndarray) -> np.ndarray:
    """The feature of each row, from the last ``;TYPE:`` or ``; FEATURE:`` comment before it."""
    names = _feature_names()
    code_of: dict[bytes, int] = {}
    positions: list[int] = []
    codes: list[int] = []
    for m in _FEATURE_COMMENT.finditer(data):
        label = m.group(1)
        code = code_of.get(label)
        if code is None:
            text = label.strip().decode("utf-8", "replace").lower()
            code = code_of[label] = names.get(text, FEATURE_CODES["other"])
        positions.append(m.start())
        codes.append(code)
    if not positions:
        return default
    lines = _line_of(w, positions)
    return _modal(lines, np.array(codes, np.int8), FEATURE_CODES["other"], row_line).astype(np.int8)


_LAYER_MARKERS = (b";LAYER_CHANGE", b"; CHANGE_LAYER", b";LAYER:")


def _layers(data, w, row_line, z, extruding) -> tuple[np.ndarray, str]:
    """The layer of each row: from the slicer's layer comments, else from the heights printed at."""
    for marker in _LAYER_MARKERS:
        found = _find_all(data, marker)
        if found:
            lines = _line_of(w, found)
            return (np.searchsorted(lines, row_line, side="right") - 1).astype(
                np.int32
            ), marker.decode()
    # no comments: a new layer starts where printing happens higher than before
    layer = np.full(len(z), -1, np.int32)
    if not extruding.any():
        return layer, "z"
    zi = np.flatnonzero(extruding)
    zz = z[zi]
    top = np.maximum.accumulate(zz)
    prev_top = np.concatenate(([-np.inf], top[:-1]))
    new = zz > prev_top + 0.01
    idx = np.cumsum(new) - 1
    layer_at = np.full(len(z), np.nan)
    layer_at[zi] = idx
    layer = _ffill(layer_at, -1).astype(np.int32)
    return layer, "z"


class _Notes:
    """Warnings met while reading, with their line numbers (a few of each kind kept)."""

    def __init__(self) -> None:
        self.items: list[dict[str, Any]] = []
        self.counts: dict[str, int] = {}

    def add(self, line: int, key: str, **values: Any) -> None:
        n = self.counts.get(key, 0)
        self.counts[key] = n + 1
        if n < MAX_WARNINGS_PER_KIND:
            self.items.append({"line": int(line) + 1, "key": key, "values": values})

    def render(self) -> list[dict[str, Any]]:
        from makerkit.i18n import t

        out = []
        for item in sorted(self.items, key=lambda i: i["line"]):
            code = item["key"].split(".", 1)[1].removeprefix("warn_")
            out.append(
                {
                    "line": item["line"],
                    "code": code,
                    "message": t(item["key"], line=item["line"], **item["values"]),
                }
            )
        for key, n in self.counts.items():
            if n > MAX_WARNINGS_PER_KIND:
                code = key.split(".", 1)[1].removeprefix("warn_")
                out.append(
                    {
                        "line": 0,
                        "code": code,
                        "message": t("gcode.warn_more", count=n - MAX_WARNINGS_PER_KIND, code=code),
                    }
                )
        return out


def _describe(
    data: bytes, w: Words, tp: Toolpath, extruding: np.ndarray, notes: _Notes, inches: bool
) -> dict[str, Any]:
    """Everything but the moves: temperatures, limits, commands, unknowns, warnings."""
    meta: dict[str, Any] = {"lines": int(w.n_lines)}
    letter, number = w.cmd_letter, w.cmd_number
    # bad numbers, missing values
    bad = np.flatnonzero(w.flag == VALUE_BAD)
    if len(bad):  # version strings (M115 U3.11.0, M862.4 P3.12) are not numbers
        cmd = letter[w.line[bad]] * 100000.0 + np.floor(number[w.line[bad]])
        bad = bad[(cmd != ord("M") * 100000.0 + 115) & (cmd != ord("M") * 100000.0 + 862)]
    for i in bad[: MAX_WARNINGS_PER_KIND + 1]:
        notes.add(int(w.line[i]), "gcode.warn_bad_number", letter=chr(w.letter[i]))
    for _ in bad[MAX_WARNINGS_PER_KIND + 1 :]:
        notes.counts["gcode.warn_bad_number"] += 1
    motion = (letter == ord("G")) & (number >= 0) & (number <= 3) & (number == np.floor(number))
    missing = np.flatnonzero((w.flag == VALUE_MISSING) & motion[w.line])
    missing = missing[w.cmd_word[w.line[missing]] != missing]
    for i in missing[:MAX_WARNINGS_PER_KIND]:
        notes.add(int(w.line[i]), "gcode.warn_missing_value", letter=chr(w.letter[i]))
    notes.counts["gcode.warn_missing_value"] = len(missing) if len(missing) else 0
    for li in w.long_lines[:MAX_WARNINGS_PER_KIND]:
        notes.add(int(li), "gcode.warn_long_line")
    for li in np.unique(w.placeholders)[:MAX_WARNINGS_PER_KIND]:
        notes.add(int(li), "gcode.warn_placeholder")
    for li in np.unique(w.stray_numbers)[:MAX_WARNINGS_PER_KIND]:
        notes.add(int(li), "gcode.warn_stray_number")
    # lines with words but no command
    has_words = np.zeros(w.n_lines, bool)
    has_words[w.line] = True
    no_cmd = np.flatnonzero(has_words & (letter == 0))
    for li in no_cmd[:MAX_WARNINGS_PER_KIND]:
        notes.add(int(li), "gcode.warn_no_command")
    bad_cmd = np.flatnonzero((letter != 0) & (letter != ord("T")) & np.isnan(number))
    for li in bad_cmd[:MAX_WARNINGS_PER_KIND]:
        notes.add(int(li), "gcode.warn_bad_command", letter=chr(letter[li]))

    # commands other than moves, named once per kind
    cmd_lines = np.flatnonzero((letter != 0) & ~motion)
    keys = letter[cmd_lines].astype(np.int64) * 10_000_000 + np.round(
        np.nan_to_num(number[cmd_lines], nan=-1.0) * 1000
    ).astype(np.int64)
    uniq, first, inverse = np.unique(keys, return_index=True, return_inverse=True)
    names = [command_name(int(letter[cmd_lines[i]]), float(number[cmd_lines[i]])) for i in first]
    name_arr = (
        np.array(names + [""], dtype=object)[inverse] if len(cmd_lines) else np.zeros(0, object)
    )
    known = known_commands()
    is_unknown = np.array([n not in known and n != "T" for n in names], bool)
    um = is_unknown[inverse] if len(cmd_lines) else np.zeros(0, bool)
    meta["unknown_commands"] = [
        {"line": int(li) + 1, "code": str(n)}
        for li, n in zip(
            cmd_lines[um][:MAX_LISTED].tolist(), name_arr[um][:MAX_LISTED], strict=True
        )
    ]
    frequent = np.array([n in FREQUENT_COMMANDS for n in names] + [False], bool)[inverse]
    listed = cmd_lines[~frequent]
    meta["commands"] = _command_table(w, listed, name_arr[~frequent])

    limit_sel = np.array([n in _LIMIT_LETTERS for n in names] + [False], bool)[inverse]
    limits, changes = _limit_changes(w, cmd_lines[limit_sel], name_arr[limit_sel], tp, extruding)
    meta["machine_limits"] = limits
    meta["limit_changes"] = changes
    meta["temperatures"] = [
        {
            "line": c["line"],
            "code": c["code"],
            "target_c": c["params"].get("S", c["params"].get("R")),
            "heater": _HEATERS[c["code"]][0],
            "wait": _HEATERS[c["code"]][1],
            "tool": c["params"].get("T"),
        }
        for c in meta["commands"]
        if c["code"] in _HEATERS
    ]
    meta.update(_slicer_info(data))
    if inches:
        meta["units"] = "inch"
    ext = extruding
    layer_z = []
    if ext.any():
        lay = tp.layer[ext]
        zs = tp.z[ext]
        order = np.unique(lay, return_index=True)[1]
        layer_z = [round(float(v), 4) for v in zs[order]]
    meta["layer_z"] = layer_z
    meta["warnings"] = notes.render()
    return meta


def _command_table(w: Words, lines: np.ndarray, names) -> list[dict[str, Any]]:
    """``[{line, code, params}]`` for ``lines`` (0-based, sorted): plain values."""
    params: dict[int, dict[str, float | None]] = {int(li): {} for li in lines.tolist()}
    if len(lines):
        listed = np.zeros(w.n_lines, bool)
        listed[lines] = True
        sel = listed[w.line]
        sel[w.cmd_word[w.cmd_word >= 0]] = False
        for li, c, v in zip(
            w.line[sel].tolist(), w.letter[sel].tolist(), w.value[sel].tolist(), strict=True
        ):
            params[li][chr(c)] = None if v != v else v
    return [
        {"line": li + 1, "code": str(n), "params": params[li]}
        for li, n in zip(lines.tolist(), names, strict=True)
    ]


# what each M201/M203/M204/M205 letter sets (later pairs win on the same line)
_LIMIT_LETTERS = {
    "M201": [(a, f"max_accel_{a.lower()}_mm_s2") for a in "XYZE"],
    "M203": [(a, f"max_feedrate_{a.lower()}_mm_s") for a in "XYZE"],
    "M204": [
        ("S", "accel_print_mm_s2"),
        ("S", "accel_travel_mm_s2"),
        ("P", "accel_print_mm_s2"),
        ("R", "accel_retract_mm_s2"),
        ("T", "accel_travel_mm_s2"),
    ],
    "M205": [(a, f"jerk_{a.lower()}_mm_s") for a in "XYZE"]
    + [
        ("J", "junction_deviation_mm"),
        ("S", "min_feedrate_mm_s"),
        ("T", "min_travel_feedrate_mm_s"),
    ],
}


def _limit_changes(w: Words, lines: np.ndarray, names, tp: Toolpath, extruding: np.ndarray):
    """Machine limits set before printing starts, and every change, per limit name.

    Changes are ``{name: {"rows": [...], "lines": [...], "values": [...]}}``: the value holds
    from move ``rows[i]`` on (moves are rows of the toolpath).
    """
    first_print = np.flatnonzero(extruding)
    first_line = int(tp.line[first_print[0]]) if len(first_print) else 1 << 30
    events: dict[str, tuple[list[np.ndarray], list[np.ndarray]]] = {}
    every = w.params("XYZEPRSTJ", lines) if len(lines) else {}
    for code, pairs in _LIMIT_LETTERS.items():
        mask = np.asarray(names == code, bool) if len(lines) else np.zeros(0, bool)
        sel = lines[mask]
        if len(sel) == 0:
            continue
        prm = {k: v[mask] for k, v in every.items()}
        chosen: dict[str, np.ndarray] = {}
        for letter, key in pairs:
            v = prm[letter]
            ok = np.isfinite(v) & (v >= 0)
            chosen[key] = np.where(ok, v, chosen.get(key, np.full(len(sel), np.nan)))
        for key, v in chosen.items():
            ok = ~np.isnan(v)
            if ok.any():
                ls, vs = events.setdefault(key, ([], []))
                ls.append(sel[ok] + 1)
                vs.append(v[ok])
    limits: dict[str, float] = {}
    changes: dict[str, dict[str, list]] = {}
    for key, (ls, vs) in events.items():
        ln = np.concatenate(ls)
        vv = np.concatenate(vs)
        order = np.argsort(ln, kind="stable")
        ln, vv = ln[order], vv[order]
        before = ln < first_line
        if before.any():
            limits[key] = float(vv[before][-1])
        rows = np.searchsorted(tp.line, ln)
        changes[key] = {"rows": rows.tolist(), "lines": ln.tolist(), "values": vv.tolist()}
    return limits, changes


def _slicer_info(data: bytes) -> dict[str, Any]:
    head, tail = data[:8192], data[-65536:]
    info: dict[str, Any] = {"slicer": None, "flavour": None, "slicer_estimate_s": None}
    for needle, name in (
        (b"PrusaSlicer", "PrusaSlicer"),
        (b"SuperSlicer", "SuperSlicer"),
        (b"OrcaSlicer", "OrcaSlicer"),
        (b"BambuStudio", "BambuStudio"),
        (b"Cura_SteamEngine", "Cura"),
        (b"generated by makerkit", "makerkit"),
        (b"Simplify3D", "Simplify3D"),
        (b"Slic3r", "Slic3r"),
    ):
        if needle in head:
            info["slicer"] = name
            break
    i = head.find(b";FLAVOR:")
    if i >= 0:
        info["flavour"] = (
            head[i + 8 : head.find(b"\n", i)].strip().decode("ascii", "replace").lower()
        )
    i = tail.find(b"; gcode_flavor = ")
    if i >= 0:
        info["flavour"] = tail[i + 17 : tail.find(b"\n", i)].strip().decode("ascii", "replace")
    i = tail.find(b"; estimated printing time (normal mode) = ")
    if i >= 0:
        info["slicer_estimate_s"] = _parse_duration(
            tail[i + 42 : tail.find(b"\n", i)].decode("ascii", "replace")
        )
    i = head.find(b";TIME:")
    if i >= 0 and info["slicer_estimate_s"] is None:
        try:
            value = float(head[i + 6 : head.find(b"\n", i)])
            if value != 6666:  # CuraEngine's placeholder when run without Cura
                info["slicer_estimate_s"] = value
        except ValueError:
            pass
    return info


def _parse_duration(text: str) -> float | None:
    """Seconds in PrusaSlicer's ``1d 2h 3m 4s``."""
    total = 0.0
    units = {"d": 86400, "h": 3600, "m": 60, "s": 1}
    found = False
    for part in text.split():
        if part[-1:] in units:
            try:
                total += float(part[:-1]) * units[part[-1]]
                found = True
            except ValueError:
                return None
    return total if found else None
