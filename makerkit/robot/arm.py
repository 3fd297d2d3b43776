"""A 2-link planar robot arm holding a pen: where it reaches, how to bend it, what it draws.

The shoulder is at the origin; link 1 (``l1_mm``) turns at the shoulder, link 2
(``l2_mm``) at the elbow. Angles are in degrees, counter-clockwise; the elbow angle is
measured from the direction of link 1 (0 = arm stretched out).

>>> arm = Arm(100, 80)
>>> [round(v, 1) for v in arm.forward(0, 90)]
[100.0, 80.0]
>>> [round(v, 1) for v in arm.inverse(100, 80, elbow="down")]
[0.0, 90.0]
>>> up, down = arm.solutions(120, 50)
>>> [round(v, 1) for v in arm.forward(*up)], [round(v, 1) for v in arm.forward(*down)]
([120.0, 50.0], [120.0, 50.0])
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from makerkit.errors import RobotError
from makerkit.i18n import number

__all__ = ["Arm", "ArmDrawing"]


@dataclass(frozen=True)
class Arm:
    """A planar arm with two links, lengths in mm.

    ``shoulder_limits_deg`` and ``elbow_limits_deg``: how far each joint can turn (as
    ``(lowest, highest)``, degrees), for an arm whose servos turn less than a full turn;
    a pose beyond them is refused with a message that says which joint and by how much.
    """

    l1_mm: float = 100.0
    l2_mm: float = 80.0
    shoulder_limits_deg: tuple[float, float] = (-180.0, 180.0)
    elbow_limits_deg: tuple[float, float] = (-180.0, 180.0)

    def __post_init__(self) -> None:
        if not (self.l1_mm > 0 and self.l2_mm > 0):
            raise RobotError("robot.arm.bad_links", l1_mm=self.l1_mm, l2_mm=self.l2_mm)
        for name, (low, high) in (
            ("shoulder", self.shoulder_limits_deg),
            ("elbow", self.elbow_limits_deg),
        ):
            if not -360.0 <= low < high <= 360.0:
                raise RobotError(f"robot.arm.bad_{name}_limits", low=low, high=high)

    @property
    def reach_mm(self) -> float:
        """The farthest the pen gets from the shoulder (both links stretched out)."""
        return self.l1_mm + self.l2_mm

    @property
    def inner_mm(self) -> float:
        """The nearest the pen gets to the shoulder (elbow folded back)."""
        return abs(self.l1_mm - self.l2_mm)

    def forward(self, shoulder_deg: float, elbow_deg: float) -> tuple[float, float]:
        """Where the pen is (x, y in mm) for these joint angles (forward kinematics)."""
        a = math.radians(shoulder_deg)
        b = a + math.radians(elbow_deg)
        return (
            self.l1_mm * math.cos(a) + self.l2_mm * math.cos(b),
            self.l1_mm * math.sin(a) + self.l2_mm * math.sin(b),
        )

    def elbow_position(self, shoulder_deg: float) -> tuple[float, float]:
        """Where the elbow is (mm)."""
        a = math.radians(shoulder_deg)
        return self.l1_mm * math.cos(a), self.l1_mm * math.sin(a)

    def check_reach(self, x_mm: float, y_mm: float) -> None:
        """Raise a :class:`RobotError` that explains why a point cannot be reached, if it cannot."""
        d = math.hypot(x_mm, y_mm)
        values = {
            "x_mm": number(x_mm, 2),
            "y_mm": number(y_mm, 2),
            "distance_mm": round(float(d), 1),
            "l1_mm": number(self.l1_mm, 2),
            "l2_mm": number(self.l2_mm, 2),
            "reach_mm": number(self.reach_mm, 2),
            "inner_mm": number(self.inner_mm, 2),
        }
        if d > self.reach_mm + 1e-9:
            raise RobotError("robot.arm.unreachable_far", **values)
        if d < self.inner_mm - 1e-9:
            raise RobotError("robot.arm.unreachable_near", **values)

    def solutions(self, x_mm: float, y_mm: float) -> list[tuple[float, float]]:
        """Both ways to reach the point: ``[elbow up, elbow down]`` as (shoulder, elbow) degrees.

        "Up" is the pose whose elbow is above the line from the shoulder to the pen (to its
        left when the pen is straight above or below the shoulder), in every quadrant; at
        the edge of the reach both are the same.

        >>> arm = Arm(100, 80)
        >>> for x, y in ((120, 50), (-120, 50), (-120, -50), (120, -50)):
        ...     ex, ey = arm.elbow_position(arm.inverse(x, y, "up")[0])
        ...     print(ey > y / x * ex)
        True
        True
        True
        True
        """
        self.check_reach(x_mm, y_mm)
        l1, l2 = self.l1_mm, self.l2_mm
        cos_elbow = (x_mm * x_mm + y_mm * y_mm - l1 * l1 - l2 * l2) / (2 * l1 * l2)
        elbow = math.acos(max(-1.0, min(1.0, cos_elbow)))
        out = []
        for b in (-elbow, elbow):
            a = math.atan2(y_mm, x_mm) - math.atan2(l2 * math.sin(b), l1 + l2 * math.cos(b))
            out.append((_wrap_deg(math.degrees(a)), math.degrees(b)))
        # with b < 0 the elbow is to the left of the way from the shoulder to the pen: that
        # is above the line only when the pen is on the right
        if x_mm < 0:
            out.reverse()
        return out

    def inverse(self, x_mm: float, y_mm: float, elbow: str = "up") -> tuple[float, float]:
        """Joint angles (shoulder, elbow) in degrees that put the pen at (x, y) mm.

        ``elbow``: ``"up"`` or ``"down"``, the two ways to bend the arm (see :meth:`solutions`).
        A pose beyond the joint limits is refused, saying which joint and what to try.
        """
        if elbow not in ("up", "down"):
            raise RobotError("robot.arm.elbow_unknown", elbow=elbow)
        up, down = self.solutions(x_mm, y_mm)
        chosen, other = (up, down) if elbow == "up" else (down, up)
        problem = self._beyond_limits(chosen)
        if problem is not None:
            joint, angle, (low, high) = problem
            fits = self._beyond_limits(other) is None
            raise RobotError(
                f"robot.arm.{joint}_limit" + ("_other" if fits else ""),
                x_mm=number(x_mm, 2),
                y_mm=number(y_mm, 2),
                angle_deg=round(angle, 1),
                low_deg=number(low, 2),
                high_deg=number(high, 2),
                other="down" if elbow == "up" else "up",
            )
        return chosen

    def _beyond_limits(self, pose: tuple[float, float]):
        """``(joint, angle, limits)`` of the first joint of ``pose`` beyond its limits, or None."""
        for joint, angle, (low, high) in (
            ("shoulder", pose[0], self.shoulder_limits_deg),
            ("elbow", pose[1], self.elbow_limits_deg),
        ):
            # the same direction may be written 360° apart: use the one within the limits
            if not any(low - 1e-9 <= angle + k * 360.0 <= high + 1e-9 for k in (-1, 0, 1)):
                return joint, angle, (low, high)
        return None

    def reach_picture(self, shoulder_deg: float = 30.0, elbow_deg: float = 60.0):
        """The ring of points the pen can reach, with the arm drawn in one pose."""
        from makerkit.display import PALETTE, new_figure, to_picture
        from makerkit.i18n import t

        fig = new_figure(5, 5)
        ax = fig.add_subplot()
        self._draw_reach(ax)
        self._draw_arm(ax, shoulder_deg, elbow_deg)
        ax.plot([0], [0], "o", color=PALETTE["black"])
        alt = t(
            "robot.arm.reach_alt",
            l1_mm=number(self.l1_mm, 2),
            l2_mm=number(self.l2_mm, 2),
            inner_mm=number(self.inner_mm, 2),
            reach_mm=number(self.reach_mm, 2),
        )
        return to_picture(fig, alt)

    def _draw_reach(self, ax) -> None:
        from matplotlib.patches import Annulus, Circle

        from makerkit.display import PALETTE

        r = self.reach_mm
        if self.inner_mm > 0:
            ax.add_patch(Annulus((0, 0), r, r - self.inner_mm, color=PALETTE["sky"], alpha=0.35))
        else:
            ax.add_patch(Circle((0, 0), r, color=PALETTE["sky"], alpha=0.35))
        ax.set_xlim(-r * 1.1, r * 1.1)
        ax.set_ylim(-r * 1.1, r * 1.1)
        ax.set_aspect("equal")
        ax.set_xlabel("x (mm)")
        ax.set_ylabel("y (mm)")

    def _draw_arm(self, ax, shoulder_deg: float, elbow_deg: float) -> None:
        from makerkit.display import PALETTE

        ex, ey = self.elbow_position(shoulder_deg)
        px, py = self.forward(shoulder_deg, elbow_deg)
        ax.plot([0, ex, px], [0, ey, py], "-o", color=PALETTE["orange"], lw=4)

    def draw(self, shape: Any, closed: bool = False, step_mm: float = 1.0, elbow: str = "up"):
        """Draw ``shape`` with the pen: a list of (x, y) points in mm, a list of such lists
        (one per stroke), or a shapely line or polygon. Returns an :class:`ArmDrawing`.
        """
        strokes = _strokes(shape, closed)
        bad = [
            (x, y)
            for stroke in strokes
            for x, y in stroke
            if not self.inner_mm - 1e-9 <= math.hypot(x, y) <= self.reach_mm + 1e-9
        ]
        if bad:
            raise RobotError(
                "robot.arm.shape_unreachable"
                if len(bad) > 1
                else "robot.arm.shape_unreachable_one",
                count=len(bad),
                x_mm=number(bad[0][0], 2),
                y_mm=number(bad[0][1], 2),
            )
        dense = [_densify(np.asarray(s, dtype=float), step_mm) for s in strokes]
        joints = [np.array([self.inverse(x, y, elbow) for x, y in s]) for s in dense]
        return ArmDrawing(self, dense, joints)

    def _repr_html_(self) -> str:
        return self.reach_picture()._repr_html_()


@dataclass
class ArmDrawing:
    """What the arm draws: the pen's strokes (mm) and the joint angles along them (degrees).

    In a notebook it shows as its picture. A stroke is a line drawn with the pen down;
    between two strokes the pen is lifted.
    """

    arm: Arm
    strokes: list[np.ndarray]
    joints: list[np.ndarray]

    @property
    def length_mm(self) -> float:
        """Length of pen line drawn."""
        return float(sum(np.hypot(*np.diff(s, axis=0).T).sum() for s in self.strokes))

    def describe(self) -> str:
        """One sentence: how many strokes, how long the pen line is."""
        from makerkit.i18n import t

        count = len(self.strokes)
        return t(
            "robot.arm.drawing_text_one" if count == 1 else "robot.arm.drawing_text",
            strokes=count,
            length_mm=round(self.length_mm),
        )

    def __repr__(self) -> str:
        return f"<ArmDrawing: {self.describe()}>"

    def _repr_html_(self) -> str:
        return self.picture()._repr_html_()

    def toolpath(
        self,
        pen_up_mm: float = 5.0,
        speed_mm_s: float = 20.0,
        travel_speed_mm_s: float = 50.0,
        offset_mm: Sequence[float] = (0.0, 0.0),
    ):
        """The drawing as a :class:`~makerkit.gcode.toolpath.Toolpath` for a pen plotter:
        pen-down moves (z = 0) are the feature ``pen``, pen-up moves (z = ``pen_up_mm``)
        are ``travel``; nothing is extruded. ``offset_mm`` moves the shoulder on the bed.
        """
        from makerkit.gcode.toolpath import Toolpath

        ox, oy = offset_mm
        z_up = float(pen_up_mm)
        rows: list[tuple] = []
        for stroke in self.strokes:
            x0, y0 = stroke[0]
            rows.append((x0 + ox, y0 + oy, z_up, 0.0, travel_speed_mm_s, "travel"))
            rows.append((x0 + ox, y0 + oy, 0.0, 0.0, travel_speed_mm_s, "travel"))
            rows += [(x + ox, y + oy, 0.0, 0.0, speed_mm_s, "pen") for x, y in stroke[1:]]
            rows.append(
                (stroke[-1][0] + ox, stroke[-1][1] + oy, z_up, 0.0, travel_speed_mm_s, "travel")
            )
        start = (ox + self.arm.reach_mm, oy, z_up)
        meta = {"machine": "pen plotter (2-link arm)", "pen_up_mm": z_up}
        return Toolpath.from_moves(rows, start=start, meta=meta)

    def gcode(self, machine: str = "pen-plotter", offset_mm: Sequence[float] = (0.0, 0.0)) -> str:
        """The G-code that draws this on ``machine`` (a pen plotter profile: no heating,
        the pen lifted and lowered as the profile says)."""
        from makerkit.gcode.writer import write_gcode

        return write_gcode(self.toolpath(offset_mm=offset_mm), machine, title="arm drawing")

    def picture(self):
        """The reachable area, the strokes drawn with the pen down (blue), the pen's
        moves in the air between them (dotted) and the arm at the end."""
        from makerkit.display import PALETTE, new_figure, to_picture

        fig = new_figure(5, 5)
        ax = fig.add_subplot()
        self.arm._draw_reach(ax)
        for a, b in zip(self.strokes[:-1], self.strokes[1:], strict=False):
            ax.plot([a[-1, 0], b[0, 0]], [a[-1, 1], b[0, 1]], color=PALETTE["grey"], lw=1, ls=":")
        for stroke in self.strokes:
            ax.plot(stroke[:, 0], stroke[:, 1], color=PALETTE["blue"], lw=2)
        self.arm._draw_arm(ax, *self.joints[-1][-1])
        return to_picture(fig, self._alt())

    def _alt(self) -> str:
        from makerkit.i18n import t

        return self.describe() + " " + t("robot.arm.drawing_alt")


def _wrap_deg(a: float) -> float:
    return (a + 180.0) % 360.0 - 180.0


def _strokes(shape: Any, closed: bool) -> list[list[tuple[float, float]]]:
    if hasattr(shape, "geom_type"):
        kind = shape.geom_type
        if kind == "Polygon":
            return [list(shape.exterior.coords)]
        if kind in ("LineString", "LinearRing"):
            return [list(shape.coords)]
        return [s for g in shape.geoms for s in _strokes(g, closed)]
    items = list(shape)
    if items and isinstance(items[0][0], (int, float, np.floating, np.integer)):
        items = [items]
    strokes = []
    for stroke in items:
        pts = [(float(x), float(y)) for x, y in stroke]
        if closed and pts and pts[0] != pts[-1]:
            pts.append(pts[0])
        strokes.append(pts)
    return strokes


def _densify(points: np.ndarray, step_mm: float) -> np.ndarray:
    """Points every ``step_mm`` along the straight segments, so the pen draws straight lines."""
    out = [points[:1]]
    for a, b in zip(points[:-1], points[1:], strict=True):
        n = max(1, int(math.ceil(np.hypot(*(b - a)) / step_mm)))
        out.append(a + (b - a) * (np.arange(1, n + 1)[:, None] / n))
    return np.vstack(out)
