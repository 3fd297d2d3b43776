"""The printability report: each finding on a shape made to have it, and none on clean ones."""

from __future__ import annotations

import json

import numpy as np
import pytest

from makerkit.errors import PrinterError
from makerkit.model import (
    box,
    check,
    coaster,
    cylinder,
    nametag,
    pencil_holder,
    sphere,
    tube,
    wedge,
)
from makerkit.model.solid import Solid


@pytest.mark.parametrize(
    "solid",
    [
        box(20, 20, 10),
        cylinder(30, 5),
        wedge(30, 10, 20),
        nametag("Camille"),
        coaster(),
        pencil_holder(),
    ],
)
def test_clean_solids_pass(solid):
    report = check(solid)
    assert report.ok and report.problems == [], report.summary()


def test_too_big_suggests_a_turn_or_a_scale():
    turned = check(box(200, 240, 10), printer="prusa-mk4")  # bed 250 × 210
    assert turned.codes == ["too_big"] and turned.ok  # a warning: turning fixes it
    assert "rotate(z=90)" in turned.problems[0].fix
    report = check(box(300, 300, 10), printer="prusa-mini")
    assert report.codes == ["too_big"] and not report.ok
    scale = report.problems[0].values["scale"]
    assert check(box(300, 300, 10).scale(scale), printer="prusa-mini").ok


def test_thin_wall_uses_the_nozzle():
    report = check(tube(20, 20, 0.6))
    assert report.codes == ["thin_wall"]
    problem = report.problems[0]
    assert problem.values["width_mm"] == pytest.approx(0.9)
    assert problem.values["area_mm2"] > 1000
    assert check(tube(20, 20, 1.2)).ok and check(tube(20, 20, 1.2)).problems == []


def test_overhang_reports_its_area_and_faces():
    mushroom = cylinder(6, 10) + cylinder(30, 3).move(z=10)
    report = check(mushroom)
    assert report.codes == ["overhang"] and report.ok
    problem = report.problems[0]
    ring_area = np.pi * (15**2 - 3**2)
    assert problem.values["area_mm2"] == pytest.approx(ring_area, rel=0.03)
    vertices, faces = mushroom.triangles()
    assert np.allclose(vertices[faces[problem.faces]][:, :, 2], 10)
    assert "overhang" in check(sphere(20)).codes


def test_floating_and_tiny_parts():
    report = check(box(20, 20, 5) + box(5, 5, 5).move(x=30, z=10) + box(0.5, 0.5, 0.5).move(x=-20))
    assert "floating_part" in report.codes and "tiny_feature" in report.codes
    floating = report.problems[report.codes.index("floating_part")]
    assert floating.values["parts"] == 1 and len(floating.faces) == 12


def test_empty_solid():
    report = check(box(10, 10, 10) - box(20, 20, 20))
    assert report.codes == ["empty"] and not report.ok


def test_open_solid_and_unknown_printer():
    import trimesh

    mesh = trimesh.creation.box((10, 10, 10))
    mesh.update_faces(np.arange(12) != 0)
    assert "not_closed" in check(Solid.from_trimesh(mesh)).codes
    with pytest.raises(PrinterError):
        check(box(), printer="my-printer")


def test_report_in_both_languages_and_as_json(lang):
    report = check(box(300, 300, 10), printer="prusa-mini")
    data = json.loads(json.dumps(report.to_dict()))
    assert set(data) >= {"ok", "problems", "size_mm", "volume_mm3", "faces"}
    problem = data["problems"][0]
    assert set(problem) >= {"code", "severity", "message", "fix", "faces"}
    assert "300" in problem["message"]
    other = "fr" if lang == "en" else "en"
    from makerkit.i18n import language

    with language(other):
        assert report.to_dict()["problems"][0]["message"] != problem["message"]
    assert report.summary().count("\n") >= 3
    assert "<li>" in report._repr_html_()


def test_report_picture_highlights_the_problem_faces():
    report = check(cylinder(6, 10) + cylinder(30, 3).move(z=10))
    picture = report.picture()
    assert picture.png.startswith(b"\x89PNG")
    count = len(report.problem_faces())
    assert str(count) in picture.alt
    import io

    from PIL import Image

    pixels = (
        np.asarray(Image.open(io.BytesIO(picture.png)).convert("RGB")).reshape(-1, 3).astype(int)
    )
    orange = (
        (np.abs(pixels[:, 0] - pixels[:, 1] * 230 / 159) < 25)
        & (pixels[:, 2] < 40)
        & (pixels[:, 0] > 90)
    )
    assert orange.sum() > 500  # seen from below, the overhang shows in orange


def test_narrow_flat_ceilings_are_bridged_not_overhangs():
    assert check(box(30, 20, 10) - box(6, 30, 5)).problems == []  # a 6 mm tunnel
    wide = check(box(40, 20, 10) - box(20, 30, 5))  # a 20 mm tunnel needs support
    assert wide.codes == ["overhang"]
    assert wide.problems[0].values["area_mm2"] == pytest.approx(20 * 20, rel=0.01)


def test_tiny_holes_close_up(lang):
    report = check(box(20, 20, 5) - cylinder(0.5, 5))
    assert report.codes == ["tiny_feature"] and report.ok
    problem = report.problems[0]
    assert problem.values["parts"] == 1 and len(problem.faces) > 0
    assert ("trou" in problem.message.lower()) == (lang == "fr")
    assert check(box(20, 20, 5) - cylinder(2, 5)).problems == []


def test_code_in_a_fix_keeps_its_decimal_point():
    from makerkit.i18n import language

    report = check(box(300, 300, 10), printer="prusa-mini")
    with language("fr"):
        fix = report.problems[0].fix
        assert "solid.scale(0." in fix and "×" in report.problems[0].message
