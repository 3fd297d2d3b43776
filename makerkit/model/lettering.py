"""Raised letters from the fonts matplotlib ships (DejaVu Sans), with every French accent.

Letter outlines come from matplotlib's ``TextPath``; their holes (o, e, a, R) stay holes.
Outlines are kept in a cache, so a name is built again in a few milliseconds.

>>> word = text("Œuvre", size_mm=10, height_mm=1)
>>> word.size_mm[2]
1.0
>>> word.is_closed
True
"""

from __future__ import annotations

from functools import cache

import manifold3d
import numpy as np

from makerkit.errors import ModelError
from makerkit.model.solid import Solid

__all__ = ["text", "text_outline", "FONT"]

FONT = "DejaVu Sans"
_EM = 100.0  # outlines are cached at this size and scaled


@cache
def _font_properties(bold: bool):
    from matplotlib.font_manager import FontProperties

    return FontProperties(family=FONT, weight="bold" if bold else "normal")


@cache
def _cap_height_em(bold: bool) -> float:
    """How tall a capital letter is, as a share of the font size (H's height)."""
    from matplotlib.textpath import TextPath

    return float(TextPath((0, 0), "H", size=1.0, prop=_font_properties(bold)).vertices[:, 1].max())


@cache
def _glyph_ids(bold: bool):
    from matplotlib.font_manager import findfont, get_font

    return get_font(findfont(_font_properties(bold)))


@cache
def _outline_contours(string: str, bold: bool) -> tuple[np.ndarray, ...]:
    from matplotlib.textpath import TextPath

    path = TextPath((0, 0), string, size=_EM, prop=_font_properties(bold))
    return tuple(np.asarray(p, dtype=float) for p in path.to_polygons(closed_only=True))


def _check_letters(string: str, bold: bool) -> None:
    font = _glyph_ids(bold)
    for char in string:
        if not char.isspace() and font.get_char_index(ord(char)) == 0:
            raise ModelError("model.unknown_letter", char=char, font=FONT)


def text_outline(string: str, size_mm: float = 10, *, bold: bool = True) -> manifold3d.CrossSection:
    """The flat outline of ``string``; ``size_mm`` is the height of a capital letter.

    The text starts at x = 0 and stands on its baseline at y = 0.

    >>> round(text_outline("H", 10).bounds()[3], 3)
    10.0
    """
    string = str(string).replace("\t", " ")
    if not string.strip():
        raise ModelError("model.empty_text")
    if "\n" in string:
        raise ModelError("model.one_line_text")
    _check_letters(string, bold)
    scale = size_mm / (_cap_height_em(bold) * _EM)
    contours = [c * scale for c in _outline_contours(string, bold)]
    # TrueType outlines run one way round the ink and the other way round holes: nonzero
    # filling keeps the holes of o, e, a, R open and merges overlapping accents.
    return manifold3d.CrossSection(contours, manifold3d.FillRule.NonZero)


def text(string: str, size_mm: float = 10, height_mm: float = 2, *, bold: bool = True) -> Solid:
    """Letters standing ``height_mm`` tall; ``size_mm`` is the height of a capital letter.

    The text is centred on the bed.

    >>> round(text("Élodie", size_mm=8).size_mm[0])
    36
    """
    from makerkit.model.primitives import _positive

    size = _positive("size_mm", size_mm)
    height = _positive("height_mm", height_mm)
    outline = text_outline(string, size, bold=bold)
    letters = manifold3d.Manifold.extrude(outline, height)
    x0, y0, _, x1, y1, _ = letters.bounding_box()
    about = ("model.about_text", {"text": string})
    return Solid(letters.translate((-(x0 + x1) / 2, -(y0 + y1) / 2, 0.0)), about=about)
