"""Unit sense: models drawn in inches, centimetres, metres or micrometres."""

from __future__ import annotations

import pytest

from makerkit.model import box, cylinder
from makerkit.model.units import guess_unit
from makerkit.model.words import number


@pytest.mark.parametrize(
    "solid, unit, scale",
    [
        (box(2, 1, 0.5), "inch", 25.4),  # 2 × 1 × 0.5 on a 1/16-inch grid
        (box(0.2, 0.15, 0.02), "m", 1000.0),
        (box(10_000, 3000, 2000), "micron", 0.001),
        (box(3000, 1500, 400), "tenth_mm", 0.1),
    ],
)
def test_guesses(solid, unit, scale):
    guess = guess_unit(solid)
    assert (guess.unit, guess.scale) == (unit, scale)
    assert max(guess.size_mm) == pytest.approx(max(solid.size_mm) * scale, rel=0.01)
    assert guess.key == f"model.units_{unit}"


def test_centimetres_when_off_the_inch_grid():
    odd = cylinder(3.3, 7.7)  # not on a 1/16-inch grid
    guess = guess_unit(odd)
    assert guess.unit in {"cm", "inch"}
    assert 10 <= max(guess.size_mm) <= 250


def test_plausible_sizes_are_left_alone():
    for solid in (box(10, 10, 10), box(200, 100, 3), box(1500, 10, 10)):
        assert guess_unit(solid) is None


def test_numbers_in_both_languages():
    from makerkit.i18n import language

    with language("fr"):
        assert number(4.5) == "4,5" and number(20.0) == "20"
    with language("en"):
        assert number(4.5) == "4.5" and number(0.125, 3) == "0.125"
