"""Ready-made objects for workshops: a name tag, a coaster, a pencil holder.

Each gives a nice printable object with no other argument than the text, and every size
can be changed by name. Sizes are in millimetres.

>>> tag = nametag("Camille")
>>> tag.is_closed, tag.size_mm[2]
(True, 3.6)
>>> tag.about
"A 55.9 × 14.9 × 3.6 mm name tag with the raised word 'Camille' and a 4 mm ring hole."
"""

from __future__ import annotations

from functools import lru_cache

import manifold3d

from makerkit.errors import ModelError
from makerkit.model.primitives import _positive, segments_for
from makerkit.model.relief import Domes, raised_on_plate
from makerkit.model.solid import Solid

__all__ = ["nametag", "coaster", "pencil_holder"]

_MAX_LETTERS = 40
_SMALLEST_LETTER_MM = 5.0
_BOLDER_MM = 0.2  # smaller raised letters blur with a 0.4 mm nozzle


def _rounded_plate(width_mm: float, depth_mm: float, radius_mm: float) -> manifold3d.CrossSection:
    r = min(radius_mm, width_mm / 2 - 0.01, depth_mm / 2 - 0.01)
    square = manifold3d.CrossSection.square((width_mm - 2 * r, depth_mm - 2 * r), center=True)
    return square.offset(r, manifold3d.JoinType.Round, circular_segments=segments_for(2 * r))


def nametag(
    text: str,
    *,
    braille: bool = False,
    printer: str | None = None,
    letter_mm: float = 8.0,
    plate_mm: float = 2.4,
    raised_mm: float = 1.2,
    hole_mm: float = 4.0,
    margin_mm: float = 3.0,
    lang: str | None = None,
) -> Solid:
    """A name-tag keychain: a rounded plate, a ring hole on the left and the raised name.

    ``letter_mm`` is the height of a capital letter. ``braille=True`` adds a line of braille
    dots below the name (French or English grade 1, from ``lang`` or the current language).
    With a ``printer``, letters shrink (down to 5 mm) if the tag would not fit on its bed.

    >>> nametag("Zoé", braille=True, lang="fr").size_mm[1] > nametag("Zoé").size_mm[1]
    True
    """
    text = str(text).strip()
    if not text:
        raise ModelError("model.empty_text")
    if len(text) > _MAX_LETTERS:
        raise ModelError("model.text_too_long", letters=len(text), limit=_MAX_LETTERS)
    letter = _positive("letter_mm", letter_mm)
    plate, raised = _positive("plate_mm", plate_mm), _positive("raised_mm", raised_mm)
    hole, margin = _positive("hole_mm", hole_mm), _positive("margin_mm", margin_mm)
    if braille:
        from makerkit.i18n import current_language

        lang = (lang or current_language()).lower()[:2]
    tag, values = _build_nametag(
        text, bool(braille), printer, letter, plate, raised, hole, margin, lang
    )
    key = "model.about_nametag_braille" if braille else "model.about_nametag"
    return Solid(tag, about=(key, dict(values)))


@lru_cache(maxsize=128)
def _build_nametag(
    text: str,
    braille: bool,
    printer: str | None,
    letter: float,
    plate: float,
    raised: float,
    hole: float,
    margin: float,
    lang: str | None,
) -> tuple[manifold3d.Manifold, tuple[tuple[str, str], ...]]:
    """The tag's shape and description values (kept: a solid never changes, so a name
    built again, as when a notebook cell runs twice, comes at once)."""
    from makerkit.model.lettering import text_outline

    ring_wall = max(2.5, hole / 2)
    bed = None
    if printer is not None:
        from makerkit.printers import get_printer

        bed = get_printer(printer).bed_mm

    while True:
        # Thickened a little, so thin strokes (the bar of an e) are two printed lines wide.
        outline = text_outline(text, letter).offset(_BOLDER_MM, manifold3d.JoinType.Miter)
        outline = outline.simplify(0.01)  # drop points closer than a hundredth of a mm
        tx0, ty0, tx1, ty1 = outline.bounds()
        dots_width, dots_height, gap = 0.0, 0.0, 0.0
        if braille:
            from makerkit.model.braille import braille_width_mm, dot_sizes

            sizes = dot_sizes()
            dots_width = braille_width_mm(text, lang)
            dots_height = 2 * sizes["dot_spacing_mm"] + sizes["dot_base_diameter_mm"]
            gap = max(4.0, letter / 2)
        hole_zone = ring_wall + hole + 1.5
        content_width = max(tx1 - tx0, dots_width)
        width = hole_zone + content_width + margin
        depth = max(
            (ty1 - ty0) + 2 * margin + (gap + dots_height if braille else 0), hole + 2 * ring_wall
        )
        if (
            bed is None
            or max(width, depth) <= max(bed[:2]) - 10
            and min(width, depth) <= min(bed[:2]) - 10
        ):
            break
        if letter <= _SMALLEST_LETTER_MM:
            raise ModelError("model.name_too_long", text=text, printer=printer)
        letter = max(_SMALLEST_LETTER_MM, letter * 0.85)

    # The plate with its ring hole, drawn flat then pulled up: no 3D cut needed.
    flat = _rounded_plate(width, depth, min(4.0, depth / 4)).translate((width / 2, -depth / 2))
    ring = manifold3d.CrossSection.circle(hole / 2, segments_for(hole))
    flat = flat - ring.translate((ring_wall + hole / 2, -depth / 2))  # x 0…width, y −depth…0
    content_left = hole_zone + (content_width - (tx1 - tx0)) / 2
    ink = outline.translate((content_left - tx0, -margin - ty1))
    domes = None
    if braille:
        from makerkit.model.braille import braille_cells, dot_centres_mm

        centres = dot_centres_mm(braille_cells(text, lang))
        radius = sizes["dot_base_diameter_mm"] / 2
        left = hole_zone + (content_width - dots_width) / 2
        top = -margin - (ty1 - ty0) - gap
        shift = (left - (centres[:, 0].min() - radius), top - (centres[:, 1].max() + radius))
        domes = Domes(centres + shift, sizes["dot_base_diameter_mm"], sizes["dot_height_mm"])
    tag = raised_on_plate(flat, ink, plate, raised, domes)
    x0, y0, z0, x1, y1, _ = tag.bounding_box()
    tag = tag.translate((-(x0 + x1) / 2, -(y0 + y1) / 2, -z0))
    values = {"text": text, "hole_mm": hole}
    if braille:
        from makerkit.model.braille import braille_unicode

        values["cells"] = braille_unicode(text, lang)
    return tag, tuple(values.items())


