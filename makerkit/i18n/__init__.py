"""Messages in the learner's language, voice and number style.

Every sentence a learner or facilitator reads lives in the catalogues beside this file:
``en/<area>.toml`` and ``fr/<area>.toml``, one table of ``key = "text"`` per area
(``core``, ``model``, ``slicing``, ``gcode``, ``robot``, ``checks``, ``kits``, ``cli`` …).
Keys are written ``area.thing`` and texts use ``str.format`` fields: ``{size_mm}``.

The language is, in order: :func:`set_language`, ``MAKERKIT_LANG``, the locale, English.

A text may come in **variants**, a small table instead of a string:

- the **voice**: ``tu`` and ``vous`` (French speaks to children with « tu », to adults with
  « vous »: a text that addresses the reader has both), ``simple`` (simpler words for 8–11
  year-olds: ``robot.sees_line()`` rather than ``prox_ground_delta``);
- the **plural**: ``one`` and ``other``, chosen by the value given as ``count`` (French
  says « 0 mur, 1 mur, 2 murs »; English « 0 walls, 1 wall »). A word that follows another
  number of the text is written ``{layers:couche|couches}``: the form that agrees with
  ``layers``.

A text that has a variant but is otherwise the same for everyone is written ``base``:
``{ base = "Run the cells in order.", simple = "Do the boxes in order." }``.

A workshop notebook says its voice once, in its first cell:
``mk.set_language("fr", address="tu", simple=True)``.

>>> set_language("fr")
>>> t("core.yes")
'oui'
>>> with language("en"):
...     t("core.yes")
'yes'
>>> with language("fr", address="tu"):
...     t("core.try_again")
'Essaie encore.'
>>> t("core.try_again")
'Essayez encore.'
>>> t("core.walls", count=1), t("core.walls", count=3)
('1 paroi', '3 parois')
>>> t("slicing.summary_no_time", layers=1, filament_m=0.5, filament_g=1.5, cost=0.04, gcode="x")
'1 couche, 0,5 m de filament (1,5 g, 0,04 €). G-code écrit dans x.'
>>> set_language(None)
"""

from __future__ import annotations

import locale
import math
import os
import re
import tomllib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from pathlib import Path

__all__ = [
    "LANGUAGES",
    "ADDRESSES",
    "Voice",
    "current_language",
    "current_voice",
    "set_language",
    "language",
    "t",
    "catalogue",
    "catalogue_part",
    "number",
    "plural_form",
    "InLanguages",
    "looks_english",
]

LANGUAGES = ("en", "fr")
ADDRESSES = ("tu", "vous")
_VOICE_LEAVES = frozenset({"tu", "vous", "simple", "base"})
_PLURAL_LEAVES = frozenset({"one", "other"})
_HERE = Path(__file__).parent


@dataclass(frozen=True)
class Voice:
    """How texts speak to the reader: ``address`` « tu » or « vous » (French), ``simple``
    (simple words and names, for 8–11 year-olds and intergenerational groups).
    The default is for adults: « vous », not simple."""

    address: str = "vous"
    simple: bool = False


_chosen: str | None = None
_voice = Voice()


def _normalise(code: str | None) -> str | None:
    if not code:
        return None
    code = code.strip().lower().replace("-", "_")[:2]
    return code if code in LANGUAGES else None


def current_language() -> str:
    """The language texts are given in now: ``"fr"`` or ``"en"``."""
    if _chosen:
        return _chosen
    from_env = _normalise(os.environ.get("MAKERKIT_LANG"))
    if from_env:
        return from_env
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        found = _normalise(os.environ.get(var))
        if found:
            return found
    try:
        found = _normalise(locale.getlocale()[0])
    except ValueError:
        found = None
    return found or "en"


def current_voice() -> Voice:
    """The voice texts speak with now (:class:`Voice`)."""
    return _voice


def set_language(code: str | None, *, address: str | None = None, simple: bool = False) -> None:
    """Choose ``"fr"`` or ``"en"`` for this Python session (``None``: back to the default).

    ``address``: ``"tu"`` or ``"vous"`` (default ``"vous"``); ``simple``: simple names for
    8–11 year-olds. A workshop's first cell says all three:
    ``mk.set_language("fr", address="tu", simple=True)``.
    """
    global _chosen, _voice
    from makerkit.errors import MakerkitError

    if code is not None and _normalise(code) is None:
        raise MakerkitError("core.unknown_language", language=code, valid=", ".join(LANGUAGES))
    if address is not None and address not in ADDRESSES:
        raise MakerkitError("core.unknown_address", address=address)
    _chosen = _normalise(code)
    _voice = Voice(address or "vous", bool(simple))


@contextmanager
def language(code: str, *, address: str | None = None, simple: bool = False) -> Iterator[None]:
    """Speak ``code`` (and that voice) inside a ``with`` block, then go back to the one before."""
    global _chosen, _voice
    before = _chosen, _voice
    set_language(code, address=address, simple=simple)
    try:
        yield
    finally:
        _chosen, _voice = before


