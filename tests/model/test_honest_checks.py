"""Checks that tell the truth: hollows are hollows, dents are no narrow holes, tunnels are
counted by their openings. Each rule is tested on families of sizes, not single cases."""

from __future__ import annotations

import pytest

from makerkit.i18n import language
from makerkit.model import box, check, cylinder, sphere, tube


@pytest.mark.parametrize("outer", [12, 20, 35])
@pytest.mark.parametrize("share", [0.3, 0.6])
def test_a_closed_hollow_is_a_cavity_not_a_floating_part(outer, share):
    inner = outer * share
    hollow = box(outer, outer, outer) - box(inner, inner, inner).move(z=(outer - inner) / 2)
    report = check(hollow)
    assert "cavity" in report.codes and "floating_part" not in report.codes
    assert report.ok  # it prints, hollow
    assert [round(p.volume_mm3, 3) for p in hollow.parts] == [round(outer**3 - inner**3, 3)]
    assert "hollow" in hollow.about


def test_shell_without_opening_is_reported_hollow_and_with_opening_is_not():
    assert "cavity" in check(box(30, 30, 30).shell(2)).codes
    assert "cavity" not in check(box(30, 30, 30).shell(2, open_top=True)).codes


def test_a_dent_is_no_narrow_hole_whatever_its_size_and_depth():
    # A family dense enough that the check's slices fall near the tip of some dents (the
    # old rule flagged 12 of these, among them a 3 mm dent in a 16 mm box).
    import numpy as np

    flagged = []
    for box_mm in np.arange(14, 19.01, 0.5):
        for dent_mm in np.arange(3, 8.51, 0.5):
            for deeper_mm in (0.0, 0.5):
                dented = box(box_mm, box_mm, box_mm) - sphere(dent_mm).move(
                    z=box_mm - dent_mm / 2 - deeper_mm
                )
                if "tiny_feature" in check(dented).codes:
                    flagged.append((box_mm, dent_mm, deeper_mm))
    assert flagged == []


@pytest.mark.parametrize("plate_mm", [1.0, 3.0, 8.0])
@pytest.mark.parametrize("hole_mm", [0.3, 0.5, 0.7])
def test_narrow_holes_are_found(plate_mm, hole_mm):
    plate = box(20, 20, plate_mm) - cylinder(hole_mm, plate_mm + 2, segments=16).move(z=-1)
    report = check(plate)
    assert "tiny_feature" in report.codes
    found = next(p for p in report.problems if p.code == "tiny_feature")
    assert found.message_key == "model.problem_tiny_hole" and len(found.faces)


@pytest.mark.parametrize("plate_mm", [1.0, 3.0, 8.0])
@pytest.mark.parametrize("hole_mm", [1.2, 2.0, 4.0])
def test_holes_wide_enough_are_left_alone(plate_mm, hole_mm):
    plate = box(20, 20, plate_mm) - cylinder(hole_mm, plate_mm + 2).move(z=-1)
    assert "tiny_feature" not in check(plate).codes


def _tunnel(axis: str, z: float = 12.0):
    long = {"x": (40, 6, 6), "y": (6, 40, 6), "z": (6, 6, 40)}[axis]
    return box(*long).move(z=z if axis != "z" else -5)


def test_holes_through_are_counted_by_their_openings():
    cube = box(30, 30, 30)
    with language("en"):
        assert cube.about == "A solid of 30 × 30 × 30 mm."
        assert (cube - _tunnel("x")).about.endswith("It has a hole through it.")
        apart = cube - _tunnel("x", 5) - _tunnel("x", 20)
        assert apart.about.endswith("It has 2 holes through it.")
        crossing = cube - _tunnel("x") - _tunnel("y")
        assert crossing.about.endswith("It has holes through it that meet inside, with 4 openings.")
        three = crossing - _tunnel("z")
        assert three.about.endswith("with 6 openings.")
        assert tube(20, 20, 2).about.endswith("It has a hole through it.")
        cup = cylinder(30, 30) - cylinder(26, 30).move(z=2)
        assert "hole" not in cup.about
    with language("fr"):
        assert "4 ouvertures" in crossing.about