def coaster(
    text: str | None = None,
    *,
    diameter_mm: float = 90.0,
    thickness_mm: float = 3.0,
    rim_mm: float = 1.6,
    sides: int = 0,
) -> Solid:
    """A coaster: a flat disc (or polygon with ``sides`` sides) with a raised rim and an optional word.

    >>> cup = coaster("Thé")
    >>> cup.size_mm
    (90.0, 90.0, 4.6)
    """
    d = _positive("diameter_mm", diameter_mm)
    thick, rim = _positive("thickness_mm", thickness_mm), _positive("rim_mm", rim_mm)
    if d < 30:
        raise ModelError("model.coaster_too_small", limit_mm=30)
    n = sides if sides and sides >= 3 else segments_for(d)
    outer = manifold3d.CrossSection.circle(d / 2, n)
    inner = outer.offset(-3.0, manifold3d.JoinType.Miter)
    disc = manifold3d.Manifold.extrude(outer, thick)
    ring = manifold3d.Manifold.extrude(outer - inner, rim + 0.01).translate(
        (0.0, 0.0, thick - 0.01)
    )
    shape = disc + ring
    values = {"diameter_mm": d}
    if text:
        from makerkit.model.lettering import text_outline

        word = text_outline(text, 10.0)
        x0, y0, x1, y1 = word.bounds()
        letter = min(14.0, 10.0 * 0.6 * d / max(x1 - x0, 1e-6))
        word = text_outline(text, letter)
        x0, y0, x1, y1 = word.bounds()
        letters = manifold3d.Manifold.extrude(word, rim + 0.01)
        shape = shape + letters.translate((-(x0 + x1) / 2, -(y0 + y1) / 2, thick - 0.01))
        values["text"] = text
    x0, y0, z0, x1, y1, _ = shape.bounding_box()
    shape = shape.translate((-(x0 + x1) / 2, -(y0 + y1) / 2, -z0))
    key = "model.about_coaster_text" if text else "model.about_coaster"
    return Solid(shape, about=(key, values))


def pencil_holder(
    *,
    diameter_mm: float = 70.0,
    height_mm: float = 90.0,
    wall_mm: float = 2.4,
    floor_mm: float = 2.0,
    sides: int = 6,
    twist_deg: float = 0.0,
) -> Solid:
    """A pencil holder: a cup with ``sides`` sides (0: round), optionally twisted.

    >>> cup = pencil_holder(twist_deg=30)
    >>> cup.is_closed, cup.size_mm[2]
    (True, 90.0)
    """
    d, h = _positive("diameter_mm", diameter_mm), _positive("height_mm", height_mm)
    wall, floor = _positive("wall_mm", wall_mm), _positive("floor_mm", floor_mm)
    if 2 * wall >= d / 2 or floor >= h:
        raise ModelError("model.wall_too_thick", wall_mm=wall_mm, limit_mm=d / 4)
    n = sides if sides and sides >= 3 else segments_for(d)
    outer = manifold3d.CrossSection.circle(d / 2, n)
    inner = outer.offset(-wall, manifold3d.JoinType.Miter)
    divisions = int(abs(twist_deg) // 3)
    body = manifold3d.Manifold.extrude(outer, h, divisions, float(twist_deg))
    # The hole twists the same way, starting at the floor's height.
    hole_twist = float(twist_deg) * (h - floor) / h
    hole = manifold3d.Manifold.extrude(
        inner, h - floor + 1.0, divisions, hole_twist * (h - floor + 1.0) / (h - floor)
    )
    hole = hole.rotate((0.0, 0.0, float(twist_deg) * floor / h)).translate((0.0, 0.0, floor))
    cup = body - hole
    x0, y0, z0, x1, y1, _ = cup.bounding_box()
    cup = cup.translate((-(x0 + x1) / 2, -(y0 + y1) / 2, -z0))
    return Solid(cup, about=("model.about_pencil_holder", {"sides": n}))
