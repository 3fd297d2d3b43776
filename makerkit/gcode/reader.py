"""Read any slicer's G-code (or a learner's own lines) into a :class:`Toolpath`.

The one parser of makerkit: ``info``, ``plot``, ``check``, the estimate and ``explain`` all
read through here. The words come from :mod:`makerkit.gcode.lexer`; the machine's state is
followed through the whole file at once (:mod:`makerkit.gcode.state`): absolute or relative
moves (G90/G91, M82/M83, G words anywhere on a line: ``G21 G90 G0 X1``), millimetres or
inches (G21/G20), position shifts (G92 on any axis), homing (G28), the feedrate (F); arcs
(G2/G3) become short straight moves (:mod:`makerkit.gcode.arcs`). The firmware flavour
(:mod:`makerkit.gcode.flavours`) says what commands mean; slicers' comments give features
and layers (:mod:`makerkit.gcode.slicer_notes`); the rest goes to ``meta``
(:mod:`makerkit.gcode.describe`).

>>> tp = read_gcode("G28\\nG1 Z0.2 F600\\nG1 X10 E0.5 F1800\\nG91\\nG1 Y10 E0.5\\n")
>>> [(r["x"], r["y"], r["z"], r["e"]) for r in tp.to_rows()]
[(0.0, 0.0, 0.0, 0.0), (0.0, 0.0, 0.2, 0.0), (10.0, 0.0, 0.2, 0.5), (10.0, 10.0, 0.2, 0.5)]
>>> tp.speed_mm_s[-1]
np.float64(30.0)
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from makerkit.errors import GcodeError
from makerkit.gcode.arcs import expand_arcs
from makerkit.gcode.describe import Collector, Notes, command_name
from makerkit.gcode.flavours import CUTTING, detect_flavour, known_commands, normalise_flavour
from makerkit.gcode.lexer import EXTENDED, Words, lex
from makerkit.gcode.slicer_notes import comment_marks, features, layers, slicer_info
from makerkit.gcode.state import Modes, axis_positions, distinct, ffill, lines_mask, modal
from makerkit.gcode.toolpath import FEATURE_CODES, Toolpath

__all__ = ["read_gcode", "read_lines", "Reading", "load_gcode_bytes", "command_name"]

GCODE_SUFFIXES = {".gcode", ".gco", ".g", ".nc", ".ngc", ".txt", ".bgcode", ".tap", ".cnc"}
DEFAULT_FEEDRATE_MM_S = 25.0  # Marlin's feedrate before any F
HOMING_SPEED_MM_S = 50.0
_G, _M = ord("G"), ord("M")
_EXTENDED_NAME = re.compile(rb"[ \t]*([A-Za-z_][A-Za-z0-9_]*)")

# known_commands stays importable from here (the explainer and older code use it)
known_commands = known_commands


def read_gcode(source: str | bytes | os.PathLike, flavour: str | None = None) -> Toolpath:
    """A :class:`Toolpath` from G-code text, bytes or a file path.

    ``flavour`` (``marlin``, ``prusa``, ``klipper``, ``reprapfirmware``, ``bambu``,
    ``laser``, ``cnc``) is read from the file when not given. ``meta`` of the result tells
    what else the file says: ``lines``, ``slicer``, ``flavour``, ``machine`` (``printer``,
    ``laser`` or ``cnc``), ``temperatures``, ``machine_limits`` (M201/M203/M204/M205 read
    from the file) and ``limit_changes``, ``commands`` (the lines that are not moves, but
    for the frequent progress, fan and acceleration lines), ``unknown_commands``,
    ``layer_z``, ``slicer_estimate_s``, ``slicer_filament_mm`` and ``warnings`` (each with
    its line number and a sentence in the current language).

    >>> tp = read_gcode("G1 X10 Y5 F3000 ; a move\\nM104 S200\\nM4242\\n")
    >>> len(tp), tp.meta["temperatures"][0]["target_c"], tp.meta["unknown_commands"]
    (1, 200.0, [{'line': 3, 'code': 'M4242'}])
    """
    return read_lines(source, flavour).toolpath


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
    if not data or data.isspace():  # (strip() would copy a large file)
        raise GcodeError("gcode.empty")
    return data


def _looks_like_path(text: str) -> bool:
    if "\n" in text or ";" in text or len(text) > 4096:
        return False
    return Path(text).suffix.lower() in GCODE_SUFFIXES or Path(text).exists()


@dataclass
class Reading:
    """A file as read: its bytes, where its lines end, its modes, flavour and toolpath."""

    data: bytes
    line_end: np.ndarray  # byte offset of each line's newline
    modes: Modes
    flavour: str
    toolpath: Toolpath

    @property
    def n_lines(self) -> int:
        return len(self.line_end)

    def _start_of(self, line0: int) -> int:
        return 0 if line0 <= 0 else int(self.line_end[line0 - 1]) + 1

    def line_text(self, line: int) -> str:
        """The text of line ``line`` (1-based), without its end of line."""
        start = self._start_of(line - 1)
        end = int(self.line_end[line - 1]) if line - 1 < self.n_lines else len(self.data)
        return self.data[start:end].decode("utf-8", "replace").rstrip("\r")

    def words(self, first0: int, last0: int) -> tuple[Words, bytes]:
        """The words of lines ``first0`` to ``last0`` (0-based, ``last0`` excluded), counted
        from ``first0``, and the bytes they come from."""
        start = self._start_of(first0)
        end = self._start_of(last0) if last0 < self.n_lines else len(self.data)
        chunk = self.data[start:end]
        return lex(chunk), chunk


def read_lines(source: str | bytes | os.PathLike, flavour: str | None = None) -> Reading:
    """Read ``source`` once and keep everything: words, modes, flavour and toolpath."""
    data = load_gcode_bytes(source)
    return _read(data, normalise_flavour(flavour))


def toolpath_from_bytes(data: bytes, flavour: str | None = None) -> Toolpath:
    """The toolpath of G-code ``data`` (already checked to be text)."""
    return _read(data, normalise_flavour(flavour)).toolpath


def _line_numbers(w: Words, letter: int, numbers) -> np.ndarray:
    """Lines (0-based, unique, sorted) with a ``letter`` word whose number is one of these."""
    return w.lines_with(chr(letter), numbers)


def _motion_of_lines(
    w: Words, cutting: bool, before: float = np.nan
) -> tuple[np.ndarray, np.ndarray]:
    """Lines that move (0-based) and their motion number (0 to 3).

    The motion word may stand anywhere on its line (``G17 G90 G0 X1``); on a CNC or a laser
    a line of bare coordinates goes on with the motion before it (modal motion)."""
    g_lines, g_values = w.of_letter("G")
    sel = np.isin(g_values, (0.0, 1.0, 2.0, 3.0))
    lines, numbers = g_lines[sel], g_values[sel]
    if len(lines):  # the last motion word of a line wins
        last = np.concatenate((lines[1:] != lines[:-1], [True]))
        lines, numbers = lines[last], numbers[last]
    if not cutting:
        return lines, numbers
    coords = np.isin(w.letter, np.frombuffer(b"XYZIJ", np.uint8))
    bare = distinct(w.line[coords & (w.cmd_letter[w.line] == 0)].astype(np.int64), True)
    if len(bare) == 0:
        return lines, numbers
    mode = modal(lines, numbers, before, bare)
    ok = ~np.isnan(mode)
    all_lines = np.concatenate([lines, bare[ok]])
    order = np.argsort(all_lines, kind="stable")
    return all_lines[order], np.concatenate([numbers, mode[ok]])[order]


READ_CHUNK_BYTES = 1 << 20  # the file is read in parts of about 1 MB: memory stays small
FLAVOUR_BYTES = 1 << 20  # the firmware is told by the header and the first megabyte's commands


class _Carry:
    """What one part of the file hands to the next: modes, feedrate, positions."""

    def __init__(self) -> None:
        self.modes = {"relative": False, "relative_e": False, "inch": False}
        self.modes["arc_absolute"] = False
        self.motion = np.nan  # the last motion (G0-G3), for a CNC's bare coordinates
        self.feed = DEFAULT_FEEDRATE_MM_S * 60.0
        self.logical = dict.fromkeys("XYZE", 0.0)
        self.offset = dict.fromkeys("XYZE", 0.0)
        self.last = (0.0, 0.0, 0.0, 0.0)  # x, y, z, e of the last line


def _read(data: bytes, flavour: str | None) -> Reading:
    info = slicer_info(data)
    notes = Notes()
    carry = _Carry()
    parts: dict[str, list[np.ndarray]] = {k: [] for k in ("x", "y", "z", "e", "v", "line", "kind")}
    line_ends, mode_parts, laser_lines = [], [], ([], [])
    collector: Collector | None = None
    line0 = 0
    for start, stop in _byte_chunks(data):
        chunk = data[start:stop]
        w = lex(chunk)
        if collector is None:  # the flavour, from the header and the first lines' commands
            if not flavour:
                head = data[: data.find(b"\n", FLAVOUR_BYTES) + 1 or len(data)]
                flavour = detect_flavour(data, w if stop >= len(head) else lex(head))
            collector = Collector(flavour)
            collector.notes = notes
        modes = Modes.of_words(w, line0)
        mode_parts.append(modes)
        line_ends.append(w.line_end + start)
        ext_lines = np.flatnonzero(w.cmd_letter == EXTENDED)
        names = [_extended_name(chunk, w, int(li)) for li in ext_lines]
        collector.add(w, line0, names)
        if flavour == "laser":
            laser_lines[0].append(_line_numbers(w, _M, [3.0, 4.0]) + line0)
            laser_lines[1].append(_line_numbers(w, _M, [5.0]) + line0)
        rows = _moves(w, line0, modes, carry, flavour in CUTTING, notes)
        for k, v in rows.items():
            parts[k].append(v)
        for name in carry.modes:
            carry.modes[name] = modes.last(name, carry.modes[name])
        line0 += w.n_lines
        del w
    assert collector is not None
    # one column at a time, each part let go once joined: memory holds one copy
    x, y, z, e, speed, line, kind = (
        _cat(parts.pop(k)) for k in ("x", "y", "z", "e", "v", "line", "kind")
    )
    del parts
    line_end = _cat(line_ends, np.int64)
    cutting = flavour in CUTTING
    marks = comment_marks(data)  # feature and layer comments
    if cutting:
        feature, working = _cuts(flavour, laser_lines, line, kind, x, y, z)
        e = np.zeros(len(x))
    else:
        other = np.full(len(x), FEATURE_CODES["other"], np.int8)
        feature = features(marks, line_end, line, other)
        moved = np.diff(x, prepend=0.0) != 0
        moved |= np.diff(y, prepend=0.0) != 0
        moved |= np.diff(z, prepend=0.0) != 0
        # a pen plotter's G1 under ";TYPE:PEN" draws with nothing pushed (kind -1: homing)
        drawn = (e > 0) | ((feature == FEATURE_CODES["pen"]) & (kind >= 1))
        working = drawn & moved
        feature = np.where(drawn, feature, FEATURE_CODES["travel"]).astype(np.int8)
    layer, markers = layers(marks, line_end, line, z, working, info["layer_height_mm"])
    tp = Toolpath(
        x=x,
        y=y,
        z=z,
        e=e,
        speed_mm_s=speed,
        feature=feature,
        layer=layer,
        line=line + np.int32(1),
        start=(0.0, 0.0, 0.0),
    )
    tp.meta.update(collector.finish(tp, working))
    tp.meta.update(info)
    tp.meta["flavour"] = flavour
    tp.meta["machine"] = "printer" if not cutting else flavour
    modes = Modes.joined(mode_parts)
    if modes.any("inch"):
        tp.meta["units"] = "inch"
    tp.meta["layer_markers"] = markers
    return Reading(data, line_end, modes, flavour, tp)


def _cat(arrays: list[np.ndarray], dtype=None) -> np.ndarray:
    if not arrays:
        return np.zeros(0, dtype or float)
    return np.concatenate(arrays) if len(arrays) > 1 else arrays[0]


def _byte_chunks(data: bytes):
    """Parts of about :data:`READ_CHUNK_BYTES` of ``data``, cut at line ends."""
    start, n = 0, len(data)
    while start < n:
        stop = min(start + READ_CHUNK_BYTES, n)
        if stop < n:
            nl = data.find(b"\n", stop)
            stop = n if nl < 0 else nl + 1
        yield start, stop
        start = stop
    if n == 0:
        yield 0, 0


def _moves(
    w: Words, line0: int, modes: Modes, carry: _Carry, cutting: bool, notes: Notes
) -> dict[str, np.ndarray]:
    """The rows of one part of the file (lines ``line0`` on), following ``carry``'s state."""
    motion_lines, motion_number = _motion_of_lines(w, cutting, carry.motion)
    if len(motion_number):
        carry.motion = float(motion_number[-1])
    g92_lines = _line_numbers(w, _G, [92.0])
    g28_lines = _line_numbers(w, _G, [28.0])
    move_mask = lines_mask(w.n_lines, motion_lines)
    pos_lines = np.flatnonzero(lines_mask(w.n_lines, motion_lines, g92_lines, g28_lines))
    number = modal(motion_lines, motion_number, np.nan, pos_lines)
    is_move = move_mask[pos_lines]
    number = np.where(is_move, number, np.nan)
    g92 = lines_mask(w.n_lines, g92_lines)[pos_lines] & ~is_move
    g28 = lines_mask(w.n_lines, g28_lines)[pos_lines] & ~is_move
    file_lines = pos_lines + line0
    rel_xyz = modes.at("relative", file_lines, carry.modes)
    rel_e = modes.at("relative_e", file_lines, carry.modes)
    inch = modes.at("inch", file_lines, carry.modes)
    arcs = is_move & (number >= 2)
    p, has = w.take("XYZEFIJR" if arcs.any() else "XYZEF", pos_lines)
    if inch.any():
        for k in p:
            p[k] = np.where(inch, p[k] * 25.4, p[k])
    homed_any = g28 & ~(has["X"] | has["Y"] | has["Z"])
    pos = {}
    for axis in "XYZ":
        homed = g28 & (homed_any | has[axis])
        pos[axis], carry.logical[axis], carry.offset[axis] = axis_positions(
            p[axis], rel_xyz, is_move, g92, homed, carry.logical[axis], carry.offset[axis]
        )
    e_pos, carry.logical["E"], carry.offset["E"] = axis_positions(
        p["E"], rel_e, is_move, g92, np.zeros(len(pos_lines), bool), carry.logical["E"],
        carry.offset["E"],
    )  # fmt: skip
    feed = ffill(np.where(is_move, p["F"], np.nan), carry.feed)
    if len(feed):
        carry.feed = float(feed[-1])

    # rows: moves that name an axis, arcs, and homing
    moving = is_move & ~(np.isnan(p["X"]) & np.isnan(p["Y"]) & np.isnan(p["Z"]) & np.isnan(p["E"]))
    rows = np.flatnonzero(moving | g28 | arcs)
    x, y, z = pos["X"][rows], pos["Y"][rows], pos["Z"][rows]
    e_rows = e_pos[rows]
    e = np.diff(e_rows, prepend=carry.last[3])
    speed = np.where(g28[rows], HOMING_SPEED_MM_S, feed[rows] / 60.0)
    line = file_lines[rows]
    kind = number[rows]  # 0 to 3 for moves, NaN for homing
    start = carry.last  # where this part begins; then where it ends, for the next part
    if len(pos_lines):
        xyz = (float(x[-1]), float(y[-1]), float(z[-1])) if len(rows) else carry.last[:3]
        carry.last = (*xyz, float(e_pos[-1]))
    if arcs.any():
        ai = arcs[rows]
        clockwise = kind[ai] == 2
        absolute = modes.at("arc_absolute", line[ai], carry.modes)
        row_index = np.arange(len(rows))
        x, y, z, e, speed, line, row_index = expand_arcs(
            x, y, z, e, speed, line, row_index, ai, clockwise, absolute, p, rows, notes,
            start=start[:3],
        )  # fmt: skip
        kind = kind[row_index]
    kind = np.where(np.isnan(kind), -1, kind).astype(np.int8)  # -1: homing
    line = line.astype(np.int32)
    return {"x": x, "y": y, "z": z, "e": e, "v": speed, "line": line, "kind": kind}


