"""An interactive 3D view that works without internet.

The page is trimesh's viewer: three.js and the model are inside one HTML page, loaded
from nothing outside it, so it works in a library with no network. In a notebook it
shows in a frame; ``.save("model.html")`` writes a page any browser opens.

>>> from makerkit.model import box
>>> view = view3d(box(10, 10, 10))
>>> "<script src=" in view.html
False
"""

from __future__ import annotations

import html as html_lib
import os
import re
from dataclasses import dataclass
from pathlib import Path

from makerkit.model.solid import Solid

__all__ = ["View3D", "view3d"]


@dataclass(frozen=True)
class View3D:
    """A self-contained HTML page showing a solid you can turn with the mouse."""

    html: str
    alt: str

    def save(self, path: str | os.PathLike) -> Path:
        """Write the page to ``path`` (open it in any browser, even offline)."""
        from makerkit.files import write_text

        return write_text(path, self.html)

    def _repr_html_(self) -> str:
        page = html_lib.escape(self.html, quote=True)
        label = html_lib.escape(self.alt, quote=True)
        return (
            f'<iframe srcdoc="{page}" title="{label}" aria-label="{label}" width="100%" '
            f'height="420" frameborder="0"></iframe><p class="makerkit-alt">{html_lib.escape(self.alt)}</p>'
        )


def view3d(solid: Solid) -> View3D:
    """An offline interactive 3D view of ``solid``, its page in the current language.

    The page has a title and, in the page itself, the solid's description and how to turn
    it (for screen readers and for anyone who cannot see the drawing).

    >>> from makerkit.i18n import language
    >>> from makerkit.model import box
    >>> with language("fr"):
    ...     page = view3d(box(10, 10, 10)).html
    >>> '<html lang="fr">' in page, "Un solide de 10 × 10 × 10 mm." in page
    (True, True)
    """
    import trimesh
    from trimesh.viewer.notebook import scene_to_html

    from makerkit.i18n import current_language, t
    from makerkit.model.solid import quiet_trimesh

    with quiet_trimesh():
        mesh = solid.to_trimesh()
        mesh.visual.face_colors = (0x56, 0xB4, 0xE9, 255)  # the palette's sky blue
        page = scene_to_html(trimesh.Scene(mesh))
    about = solid.about
    title = html_lib.escape(t("model.view3d_title", what=about))
    how = html_lib.escape(t("model.view3d_how"))
    described = (
        f'<div id="container" role="img" aria-label="{html_lib.escape(about, quote=True)}" aria-describedby="makerkit-about"></div>'
        '<p id="makerkit-about" style="position:absolute;left:0;bottom:0;margin:0;'
        "padding:0.5em 0.8em;background:rgba(255,255,255,0.88);color:#000;"
        f'font:1.05em sans-serif;max-width:100%">{html_lib.escape(about)} {how}</p>'
    )
    page = re.sub(r'<html lang="[^"]*">', f'<html lang="{current_language()}">', page, count=1)
    page = re.sub(r"<title>.*?</title>", f"<title>{title}</title>", page, count=1, flags=re.S)
    page = page.replace('<div id="container"></div>', described, 1)
    return View3D(page, about)
