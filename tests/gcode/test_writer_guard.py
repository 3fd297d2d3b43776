"""The writer cannot write what the safety check would refuse (issue 16.5)."""

import math

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import makerkit as mk
from makerkit.errors import GcodeError
from makerkit.gcode.safety import check_gcode
from makerkit.gcode.toolpath import Toolpath
from makerkit.gcode.writer import write_gcode
from makerkit.i18n import language


def _square(speed_mm_s=30.0, e=0.5):
    moves = [(60, 60, 0.2, 0, 100, "travel"), (80, 60, 0.2, e, speed_mm_s, "drawing")]
    return Toolpath.from_moves(moves, start=(50, 50, 0.2))


@pytest.mark.parametrize(
    "tp, key",
    [
        (_square(speed_mm_s=1000.0), "gcode.writer_too_fast"),  # F60000 on an MK3S
        (_square(speed_mm_s=math.inf), "gcode.writer_not_finite"),
        (_square(speed_mm_s=math.nan), "gcode.writer_not_finite"),
        (_square(speed_mm_s=-50.0), "gcode.writer_speed"),
        (_square(e=1_000_000.0), "gcode.writer_filament"),
        (_square(e=math.nan), "gcode.writer_not_finite"),
    ],
)
def test_bad_values_in_a_toolpath_are_refused_at_the_call(tp, key):
    with pytest.raises(GcodeError) as err:
        write_gcode(tp, "prusa-mk3s", "pla")
    assert err.value.key == key
    for lang in ("en", "fr"):
        assert "{" not in err.value.message(lang)


def test_a_nan_bed_temperature_is_refused():
    tp = _square()
    tp.meta["bed_temperature_c"] = float("nan")
    with pytest.raises(GcodeError):
        write_gcode(tp, "prusa-mk3s", "pla")


@pytest.mark.parametrize("speed", [1e6, math.inf, -5, 0, math.nan, "fast"])
def test_a_drawing_refuses_a_bad_speed_when_made(speed):
    with pytest.raises(GcodeError) as err:
        mk.Drawing("prusa-mk3s", speed_mm_s=speed)
    with language("fr"):
        assert "speed_mm_s" in str(err.value)


def test_a_drawing_refuses_bad_points_and_too_many_layers():
    d = mk.Drawing("prusa-mini")
    with pytest.raises(GcodeError):
        d.line_to(float("nan"), 10)
    with pytest.raises(GcodeError):
        d.circle(90, 90, 10, points=10**9)
    d.square(80, 80, 10)
    with pytest.raises(GcodeError):
        d.repeat_layer(10**9)


def test_spiral_vase_takes_the_printer_first():
    tp = mk.spiral_vase("prusa-mk4", radius_mm=10, height_mm=2)
    assert tp.meta["printer"] == "prusa-mk4" and tp.layer_count >= 8
    with pytest.raises(GcodeError) as err:
        mk.spiral_vase(20)
    assert "prusa-mk4" in str(err.value)
    with pytest.raises(GcodeError):
        mk.spiral_vase("prusa-mk4", sides=10**7)


def test_a_z_move_alone_is_written_at_the_z_axis_speed():
    moves = [(60, 60, 0.2, 0, 100, "travel"), (60, 60, 5.0, 0, 180, "travel")]
    text = write_gcode(Toolpath.from_moves(moves, start=(50, 50, 0.2)), "prusa-mk3s", "pla")
    assert "G1 Z5 F720" in text
    assert check_gcode(text, "prusa-mk3s", "pla").ok


_COORD = st.floats(-5, 200)
_MOVE = st.tuples(
    _COORD,
    _COORD,
    st.floats(0.05, 200),
    st.one_of(st.floats(-25, 60), st.just(0.0), st.floats(0, 1)),
    st.one_of(st.floats(0.1, 400), st.just(30.0), st.sampled_from([-1.0, math.nan])),
    st.sampled_from(["travel", "wall_outer", "infill", "drawing"]),
)


@pytest.mark.timeout(300)
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_MOVE, min_size=1, max_size=12), st.sampled_from(["prusa-mk3s", "prusa-mini"]))
def test_what_the_writer_writes_the_checker_accepts(moves, printer):
    tp = Toolpath.from_moves(moves, start=(100, 100, 0.2))
    tp.layer = np.zeros(len(tp), np.int32)
    try:
        text = write_gcode(tp, printer, "pla")
    except GcodeError:
        return
    report = check_gcode(text, printer, "pla")
    assert report.ok, str(report)
