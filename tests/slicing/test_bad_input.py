"""A beginner's mistakes give a clear MakerkitError in French and English, never a traceback."""

from __future__ import annotations

import numpy as np
import pytest
import trimesh
from slicing_helpers import box

from makerkit.errors import GcodeError, MakerkitError, PrinterError, SliceError
from makerkit.gcode.toolpath import Toolpath
from makerkit.gcode.writer import write_gcode
from makerkit.slicing import slice


def test_open_mesh_with_small_holes_is_repaired():
    mesh = box(20, 20, 10)
    mesh.update_faces(np.arange(len(mesh.faces)) != 0)  # knock one triangle out
    assert not mesh.is_watertight
    result = slice(mesh, "prusa-mk4")
    assert "slicing.repaired" in result.notes
    assert result.layers[20].area_mm2 == pytest.approx(400, rel=0.01)


def test_shared_open_teapot_is_sliced_with_a_note(models):
    result = slice(models / "teapot.stl", "prusa-mk4")
    assert set(result.notes) & {"slicing.repaired", "slicing.open_tolerated"}
    assert len(result.layers) > 100


def test_a_surface_with_no_inside_is_refused(lang):
    sheet = trimesh.creation.box((20, 20, 10))
    sheet.update_faces(sheet.face_normals[:, 2] < 0.5)  # a box without its lid: a cup of faces
    sheet.update_faces(np.arange(len(sheet.faces)) < 4)  # only two walls: a folded sheet
    with pytest.raises(SliceError) as err:
        slice(sheet, "prusa-mk4")
    assert err.value.key == "slicing.open_mesh"
    assert ("repair" in str(err.value).lower()) or ("réparez" in str(err.value).lower())


def test_empty_model(lang):
    with pytest.raises(SliceError) as err:
        slice(trimesh.Trimesh(), "prusa-mk4")
    assert err.value.key == "slicing.empty"
    assert str(err.value) != "slicing.empty"


def test_flat_model(lang):
    flat = trimesh.Trimesh(
        vertices=[[0, 0, 0], [20, 0, 0], [20, 20, 0], [0, 20, 0]], faces=[[0, 1, 2], [0, 2, 3]]
    )
    with pytest.raises(SliceError) as err:
        slice(flat, "prusa-mk4")
    assert err.value.key == "slicing.flat"


def test_bigger_than_the_bed(models, lang):
    with pytest.raises(SliceError) as err:
        slice(models / "plate_holes.stl", "prusa-mini")
    assert err.value.key == "slicing.too_big"
    assert "180" in str(err.value)


def test_turned_to_fit():
    result = slice(box(200, 100, 5), "prusa-mk4", adhesion="none")  # 250 × 210: fits as is
    assert result.notes == []
    turned = slice(box(100, 215, 5), "prusa-mk4", adhesion="none")
    assert "slicing.turned" in turned.notes


@pytest.mark.parametrize(
    ("name", "scale"), [("torus.stl", "25.4"), ("octagonal_pocket.stl", "1000")]
)
def test_wrong_units_say_which_scale(models, name, scale, lang):
    with pytest.raises(SliceError) as err:
        slice(models / name, "prusa-mk4")
    assert err.value.key == "slicing.wrong_units"
    assert scale in str(err.value).replace(",", ".")


def test_tiny_mesh_in_code_says_which_scale(lang):
    with pytest.raises(SliceError) as err:
        slice(box(2, 1, 1), "prusa-mk4")
    assert err.value.key == "slicing.too_small" and "25" in str(err.value)


@pytest.mark.parametrize(
    ("overrides", "key"),
    [
        ({"layer_height_mm": 0.35}, "slicing.layer_too_thick"),
        ({"layer_height_mm": 0}, "slicing.layer_height_not_positive"),
        ({"infill_percent": 120}, "slicing.bad_infill"),
        ({"infill_percent": -5}, "slicing.bad_infill"),
        ({"walls": -1}, "slicing.bad_count"),
        ({"top_layers": 2.5}, "slicing.bad_count"),
        ({"infill_pattern": "honeycomb"}, "slicing.bad_pattern"),
        ({"adhesion": "raft"}, "slicing.bad_adhesion"),
        ({"colour": "red"}, "slicing.unknown_setting"),
        ({"top_layers": 100000}, "slicing.too_many"),
        ({"walls": 500}, "slicing.too_many"),
        ({"brim_width_mm": float("inf")}, "slicing.too_many"),
    ],
)
def test_absurd_settings(overrides, key, lang):
    with pytest.raises(SliceError) as err:
        slice(box(10, 10, 10), "prusa-mk4", **overrides)
    assert err.value.key == key
    assert "{" not in str(err.value) and key not in str(err.value)


