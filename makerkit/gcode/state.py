"""The machine's state through a whole file at once: modes, positions, filament.

A G-code file is a list of commands that change a state (absolute or relative moves,
millimetres or inches, where each axis is, the filament counter). Here that state is
followed for every line at once with cumulative numpy operations rather than a loop.

>>> import numpy as np
>>> ffill(np.array([np.nan, 2.0, np.nan, 5.0]), 0.0).tolist()
[0.0, 2.0, 2.0, 5.0]
"""

from __future__ import annotations

import numpy as np

from makerkit.gcode.lexer import Words
from makerkit.gcode.words import one_of

__all__ = ["ffill", "modal", "axis_positions", "word_lines", "Modes", "distinct", "lines_mask"]
__all__ += ["moved"]


def ffill(values: np.ndarray, default: float) -> np.ndarray:
    """Replace NaN by the last number before it (``default`` at the start)."""
    n = len(values)
    index_type = np.int32 if n < 2**31 else np.int64
    idx = np.where(np.isnan(values), index_type(-1), np.arange(n, dtype=index_type))
    np.maximum.accumulate(idx, out=idx)
    out = values[idx]  # (-1 before the first number: set below)
    if n and idx[0] < 0:
        out[: np.searchsorted(idx, 0)] = default
    return out


def moved(*columns: np.ndarray) -> np.ndarray:
    """Whether each row differs from the one before (the first: from 0) in any column.

    >>> moved(np.array([0.0, 1.0, 1.0]), np.array([0.0, 0.0, 2.0])).tolist()
    [False, True, True]
    """
    out = np.zeros(len(columns[0]), bool)
    if len(out):
        step = np.empty(len(out) - 1, bool)
        for c in columns:
            np.not_equal(c[1:], c[:-1], out=step)
            out[1:] |= step
            out[0] |= c[0] != 0
    return out


def distinct(a: np.ndarray, is_sorted: bool = False) -> np.ndarray:
    """The distinct values of ``a``, sorted: a sort and one comparison (numpy's ``unique``
    is several times slower on the millions of values of a large file).

    >>> distinct(np.array([3, 1, 3, 2])).tolist()
    [1, 2, 3]
    """
    a = np.asarray(a) if is_sorted else np.sort(a)
    if len(a) == 0:
        return a
    keep = np.empty(len(a), bool)
    keep[0] = True
    np.not_equal(a[1:], a[:-1], out=keep[1:])
    return a[keep]


def lines_mask(n_lines: int, *line_sets: np.ndarray) -> np.ndarray:
    """A boolean per line, true on the lines of any of ``line_sets``."""
    mask = np.zeros(n_lines, bool)
    for lines in line_sets:
        mask[lines] = True
    return mask


def modal(event_lines: np.ndarray, event_values: np.ndarray, default, at_lines: np.ndarray):
    """The value of a modal state (set by the events, sorted by line) on each of ``at_lines``.

    >>> modal(np.array([2, 5]), np.array([True, False]), False, np.array([1, 3, 6])).tolist()
    [False, True, False]
    """
    if len(event_lines) == 0:
        return np.full(len(at_lines), default)
    n = len(at_lines)
    if n > 8 * len(event_lines) and n > 256 and _is_sorted(at_lines):
        # many lines asked, a few events: where each event starts to hold, then repeat
        # (looked up in the lines' own type: numpy would convert them all otherwise)
        first = np.searchsorted(at_lines, event_lines.astype(at_lines.dtype), side="left")
        dtype = np.result_type(event_values, default)
        values = np.concatenate((np.array([default], dtype), event_values.astype(dtype)))
        return np.repeat(values, np.diff(first, prepend=0, append=n))
    idx = np.searchsorted(event_lines, at_lines, side="right") - 1
    return np.where(idx >= 0, event_values[np.maximum(idx, 0)], default)


def _is_sorted(a: np.ndarray) -> bool:
    return bool((a[1:] >= a[:-1]).all())


