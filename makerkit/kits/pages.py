"""The HTML pages of a kit: the learner's handout, the facilitator guide, feedback pages.

Every page is one self-contained HTML file (pictures inlined, no web font, no script, no
network) with a print style sheet: large readable type on screen and on A4 paper, larger
still (16 pt and more on paper) for a workshop in large print. A page speaks with its
workshop's voice: « tu » or « vous », simple words for the youngest and for seniors.
Markdown is rendered with mistune (the library nbconvert itself uses).

>>> "<h2>" in markdown_to_html("## Materials")
True
"""

from __future__ import annotations

import base64
import html
import mimetypes
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from string import Template

from makerkit.i18n import language, t
from makerkit.kits.notebooks import cells_of
from makerkit.kits.workshop import Workshop

__all__ = [
    "page",
    "markdown_to_html",
    "handout_html",
    "guide_html",
    "inline_pictures",
    "reading_as",
]

_HERE = Path(__file__).parent / "templates"
_IMG_SRC = re.compile(r'(<img\b[^>]*\bsrc=")([^"]+)(")', re.IGNORECASE)


@contextmanager
def reading_as(lang: str, workshop: dict) -> Iterator[None]:
    """Write in ``lang`` with a workshop's voice and print size while inside the block.

    ``workshop``: its ``address`` (tu/vous), ``simple`` and ``large_print`` (a kit's
    ``kit.json`` holds them).

    >>> with reading_as("fr", {"address": "vous"}):
    ...     t("core.try_again")
    'Essayez encore.'
    """
    from makerkit import display

    address = workshop.get("address") if workshop.get("address") in ("tu", "vous") else "tu"
    before = display._large
    display._large = bool(workshop.get("large_print"))
    try:
        with language(lang, address=address, simple=bool(workshop.get("simple"))):
            yield
    finally:
        display._large = before


def _reading(ws: Workshop) -> dict:
    return {"address": ws.address, "simple": ws.simple, "large_print": ws.large_print}


def page(
    title: str, body_html: str, lang: str, footer_html: str = "", large: bool | None = None
) -> str:
    """A whole HTML page around ``body_html`` with makerkit's readable, printable style.

    ``large``: large print (default: as :func:`makerkit.large_print` says now).
    """
    from makerkit.display import is_large_print

    template = Template((_HERE / "page.html").read_text(encoding="utf-8"))
    large = is_large_print() if large is None else large
    return template.substitute(
        lang=lang,
        classes=' class="large"' if large else "",
        title=html.escape(title),
        css=(_HERE / "page.css").read_text(encoding="utf-8"),
        body=body_html,
        footer=footer_html,
    )


def markdown_to_html(text: str) -> str:
    """Markdown (with tables and ``- [ ]`` checklists) to HTML."""
    import mistune

    render = mistune.create_markdown(plugins=["table", "task_lists", "strikethrough"], escape=False)
    return render(text)


def inline_pictures(body_html: str, folder: Path) -> str:
    """Put the pictures ``<img src="assets/…">`` inside the page, so the file stands alone."""

    def swap(match: re.Match) -> str:
        src = match.group(2)
        path = (folder / src).resolve()
        if "://" in src or src.startswith("data:") or not path.is_file():
            return match.group(0)
        if folder.resolve() not in path.parents:
            return match.group(0)
        mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        data = base64.b64encode(path.read_bytes()).decode("ascii")
        return f"{match.group(1)}data:{mime};base64,{data}{match.group(3)}"

    return _IMG_SRC.sub(swap, body_html)


def _footer(ws: Workshop, lang: str) -> str:
    return html.escape(t("kits.page_footer", lang=lang, slug=ws.slug, licence="CC BY-SA 4.0"))


def _meta_line(ws: Workshop, lang: str) -> str:
    low, high = (ws.ages + [0, 0])[:2]
    return t("kits.meta_line", lang=lang, low=low, high=high, minutes=ws.minutes)


def _first_picture(markdown: str) -> tuple[str, str] | None:
    found = re.search(r"!\[([^\]]+)\]\(([^)\s]+)\)", markdown)
    return (found.group(1), found.group(2)) if found else None


def handout_html(ws: Workshop, lang: str, learner_notebook) -> str:
    """The learner's printable sheet: what you make, need and learn, the steps, the result.

    In the workshop's voice and print size (large print for a large-print workshop).
    """
    with reading_as(lang, _reading(ws)):
        return _handout(ws, lang, learner_notebook)


def _handout(ws: Workshop, lang: str, learner_notebook) -> str:
    texts = ws.texts(lang)
    esc = html.escape
    parts = [
        f"<h1>{esc(ws.title(lang))}</h1>",
        f'<p class="meta">{esc(_meta_line(ws, lang))}</p>',
        f'<p class="summary">{esc(texts.get("summary", ""))}</p>',
    ]
    for key in ("make", "need", "learn"):
        items = "".join(f"<li>{esc(i)}</li>" for i in texts.get(key, []))
        parts.append(f"<h2>{esc(t(f'kits.handout_{key}', lang=lang))}</h2><ul>{items}</ul>")
    steps = [
        line[3:].strip()
        for cell in cells_of(learner_notebook)
        if cell.cell_type == "markdown"
        for line in cell.source.splitlines()
        if line.startswith("## ")
    ]
    if steps:
        items = "".join(f"<li>{esc(_plain(s))}</li>" for s in steps)
        parts.append(
            f'<h2>{esc(t("kits.handout_steps", lang=lang))}</h2><ol class="steps">{items}</ol>'
        )
    parts.append(f'<div class="tip">{esc(t("kits.handout_how_to_run", lang=lang))}</div>')
    guide = ws.guide(lang)
    picture = _first_picture(guide.read_text(encoding="utf-8")) if guide.is_file() else None
    if picture:
        alt, src = picture
        parts.append(
            f"<h2>{esc(t('kits.handout_result', lang=lang))}</h2>"
            f'<figure><img src="{esc(src)}" alt="{esc(alt)}"><figcaption>{esc(alt)}</figcaption></figure>'
        )
    body = inline_pictures("\n".join(parts), ws.folder)
    return page(ws.title(lang), body, lang, _footer(ws, lang))


def guide_html(ws: Workshop, lang: str) -> str:
    """The facilitator guide (``guide.<lang>.md``) as one printable HTML page."""
    text = ws.guide(lang).read_text(encoding="utf-8")
    body = inline_pictures(markdown_to_html(text), ws.folder)
    title = t("kits.guide_title", lang=lang, title=ws.title(lang))
    return page(title, body, lang, _footer(ws, lang), large=False)


def _plain(markdown_line: str) -> str:
    return re.sub(r"[*_`]", "", markdown_line)


def print_to_pdf(html_file: Path, pdf_file: Path) -> bool:
    """Print an HTML page to PDF with the system's Chromium (through Playwright), offline.

    Returns False, writing nothing, when Chromium or Playwright is not installed.
    """
    import shutil

    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        return False
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return False
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=chromium,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        try:
            page = browser.new_page()
            # Only the page itself: a kit page never needs the network.
            page.route(
                "**/*",
                lambda route: (
                    route.continue_() if route.request.url.startswith("file:") else route.abort()
                ),
            )
            page.goto(html_file.resolve().as_uri())
            page.pdf(
                path=str(pdf_file), format="A4", print_background=False, prefer_css_page_size=True
            )
        finally:
            browser.close()
    return True
