"""Runs whose trajectories are kept in ``data/reference_trajectories.npz``.

They exercise the contact and sliding path hard (the maze driven into walls with fixed
motors, forward and backward, wheels unequal), a program with noise, a maze program, and a
challenge where a second robot moves (pushes against moving edges). A change that only
makes the simulator faster must leave every one of them as it was.

Record them again only when a change is *meant* to change trajectories::

    PYTHONPATH=. python tests/robot/reference_runs.py --write
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

HERE = Path(__file__).parent
REFERENCE = HERE / "data" / "reference_trajectories.npz"
PROGRAMS = HERE / "programs"
# positions, headings kept to this many decimals (cm, radians): far below a visible
# difference, far above the last bits of a float
DECIMALS = 7


def _drive(seed: int, left: int, right: int, seconds: float, arena: str = "maze"):
    from makerkit.robot.arena import Arena
    from makerkit.robot.simulation import Simulation

    sim = Simulation(Arena.named(arena, seed=seed), seconds=seconds)
    while not sim.done:
        sim.set_motors(left, right)
        sim.advance(10)
    return sim.trajectory()


def _program(name: str, arena: str, seed: int, seconds: float, noise: bool = False):
    from makerkit.robot.run import run_program

    text = (PROGRAMS / f"{name}.py").read_text()
    return run_program(text, arena, seconds=seconds, seed=seed, noise=noise).trajectory


def _challenge(challenge: str, name: str, seed: int):
    from makerkit.robot.challenges import run_challenge

    text = (PROGRAMS / f"{name}.py").read_text()
    return run_challenge(challenge, text, seed=seed).trajectory


RUNS = {
    "maze0_300_250": lambda: _drive(0, 300, 250, 20),
    "maze1_300_250": lambda: _drive(1, 300, 250, 20),
    "maze2_back": lambda: _drive(2, -250, -320, 20),
    "maze3_fast": lambda: _drive(3, 500, 350, 20),
    "maze4_wide": lambda: _drive(4, 180, 500, 20),
    "hand_push": lambda: _drive(0, 200, 200, 30, arena="hand"),
    "avoider_noise3": lambda: _program("obstacle_avoider", "obstacles", 3, 30, noise=True),
    "maze_follower1": lambda: _program("maze_follower", "maze", 1, 30),
    "room_cleaner3": lambda: _challenge("room-cleaner", "room_cleaner", 3),
}


def record(traj) -> dict[str, np.ndarray]:
    """What is compared: pose (rounded; kept as step-to-step changes, which pack small),
    sensor readings, contacts. ``np.cumsum(pose, axis=0)`` gives the poses back."""
    scale = 10.0**DECIMALS
    pose = np.rint(np.column_stack([traj.x_cm, traj.y_cm, traj.heading_rad]) * scale)
    return {
        "pose": np.diff(pose.astype(np.int64), axis=0, prepend=np.zeros((1, 3), np.int64)),
        "prox": traj.prox_horizontal.astype(np.int16),
        "ground": traj.prox_ground_delta.astype(np.int16),
        "contact": traj.contact.astype(bool),
    }


def write() -> None:
    arrays = {}
    for name, make in RUNS.items():
        for key, value in record(make()).items():
            arrays[f"{name}/{key}"] = value
    REFERENCE.parent.mkdir(exist_ok=True)
    np.savez_compressed(REFERENCE, **arrays)


if __name__ == "__main__":
    if sys.argv[1:] == ["--write"]:
        write()
        print(f"written: {REFERENCE} ({REFERENCE.stat().st_size:,} bytes)")
