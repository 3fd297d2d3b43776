"""Slicing: from a 3D model to layers and a nozzle path, every step open to look at.

>>> import trimesh
>>> from makerkit.slicing import slice, SliceSettings
>>> r = slice(trimesh.creation.box((20, 20, 2)), "creality-ender3-v2", infill_percent=10)
>>> len(r.layers)
10
"""

from __future__ import annotations

from makerkit.slicing.result import Layer, SliceResult
from makerkit.slicing.settings import ADHESIONS, INFILL_PATTERNS, SliceSettings
from makerkit.slicing.slicer import slice

__all__ = ["slice", "SliceSettings", "SliceResult", "Layer", "INFILL_PATTERNS", "ADHESIONS"]
