"""Messages in the learner's language.

Every sentence a learner or facilitator reads lives in the catalogues beside this file:
``en/<area>.toml`` and ``fr/<area>.toml``, one table of ``key = "text"`` per area
(``core``, ``model``, ``slicing``, ``gcode``, ``robot``, ``checks``, ``kits``, ``cli`` …).
Keys are written ``area.thing`` and texts use ``str.format`` fields: ``{size_mm}``.

The language is, in order: :func:`set_language`, ``MAKERKIT_LANG``, the locale, English.

>>> set_language("fr")
>>> t("core.yes")
'oui'
>>> with language("en"):
...     t("core.yes")
'yes'
>>> set_language(None)
"""

from __future__ import annotations

import locale
import os
import tomllib
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

__all__ = [
    "LANGUAGES",
    "current_language",
    "set_language",
    "language",
    "t",
    "catalogue",
    "number",
]

LANGUAGES = ("en", "fr")
_HERE = Path(__file__).parent
_chosen: str | None = None


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


def set_language(code: str | None) -> None:
    """Choose ``"fr"`` or ``"en"`` for this Python session (``None``: back to the default)."""
    global _chosen
    if code is not None and _normalise(code) is None:
        from makerkit.errors import MakerkitError

        raise MakerkitError("core.unknown_language", language=code, valid=", ".join(LANGUAGES))
    _chosen = _normalise(code)


@contextmanager
def language(code: str) -> Iterator[None]:
    """Speak ``code`` inside a ``with`` block, then go back to the language before."""
    global _chosen
    before = _chosen
    set_language(code)
    try:
        yield
    finally:
        _chosen = before


@cache
def catalogue(lang: str) -> dict[str, str]:
    """Every key and text of one language, read once from the TOML files."""
    texts: dict[str, str] = {}
    for path in sorted((_HERE / lang).glob("*.toml")):
        with path.open("rb") as f:
            _flatten(tomllib.load(f), "", texts)
    return texts


def _flatten(table: dict, prefix: str, out: dict[str, str]) -> None:
    for key, value in table.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            _flatten(value, name + ".", out)
        else:
            out[name] = str(value)


def t(key: str, lang: str | None = None, **values: object) -> str:
    """The text for ``key`` in ``lang`` (default: the current language), filled with ``values``.

    A key missing in one language falls back to English, then to the key itself, so a
    forgotten translation never hides the message.

    >>> t("core.yes", lang="en")
    'yes'
    """
    lang = _normalise(lang) or current_language()
    text = catalogue(lang).get(key) or catalogue("en").get(key)
    if text is None:
        return key if not values else f"{key} {values}"
    if not values:
        return text
    try:
        return text.format(**{k: _fmt(v, lang) for k, v in values.items()})
    except (KeyError, IndexError, ValueError):
        return f"{text} {values}"


def _fmt(value: object, lang: str) -> object:
    # Learners read "12.5 mm" (in French "12,5 mm"), not "12.500000001 mm".
    if isinstance(value, float):
        text = f"{value:.3g}" if abs(value) < 1000 else f"{value:.0f}"
        return text.replace(".", ",") if lang == "fr" else text
    return value


def number(value: float, decimals: int = 1, lang: str | None = None) -> str:
    """``value`` with ``decimals`` decimals, written as readers of ``lang`` expect.

    >>> number(1.266, 2, lang="fr"), number(1.266, 2, lang="en")
    ('1,27', '1.27')
    """
    text = f"{value:.{decimals}f}"
    return text.replace(".", ",") if (_normalise(lang) or current_language()) == "fr" else text
