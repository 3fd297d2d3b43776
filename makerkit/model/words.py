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
    from makerkit.i18n import number as i18n_number

    return i18n_number(value, digits)


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
    """What the geometry says beyond its size: pieces, hollows, holes through it, an open
    surface. Holes are counted from their openings (two crossing tunnels: holes that meet
    inside, with four openings), not from the genus alone."""
    from makerkit.i18n import t
    from makerkit.model.inside import cavities, holes_through, pieces

    if manifold is None:
        return " " + t("model.alt_open")
    if manifold.is_empty():
        return ""
    out = ""
    # Splitting the mesh costs time: done for meshes of a modest size only.
    if manifold.num_tri() > 50_000:
        return out
    parts = pieces(manifold)
    if len(parts) > 1:
        out += " " + t("model.alt_pieces", count=len(parts))
    hollows = len(cavities(manifold))
    if hollows:
        out += " " + (
            t("model.alt_hollow") if hollows == 1 else t("model.alt_hollows", count=hollows)
        )
    genus = sum(max(0, p.genus()) for p in _outer(parts))
    if genus == 0:
        return out
    if genus == 1 or manifold.num_tri() > 20_000:
        return (
            out + " " + (t("model.alt_hole") if genus == 1 else t("model.alt_holes", count=genus))
        )
    found = holes_through(manifold)
    if found.holes:
        out += " " + (
            t("model.alt_hole") if found.holes == 1 else t("model.alt_holes", count=found.holes)
        )
    for openings in found.meeting:
        out += " " + t("model.alt_holes_meeting", openings=openings)
    return out


def _outer(parts: list) -> list:
    """Each piece without its hollows (a hollow is no hole through)."""
    return [max(p.decompose(), key=lambda m: m.volume()) for p in parts]
