"""The public test models: wrong units, an open teapot, a plate too big, clean models."""

from __future__ import annotations

import pytest

from makerkit.model import check, load

WRONG_UNITS = {
    # file: scales that are right (README: inches, metres or just "not mm")
    "cylinder.stl": {25.4, 10.0},
    "featuretype.stl": {25.4},
    "idler_riser.stl": {25.4},
    "octagonal_pocket.stl": {1000.0},
    "torus.stl": {25.4, 10.0},
    "unit_sphere.stl": {25.4, 10.0},
}


@pytest.mark.parametrize("name", sorted(WRONG_UNITS))
def test_wrong_units_are_found_with_the_right_scale(models, name, lang):
    report = check(models / name)
    assert report.codes[0] == "too_small"
    problem = report.problems[0]
    assert problem.values["scale"] in WRONG_UNITS[name]
    scale_text = f"{problem.values['scale']:g}"
    assert scale_text in problem.fix  # the code to type: solid.scale(25.4)
    scaled = load(models / name).scale(problem.values["scale"])
    assert "too_small" not in check(scaled).codes


def test_wrong_units_warn_when_loading(models):
    with pytest.warns(UserWarning, match="25.4"):
        load(models / "featuretype.stl")


def test_teapot_is_not_closed(models):
    report = check(models / "teapot.stl")
    assert "not_closed" in report.codes and not report.ok
    assert len(report.problems[report.codes.index("not_closed")].faces) > 0


@pytest.mark.parametrize("printer", ["prusa-mk4", "prusa-mk3s", "prusa-mini", "creality-ender3-v2"])
def test_plate_holes_is_too_big_for_the_beds(models, printer):
    report = check(models / "plate_holes.stl", printer=printer)
    assert "too_big" in report.codes and not report.ok


@pytest.mark.parametrize("name", ["20mm-xyz-cube.stl", "round.stl"])
def test_clean_models_pass(models, name):
    report = check(models / name)
    assert report.ok, report.summary()
    assert report.to_dict()["ok"] is True
