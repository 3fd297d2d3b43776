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

import functools
import gc
import os
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from makerkit.errors import GcodeError
from makerkit.gcode.describe import Collector, Notes, command_name
from makerkit.gcode.flavours import CUTTING, detect_flavour, known_commands, normalise_flavour
from makerkit.gcode.lexer import EXTENDED, Words, lex
from makerkit.gcode.motion import Carry, part_moves
from makerkit.gcode.slicer_notes import comment_marks, features, layers, slicer_info
from makerkit.gcode.state import Modes, modal, moved
from makerkit.gcode.toolpath import FEATURE_CODES, Toolpath

__all__ = ["read_gcode", "read_lines", "Reading", "load_gcode_bytes", "command_name"]

GCODE_SUFFIXES = {".gcode", ".gco", ".g", ".nc", ".ngc", ".txt", ".bgcode", ".tap", ".cnc"}
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


READ_CHUNK_BYTES = 1 << 20  # the file is read in parts of about 1 MB: memory stays small
FLAVOUR_BYTES = 1 << 20  # the firmware is told by the header and the first megabyte's commands


_allocator_ready = False


def _let_parts_reuse_memory() -> None:
    """Once per process, before reading a large file: free one block of 24 MB.

    The C library's allocator (glibc) gives memory back to the system as soon as a few
    megabytes are free, and a part's temporary arrays are that size: each part would then
    take its memory again, zeroed by the system page by page (a tenth of the time of
    reading a large file, measured). Freeing one large block raises glibc's own thresholds (its
    documented "dynamic mmap threshold", twice that for giving memory back) so that the
    parts reuse the same memory. The block is never written: it costs nothing."""
    global _allocator_ready
    if not _allocator_ready:
        block = np.empty(24 << 20, np.uint8)
        del block
        _allocator_ready = True


def _read(data: bytes, flavour: str | None) -> Reading:
    """Read ``data`` with Python's cyclic garbage collector paused: a large file's read
    makes tens of thousands of small objects (comment matches, lists) and no cycles, and
    the collector's passes over them while they live cost more (a million-line file: 3 ms
    of collections during the read, 1 ms for the one after it)."""
    paused = gc.isenabled()
    gc.disable()
    try:
        return _read_parts(data, flavour)
    finally:
        if paused:
            gc.enable()


def _read_parts(data: bytes, flavour: str | None) -> Reading:
    if len(data) > 8 * READ_CHUNK_BYTES:
        _let_parts_reuse_memory()
    info = slicer_info(data)
    notes = Notes()
    carry = Carry()
    rows = _Columns(len(data), x=np.float64, y=np.float64, z=np.float64, e=np.float64)
    rows.declare(v=np.float64, line=np.int32, kind=np.int8)
    line_ends = _Columns(len(data), end=np.int64)
    mode_parts, laser_lines = [], ([], [])
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
        line_ends.add(stop - start, end=w.line_end + start)
        ext_lines = np.flatnonzero(w.cmd_letter == EXTENDED)
        names = [_extended_name(chunk, w, int(li)) for li in ext_lines]
        collector.add(w, line0, names)
        if flavour == "laser":
            laser_lines[0].append(w.lines_with("M", [3.0, 4.0]) + line0)
            laser_lines[1].append(w.lines_with("M", [5.0]) + line0)
        part_rows = functools.partial(rows.next, stop - start)  # written in place
        part_moves(w, line0, modes, carry, flavour in CUTTING, notes, out=part_rows)
        for name in carry.modes:
            carry.modes[name] = modes.last(name, carry.modes[name])
        line0 += w.n_lines
        del w
    assert collector is not None
    x, y, z, e, speed, line, kind = rows.columns()
    (line_end,) = line_ends.columns()
    cutting = flavour in CUTTING
    marks = comment_marks(data)  # feature and layer comments
    if cutting:
        feature, working = _cuts(flavour, laser_lines, line, kind, x, y, z)
        e = np.zeros(len(x))
    else:
        other = np.full(len(x), FEATURE_CODES["other"], np.int8)
        feature = features(marks, line_end, line, other)
        # a pen plotter's G1 under ";TYPE:PEN" draws with nothing pushed (kind -1: homing)
        drawn = (e > 0) | ((feature == FEATURE_CODES["pen"]) & (kind >= 1))
        working = drawn & moved(x, y, z)
        feature = np.where(drawn, feature, np.int8(FEATURE_CODES["travel"]))
    layer, markers = layers(marks, line_end, line, z, working, info["layer_height_mm"])
    tp = Toolpath(
        x=x,
        y=y,
        z=z,
        e=e,
        speed_mm_s=speed,
        feature=feature,
        layer=layer,
        line=np.add(line, np.int32(1), out=line),
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


class _Columns:
    """Columns filled part by part of a file, in place: no parts kept and joined at the end
    (which would hold the columns twice). Room is made for the whole file from what the
    parts so far hold per byte (pages never written take no memory), more if needed."""

    def __init__(self, n_bytes: int, **dtypes) -> None:
        self.n_bytes, self.n, self.bytes_seen = n_bytes, 0, 0
        self.dtypes: dict[str, np.dtype] = {}
        self.data: dict[str, np.ndarray] = {}
        self.declare(**dtypes)

    def declare(self, **dtypes) -> None:
        self.dtypes.update({k: np.dtype(d) for k, d in dtypes.items()})

    def add(self, n_bytes: int, **parts: np.ndarray) -> None:
        """The values of the next part of the file (``n_bytes`` long)."""
        for k, view in self.next(n_bytes, len(next(iter(parts.values())))).items():
            view[...] = parts[k]

    def next(self, n_bytes: int, m: int) -> dict[str, np.ndarray]:
        """The columns of the ``m`` rows of the next part of the file (``n_bytes`` long),
        to be written."""
        self.bytes_seen += n_bytes
        if self.n + m > self.room or not self.data:
            per_byte = (self.n + m) / max(self.bytes_seen, 1)
            room = int(per_byte * max(self.n_bytes, self.bytes_seen) * 1.1) + 1024
            room = max(room, (self.n + m) * 3 // 2)
            for k, d in self.dtypes.items():
                new = np.empty(room, d)
                new[: self.n] = self.data[k][: self.n] if k in self.data else 0
                self.data[k] = new
        views = {k: column[self.n : self.n + m] for k, column in self.data.items()}
        self.n += m
        return views

    @property
    def room(self) -> int:
        return len(next(iter(self.data.values()))) if self.data else 0

    def columns(self) -> list[np.ndarray]:
        if not self.data:
            return [np.zeros(0, d) for d in self.dtypes.values()]
        return [self.data[k][: self.n] for k in self.dtypes]


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
    working = feed_move & moved(x, y, z)
    feature = np.where(working, FEATURE_CODES["cut"], FEATURE_CODES["travel"]).astype(np.int8)
    return feature, working
