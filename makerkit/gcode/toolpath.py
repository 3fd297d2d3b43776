"""The one type a nozzle path has in makerkit, whoever made it.

A :class:`Toolpath` is a table of moves, one row a move, kept as numpy arrays of equal
length. Row ``i`` is a straight move from the end of row ``i-1`` (or :attr:`Toolpath.start`
for the first row) to ``(x[i], y[i], z[i])``:

========== ======== ==============================================================
column      dtype    meaning
========== ======== ==============================================================
x, y, z     float64  where the nozzle is at the end of the move, mm (printer axes)
e           float64  filament pushed during the move, mm (negative: retraction)
speed_mm_s  float64  the feedrate asked for, mm/s
feature     int8     what is printed: an index into :data:`FEATURES`
layer       int32    layer number (0 = first layer, -1 = before the first layer)
line        int32    source G-code line number (1-based; 0 when made by makerkit)
========== ======== ==============================================================

The slicer and the design-by-points API produce it; the G-code reader produces it
from any slicer's file; the writer, the simulator and the plots consume it. So a
makerkit slice and a PrusaSlicer file are previewed and estimated by the same code.

>>> tp = Toolpath.from_moves([(10, 0, 0.2, 0.5, 30, "wall_outer")], start=(0, 0, 0.2))
>>> len(tp), tp.feature_name(0), round(float(tp.extrusion_mm), 2)
(1, 'wall_outer', 0.5)
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

__all__ = ["FEATURES", "FEATURE_CODES", "Toolpath"]

# What a move prints. Order matters only for codes; names are what learners read.
FEATURES: tuple[str, ...] = (
    "other",  # start/end sequences, purge lines, hand-written moves
    "travel",  # moving without printing
    "wall_outer",  # the outside perimeter, the one you see
    "wall_inner",  # inner perimeters
    "skin",  # solid top and bottom layers
    "infill",  # sparse inside
    "support",  # supports under overhangs
    "skirt",  # skirt or brim around the part
    "bridge",  # extrusion over air
    "drawing",  # design-by-points shapes and pen-plotter paths
    "prime_tower",  # prime or wipe tower (multi-material, or to steady the flow)
    "ironing",  # the nozzle smoothing a top surface with a trickle of plastic
    "support_interface",  # dense support layers touching the part
    "cut",  # a laser or a cutter working (no plastic)
    "pen",  # a pen plotter's pen down on the paper, drawing (no plastic)
)
FEATURE_CODES: dict[str, int] = {name: i for i, name in enumerate(FEATURES)}

_COLUMNS = {
    "x": np.float64,
    "y": np.float64,
    "z": np.float64,
    "e": np.float64,
    "speed_mm_s": np.float64,
    "feature": np.int8,
    "layer": np.int32,
    "line": np.int32,
}


@dataclass
class Toolpath:
    """A nozzle path: numpy columns of equal length, one row per straight move.

    ``meta`` holds what is not a move: temperatures asked for, machine limits read from a
    file, layer heights, the slicer that made it, unknown commands … (plain values only).
    """

    x: np.ndarray
    y: np.ndarray
    z: np.ndarray
    e: np.ndarray
    speed_mm_s: np.ndarray
    feature: np.ndarray
    layer: np.ndarray
    line: np.ndarray
    start: tuple[float, float, float] = (0.0, 0.0, 0.0)
    meta: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        n = None
        for name, dtype in _COLUMNS.items():
            col = np.ascontiguousarray(getattr(self, name), dtype=dtype)
            if col.ndim != 1:
                raise ValueError(f"Toolpath.{name} must be one-dimensional")
            if n is None:
                n = len(col)
            elif len(col) != n:
                raise ValueError("Toolpath columns must all have the same length")
            setattr(self, name, col)
        self.start = tuple(float(v) for v in self.start)

    # --- making -------------------------------------------------------------------------

    @classmethod
    def empty(cls, start: Sequence[float] = (0.0, 0.0, 0.0)) -> Toolpath:
        """A toolpath with no moves."""
        return cls(**{k: np.zeros(0, d) for k, d in _COLUMNS.items()}, start=tuple(start))

    @classmethod
    def from_moves(
        cls,
        moves: Iterable[Sequence[Any]],
        start: Sequence[float] = (0.0, 0.0, 0.0),
        layer: int = 0,
        meta: dict[str, Any] | None = None,
    ) -> Toolpath:
        """Build from rows ``(x, y, z, e, speed_mm_s, feature_name)`` (a ``layer`` may follow)."""
        rows = list(moves)
        n = len(rows)
        cols = {k: np.zeros(n, d) for k, d in _COLUMNS.items()}
        for i, row in enumerate(rows):
            cols["x"][i], cols["y"][i], cols["z"][i], cols["e"][i], cols["speed_mm_s"][i] = row[:5]
            cols["feature"][i] = FEATURE_CODES[row[5]] if len(row) > 5 else 0
            cols["layer"][i] = row[6] if len(row) > 6 else layer
        return cls(**cols, start=tuple(start), meta=dict(meta or {}))

    @classmethod
    def concat(cls, parts: Sequence[Toolpath], meta: dict[str, Any] | None = None) -> Toolpath:
        """One toolpath made of ``parts`` one after the other (moves between them are straight)."""
        parts = [p for p in parts if p is not None]
        if not parts:
            return cls.empty()
        cols = {k: np.concatenate([getattr(p, k) for p in parts]) for k in _COLUMNS}
        merged: dict[str, Any] = {}
        for p in parts:
            merged.update(p.meta)
        merged.update(meta or {})
        return cls(**cols, start=parts[0].start, meta=merged)

    # --- looking ------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self.x)

    def __repr__(self) -> str:
        from makerkit.i18n import number, t

        pen = self.feature == FEATURE_CODES["pen"]
        if pen.any() and not self.is_extruding.any():  # a drawing has strokes, not layers
            strokes = int(np.count_nonzero(np.diff(np.r_[0, pen.astype(np.int8)]) == 1))
            return t(
                "gcode.repr.toolpath_pen",
                moves=number(len(self), 0, unit="core.unit.move"),
                strokes=number(strokes, 0, unit="core.unit.stroke"),
                drawn_mm=number(float(self.lengths_mm[pen].sum()), 0),
            )
        return t(
            "gcode.repr.toolpath",
            moves=number(len(self), 0, unit="core.unit.move"),
            layers=number(self.layer_count, 0, unit="core.unit.layer"),
            filament_mm=number(self.filament_mm, 0),
        )

    @property
    def starts(self) -> np.ndarray:
        """Where each move begins, an ``(n, 3)`` array."""
        ends = self.ends
        if len(ends) == 0:
            return ends
        return np.vstack([np.asarray(self.start)[None, :], ends[:-1]])

    @property
    def ends(self) -> np.ndarray:
        """Where each move ends, an ``(n, 3)`` array."""
        return np.column_stack([self.x, self.y, self.z])

    @property
    def lengths_mm(self) -> np.ndarray:
        """Length of each move in space, mm."""
        return np.linalg.norm(self.ends - self.starts, axis=1) if len(self) else np.zeros(0)

    @property
    def is_extruding(self) -> np.ndarray:
        """True for moves that push filament and go somewhere (printing moves)."""
        return (self.e > 0) & (self.lengths_mm > 0)

    @property
    def is_working(self) -> np.ndarray:
        """Moves that make something: push filament, cut (a laser's or a cutter's moves) or
        draw (a pen plotter's pen down)."""
        tool = (self.feature == FEATURE_CODES["cut"]) | (self.feature == FEATURE_CODES["pen"])
        return self.is_extruding | (tool & (self.lengths_mm > 0))

    @property
    def extrusion_mm(self) -> float:
        """Net filament length pushed over the whole path, mm (retractions count negative)."""
        return float(self.e.sum())

    @property
    def filament_mm(self) -> float:
        """The plastic pushed through the nozzle, mm: the farthest the filament has gone in.

        A retraction and the push that undoes it move the same plastic back and forth, so
        they count for nothing; a retraction at the end takes nothing back. Never negative.

        >>> Toolpath.from_moves([(1, 0, 0, 3, 9), (1, 0, 0, -3, 9), (2, 0, 0, 3, 9),
        ...                      (2, 0, 0, -5, 9)]).filament_mm
        3.0
        """
        if len(self) == 0:
            return 0.0
        return float(max(0.0, np.cumsum(self.e).max()))

    @property
    def layer_count(self) -> int:
        """How many layers have printing (or cutting) moves; the start sequence, layer -1,
        is not one."""
        ext = self.is_working & (self.layer >= 0)
        return int(np.count_nonzero(np.bincount(self.layer[ext]))) if ext.any() else 0

    def feature_name(self, i: int) -> str:
        """The feature name of move ``i``."""
        return FEATURES[int(self.feature[i])]

    def select(self, mask: np.ndarray) -> Toolpath:
        """The moves where ``mask`` is true, as a new toolpath (starts follow the rows kept)."""
        mask = np.asarray(mask, dtype=bool)
        idx = np.flatnonzero(mask)
        start = self.start if len(idx) == 0 or idx[0] == 0 else tuple(self.ends[idx[0] - 1])
        cols = {k: getattr(self, k)[mask] for k in _COLUMNS}
        return Toolpath(**cols, start=start, meta=dict(self.meta))

    def layer_moves(self, layer: int) -> Toolpath:
        """The moves of one layer."""
        return self.select(self.layer == layer)

    def bounds(self, extruding_only: bool = True) -> tuple[np.ndarray, np.ndarray] | None:
        """``(min_xyz, max_xyz)`` of the printing moves (or of all moves), ``None`` if empty."""
        mask = self.is_working if extruding_only else np.ones(len(self), bool)
        if not mask.any():
            return None
        pts = np.vstack([self.starts[mask], self.ends[mask]])
        return pts.min(axis=0), pts.max(axis=0)

    def to_rows(self, limit: int | None = 20) -> list[dict[str, Any]]:
        """The first ``limit`` moves as plain dictionaries, easy to print and read."""
        n = len(self) if limit is None else min(limit, len(self))
        return [
            {
                "x": round(float(self.x[i]), 3),
                "y": round(float(self.y[i]), 3),
                "z": round(float(self.z[i]), 3),
                "e": round(float(self.e[i]), 5),
                "speed_mm_s": round(float(self.speed_mm_s[i]), 2),
                "feature": self.feature_name(i),
                "layer": int(self.layer[i]),
                "line": int(self.line[i]),
            }
            for i in range(n)
        ]
