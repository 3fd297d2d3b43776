"""How makerkit draws: colour-blind-safe colours, large print, pictures with alt text.

Every figure makerkit makes is a :class:`Picture`: PNG bytes and a sentence that
describes it (its alt text). In a notebook it shows itself with that description
attached; on disk the description is written beside the PNG as ``.txt``.

The palette is Okabe & Ito's (2008), readable with every common colour-vision
deficiency. Large print (``large_print(True)`` or ``MAKERKIT_LARGE_PRINT=1``) makes
text, lines and pictures bigger for learners with low vision.
"""

from __future__ import annotations

import base64
import html
import io
import os
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

__all__ = [
    "PALETTE",
    "FEATURE_COLOURS",
    "Picture",
    "large_print",
    "is_large_print",
    "new_figure",
    "to_picture",
    "localise_ticks",
    "grading",
]

# Okabe–Ito colours, named for what they show in makerkit.
PALETTE = {
    "blue": "#0072B2",
    "orange": "#E69F00",
    "sky": "#56B4E9",
    "green": "#009E73",
    "yellow": "#F0E442",
    "vermillion": "#D55E00",
    "purple": "#CC79A7",
    "black": "#000000",
    "grey": "#999999",
}

# One colour per thing a nozzle prints (names of makerkit.gcode.toolpath.FEATURES), used by
# every toolpath picture so a slice and a slicer's G-code look alike.
FEATURE_COLOURS = {
    "wall_outer": PALETTE["vermillion"],
    "wall_inner": PALETTE["orange"],
    "skin": PALETTE["blue"],
    "infill": PALETTE["green"],
    "support": PALETTE["purple"],
    "skirt": PALETTE["sky"],
    "bridge": PALETTE["yellow"],
    "travel": PALETTE["grey"],
    "drawing": PALETTE["blue"],
    "other": PALETTE["black"],
    # Paul Tol's colour-blind-safe "muted" set beyond Okabe-Ito's eight
    "prime_tower": "#DDCC77",
    "ironing": "#88CCEE",
    "support_interface": "#882255",
    "cut": PALETTE["vermillion"],
    "pen": PALETTE["blue"],
}

_large: bool | None = None


def large_print(on: bool = True) -> None:
    """Turn large print on (or off) for every picture, table and message from now on.

    In a notebook, the notebook's own texts get larger too.
    """
    global _large
    _large = bool(on)
    if _large:
        from makerkit.notebook.messages import enlarge_notebook_text

        enlarge_notebook_text()


def is_large_print() -> bool:
    """Whether large print is on (by :func:`large_print` or ``MAKERKIT_LARGE_PRINT=1``)."""
    if _large is not None:
        return _large
    return os.environ.get("MAKERKIT_LARGE_PRINT", "").strip().lower() in {"1", "true", "yes", "oui"}


def _scale() -> float:
    return 1.6 if is_large_print() else 1.0


@dataclass(frozen=True)
class Picture:
    """A picture and the sentence that describes it."""

    png: bytes
    alt: str

    def save(self, path: str | os.PathLike) -> Path:
        """Write the PNG, and the alt text beside it as ``<name>.txt``.

        A ``<name>.txt`` that is not this picture's earlier alt text (the learner's own
        notes, say) is left alone: the alt text goes to ``<name>.alt.txt`` instead, and a
        note says so.
        """
        from makerkit.files import write_bytes, write_text

        p = Path(path).expanduser()
        alt_path = _alt_text_path(p)
        p = write_bytes(p, self.png)
        write_text(alt_path, self.alt + "\n")
        if alt_path != p.with_suffix(".txt"):
            import warnings

            from makerkit.i18n import t

            warnings.warn(
                t("core.alt_text_elsewhere", taken=str(p.with_suffix(".txt")), path=str(alt_path)),
                stacklevel=2,
            )
        return p

    def _repr_png_(self) -> bytes:
        return self.png

    def _repr_html_(self) -> str:
        data = base64.b64encode(self.png).decode("ascii")
        alt = html.escape(self.alt, quote=True)
        size = "1.25em" if is_large_print() else "0.95em"
        return (
            f'<figure class="makerkit-picture" style="margin:0">'
            f'<img src="data:image/png;base64,{data}" alt="{alt}" style="max-width:100%"/>'
            f'<figcaption style="font-size:{size}">{html.escape(self.alt)}</figcaption></figure>'
        )

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> dict:
        return {"text/html": self._repr_html_(), "image/png": self.png, "text/plain": self.alt}


def _alt_text_path(png: Path) -> Path:
    """Where the alt text of ``png`` goes: ``<name>.txt``, unless a file of that name is
    something else than the alt text makerkit wrote for this picture before."""
    candidates = [png.with_suffix(".txt"), png.with_suffix(".alt.txt")]
    candidates += [png.with_suffix(f".alt-{n}.txt") for n in range(2, 100)]
    previous = _png_description(png)
    for candidate in candidates:
        if not candidate.exists():
            return candidate
        # makerkit's own alt text is the one written inside the PNG it belongs to
        try:
            ours = candidate.read_text(encoding="utf-8").strip() == previous
        except (OSError, UnicodeDecodeError):
            ours = False
        if previous is not None and ours:
            return candidate
    return candidates[-1]


