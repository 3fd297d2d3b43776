"""Robot test helpers: the reference programs written from docs/robot.md."""

from __future__ import annotations

from pathlib import Path

import pytest

PROGRAMS = Path(__file__).parent / "programs"

# learner programs, not modules to import (their @onevent comes from the simulator)
collect_ignore = ["programs"]


@pytest.fixture
def program():
    """The path of a reference program: ``program("line_follower")``."""
    return lambda name: PROGRAMS / f"{name}.py"
