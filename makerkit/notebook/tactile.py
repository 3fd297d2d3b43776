"""The tactile-tag workshop's tools: a word in braille, large on screen, and a panel of
big buttons to set up the tag (letters A− / A+, braille yes / no).

Written for learners with low vision and seniors: large type, large buttons, every
sentence in the notebook's language and voice.

>>> from makerkit.i18n import language
>>> with language("fr"):
...     braille_lines("thé")
['case 1 : points 2-3-4-5', 'case 2 : points 1-2-5', 'case 3 : points 1-2-3-4-5-6']
>>> braille_possible("Thé"), braille_possible("☃")
(True, False)
"""

from __future__ import annotations

import html
from typing import Any

from makerkit.errors import MakerkitError
from makerkit.i18n import current_language, t

__all__ = [
    "MIN_LETTER_MM",
    "MAX_LETTER_MM",
    "tactile_tag",
    "braille_possible",
    "braille_lines",
    "braille_html",
    "show_braille",
    "try_braille",
    "TagSettings",
]

# Letters a fingertip reads well: from 12 mm (the check asks for it) to 30 mm.
MIN_LETTER_MM, MAX_LETTER_MM = 12, 30
_BUTTON_STYLE = {"font_size": "22px", "button_color": "#0072B2", "text_color": "white"}
_LARGE_STYLE = {"font_size": "22px"}


def _large(text: object) -> str:
    return f'<p style="font-size:24px; line-height:1.5">{text}</p>'


def tactile_tag(
    word: str, letter_mm: float = 16, with_braille: bool = True, printer: str = "prusa-mini"
):
    """The tag: the raised word, its braille below, a 5 mm hole to tie it on.

    >>> tactile_tag("Thé", 16).size_mm[2] > 3
    True
    """
    from makerkit.model import nametag

    return nametag(
        word,
        braille=with_braille,
        letter_mm=letter_mm,
        hole_mm=5,
        printer=printer,
        lang=current_language(),
    )


def braille_possible(word: str) -> bool:
    """Whether every sign of ``word`` exists in braille (in the current language)."""
    from makerkit.model.braille import braille_cells

    try:
        braille_cells(word, current_language())
    except MakerkitError:
        return False
    return True


def braille_lines(word: str) -> list[str]:
    """The dots of each braille cell of ``word``, one sentence per cell."""
    from makerkit.model.braille import braille_cells

    return [
        t("notebook.tactile.cell", number=i, dots="-".join(c))
        if c
        else t("notebook.tactile.cell_empty", number=i)
        for i, c in enumerate(braille_cells(word, current_language()), 1)
    ]


def braille_html(word: str) -> str:
    """``word`` in braille: very large on screen, dot by dot, and raised as on the tag."""
    from makerkit.model.braille import braille, braille_cells, braille_unicode

    lang = current_language()
    dots = braille_unicode(word, lang)
    label = t("notebook.tactile.aria", word=word, count=len(braille_cells(word, lang)))
    return (
        f'<p role="img" aria-label="{html.escape(label)}" '
        f'style="font-size:80px; line-height:1.2; margin:0">{dots}</p>'
        + _large("<br>".join(html.escape(line) for line in braille_lines(word)))
        + braille(word, lang).preview()._repr_html_()
    )


def show_braille(word: str) -> None:
    """Show ``word`` in braille under the cell."""
    from IPython.display import HTML, display

    display(HTML(braille_html(word)))


def try_braille(start: str) -> Any:
    """A box to type a word and a button that shows it in braille; returns the widget."""
    import ipywidgets as widgets
    from IPython.display import display

    tall = widgets.Layout(height="60px", width="auto", min_width="240px")
    box = widgets.Text(
        value=start, description=t("notebook.tactile.word"), style=_LARGE_STYLE, layout=tall
    )
    button = widgets.Button(
        description=t("notebook.tactile.show_braille"), style=_BUTTON_STYLE, layout=tall
    )
    output = widgets.HTML()

    def show(_: object = None) -> None:
        try:
            output.value = braille_html(box.value.strip())
        except MakerkitError as error:
            output.value = _large(html.escape(str(error)))

    button.on_click(show)
    panel = widgets.VBox([box, button, output])
    display(panel)
    show()
    return panel


class TagSettings:
    """Big buttons to set up a tactile tag (letter height, braille), and its picture.

    ``letter_mm`` is the chosen letter height; ``braille.value`` whether braille is on.
    """

    def __init__(self, word: str, printer: str = "prusa-mini", letter_mm: int = 16) -> None:
        import ipywidgets as widgets
        from IPython.display import display

        self.word, self.printer, self.letter_mm = word, printer, letter_mm
        tall = widgets.Layout(height="60px", width="auto", min_width="240px")
        title = widgets.HTML(
            f'<p style="font-size:26px">'
            f"{html.escape(t('notebook.tactile.your_word', word=word))}</p>"
        )
        self.size = widgets.HTML()
        smaller = widgets.Button(
            description=t("notebook.tactile.smaller"), style=_BUTTON_STYLE, layout=tall
        )
        bigger = widgets.Button(
            description=t("notebook.tactile.bigger"), style=_BUTTON_STYLE, layout=tall
        )
        self.braille = widgets.ToggleButton(
            value=True,
            description=t("notebook.tactile.braille_yes"),
            style=_LARGE_STYLE,
            layout=tall,
        )
        show = widgets.Button(
            description=t("notebook.tactile.show_tag"), style=_BUTTON_STYLE, layout=tall
        )
        self.output = widgets.HTML()
        smaller.on_click(lambda _: self.change(-2))
        bigger.on_click(lambda _: self.change(+2))
        self.braille.observe(self.switch, names="value")
        show.on_click(self.show)
        display(
            widgets.VBox(
                [title, widgets.HBox([smaller, bigger]), self.size, self.braille, show, self.output]
            )
        )
        self.change(0)

    def change(self, step_mm: int) -> None:
        """Make the letters ``step_mm`` taller (or shorter), between 12 and 30 mm."""
        self.letter_mm = min(MAX_LETTER_MM, max(MIN_LETTER_MM, self.letter_mm + step_mm))
        self.size.value = _large(t("notebook.tactile.letter_height", height=self.letter_mm))
        self.show()

    def switch(self, _: object = None) -> None:
        """Braille on or off, as the toggle button says."""
        key = "braille_yes" if self.braille.value else "braille_no"
        self.braille.description = t(f"notebook.tactile.{key}")
        self.show()

    def show(self, _: object = None) -> None:
        """Draw the tag with the current settings."""
        try:
            tag = tactile_tag(self.word.strip(), self.letter_mm, self.braille.value, self.printer)
        except MakerkitError as error:
            self.output.value = _large(html.escape(str(error)))
            return
        width, depth, _ = tag.size_mm
        size = t("notebook.tactile.tag_size", width=round(width), depth=round(depth))
        self.output.value = tag.preview()._repr_html_() + _large(html.escape(size))