def axis_positions(
    v: np.ndarray,
    rel: np.ndarray,
    is_move: np.ndarray,
    is_g92: np.ndarray,
    homed: np.ndarray,
    logical0: float = 0.0,
    offset0: float = 0.0,
) -> tuple[np.ndarray, float, float]:
    """Physical position of one axis after each line (moves, G92 shifts and homing).

    ``logical0`` and ``offset0`` are the position the file believes in and the G92 shift
    before the first line; returns the positions and both after the last line.

    >>> pos, logical, offset = axis_positions(np.array([10.0, 0.0, 5.0]), np.zeros(3, bool),
    ...     np.array([True, False, True]), np.array([False, True, False]), np.zeros(3, bool))
    >>> pos.tolist(), logical, offset
    ([10.0, 10.0, 15.0], 5.0, -10.0)
    """
    if not homed.any() and not (is_g92.any() and (is_g92 & ~np.isnan(v)).any()):
        if not rel.any():  # moves to given positions only (the usual case): the last one
            logical = ffill(np.where(is_move, v, np.nan), logical0)
        elif rel.all():  # moves by given lengths only (relative E): their running sum
            logical = np.cumsum(np.where(is_move & ~np.isnan(v), v, 0.0))
            logical += logical0
        else:
            logical = None
        if logical is not None:
            last_logical = float(logical[-1]) if len(logical) else logical0
            return (logical - offset0 if offset0 else logical), last_logical, offset0
    has = ~np.isnan(v)
    shifted = is_g92 & has
    anchor = (is_move & has & ~rel) | shifted | homed
    target = np.where(homed, 0.0, v)
    relative = is_move & has & rel
    if not relative.any():  # absolute moves only: the last position given
        logical = ffill(np.where(anchor, target, np.nan), logical0)
    else:
        cs = np.cumsum(np.where(relative, v, 0.0))
        logical = ffill(np.where(anchor, target - cs, np.nan), logical0) + cs
    last_logical = float(logical[-1]) if len(logical) else logical0
    if not shifted.any() and not (homed.any() and offset0):
        return logical - offset0, last_logical, offset0
    before = np.concatenate(([logical0], logical[:-1]))
    cj = np.cumsum(np.where(shifted, v - before, 0.0))
    offset = ffill(np.where(homed, -cj, np.nan), offset0) + cj
    return logical - offset, last_logical, float(offset[-1])


def word_lines(w: Words, letter: str, numbers) -> tuple[np.ndarray, np.ndarray]:
    """``(lines, numbers)`` of every ``letter`` word (anywhere on its line: ``G21 G90``)
    whose number is one of ``numbers``, in file order."""
    lines, values = w.of_letter(letter)
    sel = one_of(values, np.asarray(numbers, float))
    return lines[sel], values[sel]


class Modes:
    """The modal states of a file (relative moves, relative E, inches, absolute arc
    centres), asked for on any lines (0-based, sorted)."""

    _PAIRS = {
        "relative": ("G", 91.0, 90.0),
        "relative_e": ("M", 83.0, 82.0),
        "inch": ("G", 20.0, 21.0),
        "arc_absolute": ("G", 90.1, 91.1),
    }

    def __init__(self, events: dict[str, tuple[np.ndarray, np.ndarray]] | None = None) -> None:
        self.events: dict[str, tuple[np.ndarray, np.ndarray]] = {
            name: (np.zeros(0, np.int64), np.zeros(0, bool)) for name in self._PAIRS
        }
        self.events.update(events or {})

    @classmethod
    def of_words(cls, w: Words, line0: int = 0) -> Modes:
        """The mode changes in words ``w`` (whose first line is ``line0`` of the file)."""
        events = {}
        few = {}  # each letter's words that could change a mode (not G0-G3 moves): few
        for letter in {letter for letter, _, _ in cls._PAIRS.values()}:
            lines, values = w.of_letter(letter)
            lowest = min(min(on, off) for c, on, off in cls._PAIRS.values() if c == letter)
            keep = np.flatnonzero(values >= lowest)
            few[letter] = (lines[keep], values[keep])
        for name, (letter, on, off) in cls._PAIRS.items():
            lines, values = few[letter]
            is_on = values == on  # numbers are read exactly: 90.1 is the double nearest 90.1
            sel = is_on | (values == off)
            events[name] = (lines[sel] + line0, is_on[sel])
        return cls(events)

    @classmethod
    def joined(cls, parts: list[Modes]) -> Modes:
        """The modes of a file read in parts, one after the other."""
        events = {}
        for name in cls._PAIRS:
            lines = [p.events[name][0] for p in parts]
            values = [p.events[name][1] for p in parts]
            events[name] = (
                np.concatenate(lines) if lines else np.zeros(0, np.int64),
                np.concatenate(values) if values else np.zeros(0, bool),
            )
        return cls(events)

    def last(self, name: str, default: bool) -> bool:
        """The state after the last change (``default`` when it never changes)."""
        values = self.events[name][1]
        return bool(values[-1]) if len(values) else default

    def at(self, name: str, lines: np.ndarray, before: dict[str, bool] | None = None) -> np.ndarray:
        """The state ``name`` on each of ``lines`` (after that line's own words); ``before``
        gives each state before the first change here (a file read in parts).

        E is relative after M83, and also while G91 makes every axis relative."""
        ev_lines, ev_values = self.events[name]
        default = (before or {}).get(name, False)
        out = modal(ev_lines, ev_values, default, lines).astype(bool)
        if name == "relative_e":
            out |= self.at("relative", lines, before)
        return out

    def any(self, name: str) -> bool:
        return bool(self.events[name][1].any())
