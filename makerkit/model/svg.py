"""Drawings from Inkscape (or any SVG editor) as flat shapes, in their real size.

The closed outlines of an SVG file (paths, rectangles, circles, polygons) become a
:class:`~makerkit.model.shapes2d.Shape` in millimetres, ready to extrude. The size comes
from the drawing's own units: ``width="50mm"`` with a ``viewBox`` (what Inkscape writes),
or CSS pixels (96 per inch) when the file gives no unit. trimesh reads the outlines.

>>> import tempfile, os
>>> drawing = '''<svg xmlns="http://www.w3.org/2000/svg" width="40mm" height="20mm"
...   viewBox="0 0 400 200"><rect x="0" y="0" width="400" height="200"/>
...   <circle cx="100" cy="100" r="50"/></svg>'''
>>> path = os.path.join(tempfile.mkdtemp(), "sign.svg")
>>> with open(path, "w") as f:
...     _ = f.write(drawing)
>>> shape = svg_shape(path)
>>> shape.size_mm
(40.0, 20.0)
>>> shape.extrude(3).is_closed
True
"""

from __future__ import annotations

import io
import os
import re

import numpy as np

from makerkit.errors import ModelError
from makerkit.model.shapes2d import Shape

__all__ = ["svg_shape", "UNIT_MM"]

# How many millimetres one unit of an SVG length is (CSS: 96 px to the inch).
UNIT_MM = {
    "mm": 1.0,
    "cm": 10.0,
    "in": 25.4,
    "pt": 25.4 / 72,
    "pc": 25.4 / 6,
    "px": 25.4 / 96,
    "": 25.4 / 96,
}
_LENGTH = re.compile(r"^\s*([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)\s*([a-z%]*)\s*$")
_MAX_BYTES = 20 * 1024 * 1024


def svg_shape(path: str | os.PathLike, *, unit: str | None = None) -> Shape:
    """The closed outlines of an SVG drawing as one flat shape, in millimetres, centred.

    ``unit`` forces the unit of the drawing's numbers (``"mm"``, ``"px"``…) when the file
    says nothing or says it wrong. Outlines inside others are holes (like the letter O).
    Text must be turned into paths first (Inkscape: Path ▸ Object to Path).
    """
    from lxml import etree

    from makerkit.files import existing_file, read_bytes

    p = existing_file(path)
    if p.stat().st_size > _MAX_BYTES:
        raise ModelError("model.file_too_big", path=str(path), limit_mb=_MAX_BYTES >> 20)
    data = read_bytes(p)
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        root = etree.fromstring(data, parser=parser)
    except etree.XMLSyntaxError as exc:
        raise ModelError("model.svg_unreadable", path=str(path)) from exc
    if not str(root.tag).endswith("svg"):
        raise ModelError("model.svg_unreadable", path=str(path))
    mm_per_unit = _mm_per_user_unit(root, unit, str(path))
    drawn = ("path", "rect", "circle", "ellipse", "polygon", "polyline")
    has_outlines = any(root.find(f".//{{*}}{tag}") is not None for tag in drawn)
    polygons = _outlines(data, str(path)) if has_outlines else []
    if not polygons:
        key = "model.svg_text_only" if root.find(".//{*}text") is not None else "model.svg_empty"
        raise ModelError(key, path=str(path))
    import manifold3d

    # Outlines inside others are holes (even-odd, as SVG draws a letter O). SVG's y axis
    # points down the page: flip it, so the drawing reads the same from above.
    rings = [np.asarray(ring, dtype=float) * (mm_per_unit, -mm_per_unit) for ring in polygons]
    section = manifold3d.CrossSection(rings, manifold3d.FillRule.EvenOdd)
    if section.is_empty():
        raise ModelError("model.svg_empty", path=str(path))
    return Shape(section).centred()


def _mm_per_user_unit(root, unit: str | None, path: str) -> float:
    """Millimetres per number of the drawing, from its width and viewBox (or ``unit``)."""
    if unit is not None:
        if unit not in UNIT_MM or unit == "":
            raise ModelError(
                "model.unknown_unit", unit=unit, valid=", ".join(u for u in UNIT_MM if u)
            )
        return UNIT_MM[unit]
    width = _LENGTH.match(root.get("width", "") or "")
    box = (root.get("viewBox") or "").replace(",", " ").split()
    width_mm = None
    if width and width[2] in UNIT_MM:
        width_mm = float(width[1]) * UNIT_MM[width[2]]
    if len(box) == 4:
        try:
            box_width = float(box[2])
        except ValueError:
            box_width = 0.0
        if box_width > 0 and width_mm:
            return width_mm / box_width
        if box_width > 0 and width is None:
            return UNIT_MM["px"]
    return UNIT_MM["px"]


def _outlines(data: bytes, path: str) -> list[np.ndarray]:
    """The closed outlines trimesh finds, as (x, y) rings in the drawing's units."""
    import trimesh
    from trimesh.path.exchange.svg_io import svg_to_path

    from makerkit.model.solid import quiet_trimesh

    with quiet_trimesh():
        try:
            drawing = trimesh.path.Path2D(**svg_to_path(io.BytesIO(data)))
            polygons = [g for g in drawing.polygons_closed if g is not None]
        except Exception as exc:  # trimesh raises many kinds on odd drawings
            raise ModelError("model.svg_unreadable", path=path) from exc
    rings = [np.asarray(g.exterior.coords)[:-1, :2] for g in polygons if g.area > 0]
    return [r for r in rings if len(r) >= 3 and np.all(np.isfinite(r))]
