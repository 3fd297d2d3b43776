"""The moves of one part of a G-code file, following the machine's state from the part
before (:class:`Carry`): positions, feedrate, modes.

The state is followed on every line of the part at once (:mod:`makerkit.gcode.state`):
lines that do not move or shift the position carry it unchanged. Each line's words are
found once (:meth:`~makerkit.gcode.words.Words.line_words`, their indices): where an axis
is only given positions, its position on each line is the value of the last word given up
to it, a running maximum of those indices; G92 shifts (``G92 E0``) only move its zero. Arcs
become short straight moves (:mod:`makerkit.gcode.arcs`).

>>> from makerkit.gcode.lexer import lex
>>> from makerkit.gcode.describe import Notes
>>> from makerkit.gcode.state import Modes
>>> w = lex(b"G28\\nG1 Z0.2 F600\\nG1 X10 E0.5\\nM104 S200\\nG92 E0\\nG1 X20 E0.5\\n")
>>> rows = part_moves(w, 0, Modes.of_words(w), Carry(), False, Notes())
>>> rows["x"].tolist(), rows["e"].tolist(), rows["line"].tolist()
([0.0, 0.0, 10.0, 20.0], [0.0, 0.0, 0.5, 0.5], [0, 1, 2, 5])
"""

from __future__ import annotations

import numpy as np

from makerkit.gcode.arcs import expand_arcs
from makerkit.gcode.state import Modes, axis_positions, distinct, lines_mask, modal
from makerkit.gcode.words import Words, one_of

__all__ = ["Carry", "part_moves", "motion_of_lines", "DEFAULT_FEEDRATE_MM_S"]
__all__ += ["HOMING_SPEED_MM_S"]

DEFAULT_FEEDRATE_MM_S = 25.0  # Marlin's feedrate before any F
HOMING_SPEED_MM_S = 50.0


class Carry:
    """What one part of the file hands to the next: modes, feedrate, positions."""

    def __init__(self) -> None:
        self.modes = {"relative": False, "relative_e": False, "inch": False}
        self.modes["arc_absolute"] = False
        self.motion = np.nan  # the last motion (G0-G3), for a CNC's bare coordinates
        self.feed = DEFAULT_FEEDRATE_MM_S * 60.0
        self.logical = dict.fromkeys("XYZE", 0.0)
        self.offset = dict.fromkeys("XYZE", 0.0)
        self.last = (0.0, 0.0, 0.0, 0.0)  # x, y, z, e of the last line


def motion_of_lines(
    w: Words, cutting: bool, before: float = np.nan
) -> tuple[np.ndarray, np.ndarray]:
    """Lines that move (0-based) and their motion number (0 to 3).

    The motion word may stand anywhere on its line (``G17 G90 G0 X1``); on a CNC or a laser
    a line of bare coordinates goes on with the motion before it (modal motion)."""
    g_lines, g_values = w.of_letter("G")
    sel = one_of(g_values, (0.0, 1.0, 2.0, 3.0))
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


def part_moves(
    w: Words, line0: int, modes: Modes, carry: Carry, cutting: bool, notes, out=None
) -> dict[str, np.ndarray]:
    """The rows of one part of the file (lines ``line0`` on), following ``carry``'s state:
    moves that name an axis, arcs (as short moves) and homing. ``out(m)``, if given, gives
    the columns to write the part's ``m`` rows into (the file's own: no copy)."""
    n = w.n_lines
    motion_lines, motion_number = motion_of_lines(w, cutting, carry.motion)
    if len(motion_number):
        carry.motion = float(motion_number[-1])
    number = np.full(n, np.nan)  # the motion of each line that moves
    number[motion_lines] = motion_number
    is_move = lines_mask(n, motion_lines)
    g92_lines, g28_lines = w.lines_with("G", [92.0]), w.lines_with("G", [28.0])
    g92 = lines_mask(n, g92_lines) & ~is_move
    g28 = lines_mask(n, g28_lines) & ~is_move
    file_lines = np.arange(line0, line0 + n)
    rel_xyz = modes.at("relative", file_lines, carry.modes)
    rel_e = modes.at("relative_e", file_lines, carry.modes)
    inch = modes.at("inch", file_lines, carry.modes)
    arcs = is_move & (number >= 2)
    index = w.line_words("XYZEFIJR" if arcs.any() else "XYZEF")
    p = _Values(w, index, inch if inch.any() else None)
    homed = _homed(w, g28)
    pos = {}
    shifts = np.flatnonzero(g92)
    for axis, rel in (("X", rel_xyz), ("Y", rel_xyz), ("Z", rel_xyz), ("E", rel_e)):
        logical0, offset0 = carry.logical[axis], carry.offset[axis]
        if rel.any() or homed[axis].any():
            pos[axis], carry.logical[axis], carry.offset[axis] = axis_positions(
                p[axis], rel, is_move, g92, homed[axis], logical0, offset0
            )
            continue
        # positions given (the usual case): the last one, moved or set by G92 (G92 E0)
        logical = p.last_given(axis, is_move | g92, logical0)
        carry.logical[axis] = float(logical[-1]) if n else logical0
        at = shifts[index[axis][shifts] >= 0]
        if len(at) == 0:
            pos[axis] = logical - offset0 if offset0 else logical
            continue
        before = np.take(logical, at - 1)
        if at[0] == 0:
            before[0] = logical0
        offsets = np.cumsum(p[axis][at] - before)  # each shift moves the axis's zero
        offsets += offset0
        carry.offset[axis] = float(offsets[-1])
        step = np.diff(at, prepend=0, append=n)
        pos[axis] = logical - np.repeat(np.concatenate(([offset0], offsets)), step)
    e_pos = pos["E"]
    feed = p.last_given("F", is_move, carry.feed)
    carry.feed = float(feed[-1]) if n else carry.feed

    # rows: moves that name an axis, arcs, and homing
    named = np.maximum(np.maximum(index["X"], index["Y"]), np.maximum(index["Z"], index["E"]))
    moving = is_move & (named >= 0)
    rows = np.flatnonzero(moving | g28 | arcs)
    start = carry.last  # where this part begins; then where it ends, for the next part
    if not arcs.any():
        dst = out(len(rows)) if out is not None else _new_rows(len(rows))
        _fill_rows(dst, rows, pos, feed, g28, number, line0, start[3])
    else:
        dst = _fill_rows(_new_rows(len(rows)), rows, pos, feed, g28, number, line0, start[3])
        ai = arcs[rows]
        clockwise = dst["kind"][ai] == 2
        absolute = modes.at("arc_absolute", dst["line"][ai], carry.modes)
        row_index = np.arange(len(rows))
        x, y, z, e, speed, line, row_index = expand_arcs(
            dst["x"], dst["y"], dst["z"], dst["e"], dst["v"], dst["line"], row_index, ai,
            clockwise, absolute, p, rows, notes, start=start[:3],
        )  # fmt: skip
        arcs_dst = out(len(x)) if out is not None else _new_rows(len(x))
        for k, v in zip(("x", "y", "z", "e", "v", "line"), (x, y, z, e, speed, line), strict=True):
            arcs_dst[k][...] = v
        arcs_dst["kind"][...] = dst["kind"][row_index]
        dst = arcs_dst
    if is_move.any() or g92.any() or g28.any():
        xyz = tuple(float(pos[k][rows[-1]]) for k in "XYZ") if len(rows) else carry.last[:3]
        carry.last = (*xyz, float(e_pos[-1]))
    return dst


