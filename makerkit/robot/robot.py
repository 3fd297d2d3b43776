"""A simulated Thymio II placed in an arena, ready to run a learner's program.

>>> robot = Robot("wall")
>>> run = robot.run("motor_left_target = 300\\nmotor_right_target = 300\\n", seconds=15)
>>> bool(run.trajectory.contact.any())     # it drove into the wall and stopped there
True
>>> bool(run.trajectory.x_cm.max() < 110)  # ... without going through it
True
"""

from __future__ import annotations

from typing import Any

from makerkit.robot.arena import Arena, Pose

__all__ = ["Robot"]


class Robot:
    """A simulated Thymio II in ``arena`` (an :class:`Arena` or a ready-made arena's name).

    ``pose``: where it starts (default: the arena's start); ``noise``: add the small random
    errors of a real robot, drawn from ``seed``.
    """

    def __init__(
        self,
        arena: Arena | str = "empty",
        pose: Pose | None = None,
        seed: int = 0,
        noise: bool = False,
    ) -> None:
        self.arena = Arena.named(arena, seed=seed) if isinstance(arena, str) else arena
        self.pose = pose or self.arena.start
        self.seed, self.noise = seed, noise

    def run(
        self,
        program: Any,
        seconds: float = 30.0,
        buttons: list[tuple[float, str]] | None = None,
    ):
        """Run ``program`` (file, text, ``step`` function or namespace) for ``seconds``.

        ``buttons``: presses during the run, e.g. ``[(1.0, "center")]``. Returns a
        :class:`~makerkit.robot.run.Run` (trajectory, pictures, animation, error if any).
        """
        from makerkit.robot.run import run_program

        return run_program(
            program,
            self.arena,
            seconds=seconds,
            seed=self.seed,
            noise=self.noise,
            pose=self.pose,
            buttons=buttons,
        )

    def sensors(self) -> dict[str, list[int]]:
        """What the sensors read where the robot stands now.

        >>> Robot("s_track").sensors()["prox_ground_delta"]
        [110, 110]
        """
        from makerkit.robot.simulation import Simulation

        sim = Simulation(self.arena, pose=self.pose, seed=self.seed, noise=self.noise, seconds=0.01)
        return {"prox_horizontal": sim.prox_now(), "prox_ground_delta": sim.ground_now()}

    def picture(self):
        """The arena with the robot at its starting place."""
        from makerkit.robot.drawing import arena_picture

        return arena_picture(self.arena, self.pose)

    def _repr_html_(self) -> str:
        return self.picture()._repr_html_()
