"""Braille: raised dots a finger can read, in French or English grade 1.

The tables (which dots make each letter) and the dot size and spacing are data files
beside this module (``data/braille_*.toml``, ``data/braille_dots.toml``), each with its
published source.

>>> braille_cells("Léa", "fr")
['46', '123', '123456', '1']
>>> braille_unicode("Léa", "fr")
'⠨⠇⠿⠁'
>>> braille("Léa", "fr").size_mm[2]
0.8
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from pathlib import Path
from typing import Any

import manifold3d
import numpy as np

from makerkit.errors import ModelError
from makerkit.model.solid import Solid

__all__ = [
    "braille",
    "braille_cells",
    "braille_unicode",
    "dot_sizes",
    "braille_width_mm",
    "dot_centres_mm",
]

_DATA = Path(__file__).parent / "data"


@cache
def _table(lang: str) -> dict[str, Any]:
    path = _DATA / f"braille_{lang}.toml"
    if not path.exists():
        raise ModelError("model.braille_language", table=lang, valid="fr, en")
    with path.open("rb") as f:
        return tomllib.load(f)


@cache
def dot_sizes() -> dict[str, Any]:
    """Dot size and spacing in mm, and the standard they come from.

    >>> dot_sizes()["dot_base_diameter_mm"]
    1.6
    """
    with (_DATA / "braille_dots.toml").open("rb") as f:
        return tomllib.load(f)


def _language(lang: str | None) -> str:
    from makerkit.i18n import current_language

    return (lang or current_language()).lower()[:2]


def braille_cells(text: str, lang: str | None = None) -> list[str]:
    """The braille cells of ``text``, each written as its dot numbers (``""``: a blank cell).

    Capitals, words in capitals, numbers and letters after numbers follow the language's
    code (French: CBFU 2008; English: UEB grade 1), as the table data file says.

    >>> braille_cells("Zoé 12", "en")
    ['6', '1356', '135', '45', '34', '15', '', '3456', '1', '12']
    >>> braille_cells("12ab", "en")
    ['3456', '1', '12', '56', '1', '12']
    >>> braille_cells("ZOE", "fr")
    ['46', '46', '1356', '135', '15']
    """
    table = _table(_language(lang))
    words = text.split(" ")
    capitals = [_in_capitals(w, 1) for w in words]
    passage = _passages(capitals) if "capital_passage" in table else [None] * len(words)
    out: list[str] = []
    for i, word in enumerate(words):
        if i:
            out.append("")  # the space between words
        if passage[i] == "start":
            out += table["capital_passage"].split(" ")
        out += _word_cells(word, table, lang, in_passage=passage[i] is not None)
        if passage[i] == "end":
            out += table["capital_passage_end"].split(" ")
    return out


def _in_capitals(text: str, least: int = 2) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= least and all(c.isupper() for c in letters)


def _passages(capitals: list[bool]) -> list[str | None]:
    """'start', 'in', 'end' for the words of a run of three or more words in capitals."""
    marks: list[str | None] = [None] * len(capitals)
    i = 0
    while i < len(capitals):
        j = i
        while j < len(capitals) and capitals[j]:
            j += 1
        if j - i >= 3:
            marks[i:j] = ["in"] * (j - i)
            marks[i], marks[j - 1] = "start", "end"
        i = max(j, i + 1)
    return marks


def _capital_words(word: str, table: dict) -> tuple[set[int], set[int]]:
    """Where a capitalised-word indicator goes, and the letters it covers.

    French covers a word up to a number (``JEAN-LUC``: one indicator); English covers a run
    of letters (``JEAN-LUC``: two). A run needs two letters or more; one is a capital letter.
    """
    pattern = r"[^\W\d_]+" if table.get("capital_word_scope") == "letters" else r"[^\d]+"
    starts, covered = set(), set()
    for run in re.finditer(pattern, word):
        if _in_capitals(run.group()):
            first = next(k for k, c in enumerate(run.group()) if c.isalpha())
            starts.add(run.start() + first)
            covered.update(range(run.start(), run.end()))
    return starts, covered


def _word_cells(word: str, table: dict, lang: str | None, in_passage: bool) -> list[str]:
    cells, digits = table["cells"], table["digits"]
    starts, covered = _capital_words(word, table) if not in_passage else (set(), set())
    out: list[str] = []
    in_number = False
    after_number = False
    for k, char in enumerate(word):
        if char in digits:
            if not in_number:
                out.append(table["number_sign"])
                in_number = True
            out.append(digits[char])
            continue
        following = word[k + 1 : k + 2]
        if in_number and char in table.get("number_continues", "") and following in digits:
            out += cells[char].split(" ")  # a decimal point or comma inside the number
            continue
        after_number, in_number = in_number, False
        lower = char.lower()
        if lower not in cells:
            raise ModelError("model.braille_unknown", char=char, table=_language(lang))
        if k in starts:
            out += table["capital_word"].split(" ")
        if lower != char and k not in covered and not in_passage:
            special = table.get("capitals", {}).get(char)
            if special:
                out += special.split(" ")
                continue
            out.append(table["capital_sign"])
        elif (
            after_number
            and lower == char
            and "letter_after_number" in table
            and lower in "abcdefghij"
        ):
            out.append(table["letter_after_number"])
        out += cells[lower].split(" ") if cells[lower] else [""]
    return out


def braille_unicode(text: str, lang: str | None = None) -> str:
    """``text`` in braille as Unicode braille characters (to show on a screen)."""
    return "".join(
        chr(0x2800 + sum(1 << (int(d) - 1) for d in cell)) for cell in braille_cells(text, lang)
    )


def braille_width_mm(text: str, lang: str | None = None) -> float:
    """How wide a braille line of ``text`` is, from the first dot's edge to the last's."""
    s = dot_sizes()
    n = len(braille_cells(text, lang))
    return (n - 1) * s["cell_spacing_mm"] + s["dot_spacing_mm"] + s["dot_base_diameter_mm"]


@cache
def _dot(segments: int = 16) -> manifold3d.Manifold:
    s = dot_sizes()
    radius = s["dot_base_diameter_mm"] / 2
    ball = manifold3d.Manifold.sphere(radius, segments)
    dome = ball.trim_by_plane((0.0, 0.0, 1.0), 0.0)
    return dome.scale((1.0, 1.0, s["dot_height_mm"] / radius))


def dot_centres_mm(cells: list[str]) -> np.ndarray:
    """(x, y) of every dot in mm; the first cell's dot 1 is at (0, 0), rows go down (−y).

    >>> dot_centres_mm(["12"]).tolist()
    [[0.0, 0.0], [0.0, -2.5]]
    """
    s = dot_sizes()
    pitch, cell = s["dot_spacing_mm"], s["cell_spacing_mm"]
    where = {1: (0, 0), 2: (0, 1), 3: (0, 2), 4: (1, 0), 5: (1, 1), 6: (1, 2)}
    pts = [
        (i * cell + where[int(d)][0] * pitch, -where[int(d)][1] * pitch)
        for i, c in enumerate(cells)
        for d in c
    ]
    return np.array(pts, dtype=float).reshape(-1, 2)


def braille(text: str, lang: str | None = None, *, sink_mm: float = 0.0) -> Solid:
    """Raised braille dots spelling ``text`` (French or English grade 1), centred on the bed.

    ``sink_mm`` lowers the dots into what they sit on, so they fuse with it when joined.

    >>> dots = braille("ab", "en")
    >>> len(dots.parts)
    3
    """
    cells = braille_cells(text, lang)
    centres = dot_centres_mm(cells)
    if len(centres) == 0:
        raise ModelError("model.empty_text")
    dot = _dot()
    if sink_mm:
        dot = dot.translate((0.0, 0.0, -sink_mm)) + manifold3d.Manifold.cylinder(
            sink_mm,
            dot_sizes()["dot_base_diameter_mm"] / 2,
            dot_sizes()["dot_base_diameter_mm"] / 2,
            16,
        ).translate((0.0, 0.0, -sink_mm))
    dots = manifold3d.Manifold.compose([dot.translate((x, y, 0.0)) for x, y in centres])
    x0, y0, _, x1, y1, _ = dots.bounding_box()
    about = ("model.about_braille", {"text": text, "cells": braille_unicode(text, lang)})
    return Solid(dots.translate((-(x0 + x1) / 2, -(y0 + y1) / 2, sink_mm)), about=about)
