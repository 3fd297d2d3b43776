"""The 2-link arm: kinematics both ways, reach, drawing as a pen-plotter Toolpath."""

from __future__ import annotations

import math
import re

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
    # elbow "up" is above the line from the shoulder to the pen, in every quadrant
    line_y = lambda ex: (y / x) * ex  # noqa: E731
    if abs(x) > 1e-3 and abs(up[1]) > 1e-3:
        (ux, uy), (dx, dy) = arm.elbow_position(up[0]), arm.elbow_position(down[0])
        assert uy >= line_y(ux) - 1e-6 and dy <= line_y(dx) + 1e-6
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
    drawn = tp.feature == FEATURE_CODES["pen"]
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


@pytest.mark.parametrize("x", [120.0, -120.0])
@pytest.mark.parametrize("y", [50.0, -50.0])
def test_elbow_up_and_down_in_every_quadrant(x, y):
    arm = Arm(100, 80)
    ux, uy = arm.elbow_position(arm.inverse(x, y, "up")[0])
    dx, dy = arm.elbow_position(arm.inverse(x, y, "down")[0])
    assert uy > y / x * ux and dy < y / x * dx
    assert uy > dy  # the "up" elbow is the higher one


def test_joint_limits_are_configurable_and_explained(lang):
    arm = Arm(100, 80, shoulder_limits_deg=(-90, 90), elbow_limits_deg=(-150, 150))
    with pytest.raises(RobotError) as info:
        arm.inverse(-150, 20, "up")  # the shoulder would turn past 90°
    assert info.value.key.startswith("robot.arm.shoulder_limit")
    assert "90" in str(info.value)
    assert arm.inverse(120, 50) == Arm(100, 80).inverse(120, 50)
    with pytest.raises(RobotError) as info:
        Arm(100, 80, elbow_limits_deg=(30, -30))
    assert info.value.key == "robot.arm.bad_elbow_limits"
    # the other bend fits: the message says which one
    bent = Arm(100, 80, elbow_limits_deg=(0, 170))
    with pytest.raises(RobotError) as info:
        bent.inverse(120, 50, "up")
    assert info.value.key == "robot.arm.elbow_limit_other" and 'elbow="down"' in str(info.value)


def test_counts_are_singular_when_one(lang):
    arm = Arm(100, 80)
    with pytest.raises(RobotError) as info:
        arm.draw([(120, 0), (300, 0)])
    assert info.value.key == "robot.arm.shape_unreachable_one"
    assert ("1 point " in str(info.value)) or ("1 point du" in str(info.value))
    one = arm.draw([(120, 0), (120, 40)])
    assert ("1 stroke" in one.describe()) or ("1 trait" in one.describe())
    two = arm.draw([[(120, 0), (120, 40)], [(100, -20), (140, -20)]])
    assert ("2 strokes" in two.describe()) or ("2 traits" in two.describe())


def test_a_drawing_shows_as_its_picture_in_a_notebook():
    drawing = Arm(100, 80).draw([(120, 0), (120, 40), (80, 40)], closed=True)
    page = drawing._repr_html_()
    assert page.startswith("<figure") and "<img" in page and 'alt="' in page
    assert len(repr(drawing).splitlines()) == 1 and "ArmDrawing" in repr(drawing)
    assert "pen" in drawing.picture().alt or "stylo" in drawing.picture().alt


def test_a_drawing_is_pen_down_strokes_everywhere(lang):
    """Pictures, sentences and counts speak of strokes drawn with the pen down, never of
    travel or layers; the plotter's G-code heats nothing and reads back the same."""
    from makerkit.gcode import check_gcode, explain_gcode, plot_toolpath, read_gcode
    from makerkit.gcode.toolpath import FEATURE_CODES

    drawing = Arm(100, 80).draw([[(120, 0), (120, 40)], [(100, -20), (140, -20)]], step_mm=10)
    tp = drawing.toolpath(offset_mm=(125, 60))
    assert repr(tp).startswith(("<Toolpath:", "<Trajet :")) and (
        "2 pen strokes" in repr(tp) or "2 traits" in repr(tp)
    )
    alt = plot_toolpath(tp).alt
    assert ("2 strokes" in alt or "2 traits" in alt) and "layer" not in alt and "couche" not in alt
    for colours in ("feature", "travel"):  # a drawing on a sheet, not a print
        alt = plot_toolpath(tp, color_by=colours).alt
        assert "sheet" in alt or "feuille" in alt, alt
        assert not re.search(r"print|imprim|Z =", alt, re.IGNORECASE), alt
    text = drawing.gcode(offset_mm=(125, 60))
    for heat in ("M104", "M109", "M140", "M190", "G29", " E"):
        assert heat not in text
    assert "M280 P0 S30" in text and "M280 P0 S90" in text  # the servo lowers and lifts the pen
    back = read_gcode(text)
    assert (back.feature == FEATURE_CODES["pen"]).sum() == (
        tp.feature == FEATURE_CODES["pen"]
    ).sum()
    assert check_gcode(text, "pen-plotter").ok
    said = [line.text for line in explain_gcode(text) if line.code.startswith("G1 ")]
    assert said and all(("pen" in s) or ("stylo" in s) for s in said)


def test_a_drawing_is_refused_for_a_printer_that_heats_unless_asked():
    from makerkit.errors import GcodeError
    from makerkit.gcode import check_gcode, write_gcode

    tp = Arm(100, 80).draw([(120, 0), (120, 40)]).toolpath(offset_mm=(60, 60))
    with pytest.raises(GcodeError) as info:
        write_gcode(tp, "prusa-mk4")
    assert info.value.key == "writer.pen_on_printer" and "pen-plotter" in str(info.value)
    asked = write_gcode(tp, "prusa-mk4", pen=True)
    assert "M104" not in asked and "G29" not in asked and "G28" in asked
    assert check_gcode(asked, "prusa-mk4").ok
    # the same drawing without the learner's word, as a hand-edited file would be
    unasked = asked.replace("; makerkit: pen fitted on this printer", "; edited")
    report = check_gcode(unasked, "prusa-mk4")
    assert not report.ok and report.problems[0].code == "drawing_on_printer"
    # and a plastic print's start in a plotter file
    plastic = "M104 S215\nM140 S60\nG28\n" + asked.split("G28 ; home\n", 1)[1]
    assert "plotter_heater" in [p.code for p in check_gcode(plastic, "pen-plotter").problems]