def _png_description(png: Path) -> str | None:
    """The alt text makerkit wrote inside an existing PNG (its ``Description``), if any."""
    try:
        from PIL import Image

        with Image.open(png) as image:
            text = image.text.get("Description") if hasattr(image, "text") else None
    except Exception:  # no file, not a PNG, unreadable: no earlier alt text
        return None
    return text.strip() if isinstance(text, str) else None


def new_figure(width_in: float = 6.0, height_in: float = 4.0, **kwargs: Any):
    """A matplotlib figure (Agg, no window) sized and styled for makerkit's readers."""
    from matplotlib.figure import Figure

    s = _scale()
    fig = Figure(figsize=(width_in * s, height_in * s), dpi=kwargs.pop("dpi", 100), **kwargs)
    return fig


def font_size(base_pt: float = 10.0) -> float:
    """A font size in points, larger when large print is on."""
    return base_pt * _scale()


def grading() -> bool:
    """Whether nbgrader is running this code to grade it (it sets ``NBGRADER_EXECUTION``).

    Nobody looks at the pictures then: :func:`to_picture` skips drawing them.
    """
    return bool(os.environ.get("NBGRADER_EXECUTION"))


# A valid 1 × 1 PNG, the picture of a figure that nobody will look at.
_BLANK_PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mP8/x8AAwMCAO+ip1sAAAAASUVORK5CYII="
)


def to_picture(fig, alt: str, dpi: int | None = None, lang: str | None = None) -> Picture:
    """Render a matplotlib figure to a :class:`Picture` with the alt text ``alt``.

    The numbers on its axes are written as readers of ``lang`` (default: the current
    language) write them: ``2,5`` in French (:func:`localise_ticks`).

    While a notebook is being graded the figure is not drawn (a blank 1 × 1 PNG, the
    same alt text): drawing is most of a picture's cost and grading only needs the answers.
    """
    if grading():
        return Picture(_BLANK_PNG, alt)
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    localise_ticks(fig, lang)
    FigureCanvasAgg(fig)
    buf = io.BytesIO()
    # Light PNG compression: a third faster to write, files a fifth bigger.
    fig.savefig(
        buf,
        format="png",
        dpi=dpi or fig.dpi,
        metadata={"Description": alt},
        pil_kwargs={"compress_level": 1},
    )
    return Picture(buf.getvalue(), alt)


_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def _local_number(found: re.Match, lang: str) -> str:
    # the tick's own digits (matplotlib chose how many decimals), in the style of
    # i18n.number: "12345.0" is "12 345,0" in French
    from makerkit.i18n import number

    whole, _, decimals = found.group().partition(".")
    point = number(0.5, 1, lang)[1]
    if len(whole) >= 5:
        whole = number(int(whole), 0, lang)
    return whole + (point + decimals if decimals else "")


def localise_ticks(fig, lang: str | None = None) -> None:
    """Write the numbers on ``fig``'s axes as readers of ``lang`` do (default: the current
    language): ``2,5`` and ``12 500`` in French. :func:`to_picture` does it for every
    figure makerkit draws.

    The ticks stay where matplotlib puts them; only their text changes. Axes labelled
    with words (learners' names, sensor numbers) are left alone.

    >>> fig = new_figure(3, 2)
    >>> ax = fig.add_subplot()
    >>> _ = ax.plot([0, 2.5], [0, 1])
    >>> localise_ticks(fig, "fr")
    >>> ax.xaxis.get_major_formatter().format_ticks([0.0, 0.5, 1.0])
    ['0,0', '0,5', '1,0']
    """
    from makerkit.i18n import current_language, number

    lang = lang or current_language()
    if number(0.5, 1, lang) == "0.5":  # this language writes numbers as matplotlib does
        return
    from matplotlib.ticker import ScalarFormatter

    local_numbers = _local_numbers_class()
    for ax in fig.axes:
        for axis in (ax.xaxis, ax.yaxis, getattr(ax, "zaxis", None)):
            if axis is None:
                continue
            # only number formatters: an axis labelled with words keeps its words
            if isinstance(axis.get_major_formatter(), ScalarFormatter):
                axis.set_major_formatter(local_numbers(axis.get_major_formatter(), lang))
            if isinstance(axis.get_minor_formatter(), ScalarFormatter):
                axis.set_minor_formatter(local_numbers(axis.get_minor_formatter(), lang))


@cache
def _local_numbers_class():  # matplotlib is imported only when a figure is drawn
    from matplotlib.ticker import Formatter

    class LocalNumbers(Formatter):
        """An axis' number formatter, its numbers written in another language's style."""

        def __init__(self, inner, lang: str) -> None:
            self.inner, self.lang = inner, lang

        def _local(self, text: str) -> str:
            return _NUMBER.sub(lambda found: _local_number(found, self.lang), text)

        def set_axis(self, axis) -> None:
            super().set_axis(axis)
            self.inner.set_axis(axis)

        def set_locs(self, locs) -> None:
            self.inner.set_locs(locs)

        def __call__(self, x, pos=None) -> str:
            return self._local(self.inner(x, pos))

        def format_ticks(self, values) -> list[str]:
            return [self._local(text) for text in self.inner.format_ticks(values)]

        def get_offset(self) -> str:
            return self._local(self.inner.get_offset())

        def format_data(self, value) -> str:
            return self._local(self.inner.format_data(value))

        def format_data_short(self, value) -> str:
            return self._local(self.inner.format_data_short(value))

    return LocalNumbers
