"""The 2-link arm: kinematics both ways, reach, drawing as a pen-plotter Toolpath."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from makerkit.errors import RobotError
from makerkit.robot import Arm


@settings(max_examples=200, deadline=None)
@given(
    st.floats(20, 200),
    st.floats(20, 200),
    st.floats(-180, 180),
    st.floats(-175, 175),
)
def test_inverse_round_trips_with_forward(l1, l2, shoulder, elbow):
    arm = Arm(l1, l2)
    x, y = arm.forward(shoulder, elbow)
    if math.hypot(x, y) < 1e-6:
        return
    for solution in arm.solutions(x, y):
        assert arm.forward(*solution) == pytest.approx((x, y), abs=1e-6)
    up, down = arm.solutions(x, y)
    assert up[1] <= 0 <= down[1]
    # one of the two solutions is the pose we started from
    assert (
        any(
            abs(math.remainder(s - shoulder, 360)) < 1e-5 and abs(e - elbow) < 1e-5
            for s, e in (up, down)
        )
        or abs(elbow) < 1e-3
    )


def test_unreachable_points_are_explained(lang):
    arm = Arm(100, 80)
    with pytest.raises(RobotError) as far:
        arm.inverse(200, 50)
    assert "180" in str(far.value)
    with pytest.raises(RobotError) as near:
        arm.inverse(5, 5)
    assert "20" in str(near.value)
    with pytest.raises(RobotError):
        arm.inverse(100, 0, elbow="sideways")
    with pytest.raises(RobotError):
        Arm(0, 10)


def test_drawing_a_square_gives_a_pen_plotter_toolpath():
    from makerkit.gcode.toolpath import FEATURE_CODES

    arm = Arm(100, 80)
    square = [(100, -20), (140, -20), (140, 20), (100, 20)]
    drawing = arm.draw(square, closed=True)
    assert drawing.length_mm == pytest.approx(160.0)
    tp = drawing.toolpath(pen_up_mm=5, offset_mm=(0, 100))
    drawn = tp.feature == FEATURE_CODES["drawing"]
    assert drawn.sum() > 150 and np.all(tp.z[drawn] == 0)
    assert np.all(tp.z[~drawn & (tp.z > 0)] == 5)
    assert tp.extrusion_mm == 0
    assert tp.y[drawn].min() == pytest.approx(80.0)
    # every pen point is where the arm's joints put it
    for stroke, joints in zip(drawing.strokes, drawing.joints, strict=True):
        pts = np.array([arm.forward(a, b) for a, b in joints])
        assert np.allclose(pts, stroke, atol=1e-6)


def test_drawing_out_of_reach_is_refused_and_pictures_have_alt_text():
    arm = Arm(100, 80)
    with pytest.raises(RobotError):
        arm.draw([(100, 0), (300, 0)])
    assert "180" in arm.reach_picture().alt
    drawing = arm.draw([(120, 0), (120, 40)])
    assert drawing.picture().png.startswith(b"\x89PNG")
