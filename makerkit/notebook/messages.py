"""Sentences shown under a notebook cell: a hint, an error, a "well done".

Each one is a box with an icon and a coloured edge (Okabe–Ito colours, so the kind of
message does not rest on colour alone: the icon says it too). With large print on
(``mk.large_print(True)``) the box's text is half as large again.

Words between backticks are shown as code:

>>> print(message_html("Did you mean `nametag`?", "error"))  # doctest: +ELLIPSIS
<div class="makerkit-message makerkit-error" role="alert" style="...">⚠ Did you mean <code>nametag</code>?</div>
"""

from __future__ import annotations

import html
import re

from makerkit.display import PALETTE, is_large_print

__all__ = ["say", "message_html", "enlarge_notebook_text", "KINDS"]

# kind -> (icon, edge colour, ARIA role)
KINDS = {
    "info": ("ℹ", PALETTE["blue"], "status"),
    "ok": ("✔", PALETTE["green"], "status"),
    "hint": ("💡", PALETTE["orange"], "status"),
    "error": ("⚠", PALETTE["vermillion"], "alert"),
}
_CODE = re.compile(r"`([^`]+)`")


def message_html(text: str, kind: str = "info") -> str:
    """``text`` as an HTML box of ``kind`` (``info``, ``ok``, ``hint`` or ``error``).

    An icon already at the start of ``text`` is not repeated.
    """
    icon, colour, role = KINDS.get(kind, KINDS["info"])
    size = "1.5em" if is_large_print() else "1.1em"
    body = _CODE.sub(r"<code>\1</code>", html.escape(str(text), quote=False))
    body = body.replace("\n", "<br>")
    if not body.startswith(icon):
        body = f"{icon} {body}"
    style = (
        f"font-size:{size}; line-height:1.5; padding:0.4em 0.7em; margin:0.3em 0; "
        f"border-left:0.35em solid {colour}; border-radius:0.2em"
    )
    return (
        f'<div class="makerkit-message makerkit-{kind}" role="{role}" style="{style}">{body}</div>'
    )


def say(text: object, kind: str = "info") -> None:
    """Show ``text`` under the cell (in a box, large when large print is on); else print it.

    The notebook keeps the plain text too, so a feedback page or a screen reader gets it.
    """
    text = str(text)
    shell = _shell()
    if shell is None:
        print(text)
        return
    from IPython.display import display

    display({"text/html": message_html(text, kind), "text/plain": text}, raw=True)


def enlarge_notebook_text() -> None:
    """In a notebook, make its texts and outputs larger and more spaced out (large print)."""
    if _shell() is None:
        return
    from IPython.display import display

    css = ".jp-RenderedMarkdown, .jp-OutputArea-output { font-size: 130%; line-height: 1.6; }"
    display({"text/html": f"<style>{css}</style>", "text/plain": ""}, raw=True)


def _shell():
    import sys

    ipython = sys.modules.get("IPython")
    if ipython is None:
        return None
    try:
        return ipython.get_ipython()
    except Exception:
        return None
