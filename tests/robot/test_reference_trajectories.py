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
