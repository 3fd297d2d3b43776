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
    """An offline interactive 3D view of ``solid``."""
    import trimesh
    from trimesh.viewer.notebook import scene_to_html

    mesh = solid.to_trimesh()
    mesh.visual.face_colors = (0x56, 0xB4, 0xE9, 255)  # the palette's sky blue
    page = scene_to_html(trimesh.Scene(mesh))
    return View3D(page, solid.about)
