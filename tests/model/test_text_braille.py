"""Letters with every French accent, and braille from the published tables."""

from __future__ import annotations

import pytest

from makerkit.errors import MakerkitError
from makerkit.model import braille, text
from makerkit.model.braille import braille_cells, braille_unicode, dot_sizes
from makerkit.model.lettering import text_outline

ACCENTS = "é è ê ë à â ç ô ö ù û ü ï î œ æ É È Ê À Ç Ô Œ Æ"


def test_every_french_letter_is_drawn():
    for letter in ACCENTS.split():
        solid = text(letter, size_mm=10, height_mm=1)
        assert solid.is_closed and solid.volume_mm3 > 5, letter
    accented = text("é", 10, 1)
    plain = text("e", 10, 1)
    assert accented.size_mm[1] > plain.size_mm[1], "the accent is there"
    assert len(accented.parts) == 2


@pytest.mark.parametrize("letter", ["o", "e", "a", "R", "O", "A", "8"])
def test_holes_of_letters_stay_holes(letter):
    outline = text_outline(letter, 10)
    assert outline.num_contour() >= 2
    filled = text_outline(letter, 10).hull().area()
    assert outline.area() < 0.9 * filled
    solid = text(letter, 10, 1)
    mesh = solid.to_trimesh()
    assert mesh.euler_number <= 0, "a hole all through: genus 1 or more"


def test_hyphens_apostrophes_and_spaces():
    word = text("Jean-Marie d’Aubigné l'ami", 8, 1)
    assert word.is_closed and word.size_mm[0] > 100
    assert text("a b", 10, 1).size_mm[0] > text("ab", 10, 1).size_mm[0]


def test_bad_text_in_both_languages(lang):
    for bad in ["", "   ", "two\nlines", "kanji 漢"]:
        with pytest.raises(MakerkitError) as caught:
            text(bad)
        assert not str(caught.value).startswith("model.")


def test_braille_tables():
    assert braille_cells("abc", "fr") == ["1", "12", "14"]
    assert braille_cells("é", "fr") == ["123456"]
    assert braille_cells("œ ç", "fr") == ["246", "", "12346"]
    assert braille_cells("Zoé", "fr") == ["46", "1356", "135", "123456"]
    assert braille_cells("Zoé", "en") == ["6", "1356", "135", "45", "34", "15"]
    assert braille_cells("R2-D2", "fr") == ["46", "1235", "6", "126", "36", "46", "145", "6", "126"]
    assert braille_cells("ZOE", "fr") == ["46", "46", "1356", "135", "15"]  # a word in capitals
    assert braille_cells("42", "en") == ["3456", "145", "12"]
    assert braille_unicode("braille", "en") == "⠃⠗⠁⠊⠇⠇⠑"


def test_braille_errors_say_why_in_both_languages(lang):
    for args in (("ab$", "fr"), ("Łódź", "fr"), ("ab", "de")):
        with pytest.raises(MakerkitError) as caught:
            braille_cells(*args)
        assert args[1] in str(caught.value)
        assert caught.value.message("fr") != caught.value.message("en")
    with pytest.raises(MakerkitError) as caught:
        from makerkit.model import nametag

        nametag("Łukasz", braille=True, lang="fr")
    assert "Ł" in str(caught.value)


def test_braille_dots_follow_the_signage_standard():
    sizes = dot_sizes()
    assert "703.3" in sizes["source"]
    assert 1.5 <= sizes["dot_base_diameter_mm"] <= 1.6
    assert 0.6 <= sizes["dot_height_mm"] <= 0.9
    assert 2.3 <= sizes["dot_spacing_mm"] <= 2.5
    assert 6.1 <= sizes["cell_spacing_mm"] <= 7.6
    dots = braille("a", "en")  # one dot
    assert dots.size_mm == pytest.approx((1.6, 1.6, 0.8), abs=0.02)
    word = braille("bl", "en")  # 2 + 3 dots, two cells
    assert len(word.parts) == 5
    # b (dots 1 2) then l (dots 1 2 3): from the first dot to the last cell's right edge
    assert word.size_mm[0] == pytest.approx(sizes["cell_spacing_mm"] + 1.6, abs=0.05)
    assert word.size_mm[1] == pytest.approx(2 * sizes["dot_spacing_mm"] + 1.6, abs=0.05)