@cache
def catalogue(lang: str) -> dict[str, str]:
    """Every key and text of one language, read once from the TOML files.

    A variant is stored under its key and its variant names: ``core.try_again#tu``,
    ``core.walls#one``.
    """
    texts: dict[str, str] = {}
    for path in sorted((_HERE / lang).glob("*.toml")):
        with path.open("rb") as f:
            _flatten(tomllib.load(f), "", texts)
    return texts


@cache
def catalogue_part(lang: str, part: str) -> dict[str, str]:
    """The keys and texts of one of a language's files (``gcode``: ``<lang>/gcode.toml``),
    as :func:`catalogue` has them; a quarter of the time of the whole catalogue."""
    texts: dict[str, str] = {}
    with (_HERE / lang / f"{part}.toml").open("rb") as f:
        _flatten(tomllib.load(f), "", texts)
    return texts


def _is_variants(table: dict) -> bool:
    return bool(table) and all(
        key in _VOICE_LEAVES | _PLURAL_LEAVES
        and (isinstance(value, str) or (isinstance(value, dict) and _is_variants(value)))
        for key, value in table.items()
    )


def _flatten(table: dict, prefix: str, out: dict[str, str], sep: str = ".") -> None:
    for key, value in table.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            _flatten(value, name + ("#" if _is_variants(value) else "."), out)
        else:
            out[name] = str(value)


def plural_form(count: float, lang: str | None = None) -> str:
    """``"one"`` or ``"other"``: which form a noun takes after ``count``.

    French puts 0 and 1 in the singular, English only 1.

    >>> plural_form(0, "fr"), plural_form(0, "en"), plural_form(1.5, "fr")
    ('one', 'other', 'one')
    """
    lang = _normalise(lang) or current_language()
    n = abs(float(count))
    if lang == "fr":
        return "one" if n < 2 else "other"
    return "one" if n == 1 else "other"


def _text(key: str, lang: str, voice: Voice, count: object) -> str | None:
    texts = catalogue(lang)
    voices = []
    if voice.simple and lang == "fr":
        # A simple text is written with « tu » unless it has both voices.
        voices.append(f"#simple#{voice.address}")
        if voice.address == "tu":
            voices.append("#simple")
    elif voice.simple:
        voices.append("#simple")
    if lang == "fr":
        voices.append(f"#{voice.address}")
    voices += ["", "#base"]
    plurals = [""]
    if isinstance(count, int | float) and not isinstance(count, bool):
        plurals.insert(0, f"#{plural_form(count, lang)}")
    else:
        plurals.append("#other")
    for v in voices:
        for p in plurals:
            text = texts.get(key + v + p)
            if text is not None:
                return text
    # A text written only for the other voice is better than none.
    for v in ("#tu", "#vous"):
        for p in plurals:
            text = texts.get(key + v + p)
            if text is not None:
                return text
    return None


def t(key: str, lang: str | None = None, voice: Voice | None = None, **values: object) -> str:
    """The text for ``key`` in ``lang`` (default: the current language), filled with ``values``.

    ``voice`` defaults to the current one (:func:`set_language`). Numbers in ``values``
    are written with :func:`number`. A key missing in one language falls back to English,
    then to the key itself, so a forgotten translation never hides the message.

    >>> t("core.yes", lang="en")
    'yes'
    """
    lang = _normalise(lang) or current_language()
    voice = voice or _voice
    count = values.get("count")
    text = _text(key, lang, voice, count)
    if text is None and lang != "en":
        lang = "en"
        text = _text(key, "en", voice, count)
    if text is None:
        return key if not values else f"{key} {values}"
    if not values:
        return text
    text = _PLURAL_WORD.sub(lambda found: _agreeing(found, values, lang), text)
    try:
        return text.format(**{k: _fmt(v, lang) for k, v in values.items()})
    except (KeyError, IndexError, ValueError):
        return f"{text} {values}"


class InLanguages(dict):
    """A value already written in each language (``{"en": …, "fr": …}``): :func:`t` puts
    in the one of the text's language. For words made when something happened (a learner's
    error explained) that must still read in either language later.

    >>> name = InLanguages(en="tag.stl", fr="etiquette.stl")
    >>> t("core.file_missing", lang="fr", voice=Voice("tu"), path=name)[:37]
    "Le fichier « etiquette.stl » n'existe"
    """


# ``{layers:couche|couches}``: the noun after a number, in the form that agrees with it
_PLURAL_WORD = re.compile(r"\{(\w+):([^{}|]*)\|([^{}|]*)\}")


def _agreeing(found: re.Match, values: dict, lang: str) -> str:
    value = values.get(found[1])
    try:  # a number, or a number already written out ("1 234,5")
        amount = float(str(value).replace("\u202f", "").replace(",", "."))
    except ValueError:
        return found[3]
    return found[2] if plural_form(amount, lang) == "one" else found[3]


def _fmt(value: object, lang: str) -> object:
    if isinstance(value, InLanguages):
        return value.get(lang, value.get("en", ""))
    # Learners read "12.5 mm" (in French "12,5 mm"), not "12.500000001 mm".
    if isinstance(value, bool):
        return value
    if isinstance(value, float):
        return number(value, None, lang)
    if isinstance(value, int):
        return number(value, 0, lang)
    return value


