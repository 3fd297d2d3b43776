"""Thin walls: every part of a layer wider than about 0.3 mm gets plastic once."""

from __future__ import annotations

import numpy as np
import pytest
import shapely
import trimesh

from makerkit.gcode.toolpath import FEATURE_CODES
from makerkit.slicing import slice
from makerkit.slicing.measure import layer_quality
from makerkit.slicing.walls import centre_lines, plan_walls


def fins(widths, length=15.0, height=2.0):
    parts, x = [], 0.0
    for w in widths:
        b = trimesh.creation.box((w, length, height))
        b.apply_translation((x, 0, height / 2))
        parts.append(b)
        x += w + 4
    return trimesh.util.concatenate(parts)


@pytest.fixture(scope="module")
def fin_slice():
    return slice(
        fins([0.5, 0.8, 1.0, 1.25, 1.6, 2.0]),
        "prusa-mk4",
        adhesion="none",
        infill_percent=100,
        infill_pattern="lines",
    )


def test_fins_from_half_a_millimetre_to_two_are_solid(fin_slice):
    q = layer_quality(fin_slice.toolpath, fin_slice.mesh, layers=range(1, 10))
    assert len(q.layer) == 9  # the first layer is pulled in (elephant foot), see below
    assert np.all(np.abs(q.plastic_ratio - 1) < 0.03)  # the plastic the section needs
    assert q.covered.min() > 0.97  # no empty slot in the middle of a wall
    assert (q.double_mm2 / q.section_mm2).max() < 0.02  # no loop on top of itself


def test_each_fin_gets_its_own_volume(fin_slice):
    tp = fin_slice.toolpath
    ext = tp.is_extruding & (tp.layer == 5)
    x_mid = (tp.starts[:, 0] + tp.x) / 2
    fil = np.pi * 1.75**2 / 4
    centre = fin_slice.mesh.bounds[0][0] + 0.25  # of the first fin
    x = 0.0
    for w in [0.5, 0.8, 1.0, 1.25, 1.6, 2.0]:
        mine = ext & (np.abs(x_mid - centre - x) < w / 2 + 0.5)  # noqa: B023
        volume = tp.e[mine].sum() * fil
        assert volume == pytest.approx(w * 15 * 0.2, rel=0.04), w
        x += w + 4


def test_a_fin_thinner_than_two_lines_is_one_line_as_wide_as_the_fin():
    fin = np.array([shapely.box(0, 0, 20, 0.6)], dtype=object)
    plan = plan_walls(fin, count=2, spacing_mm=0.407)
    assert plan.loops[0][0].is_empty and not plan.thin[0].is_empty
    lines = centre_lines(plan.thin, min_width_mm=0.3, max_width_mm=1.0)
    assert len(np.unique(lines.line)) == 1
    assert lines.width_mm == pytest.approx(np.full(len(lines.width_mm), 0.6), abs=0.02)
    ys = lines.points[:, 1]
    assert ys == pytest.approx(np.full(len(ys), 0.3), abs=0.02)  # along the middle
    assert np.ptp(lines.points[:, 0]) == pytest.approx(20, abs=0.05)  # end to end


def test_a_wall_between_two_loops_gets_a_line_in_its_middle_gap():
    wall = np.array([shapely.box(0, 0, 20, 1.25)], dtype=object)
    plan = plan_walls(wall, count=2, spacing_mm=0.407)
    assert not plan.loops[0][0].is_empty and plan.loops[1][0].is_empty
    gap = centre_lines(plan.gaps, min_width_mm=0.1, max_width_mm=1.0)
    assert gap.width_mm.mean() == pytest.approx(1.25 - 2 * 0.407, abs=0.03)


@pytest.mark.parametrize("diameter", [0.8, 1.0, 1.5])
def test_a_braille_dot_is_filled(diameter):
    dot = np.array([shapely.Point(0, 0).buffer(diameter / 2, quad_segs=16)], dtype=object)
    plan = plan_walls(dot, count=2, spacing_mm=0.407)
    loops = sum(float(shapely.length(lp[0])) for lp in plan.loops) * 0.407
    laid = loops
    for area, lo in ((plan.thin, 0.3), (plan.gaps, 0.1)):
        cl = centre_lines(area, lo, 1.0)
        seg = np.r_[False, cl.line[1:] == cl.line[:-1]]
        length = np.r_[0, np.hypot(*np.diff(cl.points, axis=0).T)] * seg
        laid += float((length * np.r_[0, (cl.width_mm[1:] + cl.width_mm[:-1]) / 2]).sum())
    assert laid == pytest.approx(dot[0].area, rel=0.03)


def test_the_first_layer_is_pulled_in_by_the_profiles_elephant_foot():
    result = slice(fins([2.0, 5.0]), "prusa-mk4", adhesion="none", infill_percent=100)
    q = layer_quality(result.toolpath, result.mesh, layers=[0, 1])
    # 0.2 mm all round the 2 × 15 and 5 × 15 mm sections: 0.4 × (17 + 20) mm² less plastic
    lost = 0.4 * (17 + 20) / (7 * 15)
    assert q.plastic_ratio[0] == pytest.approx(1 - lost, abs=0.02)
    assert q.plastic_ratio[1] == pytest.approx(1, abs=0.02)


def test_text_prints_solid():
    from makerkit.model import text

    word = text("Bé", size_mm=8, height_mm=1.0).to_trimesh()
    result = slice(word, "prusa-mk4", adhesion="none", infill_percent=100, infill_pattern="lines")
    q = layer_quality(result.toolpath, result.mesh, layers=range(1, 5))  # above the first
    s = q.summary()
    assert abs(s["plastic"] - 1) < 0.03 and s["covered"] > 0.97, s
    tp = result.toolpath
    assert (tp.is_extruding & (tp.feature == FEATURE_CODES["wall_outer"])).any()
