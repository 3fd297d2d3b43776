"""Same program, same seed: the same trajectory as recorded (reference_runs.py), step for step.

Guards the speed work on the contact and sliding path: a faster simulator that drives the
robot elsewhere, reads other sensor values or touches walls at other steps fails here.
"""

from __future__ import annotations

import numpy as np
import pytest
from reference_runs import REFERENCE, RUNS, record  # tests/robot is on the path


@pytest.fixture(scope="module")
def reference():
    with np.load(REFERENCE) as data:
        return {name: data[name] for name in data.files}


@pytest.mark.parametrize("name", sorted(RUNS))
def test_trajectory_is_the_recorded_one(name, reference):
    now = record(RUNS[name]())
    for key, value in now.items():
        kept = reference[f"{name}/{key}"]
        assert value.shape == kept.shape, key
        if key == "pose":
            value, kept = np.cumsum(value, axis=0), np.cumsum(kept, axis=0)
        differ = np.flatnonzero((value != kept).reshape(len(value), -1).any(axis=1))
        assert not differ.size, f"{key} differs from step {differ[0]} on ({differ.size} steps)"


def test_the_runs_rub_walls_and_moving_things(reference):
    """The references do exercise what they guard: contacts with walls and with a mover."""
    assert reference["maze1_300_250/contact"].mean() > 0.5
    assert reference["maze2_back/contact"].sum() > 500  # backing into walls
    assert reference["hand_push/contact"].sum() > 1000  # the hand pushes the robot


def test_readings_are_the_same_read_at_every_stretch_or_at_the_end():
    """Sensing later, in batches, reads what sensing each stretch as it is made reads."""
    from makerkit.robot.arena import Arena
    from makerkit.robot.simulation import Simulation

    readings = []
    for read_every in (0, 10, 37):  # never (all at the end), after each stretch, now and then
        sim = Simulation(Arena.named("maze", seed=2), seconds=12)
        while not sim.done:
            sim.set_motors(320, 260)
            sim.advance(10)
            if read_every and sim.i % read_every < 10:
                sim.prox_now()
        traj = sim.trajectory()
        readings.append((traj.prox_horizontal, traj.prox_ground_delta, traj.x_cm))
    for prox, ground, x in readings[1:]:
        assert np.array_equal(prox, readings[0][0]) and np.array_equal(ground, readings[0][1])
        assert np.array_equal(x, readings[0][2])
    assert readings[0][0].any() and traj.contact.mean() > 0.3
