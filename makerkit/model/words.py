"""Words about a solid: its measures as a learner reads them, and its alt text.

>>> number(4.5)
'4.5'
"""

from __future__ import annotations

from typing import Any

__all__ = ["number", "describe"]


def number(value: float, digits: int = 1) -> str:
    """A measure as a learner reads it: rounded, with a decimal comma in French.

    >>> number(4.5), number(20.0), number(0.25, 2)
    ('4.5', '20', '0.25')
    """
    from makerkit.i18n import current_language

    text = f"{round(float(value), digits):g}"
    return text.replace(".", ",") if current_language() == "fr" else text


def describe(about: Any, size_mm: tuple[float, float, float], manifold: Any) -> str:
    """The alt text of a solid: what it is (``about``: a catalogue key and values, plain
    words, or ``None``), its size, and for plain or loaded solids what its geometry shows."""
    from makerkit.i18n import t

    x, y, z = (number(v) for v in size_mm)
    if about is None:
        return t("model.alt_solid", x=x, y=y, z=z) + _shape_words(manifold)
    if isinstance(about, str):
        return t("model.alt_named", what=about, x=x, y=y, z=z) + _shape_words(manifold)
    key, values = about
    words = {k: number(v) if isinstance(v, float) else v for k, v in values.items()}
    extra = _shape_words(manifold) if key == "model.about_file" else ""
    return t(key, **words, x=x, y=y, z=z) + extra


def _shape_words(manifold: Any) -> str:
    """What the geometry says beyond its size: pieces, holes through it, an open surface."""
    from makerkit.i18n import t

    if manifold is None:
        return " " + t("model.alt_open")
    if manifold.is_empty():
        return ""
    out = ""
    # Counting pieces splits the mesh: done for meshes of a modest size only.
    pieces = len(manifold.decompose()) if manifold.num_tri() <= 50_000 else 1
    if pieces > 1:
        out += " " + t("model.alt_pieces", count=pieces)
    # manifold's genus comes from the Euler characteristic: right for one piece.
    holes = int(manifold.genus()) if pieces == 1 else 0
    if holes > 0:
        out += " " + (t("model.alt_hole") if holes == 1 else t("model.alt_holes", count=holes))
    return out
