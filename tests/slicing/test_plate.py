"""Several objects on one plate: a list packed on the bed, several pieces, several solids."""

from __future__ import annotations

import numpy as np
import pytest
import shapely
import trimesh

from makerkit.errors import SliceError
from makerkit.gcode.toolpath import FEATURE_CODES
from makerkit.model import box, nametag
from makerkit.slicing import slice
from makerkit.slicing.measure import travel_report
from makerkit.slicing.plate import arrange


def footprint(p):
    return shapely.box(p.x_mm, p.y_mm, p.x_mm + p.width_mm, p.y_mm + p.depth_mm)


@pytest.fixture(scope="module")
def tags():
    names = ["Ana", "Léo", "Zoé"]
    return names, slice([nametag(n) for n in names], "prusa-mk4")


def test_a_list_is_packed_on_the_bed_apart_and_each_object_printed(tags):
    names, result = tags
    places = result.plate.placements
    assert [p.index for p in places] == [0, 1, 2]
    boxes = [footprint(p) for p in places]
    for i in range(3):
        for j in range(i + 1, 3):
            assert boxes[i].distance(boxes[j]) >= 5 - 1e-6  # the margin between objects
    bed = shapely.box(0, 0, *result.printer.bed_mm[:2])
    assert all(bed.contains(b) for b in boxes)
    tp = result.toolpath
    outer = tp.is_extruding & (tp.feature == FEATURE_CODES["wall_outer"]) & (tp.layer == 3)
    pts = shapely.points(tp.x[outer], tp.y[outer])
    for b in boxes:  # each tag's walls lie in its own footprint
        assert shapely.contains(b.buffer(0.01), pts).sum() > 50
    # one skirt around them all, and every travel from one tag to another retracted
    assert set(tp.layer[tp.feature == FEATURE_CODES["skirt"]].tolist()) == {0}
    assert travel_report(tp, result.mesh).unretracted_leaving == 0


def test_a_plate_is_one_print_of_as_much_plastic_as_its_objects(tags):
    names, result = tags
    alone = slice(nametag(names[0]), "prusa-mk4", adhesion="none").toolpath
    together = slice([nametag(names[0])] * 3, "prusa-mk4", adhesion="none").toolpath
    part = [FEATURE_CODES[f] for f in ("wall_outer", "wall_inner", "skin", "infill")]
    e1 = alone.e[alone.is_extruding & np.isin(alone.feature, part)].sum()
    e3 = together.e[together.is_extruding & np.isin(together.feature, part)].sum()
    assert e3 == pytest.approx(3 * e1, rel=0.01)


def test_a_solid_of_several_pieces_keeps_their_places():
    two = box(10, 10, 3) + box(10, 10, 3).move(x=30)
    result = slice(two, "prusa-mk4", adhesion="none")
    assert result.plate is None and result.layers[2].island_count == 2
    centres = [p.centroid.x for p in shapely.get_parts(result.islands[2])]
    assert abs(centres[1] - centres[0]) == pytest.approx(30, abs=0.05)


def test_a_text_stl_with_two_solids_slices_both(tmp_path):
    a = trimesh.creation.box((10, 10, 3))
    b = trimesh.creation.box((8, 8, 5))
    b.apply_translation((25, 0, 1))
    text = "".join(
        m.export(file_type="stl_ascii").replace("solid ", f"solid part{k}", 1).split("endsolid")[0]
        + f"endsolid part{k}\n"
        for k, m in enumerate((a, b))
    )
    path = tmp_path / "two.stl"
    path.write_text(text)
    result = slice(str(path), "prusa-mk4", adhesion="none")
    assert result.layers[2].island_count == 2 and result.layers[20].island_count == 1


def test_a_plate_too_full_names_the_objects_left_over():
    big = [box(80, 80, 2)] * 6
    with pytest.raises(SliceError) as err:
        arrange(big, "prusa-mini")
    assert err.value.key == "slicing.plate_too_full"
    assert "6" in str(err.value)
