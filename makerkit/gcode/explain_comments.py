"""A comment line of G-code, in the reader's words: a slicer's markers (``;Z:0.2``,
``;TYPE:WALL-OUTER``, ``;LAYER:3``) and settings (``; layer_height = 0.2``) are explained;
an English note in a French text is said to be one rather than quoted.

>>> from makerkit.i18n import language
>>> with language("en"):
...     comment_sentence("Z:0.2")
'A mark the slicer leaves for people: the nozzle is now at Z = 0.2 mm. The printer ignores it.'
"""

from __future__ import annotations

import re

from makerkit.i18n import catalogue, current_language, looks_english, number, t

__all__ = ["comment_sentence", "foreign"]


# a slicer's own mark in capitals (PRINTING_ID: 2, TIME_ELAPSED:346.28, BEFORE_LAYER_CHANGE)
_CAPITALS = re.compile(r"^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\s*(?::.*)?$")


def foreign(comment: str) -> bool:
    """A slicer's English note, in a text that is not English: explained, not quoted."""
    if current_language() == "en":
        return False
    return looks_english(comment) or bool(_CAPITALS.match(comment.strip()))


_MARKER = re.compile(
    r"^(LAYER_CHANGE|Z|HEIGHT|WIDTH|LAYER|TYPE|TIME|LAYER_COUNT|FLAVOR)\s*(?::\s*(.*))?$",
    re.IGNORECASE,
)
# a slicer's setting written down (PrusaSlicer's ``; layer_height = 0.2``, makerkit's
# ``; setting walls = 2``): a name that is code, not English to quote
_SETTING = re.compile(r"^(?:setting\s+)?([a-z][a-z0-9_]*)\s*=\s*(.*)$")


def comment_sentence(comment: str) -> str:
    """A comment line in the reader's words; a slicer's markers (``;Z:0.2``) are explained."""
    marker = _MARKER.match(comment.strip())
    if marker:
        key, value = marker[1].upper(), (marker[2] or "").strip()
        try:
            amount = number(float(value), 3)
        except ValueError:
            amount = value
        if key == "TYPE":
            amount = t(f"slicing.feature_{_slicer_type(value)}")
        elif key == "TIME":
            try:
                minutes = round(float(value) / 60)
            except ValueError:
                return t("gcode.say.comment", text=comment)
            amount = (
                f"{minutes // 60} h {minutes % 60:02d} min" if minutes >= 60 else f"{minutes} min"
            )
        return t(f"gcode.say.marker_{key.lower()}", value=amount)
    setting = _SETTING.match(comment.strip())
    if setting:
        name, value = setting[1], setting[2].strip()
        try:
            value = number(float(value), 3)
        except ValueError:
            said = {"True": t("core.yes"), "False": t("core.no"), "None": "—"}.get(value)
            value = said or (f"`{value}`" if re.fullmatch(r"[a-z_]+", value) else value)
        # makerkit's own settings in words; another slicer's name is code: `wipe_tower_x`
        words = catalogue(current_language()).get(f"gcode.setting_name.{name}")
        return t("gcode.say.setting", name=words or f"`{name}`", value=value or "—")
    if foreign(comment):
        return t("gcode.say.comment_foreign")
    try:  # a number alone (PrusaSlicer's height after ;Z:) reads as the reader writes it
        return t("gcode.say.comment", text=number(float(comment), 3))
    except ValueError:
        return t("gcode.say.comment", text=comment)


def _slicer_type(value: str) -> str:
    """A slicer's ``;TYPE:`` name as a feature of makerkit (``other`` when unknown)."""
    from makerkit.gcode.toolpath import FEATURES

    words = value.lower().replace("-", "_").replace(" ", "_")
    aliases = {
        "external_perimeter": "wall_outer",
        "outer_wall": "wall_outer",
        "wall_outer": "wall_outer",
        "perimeter": "wall_inner",
        "inner_wall": "wall_inner",
        "wall_inner": "wall_inner",
        "solid_infill": "skin",
        "top_solid_infill": "skin",
        "bottom_surface": "skin",
        "top_surface": "skin",
        "skin": "skin",
        "internal_infill": "infill",
        "sparse_infill": "infill",
        "fill": "infill",
        "infill": "infill",
        "skirt": "skirt",
        "skirt/brim": "skirt",
        "skirt_brim": "skirt",
        "brim": "skirt",
        "support": "support",
        "support_material": "support",
        "bridge_infill": "bridge",
        "bridge": "bridge",
    }
    found = aliases.get(words, "other")
    return found if found in FEATURES else "other"
