"""The pseudonym rule of the room: what a learner may be called.

A pseudonym is folded to what a folder and a system account can be named, so "Léa" on a
tablet and "lea" on a laptop reach the same workspace.

>>> pseudonym("  Léa ")
'lea'
>>> pseudonym("Marie Claire"), pseudonym("../etc") is None, pseudonym("facilitator") is None
('marie-claire', True, True)
"""

from __future__ import annotations

import re
import unicodedata

from makerkit.kits.submissions import ok_pseudonym

__all__ = ["FACILITATOR", "MIN_PSEUDONYM", "MAX_PSEUDONYM", "RESERVED", "pseudonym", "fold"]

FACILITATOR = "facilitator"
MIN_PSEUDONYM = 2
#: Short enough for a system account name (``mk-`` + pseudonym) and a chart label.
MAX_PSEUDONYM = 20
RESERVED = {FACILITATOR, "admin", "root", "hub", "public", "services"}


def fold(name: str) -> str:
    """Lower case, accents dropped, spaces, dots and apostrophes as dashes (``"Zoé B"`` → ``"zoe-b"``)."""
    text = unicodedata.normalize("NFKD", name.strip()).encode("ascii", "ignore").decode()
    return re.sub(r"[\s'’.]+", "-", text.lower())


def pseudonym(name: str) -> str | None:
    """The learner id for what was typed, or ``None`` when it cannot be one.

    2 to 20 letters, digits, ``-``, ``_`` or ``.``, starting with a letter or a digit
    (the rule of :func:`makerkit.kits.submissions.ok_pseudonym`), and not a reserved name.
    """
    folded = fold(name)
    if not MIN_PSEUDONYM <= len(folded) <= MAX_PSEUDONYM or not ok_pseudonym(folded):
        return None
    return None if folded in RESERVED else folded
