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


def test_auto_says_what_it_did_and_why(tmp_path, lang):
    import warnings

    from makerkit.model import load

    dice_in_cm = box(16, 16, 16, rounded_mm=2).scale(0.1)  # saved in centimetres
    path = dice_in_cm.save(tmp_path / "dice.stl")
    with pytest.warns(UserWarning) as caught:
        dice = load(path, unit="auto")
    assert dice.size_mm == pytest.approx((16, 16, 16), abs=1e-3)
    said = str(caught[0].message)
    assert ("centimetres" in said or "centimètres" in said) and "16" in said
    assert "10" in said  # the scale applied
    plausible = box(30, 20, 10).save(tmp_path / "ok.stl")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a plausible millimetre model: no change, no note
        assert load(plausible, unit="auto").size_mm == (30.0, 20.0, 10.0)


def test_a_forced_unit_that_makes_the_model_absurd_says_so(tmp_path, lang):
    from makerkit.model import load

    path = box(90, 60, 20).save(tmp_path / "mm.stl")
    with pytest.warns(UserWarning) as caught:
        huge = load(path, unit="inch")
    assert huge.size_mm[0] == pytest.approx(2286)
    said = str(caught[0].message)
    assert "2286" in said and "unit='mm'" in said


def test_singular_and_plural_units_in_both_languages():
    from makerkit.i18n import language
    from makerkit.model.units import units_phrase

    assert units_phrase(1.6, "fr") == "1,6 unité" and units_phrase(2, "fr") == "2 unités"
    assert units_phrase(1, "en") == "1 unit" and units_phrase(1.6, "en") == "1.6 units"
    guess = guess_unit(box(1.6, 1.6, 1.6).move(x=0.05))
    from makerkit.i18n import t

    with language("fr"):
        assert "1,6 unité :" in t(guess.key, **guess.values)
    with language("en"):
        assert "1.6 units across" in t(guess.key, **guess.values)
