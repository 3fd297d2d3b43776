"""What a run left behind: the :class:`Trajectory`, one row per 10 ms step, and what can
be read from it (how far, how many touches, where the ground sensors ended).

>>> from makerkit.robot.run import run_program
>>> traj = run_program("def step(robot):\\n    robot.forward()\\n", "empty", seconds=2).trajectory
>>> round(traj.distance_cm), traj.contacts
(15, 0)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from makerkit.robot.arena import Arena

__all__ = ["Trajectory"]


@dataclass
class Trajectory:
    """Everything the robot did, one row per 10 ms step (row 0 = the start)."""

    arena: Arena
    t_s: np.ndarray
    x_cm: np.ndarray
    y_cm: np.ndarray
    heading_rad: np.ndarray
    prox_horizontal: np.ndarray  # (n, 7) int
    prox_ground_delta: np.ndarray  # (n, 2) int
    motor_target: np.ndarray  # (n, 2) left, right
    contact: np.ndarray  # (n,) bool: the body touched a wall at this step
    leds_top: np.ndarray  # (n, 3)
    info: dict[str, Any] = field(default_factory=dict)
    # what moved in the arena: (mover, its (x_cm, y_cm, heading_rad) per step, there or not)
    movers: list[tuple[Any, np.ndarray, np.ndarray]] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.t_s)

    @property
    def distance_cm(self) -> float:
        """How far the robot travelled (cm)."""
        return float(np.hypot(np.diff(self.x_cm), np.diff(self.y_cm)).sum())

    @property
    def contacts(self) -> int:
        """How many times the body started touching a wall (or something that moves)."""
        return int(np.count_nonzero(np.diff(self.contact.astype(np.int8)) == 1) + self.contact[0])

    def describe(self) -> str:
        """One sentence in the current language: how far, how long, how many touches."""
        from makerkit.i18n import t

        return t(
            "robot.run_text",
            name=self.arena.name,
            time_s=round(float(self.t_s[-1]), 1),
            distance_cm=round(self.distance_cm),
            contacts=self.contacts,
            count=self.contacts,
        )

    def __repr__(self) -> str:
        return self.describe()

    def ground_sensors_cm(self, row: int = -1) -> np.ndarray:
        """Where the two ground sensors are at ``row`` (default: the end), left then
        right, as ``[[x_cm, y_cm], [x_cm, y_cm]]``: what a score on the floor and the
        picture of the run both look at."""
        from makerkit.robot.thymio import thymio_model

        local = thymio_model().ground_sensors
        x, y, h = self.x_cm[row], self.y_cm[row], self.heading_rad[row]
        c, s = np.cos(h), np.sin(h)
        return np.column_stack(
            [x + c * local[:, 0] - s * local[:, 1], y + s * local[:, 0] + c * local[:, 1]]
        )

    def picture(self, title: str | None = None):
        """The arena and the path, as a :class:`~makerkit.display.Picture`."""
        from makerkit.robot.drawing import path_picture

        return path_picture(self, title=title)

    def animation(self, seconds_per_frame: float = 0.2):
        """An animation that plays offline in a notebook (HTML, no internet needed)."""
        from makerkit.robot.drawing import animation

        return animation(self, seconds_per_frame=seconds_per_frame)

    def sensor_bars(self, t_s: float | None = None):
        """A bar chart of what the sensors read at time ``t_s`` (default: the end)."""
        from makerkit.robot.drawing import sensor_bars

        return sensor_bars(self, t_s)