def test_layer_height_limit_names_the_limit(lang):
    with pytest.raises(SliceError) as err:
        slice(box(10, 10, 10), "prusa-mk4", layer_height_mm=0.4)
    assert "0.32" in str(err.value) or "0,32" in str(err.value)


def test_unknown_printer_and_material_name_the_valid_ones(lang):
    with pytest.raises(PrinterError) as err:
        slice(box(10, 10, 10), "prusa-xl")
    assert "creality-ender3-v2" in str(err.value)
    with pytest.raises(PrinterError) as err:
        slice(box(10, 10, 10), "prusa-mk4", "abs")
    assert "pla" in str(err.value) and "petg" in str(err.value)


def test_missing_file(tmp_path, lang):
    with pytest.raises(MakerkitError):
        slice(tmp_path / "nothing.stl", "prusa-mk4")


def test_writer_refuses_moves_outside_the_area(lang):
    tp = Toolpath.from_moves([(10, 10, 0.2, 0, 50, "travel"), (300, 10, 0.2, 2, 30, "drawing")])
    with pytest.raises(GcodeError) as err:
        write_gcode(tp, "prusa-mk4")
    assert err.value.key == "writer.out_of_area" and "300" in str(err.value)
    below = Toolpath.from_moves([(10, -5, 0.2, 1, 30, "drawing")], start=(10, 10, 0.2))
    with pytest.raises(GcodeError):
        write_gcode(below, "prusa-mk4")  # Y = -5 is past the purge-line margin (-4)
    purge = Toolpath.from_moves([(10, -4, 0.2, 1, 30, "drawing")], start=(10, 10, 0.2))
    assert "Y-4" in write_gcode(purge, "prusa-mk4")


def test_writer_refuses_temperatures_over_the_limits(lang):
    tp = Toolpath.from_moves([(10, 10, 0.2, 1, 30, "drawing")], start=(20, 20, 0.2))
    tp.meta["temperature_c"] = 300
    with pytest.raises(GcodeError) as err:
        write_gcode(tp, "creality-ender3-v2")
    assert err.value.key == "writer.hotend_too_hot"
    tp.meta["temperature_c"] = 250  # the printer could, PLA should not
    with pytest.raises(GcodeError) as err:
        write_gcode(tp, "prusa-mk4", "pla")
    assert err.value.key == "writer.temperature_range"
    tp.meta["temperature_c"] = 210
    tp.meta["bed_temperature_c"] = 130
    with pytest.raises(GcodeError) as err:
        write_gcode(tp, "prusa-mk4", "pla")
    assert err.value.key == "writer.bed_too_hot"


def test_parts_thinner_than_a_line_are_reported(lang):
    tube = trimesh.creation.annulus(r_min=2.4, r_max=2.6, height=20)  # 0.2 mm wall
    block = box(10, 10, 5)
    block.apply_translation((20, 0, -7.5))
    result = slice(trimesh.util.concatenate([tube, block]), "prusa-mk4")
    assert "slicing.too_thin" in result.notes
    from makerkit.i18n import t

    assert "0.3 mm" in t("slicing.too_thin") or "0,3 mm" in t("slicing.too_thin")


def test_nothing_printable_is_refused_naming_the_thin_parts(lang):
    tube = trimesh.creation.annulus(r_min=2.4, r_max=2.6, height=20)  # 0.2 mm wall
    with pytest.raises(SliceError) as err:
        slice(tube, "prusa-mk4")
    assert err.value.key == "slicing.nothing_printable"
    text = str(err.value)
    assert ("0.2 mm" in text or "0,2 mm" in text) and ("part 1" in text or "partie 1" in text)


def test_nothing_printable_exits_2_and_writes_no_file(cli, tmp_path):
    stl = tmp_path / "tube.stl"
    trimesh.creation.annulus(r_min=2.4, r_max=2.6, height=20).export(stl)
    out = tmp_path / "tube.gcode"
    res = cli("--lang", "fr", "slice", stl, "-o", out)
    assert res.status == 2 and "Traceback" not in res.err and "Rien" in res.err
    assert not out.exists()
