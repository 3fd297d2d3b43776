"""Travels: inside the part where a way exists, retracted (and lifted) where none does."""

from __future__ import annotations

import numpy as np
import pytest
import trimesh
from slicing_helpers import box

from makerkit.errors import SliceError
from makerkit.gcode.toolpath import FEATURE_CODES
from makerkit.slicing import slice
from makerkit.slicing.measure import layer_quality, travel_report


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


def _travels(tp, layer):
    return (~tp.is_extruding) & (tp.lengths_mm > 1e-6) & (tp.layer == layer)


def test_skin_lines_are_joined_into_zig_zags_without_laying_plastic_twice():
    r = slice(box(30, 30, 3), "prusa-mk4", adhesion="none", infill_percent=100)
    tp = r.toolpath
    skin = tp.is_extruding & (tp.feature == FEATURE_CODES["skin"]) & (tp.layer == 7)
    assert skin.sum() > 100 and _travels(tp, 7).sum() <= 6  # not one travel per line
    q = layer_quality(tp, r.mesh, layers=[7])
    assert q.covered[0] > 0.97 and q.double_mm2[0] / q.section_mm2[0] < 0.01
    assert abs(q.plastic_ratio[0] - 1) < 0.02


def test_loops_nobody_sees_start_where_the_nozzle_is():
    plate = trimesh.boolean.difference(
        [box(40, 20, 3), trimesh.creation.cylinder(radius=3, height=10)], engine="manifold"
    )
    plate.apply_translation((0, 0, 1.5))
    tp = slice(plate, "prusa-mk4", adhesion="none", infill_percent=20).toolpath
    walls = [FEATURE_CODES[f] for f in ("wall_inner", "wall_outer")]
    layer = 8
    rows = np.flatnonzero(tp.layer == layer)
    # the hole's two loops one after the other, then one trip (about 20 mm) to the back for
    # the outside's two loops (before: to the back and back again, 40 mm)
    on_wall = rows[tp.is_extruding[rows] & np.isin(tp.feature[rows], walls)]
    between = np.arange(on_wall[0], on_wall[-1])
    assert tp.lengths_mm[between][~tp.is_extruding[between]].sum() < 28
    # … while the outside's seam stays at the back
    outer = tp.is_extruding & (tp.feature == FEATURE_CODES["wall_outer"]) & (tp.layer == layer)
    start = np.flatnonzero(outer & ~np.r_[False, outer[:-1]])
    assert tp.starts[start, 1].max() > tp.y.max() - 0.5


def test_a_name_tag_travels_little_and_never_strings():
    from makerkit.model import nametag

    r = slice(nametag("Camille"), "prusa-mk4", infill_percent=20)
    report = travel_report(r.toolpath, r.mesh)
    # 4,600 mm before the skins were joined and the hidden seams freed (PrusaSlicer: 1,760)
    assert report.travel_mm < 2000 and report.unretracted_leaving == 0


def test_seams_can_all_be_nearest_and_unknown_seams_are_refused():
    near = slice(trimesh_cylinder(), "prusa-mk4", adhesion="none", seam="nearest").toolpath
    rear = slice(trimesh_cylinder(), "prusa-mk4", adhesion="none").toolpath
    travel = [t.lengths_mm[(~t.is_extruding) & (t.layer > 0)].sum() for t in (near, rear)]
    assert travel[0] < travel[1]
    with pytest.raises(SliceError) as err:
        slice(trimesh_cylinder(), "prusa-mk4", seam="front")
    assert err.value.key == "slicing.bad_seam"


def trimesh_cylinder():
    return trimesh.creation.cylinder(radius=10, height=4, sections=64)


def test_the_lines_in_the_letters_notches_are_printed_on_the_inner_walls_way_round(mm_models):
    r = slice(mm_models["cube"], "prusa-mk4", walls=2, top_layers=4, bottom_layers=4,
              infill_percent=20, infill_pattern="grid", adhesion="skirt")  # fmt: skip
    tp = r.toolpath
    inner = tp.is_extruding & (tp.feature == FEATURE_CODES["wall_inner"])
    # runs of inner-wall moves between travels; the short ones are the notches' tip lines
    begin = np.flatnonzero(inner & ~np.r_[False, inner[:-1]])
    end = np.flatnonzero(inner & ~np.r_[inner[1:], False])
    length = np.add.reduceat(np.where(inner, tp.lengths_mm, 0.0), begin)
    # (above the first layer: its own spacing leaves wider gaps between the loops)
    tips = np.flatnonzero((length < 2.0) & (tp.layer[begin] > 0))
    assert len(tips) > 20  # the letters X, Y, Z engraved on the sides, top and bottom
    # the travel to each tip line and the one back leave from the loop right beside it
    for k in tips:
        before, after = begin[k] - 1, end[k] + 1
        assert not tp.is_extruding[before] and tp.lengths_mm[before] < 1.0
        assert not tp.is_extruding[after] and tp.lengths_mm[after] < 1.0
    report = travel_report(tp, r.mesh)
    # 4,442 mm when the tips were visited one by one after the loop (PrusaSlicer 2.5: 4,143)
    assert report.travel_mm < 4143 and report.unretracted_leaving == 0
