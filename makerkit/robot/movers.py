"""Things that move in an arena: a hand that comes and goes, a second robot, a toy car.

A :class:`Mover` is a shape (shapely, in cm, around its own centre) that follows a path of
timed waypoints ``(t_s, x_cm, y_cm, heading_deg)``, straight from one to the next, and is
there only during its ``present`` time windows (a hand that is lifted away and put back).
The robot's proximity sensors see it (with its ``reflectance``, 0 black … 1 white) and the
robot bumps into it as into a wall; a mover pushes the robot aside, it does not stop.

>>> from shapely.geometry import Point
>>> hand = Mover("hand", Point(0, 0).buffer(4), [(0, 50, 50, 0), (10, 100, 50, 0)])
>>> hand.pose_at(np.array([0.0, 5.0, 20.0])).round(1).tolist()
[[50.0, 50.0, 0.0], [75.0, 50.0, 0.0], [100.0, 50.0, 0.0]]
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

import numpy as np

__all__ = ["Mover", "hand", "robot_on_loop"]


@dataclass(frozen=True)
class Mover:
    """A moving shape: ``name``, ``shape`` (around (0, 0), heading 0 along +x), ``path``
    waypoints ``(t_s, x_cm, y_cm, heading_deg)``, ``reflectance`` and ``present`` windows
    ``(from_s, to_s)`` (``None``: always there)."""

    name: str
    shape: Any
    path: list[tuple[float, float, float, float]]
    reflectance: float = 1.0
    present: list[tuple[float, float]] | None = None
    info: dict[str, Any] = field(default_factory=dict, compare=False)

    @cached_property
    def _table(self) -> np.ndarray:
        table = np.array(sorted(self.path), dtype=np.float64).reshape(-1, 4)
        table[:, 3] = np.unwrap(np.radians(table[:, 3]))
        return table

    @cached_property
    def outline(self) -> tuple[np.ndarray, np.ndarray]:
        """The shape's edges in its own frame: starts and vectors (complex)."""
        from shapely import get_coordinates

        ring = self.shape.exterior if hasattr(self.shape, "exterior") else self.shape
        pts = get_coordinates(ring)
        z = pts[:, 0] + 1j * pts[:, 1]
        return z[:-1], np.diff(z)

    @cached_property
    def radius_cm(self) -> float:
        """The farthest point of the shape from its centre."""
        a, _ = self.outline
        return float(np.abs(a).max())

    def pose_at(self, t_s: np.ndarray) -> np.ndarray:
        """``(x_cm, y_cm, heading_rad)`` at each time, shape (n, 3)."""
        table = self._table
        t = np.asarray(t_s, dtype=np.float64)
        return np.column_stack([np.interp(t, table[:, 0], table[:, k]) for k in (1, 2, 3)])

    def here_at(self, t_s: np.ndarray) -> np.ndarray:
        """Whether the mover is in the arena at each time (bool, shape (n,))."""
        t = np.asarray(t_s, dtype=np.float64)
        if self.present is None:
            return np.ones(t.shape, dtype=bool)
        out = np.zeros(t.shape, dtype=bool)
        for start, end in self.present:
            out |= (t >= start) & (t < end)
        return out

    def edges_at(self, t_s: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The shape's edges at each time in the arena's frame: starts and vectors (complex,
        shape (n, edges)); far away (out of every sensor's reach) when the mover is not there."""
        pose = self.pose_at(t_s)
        centre = pose[:, 0] + 1j * pose[:, 1]
        rot = np.exp(1j * pose[:, 2])
        a, e = self.outline
        away = np.where(self.here_at(t_s), 0.0, 1e6)
        return centre[:, None] + away[:, None] + rot[:, None] * a, rot[:, None] * e

    def polygon_at(self, t_s: float) -> Any:
        """The shape where it is at ``t_s`` (shapely), or None when it is not there."""
        from shapely import affinity

        if not bool(self.here_at(np.array([t_s]))[0]):
            return None
        x, y, heading = self.pose_at(np.array([t_s]))[0]
        shape = affinity.rotate(self.shape, heading, origin=(0, 0), use_radians=True)
        return affinity.translate(shape, x, y)


def hand(path: list[tuple[float, float, float, float]], present=None) -> Mover:
    """A hand seen from the robot's height: an oval 9 cm across and 3 cm thick, skin colour
    (reflectance 0.8: the Thymio sees a hand almost as well as a white wall)."""
    from shapely.geometry import Point

    shape = _scale(Point(0, 0).buffer(1.0, quad_segs=6), 1.5, 4.5)
    return Mover("hand", shape, path, reflectance=0.8, present=present)


def robot_on_loop(
    points: list[tuple[float, float]], speed_cm_s: float, seconds: float, start_s: float = 0.0
) -> Mover:
    """A second Thymio driving round the closed loop ``points`` at ``speed_cm_s``."""
    import math

    from makerkit.robot.thymio import thymio_model

    loop = [*points, points[0]]
    legs = [math.dist(a, b) for a, b in zip(loop[:-1], loop[1:], strict=True)]
    path, t, k = [], start_s, 0
    while t <= start_s + seconds:
        (x0, y0), (x1, y1) = loop[k % len(legs)], loop[k % len(legs) + 1]
        heading = math.degrees(math.atan2(y1 - y0, x1 - x0))
        path.append((t, x0, y0, heading))
        t += legs[k % len(legs)] / speed_cm_s
        path.append((t - 1e-3, x1, y1, heading))
        k += 1
    return Mover("robot", thymio_model().outline(arc_points=9), path)


def _scale(shape: Any, x: float, y: float) -> Any:
    from shapely import affinity

    return affinity.scale(shape, x, y, origin=(0, 0))
