"""Every slicing feature, checked on the toolpath it produces."""

from __future__ import annotations

import math

import numpy as np
import pytest
import shapely
from slicing_helpers import box, t_shape

from makerkit.gcode.toolpath import FEATURE_CODES
from makerkit.slicing import slice


def moves(tp, feature, layer=None):
    mask = (tp.feature == FEATURE_CODES[feature]) & tp.is_extruding
    if layer is not None:
        mask &= tp.layer == layer
    return tp.select(mask), mask


def test_cube_at_full_infill_extrudes_its_volume():
    result = slice(box(20, 20, 20), "prusa-mk4", infill_percent=100, adhesion="none")
    area = math.pi * (result.material.diameter_mm / 2) ** 2
    volume = result.filament_mm * area
    assert volume == pytest.approx(8000, rel=0.05)


@pytest.mark.parametrize("walls", [1, 2, 4])
def test_walls_are_loops_one_line_apart(walls):
    result = slice(box(20, 20, 6), "prusa-mk3s", walls=walls, adhesion="none")
    layer = result.layers[10]
    assert sum(not w.is_empty for w in layer.walls) == walls
    outer, _ = moves(result.toolpath, "wall_outer", 10)
    inner, _ = moves(result.toolpath, "wall_inner", 10)
    # the outer wall's centre is half a line inside the part's edge (10 mm from the middle):
    # half of 0.407 mm, the width of a flat line holding the same plastic as a 0.45 mm line
    cx, cy = result.mesh.bounds.mean(axis=0)[:2]
    assert np.abs(outer.x - cx).max() == pytest.approx(10 - 0.407 / 2, abs=0.01)
    if walls > 1:
        assert np.abs(inner.x - cx).max() == pytest.approx(10 - 1.5 * 0.407, abs=0.01)
    else:
        assert len(inner) == 0