def _extended_name(data: bytes, w: Words, line: int) -> str:
    """The name of an extended command (START_PRINT) on ``line`` of the words of ``data``."""
    start = 0 if line == 0 else int(w.line_end[line - 1]) + 1
    m = _EXTENDED_NAME.match(data, start)
    return m.group(1).decode("ascii", "replace").upper() if m else "?"


def _cuts(flavour: str, laser_lines, line, kind, x, y, z) -> tuple[np.ndarray, np.ndarray]:
    """Features of a laser or CNC file: G1/G2/G3 cut (a laser only while it is on, between
    M3/M4 and M5), G0 travels. Returns the features and which rows cut."""
    feed_move = kind >= 1
    if flavour == "laser":
        on, off = _cat(laser_lines[0], np.int64), _cat(laser_lines[1], np.int64)
        ev = np.concatenate([on, off])
        val = np.concatenate([np.ones(len(on), bool), np.zeros(len(off), bool)])
        order = np.argsort(ev, kind="stable")
        feed_move &= modal(ev[order], val[order], False, line).astype(bool)
    moved = (np.diff(x, prepend=0.0) != 0) | (np.diff(y, prepend=0.0) != 0)
    moved |= np.diff(z, prepend=0.0) != 0
    working = feed_move & moved
    feature = np.where(working, FEATURE_CODES["cut"], FEATURE_CODES["travel"]).astype(np.int8)
    return feature, working
