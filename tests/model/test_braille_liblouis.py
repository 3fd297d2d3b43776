"""Braille checked against liblouis, the reference braille translator (Debian's liblouis-bin).

makerkit writes its own cells from its tables (no liblouis at run time); here every word of
a list built for the purpose (French and English names with accents, capitals, words and
passages in capitals, numbers, letters after numbers, decimal points, ligatures, ñ) must
give the same cells as liblouis's French uncontracted table (fr-bfu-comp6.utb, the 2008
unified code) and its UEB grade 1 table (en-ueb-g1.ctb).
"""

from __future__ import annotations

import shutil
import subprocess

import pytest

from makerkit.errors import MakerkitError
from makerkit.model.braille import braille_unicode

WORDS = [
    "Zoé", "Léa", "Noël", "Chloë", "Maëlys", "Gaëtan", "Anaïs", "Loïc", "Raphaël", "Françoise",
    "Hélène-Françoise", "Jérôme", "Bérénice", "Œdipe", "cœur", "Ève", "Inès", "Agnès",
    "Stéphane", "Niño", "España", "cæsar", "Æsop", "ZOE", "LÉA", "HELLO WORLD",
    "Hello WORLD now", "THE BIG DOG SAT", "WE ARE HERE today", "Léa 12", "12ab", "a1b",
    "2024", "1.5", "3,5", "x-y", "l'école", "C'est ça!", "Où?", "naïve", "über", "façade",
    "Zürich", "Mañana", "Camille", "Jean-Luc", "Pâques", "forêt", "île", "Côte", "août",
    "Noé 3b", "7j", "10 km", "Zoé, 8 ans.", "R2-D2", "JEAN-LUC", "ABC1DEF", "ZOÉ!", "L'ÉCOLE",
    "OK", "A B C", "ABC DEF GHI jkl", "X2",
]  # fmt: skip
TABLES = {"fr": "fr-bfu-comp6.utb", "en": "en-ueb-g1.ctb"}

pytestmark = pytest.mark.skipif(
    shutil.which("lou_translate") is None,
    reason="liblouis-bin (lou_translate) is not installed: scripts/install-system.sh installs it",
)


def _liblouis(words: list[str], table: str) -> list[str]:
    found = subprocess.run(
        ["lou_translate", "--forward", f"unicode.dis,{table}"],
        input="\n".join(words) + "\n",
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout.split("\n")
    return [line.replace("\u2800", " ").rstrip() for line in found[: len(words)]]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_word_as_liblouis_writes_it(lang):
    expected = _liblouis(WORDS, TABLES[lang])
    ours = [braille_unicode(w, lang).replace("\u2800", " ").rstrip() for w in WORDS]
    wrong = [(w, o, e) for w, o, e in zip(WORDS, ours, expected, strict=True) if o != e]
    assert wrong == []


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_letter_not_in_the_table_is_named(lang):
    with pytest.raises(MakerkitError) as caught:
        braille_unicode("Łódź", lang)
    assert caught.value.key == "model.braille_unknown" and "Ł" in str(caught.value)
