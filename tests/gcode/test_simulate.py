"""The simulator against hand-computed trapezoids, and against PrusaSlicer's own estimate."""

import math

import pytest

from makerkit.gcode.reader import read_gcode
from makerkit.gcode.simulate import estimate, machine_limits
from makerkit.gcode.toolpath import Toolpath

# a = 1000 mm/s², jerk 10 mm/s on X and Y, nothing else limiting
LIMITS = "M201 X5000 Y5000 Z500 E5000\nM203 X500 Y500 Z20 E100\nM204 P1000 R1000 T1000\nM205 X10 Y10 Z1 E10\n"


def trapezoid_s(d, v, a, v0):
    """Time of a move from v0 to v and back to v0 over d mm (or a triangle if too short)."""
    acc_d = (v * v - v0 * v0) / (2 * a)
    if 2 * acc_d <= d:
        return 2 * (v - v0) / a + (d - 2 * acc_d) / v
    peak = math.sqrt(v0 * v0 + a * d)
    return 2 * (peak - v0) / a


def test_one_long_move_is_a_trapezoid():
    est = estimate(read_gcode(LIMITS + "G1 X100 F3000\n"))
    assert est.time_s == pytest.approx(trapezoid_s(100, 50, 1000, 10), rel=1e-6)
    assert est.time_s == pytest.approx(2.032, abs=1e-3)


def test_a_short_move_never_reaches_its_speed():
    est = estimate(read_gcode(LIMITS + "G1 X2 F6000\n"))
    assert est.time_s == pytest.approx(trapezoid_s(2, 100, 1000, 10), rel=1e-6)


def test_look_ahead_joins_straight_moves_at_full_speed():
    one = estimate(read_gcode(LIMITS + "G1 X100 F3000\n")).time_s
    two = estimate(read_gcode(LIMITS + "G1 X50 F3000\nG1 X100\n")).time_s
    ten = estimate(
        read_gcode(LIMITS + "".join(f"G1 X{10 * i} F3000\n" for i in range(1, 11)))
    ).time_s
    assert two == pytest.approx(one, rel=1e-6) and ten == pytest.approx(one, rel=1e-6)


def test_a_right_angle_slows_down_to_the_jerk_speed():
    est = estimate(read_gcode(LIMITS + "G1 X100 F3000\nG1 Y100\n"))
    assert est.time_s == pytest.approx(2 * trapezoid_s(100, 50, 1000, 10), rel=1e-6)


def test_a_reversal_stops_and_starts_from_the_jerk_speed():
    est = estimate(read_gcode(LIMITS + "G1 X100 F3000\nG1 X0\n"))
    assert est.time_s == pytest.approx(2 * trapezoid_s(100, 50, 1000, 10), rel=1e-6)


def test_axis_speed_limit_caps_the_feedrate():
    est = estimate(read_gcode(LIMITS + "G1 Z10 F6000\n"))  # Z at most 20 mm/s, jerk 1
    assert est.time_s == pytest.approx(trapezoid_s(10, 20, 500, 1), rel=1e-6)


def test_dwell_and_limits_changing_midway():
    base = estimate(read_gcode(LIMITS + "G1 X100 F3000\n")).time_s
    assert estimate(read_gcode(LIMITS + "G4 P1500\nG1 X100 F3000\n")).time_s == pytest.approx(
        base + 1.5, rel=1e-6
    )
    slower = estimate(read_gcode(LIMITS + "G1 X1 F3000\nM204 S100\nG1 X101\n")).time_s
    assert slower > base + 0.3


def test_limits_come_from_the_file_then_the_printer_then_marlin():
    tp = read_gcode(LIMITS + "G1 X1\n")
    assert machine_limits(tp, "prusa-mk3s")["jerk_x_mm_s"] == 10
    assert machine_limits(read_gcode("G1 X1\n"), "prusa-mk3s")["jerk_x_mm_s"] == 8
    assert machine_limits(read_gcode("G1 X1\n"))["jerk_x_mm_s"] == 10  # Marlin 2 default
    slow = estimate(read_gcode("G1 X200 F12000\n"), "creality-ender3-v2").time_s
    fast = estimate(read_gcode("G1 X200 F12000\n"), "prusa-mk3s").time_s
    assert slow > fast  # the Ender accelerates at 500 mm/s², the MK3S at 1250


def test_filament_mass_cost_layers_and_boxes():
    tp = Toolpath.from_moves(
        [
            (10, 0, 0.2, 1.0, 20, "wall_outer", 0),
            (10, 10, 0.4, 0.0, 100, "travel", 1),
            (0, 10, 0.4, 1.0, 20, "wall_outer", 1),
        ],
        start=(0, 0, 0.2),
    )
    est = estimate(tp, "prusa-mk3s", "pla")
    area = math.pi * 0.875**2
    assert est.filament_mm == pytest.approx(2.0)
    assert est.filament_mm3 == pytest.approx(2 * area)
    assert est.filament_g == pytest.approx(2 * area / 1000 * 1.24)
    assert est.cost == pytest.approx(est.filament_g / 1000 * 25.4)
    assert sum(est.time_per_layer_s) + est.time_start_s == pytest.approx(est.time_s)
    assert est.extrusion_bounds_mm == ([0, 0, 0.2], [10, 10, 0.4])
    assert est.to_dict()["moves"] == 3
    assert "min" in repr(est)


def test_an_empty_toolpath_takes_no_time():
    est = estimate(Toolpath.empty())
    assert est.time_s == 0 and est.filament_mm == 0 and est.extrusion_bounds_mm is None


@pytest.mark.slow
def test_within_three_percent_of_prusaslicer(real_gcode):
    checked = 0
    for (slicer, printer, model), path in real_gcode.items():
        if slicer != "prusa":
            continue
        tp = read_gcode(path)
        reference = tp.meta["slicer_estimate_s"]
        assert reference, path
        ours = estimate(tp, printer).time_s
        assert abs(ours / reference - 1) < 0.03, (model, printer, ours, reference)
        checked += 1
    assert checked >= 2