def number(
    value: float,
    decimals: int | None = 1,
    lang: str | None = None,
    *,
    trim: bool = True,
    unit: str | None = None,
) -> str:
    """``value`` written as readers of ``lang`` expect: the one place numbers become words.

    ``decimals``: how many decimals at most (``None``: three significant digits);
    ``trim`` drops the zeros at the end (``2.50`` reads ``2.5``; keep them for money);
    ``unit``: a word after the number, a catalogue key of a noun that agrees with it
    (``"core.unit.wall"``) or a symbol (``"mm"``). French writes a decimal comma and
    groups thousands with a narrow space; so does English with a comma.

    >>> number(1.266, 2, lang="fr"), number(1.266, 2, lang="en"), number(20.0, lang="fr")
    ('1,27', '1.27', '20')
    >>> number(0.5, 2, lang="fr", trim=False), number(12345, 0, lang="fr")
    ('0,50', '12\\u202f345')
    >>> number(1, 0, lang="fr", unit="core.unit.layer"), number(0, 0, lang="en", unit="core.unit.layer")
    ('1 couche', '0 layers')
    >>> number(4.2, lang="fr", unit="mm")
    '4,2 mm'
    """
    lang = _normalise(lang) or current_language()
    try:
        value = float(value)
    except (TypeError, ValueError):
        return str(value)
    if math.isnan(value):
        text = "?"
    elif math.isinf(value):
        text = "∞" if value > 0 else "-∞"
    else:
        if decimals is None:  # three significant digits, none after the point from 100 on
            small = 0 < abs(value) < 100
            decimals = max(0, 2 - math.floor(math.log10(abs(value)))) if small else 0
        text = f"{value:,.{decimals}f}"
        if trim and "." in text:
            text = text.rstrip("0").rstrip(".")
        if text.lstrip("-").strip("0.,") == "":
            text = "0"
        group = "\u202f" if lang == "fr" else ","
        text = text.replace(",", "\x00").replace(".", "," if lang == "fr" else ".")
        digits_before = len(text.split(",")[0].split(".")[0].lstrip("-").replace("\x00", ""))
        text = text.replace("\x00", group if digits_before >= 5 else "")
    if unit is None:
        return text
    if "." in unit:
        return f"{text} {t(unit, lang=lang, count=value)}"
    return f"{text} {unit}"


_ENGLISH_WORDS = frozenset(
    [
        "the",
        "and",
        "set",
        "sets",
        "to",
        "of",
        "for",
        "with",
        "wait",
        "maximum",
        "minimum",
        "temperature",
        "speed",
        "fan",
        "bed",
        "layer",
        "nozzle",
        "home",
        "extruder",
        "retract",
        "reset",
        "move",
        "print",
        "start",
        "end",
        "generated",
        "by",
        "turn",
        "off",
        "on",
        "use",
        "absolute",
        "relative",
        "units",
        "millimeters",
        "acceleration",
        "accelerations",
        "feedrate",
        "jerk",
        "is",
        "are",
        "filament",
        "disable",
        "enable",
        "heating",
        "heat",
        "cooling",
        "motors",
        "steps",
        "per",
        "mode",
        "printer",
        "model",
        "check",
        "line",
        "prime",
        "wipe",
        "park",
        "extrude",
        "lift",
        "up",
        "down",
        "size",
        "fill",
        "retraction",
        "level",
        "mesh",
        "calibration",
        "firmware",
        "pressure",
        "advance",
        "linear",
        "offset",
        "loss",
        "recovery",
        "feed",
        "rate",
        "default",
        "custom",
        "begin",
        "only",
        "this",
        "when",
        "metric",
        "values",
        "shape",
        "origin",
        "center",
        "bounding",
        "box",
        "gap",
        "generated",
        "sliced",
        "estimated",
        "printing",
        "time",
        "used",
        "screen",
        "perimeter",
        "perimeters",
        "infill",
        "length",
        "width",
        "external",
        "solid",
        "before",
        "after",
        "remaining",
        "elapsed",
        "cut",
        "side",
        "circle",
        "square",
        "suck",
        "decoded",
        "destring",
    ]
)
_FRENCH_WORDS = frozenset(
    [
        "le",
        "la",
        "les",
        "de",
        "des",
        "du",
        "une",
        "un",
        "est",
        "et",
        "à",
        "au",
        "pour",
        "avec",
        "sur",
        "dans",
    ]
)


def looks_english(text: str) -> bool:
    """Whether a short note (a slicer's G-code comment) is written in English.

    French readers get such notes explained rather than quoted.

    >>> looks_english("set bed temperature and wait"), looks_english("chauffe la buse")
    (True, False)
    """
    words = {w.strip(".,:;()[]/'\"").lower() for w in text.split()}
    if words & _FRENCH_WORDS or any(ch in text for ch in "éèêàùçôî«»"):
        return False
    return bool(words & _ENGLISH_WORDS)
