"""Modelling: shapes, holes, text and braille, files, printability, pictures.

>>> from makerkit.model import box, cylinder, check
>>> part = (box(30, 20, 5, radius_mm=3) - cylinder(5, 5).move(x=10)).on_bed()
>>> part.is_closed, check(part).ok
(True, True)
"""

from makerkit.model.braille import braille
from makerkit.model.exchange import load
from makerkit.model.generators import coaster, nametag, pencil_holder
from makerkit.model.lettering import text
from makerkit.model.operations import hull, minkowski
from makerkit.model.primitives import (
    box,
    cone,
    cylinder,
    extrude,
    prism,
    revolve,
    sphere,
    torus,
    tube,
    wedge,
)
from makerkit.model.printability import PrintabilityReport, Problem, check
from makerkit.model.shapes2d import (
    Shape,
    circle,
    heart,
    polygon,
    rectangle,
    regular_polygon,
    star,
)
from makerkit.model.solid import Solid
from makerkit.model.svg import svg_shape

__all__ = [
    "Solid",
    "box",
    "cylinder",
    "sphere",
    "cone",
    "torus",
    "prism",
    "wedge",
    "tube",
    "extrude",
    "revolve",
    "hull",
    "minkowski",
    "Shape",
    "polygon",
    "regular_polygon",
    "circle",
    "rectangle",
    "star",
    "heart",
    "svg_shape",
    "text",
    "braille",
    "nametag",
    "coaster",
    "pencil_holder",
    "load",
    "check",
    "Problem",
    "PrintabilityReport",
]