_ROW_TYPES = {"x": np.float64, "y": np.float64, "z": np.float64, "e": np.float64}
_ROW_TYPES |= {"v": np.float64, "line": np.int32, "kind": np.int8}


def _new_rows(m: int) -> dict[str, np.ndarray]:
    return {k: np.empty(m, d) for k, d in _ROW_TYPES.items()}


def _fill_rows(dst, rows, pos, feed, g28, number, line0: int, e_before: float):
    """The part's ``rows`` (lines) written into the columns ``dst``: positions, the
    filament pushed since the row before, speed, line and motion (-1: homing)."""
    for k in "xyz":
        np.take(pos[k.upper()], rows, out=dst[k])
    e = np.take(pos["E"], rows)
    if len(rows):
        dst["e"][0] = e[0] - e_before
        np.subtract(e[1:], e[:-1], out=dst["e"][1:])
    np.divide(np.take(feed, rows), 60.0, out=dst["v"])
    dst["v"][g28[rows]] = HOMING_SPEED_MM_S
    np.add(rows, line0, out=dst["line"], casting="unsafe")
    kind = np.take(number, rows)
    np.copyto(dst["kind"], np.where(np.isnan(kind), -1, kind), casting="unsafe")
    return dst


class _Values:
    """The values of some letters on each line of a part, from their word indices
    (:meth:`~makerkit.gcode.words.Words.line_words`), in millimetres (``inch``: the lines
    written in inches, converted where they are given). ``p["X"]``: NaN where the line has
    none, made when first asked."""

    def __init__(self, w: Words, index: dict[str, np.ndarray], inch: np.ndarray | None) -> None:
        self.index = index
        self.value = w.value
        if inch is not None and len(w.value):
            self.value = np.where(inch[w.line], w.value * 25.4, w.value)
        self.made: dict[str, np.ndarray] = {}

    def __getitem__(self, letter: str) -> np.ndarray:
        if letter not in self.made:
            at = self.index[letter]
            v = np.take(self.value, at) if len(self.value) else np.zeros(len(at))
            v[at < 0] = np.nan
            self.made[letter] = v
        return self.made[letter]

    def last_given(self, letter: str, on: np.ndarray, before: float) -> np.ndarray:
        """The last value of ``letter`` given on one of the lines ``on`` (a mask), up to
        each line; ``before``: before the first."""
        at = np.where(on, self.index[letter], -1)
        np.maximum.accumulate(at, out=at)
        if not len(self.value):
            return np.full(len(at), before)
        out = np.take(self.value, at)  # (-1 before the first: set below)
        if len(at) and at[0] < 0:
            out[: np.searchsorted(at, 0)] = before
        return out


def _homed(w: Words, g28: np.ndarray) -> dict[str, np.ndarray]:
    """Which axes each line homes: G28 alone homes X, Y and Z; G28 X homes X (E: never)."""
    homed = dict.fromkeys("XYZE", np.zeros(len(g28), bool))
    lines = np.flatnonzero(g28)
    if len(lines) == 0:
        return homed
    _, has = w.take("XYZ", lines)
    every = ~(has["X"] | has["Y"] | has["Z"])
    for axis in "XYZ":
        homed[axis] = lines_mask(len(g28), lines[every | has[axis]])
    return homed
