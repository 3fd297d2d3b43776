"""Travels: inside the part where a way exists, retracted (and lifted) where none does."""

from __future__ import annotations

import numpy as np
import pytest
import trimesh
from slicing_helpers import box

from makerkit.slicing import slice
from makerkit.slicing.measure import travel_report


def _apart(gap_mm: float) -> trimesh.Trimesh:
    other = box(10, 10, 2)
    other.apply_translation((10 + gap_mm, 0, 0))
    return trimesh.util.concatenate([box(10, 10, 2), other])


@pytest.mark.parametrize("gap_mm", [0.8, 20.0])
def test_every_travel_leaving_the_part_retracts_however_short(gap_mm):
    result = slice(_apart(gap_mm), "prusa-mk3s", adhesion="none")
    report = travel_report(result.toolpath, result.mesh)
    assert report.unretracted_leaving == 0, report.examples
    assert report.retractions >= len(result.layers)  # one jump between the blocks a layer


def test_retractions_lift_the_nozzle_as_the_profile_says():
    tp = slice(_apart(20), "prusa-mk3s", adhesion="none").toolpath
    lifted = tp.z - np.interp(tp.layer, np.arange(10), [0.2 * (k + 1) for k in range(10)])
    assert lifted.max() == pytest.approx(0.4)  # retract_lift of the MK3S profile
    ender = slice(_apart(20), "creality-ender3-v2", adhesion="none").toolpath
    assert ender.z.max() == pytest.approx(2.0, abs=0.01)  # its profile does not lift


def test_travels_go_round_a_hole_instead_of_retracting():
    ring = trimesh.creation.annulus(r_min=8, r_max=15, height=2, sections=64)
    result = slice(ring, "prusa-mk4", adhesion="none", infill_percent=20)
    report = travel_report(result.toolpath, result.mesh)
    assert report.unretracted_leaving == 0, report.examples
    assert report.retractions <= 1  # only the one from the purge line


def test_the_first_travel_from_the_purge_line_is_retracted():
    result = slice(box(10, 10, 2), "prusa-mk4", adhesion="none")
    tp = result.toolpath
    assert tp.start == pytest.approx((60, -4, 0.2))  # where the MK4's purge line ends
    assert tp.e[0] == pytest.approx(-0.7)
    assert tp.layer[0] == 0 and tp.x[0] == pytest.approx(60)
    assert "G1 X60 Y-4 E-0.70000" in result.gcode.replace("Z0.2 ", "")


def test_islands_are_visited_nearest_first():
    blocks = []
    for x in (0, 60, 15, 45, 30):  # made in a jumbled order
        b = box(8, 8, 1)
        b.apply_translation((x, 0, 0))
        blocks.append(b)
    tp = slice(trimesh.util.concatenate(blocks), "prusa-mk4", adhesion="none").toolpath
    report = travel_report(tp, slice(trimesh.util.concatenate(blocks), "prusa-mk4").mesh)
    # five blocks in a row 15 mm apart: about 60 mm of jumps a layer, not zig-zags
    assert report.travel_mm / 5 < 200
