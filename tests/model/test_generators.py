"""Workshop objects: name tag, coaster, pencil holder."""

from __future__ import annotations

import numpy as np
import pytest

from makerkit.errors import MakerkitError
from makerkit.model import check, coaster, nametag, pencil_holder

NAMES = ["Camille", "Hélène-Françoise", "Zoé", "Œdipe", "Jean-Luc d'Arc", "Ælfric", "R2-D2", "Li"]


@pytest.mark.parametrize("name", NAMES)
def test_nametags_print_clean(name):
    tag = nametag(name)
    assert tag.is_closed
    assert tag.size_mm[2] == pytest.approx(3.6)
    report = check(tag)
    assert report.ok and report.problems == [], report.summary()
    assert len(tag.parts) == 1


def test_nametag_has_a_ring_hole():
    tag = nametag("Camille")
    mesh = tag.to_trimesh()
    assert mesh.euler_number <= 0  # at least one hole through it
    x, y, z = tag.size_mm
    assert tag.volume_mm3 < x * y * z


def test_nametag_with_braille_in_both_languages():
    fr = nametag("Zoé", braille=True, lang="fr")
    en = nametag("Zoé", braille=True, lang="en")
    plain = nametag("Zoé")
    assert fr.size_mm[1] > plain.size_mm[1] + 8
    assert en.size_mm[0] > fr.size_mm[0], "English marks the accent with two more cells"
    assert check(fr).ok and check(en).ok
    assert "⠨" in fr.about and "⠠" in en.about


def test_nametag_alt_text_in_both_languages(lang):
    about = nametag("Camille").about
    assert "Camille" in about and "mm" in about
    assert ("porte-nom" in about) == (lang == "fr")


def test_nametag_fits_the_printer_or_says_so(lang):
    long_name = "Anne-Marie-Françoise-Éléonore"
    tag = nametag(long_name, printer="prusa-mini")  # bed 180 × 180
    assert tag.size_mm[0] <= 170
    with pytest.raises(MakerkitError):
        nametag("x" * 60)
    with pytest.raises(MakerkitError):
        nametag("   ")
    with pytest.raises(MakerkitError):
        nametag("Camille", printer="unknown-printer")


def test_coaster_and_pencil_holder():
    plain = coaster()
    assert plain.size_mm == pytest.approx((90, 90, 4.6))
    named = coaster("Thé")
    assert named.volume_mm3 > plain.volume_mm3
    hexagon = pencil_holder()
    assert hexagon.size_mm[2] == pytest.approx(90)
    assert hexagon.volume_mm3 < 0.3 * hexagon.size_mm[0] * hexagon.size_mm[1] * 90
    for solid in (plain, named, hexagon, pencil_holder(sides=0, twist_deg=40)):
        assert solid.is_closed
        assert check(solid).ok, check(solid).summary()
    with pytest.raises(MakerkitError):
        coaster(diameter_mm=10)
    with pytest.raises(MakerkitError):
        pencil_holder(wall_mm=30)


@pytest.mark.parametrize(
    "name, braille", [("Hélène-Françoise", False), ("Hélène-Françoise", True), ("Œdipe", True)]
)
def test_tag_built_directly_equals_the_union(monkeypatch, name, braille):
    from makerkit.model import relief
    from makerkit.model.generators import _build_nametag

    def no_fallback(*args, **kwargs):
        raise AssertionError("the direct surface did not close")

    _build_nametag.cache_clear()
    monkeypatch.setattr(relief, "_joined", no_fallback)
    direct = nametag(name, braille=braille, lang="fr")
    monkeypatch.undo()
    _build_nametag.cache_clear()
    manifold = direct._manifold
    assert manifold.status().name == "NoError" and len(direct.parts) == 1
    # the same tag by the 3D union, from the same outlines
    import manifold3d

    plate = manifold3d.CrossSection.square((30, 10), center=True)
    disc = manifold3d.CrossSection.circle(3, 32)
    domes = relief.Domes(np.array([[-10.0, 0.0], [10.0, 0.0]]), 1.6, 0.8)
    quick = relief.raised_on_plate(plate, disc, 2.0, 1.0, domes)
    slow = relief._joined(plate, disc, 2.0, 1.0, domes)
    assert quick.volume() == pytest.approx(slow.volume(), rel=2e-3)
    assert quick.genus() == slow.genus() == 0
