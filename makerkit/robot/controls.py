"""The ``robot`` a simple-style program receives: ``def step(robot):``.

Questions (``robot.sees_line()``, ``robot.obstacle_ahead()`` …) read the robot's sensors;
orders (``robot.forward()``, ``robot.turn_left()`` …) set its two motors until the next
order. Speeds are motor units, −500 … 500 (500 is about 20 cm/s).

>>> from makerkit.robot.arena import Arena
>>> from makerkit.robot.simulation import Simulation
>>> robot = RobotControls(Simulation(Arena.named("s_track"), seconds=1))
>>> robot.sees_line(), robot.obstacle_ahead()
(True, False)
>>> robot.turn_left(); robot.motors_now()
(-150, 150)
"""

from __future__ import annotations

from typing import Any

__all__ = ["RobotControls", "LINE_BELOW", "GREY_BELOW", "OBSTACLE_ABOVE"]

LINE_BELOW = 350  # prox_ground_delta below this: black tape (about 110 on black, 880 on white)
GREY_BELOW = 700  # between LINE_BELOW and this: a grey zone (about 495)
OBSTACLE_ABOVE = 2000  # prox_horizontal above this: something within about 9 cm


class RobotControls:
    """What a ``step(robot)`` program can ask and order."""

    def __init__(self, sim: Any) -> None:
        self._sim = sim
        self.memory: dict[str, Any] = {}  # keep values from one step to the next

    # -- reading the sensors -------------------------------------------------------------

    @property
    def prox(self) -> list[int]:
        """The 7 proximity sensors (``prox_horizontal``): 0 = nothing, up to about 4500."""
        return self._sim.prox_now()

    @property
    def ground(self) -> list[int]:
        """The 2 ground sensors (``prox_ground_delta``), left then right."""
        return self._sim.ground_now()

    @property
    def time_s(self) -> float:
        """Seconds since the start."""
        return round(self._sim.time_s, 2)

    def sees_line(self) -> bool:
        """Is one of the ground sensors over the black line?"""
        left, right = self.ground
        return left < LINE_BELOW or right < LINE_BELOW

    def line_left(self) -> bool:
        """Is the left ground sensor over the black line?"""
        return self.ground[0] < LINE_BELOW

    def line_right(self) -> bool:
        """Is the right ground sensor over the black line?"""
        return self.ground[1] < LINE_BELOW

    def on_grey(self) -> bool:
        """Are both ground sensors over a grey zone (not white, not black)?"""
        return all(LINE_BELOW <= g < GREY_BELOW for g in self.ground)

    def obstacle_ahead(self) -> bool:
        """Is something close in front (the three middle front sensors)?"""
        return max(self.prox[1:4]) > OBSTACLE_ABOVE

    def obstacle_left(self) -> bool:
        """Is something close on the front left?"""
        return max(self.prox[0:2]) > OBSTACLE_ABOVE

    def obstacle_right(self) -> bool:
        """Is something close on the front right?"""
        return max(self.prox[3:5]) > OBSTACLE_ABOVE

    def obstacle_behind(self) -> bool:
        """Is something close behind?"""
        return max(self.prox[5:7]) > OBSTACLE_ABOVE

    def pressed(self, button: str = "center") -> bool:
        """Is this button pressed now? ``"center"``, ``"forward"``, ``"backward"``,
        ``"left"`` or ``"right"`` (the robot looks at its buttons 20 times a second)."""
        value = self._sim.buttons.get(f"button_{button}")
        if value is None:
            from makerkit.errors import RobotError

            raise RobotError(
                "robot.errors.unknown_button",
                name=button,
                valid="center, forward, backward, left, right",
            )
        return bool(value)

    # -- giving orders -------------------------------------------------------------------

    def motors(self, left: int, right: int) -> None:
        """Set both motor speeds (−500 … 500)."""
        self._sim.set_motors(left, right)

    def motors_now(self) -> tuple[int, int]:
        """The motor speeds asked for now (left, right)."""
        return self._sim.target_left, self._sim.target_right

    def forward(self, speed: int = 200) -> None:
        """Go straight ahead."""
        self.motors(speed, speed)

    def backward(self, speed: int = 200) -> None:
        """Go straight back."""
        self.motors(-speed, -speed)

    def turn_left(self, speed: int = 150) -> None:
        """Turn on the spot, to the left."""
        self.motors(-speed, speed)

    def turn_right(self, speed: int = 150) -> None:
        """Turn on the spot, to the right."""
        self.motors(speed, -speed)

    def veer_left(self, speed: int = 200) -> None:
        """Go forward while bending to the left."""
        self.motors(speed // 4, speed)

    def veer_right(self, speed: int = 200) -> None:
        """Go forward while bending to the right."""
        self.motors(speed, speed // 4)

    def stop(self) -> None:
        """Stop both motors."""
        self.motors(0, 0)

    def leds(self, red: int, green: int, blue: int) -> None:
        """Colour the top of the robot (each 0 … 32)."""
        self._sim.leds_top = [max(0, min(32, int(v))) for v in (red, green, blue)]