def test_top_and_bottom_skins_and_sparse_inside():
    result = slice(box(20, 20, 10), "prusa-mk4", top_layers=4, bottom_layers=3, adhesion="none")
    n = len(result.layers)
    with_skin = [k for k, layer in enumerate(result.layers) if not layer.skin.is_empty]
    assert with_skin == [0, 1, 2] + list(range(n - 4, n))
    middle = result.layers[n // 2]
    assert middle.skin.is_empty and middle.infill.area > 200
    skin, _ = moves(result.toolpath, "skin", 0)
    infill, _ = moves(result.toolpath, "infill", 0)
    assert len(skin) > 20 and len(infill) == 0


def _directions(result, layer):
    tp = result.toolpath
    _, mask = moves(tp, "infill", layer)
    mask &= tp.lengths_mm > 12  # the lines, not the short joins along the walls
    delta = tp.ends[mask] - tp.starts[mask]  # starts of the whole path, not of the selection
    d = np.degrees(np.arctan2(delta[:, 1], delta[:, 0]))
    return set(np.round(d % 180).astype(int).tolist()) - {180}


@pytest.mark.parametrize(
    "pattern,even,odd",
    [
        ("lines", {45}, {135}),
        ("grid", {45, 135}, {45, 135}),
        ("triangles", {0, 60, 120}, {0, 60, 120}),
    ],
)
def test_infill_patterns(pattern, even, odd):
    result = slice(box(30, 30, 8), "prusa-mk4", infill_pattern=pattern, infill_percent=20)
    assert _directions(result, 10) == even
    assert _directions(result, 11) == odd


def test_fill_lines_are_joined_into_zig_zags():
    tp = slice(box(30, 30, 8), "prusa-mk4", infill_percent=20, adhesion="none").toolpath
    layer = tp.layer == 12
    infill = tp.is_extruding & (tp.feature == FEATURE_CODES["infill"]) & layer
    skin_layer = tp.layer == 1
    travels = (~tp.is_extruding) & (tp.lengths_mm > 0)
    # a few travels a layer (to the next kind of line), not one per line
    assert infill.sum() > 20 and (travels & layer).sum() <= 6
    assert (tp.is_extruding & (tp.feature == FEATURE_CODES["skin"]) & skin_layer).sum() > 50


def test_every_pattern_uses_about_the_same_plastic_for_a_density():
    used = {}
    for pattern in ("lines", "grid", "triangles"):
        tp = slice(box(30, 30, 8), "prusa-mk4", infill_pattern=pattern).toolpath
        _, mask = moves(tp, "infill")
        used[pattern] = tp.e[mask].sum()
    assert max(used.values()) / min(used.values()) < 1.2


def test_more_infill_more_plastic():
    def infill_e(pct):
        tp = slice(box(30, 30, 8), "prusa-mk4", infill_percent=pct).toolpath
        return tp.e[moves(tp, "infill")[1]].sum()

    assert infill_e(40) == pytest.approx(2 * infill_e(20), rel=0.15)
    assert infill_e(0) == 0


def test_skirt_around_the_first_layer_only():
    result = slice(box(20, 20, 5), "prusa-mini", adhesion="skirt", skirt_distance_mm=4)
    skirt, _ = moves(result.toolpath, "skirt")
    assert set(skirt.layer.tolist()) == {0}
    part = result.islands[0]
    gap = shapely.distance(shapely.points(skirt.x, skirt.y), part)
    assert gap.min() == pytest.approx(4, abs=0.1)
    none = slice(box(20, 20, 5), "prusa-mini", adhesion="none")
    assert len(moves(none.toolpath, "skirt")[0]) == 0


def test_brim_touches_the_part_and_is_as_wide_as_asked():
    result = slice(box(20, 20, 5), "prusa-mini", adhesion="brim", brim_width_mm=5)
    brim, _ = moves(result.toolpath, "skirt")
    part = result.islands[0]
    gap = shapely.distance(shapely.points(brim.x, brim.y), part)
    assert gap.min() < 0.3  # the first brim line touches the part
    assert gap.max() == pytest.approx(5, abs=0.6)


def test_supports_under_overhangs_only():
    t = slice(t_shape(), "prusa-mk4", supports=True)
    sup, _ = moves(t.toolpath, "support")
    assert len(sup) > 50
    # supports stand under the arms of the T, never inside the post
    post = shapely.box(*(t.mesh.bounds.mean(axis=0)[:2] - 3), *(t.mesh.bounds.mean(axis=0)[:2] + 3))
    assert shapely.distance(shapely.points(sup.x, sup.y), post).min() > 0.3
    assert sup.z.max() < 10.0  # below the bar, with an air gap
    cube = slice(box(20, 20, 10), "prusa-mk4", supports=True)
    assert len(moves(cube.toolpath, "support")[0]) == 0


def test_vase_is_one_wall_rising_in_a_spiral():
    vase = trimesh_cylinder()
    result = slice(vase, "prusa-mk4", vase=True, bottom_layers=3)
    tp = result.toolpath
    assert len(moves(tp, "wall_inner")[0]) == 0 and len(moves(tp, "infill")[0]) == 0
    outer, mask = moves(tp, "wall_outer")
    spiral = outer.select(outer.layer >= 3)
    assert np.all(np.diff(spiral.z) >= -1e-9)  # z never goes down
    assert len(np.unique(np.round(spiral.z, 4))) > 10 * len(np.unique(spiral.layer)) // 2
    assert (tp.e[tp.layer >= 3] < 0).sum() == 0  # no retraction while spiralling


def trimesh_cylinder():
    import trimesh

    return trimesh.creation.cylinder(radius=15, height=20, sections=64)


def test_retraction_on_long_travels():
    two = box(10, 10, 4)
    other = box(10, 10, 4)
    other.apply_translation((40, 0, 0))
    import trimesh

    model = trimesh.util.concatenate([two, other])
    tp = slice(model, "prusa-mk3s", adhesion="none").toolpath
    retractions = tp.e[(tp.e < 0)]
    assert len(retractions) > 20 and np.allclose(retractions, -0.8)  # the MK3S profile's length
    off = slice(model, "prusa-mk3s", adhesion="none", retraction=False).toolpath
    assert (off.e < 0).sum() == 0
    tpu = slice(model, "prusa-mk3s", "tpu", adhesion="none").toolpath
    assert (tpu.e < 0).sum() == 0  # flexible filament: no retraction


def test_seam_at_the_rear():
    result = slice(trimesh_cylinder(), "prusa-mk4", adhesion="none")
    tp = result.toolpath
    outer_mask = (tp.feature == FEATURE_CODES["wall_outer"]) & tp.is_extruding
    first_rows = np.flatnonzero(outer_mask & ~np.r_[False, outer_mask[:-1]])
    seam_y = tp.starts[first_rows, 1]
    assert seam_y.min() > result.mesh.bounds[1][1] - 1.0  # every loop starts at the back
    rnd = slice(trimesh_cylinder(), "prusa-mk4", adhesion="none", seam="random").toolpath
    m = (rnd.feature == FEATURE_CODES["wall_outer"]) & rnd.is_extruding
    rows = np.flatnonzero(m & ~np.r_[False, m[:-1]])
    assert np.ptp(rnd.starts[rows, 1]) > 10


def test_cooling_slows_small_layers_and_turns_the_fan_on_after_the_first():
    small = slice(box(8, 8, 6), "prusa-mk4", adhesion="none")
    big = slice(box(8, 8, 6), "prusa-mk4", adhesion="none", cooling=False)
    layer = 10
    s_small = small.toolpath.speed_mm_s[
        small.toolpath.is_extruding & (small.toolpath.layer == layer)
    ]
    s_big = big.toolpath.speed_mm_s[big.toolpath.is_extruding & (big.toolpath.layer == layer)]
    assert s_small.max() < s_big.max()
    assert s_small.min() >= 15 - 1e-9  # not slower than the PLA profile's minimum
    fan = small.toolpath.meta["fan_percent_by_layer"]
    assert fan[0] == 0 and fan[5] == 100
    text = small.gcode
    assert text.index("M106") > text.index(";LAYER:1\n")


def test_first_layer_is_slower_hotter_and_wider():
    result = slice(box(30, 30, 3), "prusa-mk4", adhesion="none")
    tp = result.toolpath
    first = tp.is_extruding & (tp.layer == 0)
    later = tp.is_extruding & (tp.layer == 5)
    assert tp.speed_mm_s[first].max() <= 20 + 1e-9
    assert tp.speed_mm_s[later].max() > 20
    text = result.gcode
    assert "M104 S215" in text and "M104 S210" in text  # PLA: 215 °C first, then 210 °C
    assert text.index("M104 S210") > text.index(";LAYER:1\n")


def test_layers_can_be_inspected():
    result = slice(box(20, 10, 4), "prusa-mini")
    layer = result.layers[3]
    assert layer.index == 3 and layer.z_mm == pytest.approx(0.8)
    assert layer.area_mm2 == pytest.approx(200, rel=0.01)
    assert layer.island_count == 1
    assert "Layer 3" in repr(layer)
