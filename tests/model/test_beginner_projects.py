"""The six beginner projects of issue 13, from the public API: each comes out closed, fits
a printer, and does what the project is about (holes, walls, pips, a lid that fits)."""

from __future__ import annotations

import inspect

import pytest
from beginner_projects import PROJECTS
from beginner_projects import __dict__ as projects

from makerkit.model import check, rectangle


def _lines(function) -> int:
    body = inspect.getsource(function).split("\n")[1:]
    return sum(1 for line in body if line.strip() and not line.strip().startswith("#"))


@pytest.mark.parametrize("name", PROJECTS)
def test_each_project_builds_closed_and_printable(name):
    for kind in ("before", "after"):
        made = projects[f"{kind}_{name}"]()
        for part in made if isinstance(made, tuple) else (made,):
            assert part.is_closed, (kind, name)
            report = check(part)
            assert report.ok and "cavity" not in report.codes, (kind, name, report.codes)
            assert "floating_part" not in report.codes, (kind, name)


@pytest.mark.parametrize("name", PROJECTS)
def test_the_new_operations_make_each_project_no_longer(name):
    assert _lines(projects[f"after_{name}"]) <= _lines(projects[f"before_{name}"])


def test_pencil_holder_has_its_72_holes_through_the_wall():
    cup = projects["after_pencil_holder"]()
    assert "72" in cup.about or "73 openings" in cup.about


def test_cookie_cutter_wall_is_1_2_mm_all_round_not_thinner():
    after = projects["after_cookie_cutter"]()
    before = projects["before_cookie_cutter"]()
    assert "thin_wall" not in check(after).codes  # 1.2 mm: more than two 0.45 mm lines
    assert "thin_wall" in check(before).codes  # scaling made the wall 0.5–0.8 mm


def test_dice_has_21_pips_and_rounded_edges():
    from makerkit.model import box

    dice = projects["after_dice"]()
    pip = 4 / 3 * 3.14159 * 1.5**3 / 2  # half of a 3 mm ball
    lost = box(16, 16, 16, rounded_mm=1.5).volume_mm3 - dice.volume_mm3
    assert lost == pytest.approx(21 * pip, rel=0.1)


def test_house_lid_slides_into_the_box_with_clearance():
    walls, lid = projects["after_house_box"]()
    lip = lid & rectangle(100, 100).extrude(2.9)  # the part of the lid that goes inside
    assert lip.size_mm[:2] == pytest.approx((55.6, 35.6), abs=1e-3)
    put_on = lip.move(z=walls.size_mm[2] - 2.9)
    assert (walls & put_on).is_empty  # 0.2 mm all round: it slides in without touching
    assert walls.size_mm == (60.0, 40.0, 40.0) and "cavity" not in check(walls).codes
