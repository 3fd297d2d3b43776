"""Printer and material profiles, read from the data files beside this module.

>>> p = get_printer("prusa-mk4")
>>> p.bed_mm
(250.0, 210.0, 220.0)
>>> sorted(m.id for m in list_materials())
['petg', 'pla', 'tpu']
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from makerkit.errors import PrinterError

__all__ = ["Printer", "Material", "get_printer", "get_material", "list_printers", "list_materials"]

_DATA = Path(__file__).parent / "data"


@dataclass(frozen=True)
class Printer:
    """A printer's profile. ``bed_mm`` is the printable width, depth and height."""

    id: str
    name: str
    bed_mm: tuple[float, float, float]
    nozzle_mm: float
    max_hotend_c: float
    max_bed_c: float
    source: str
    data: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)


@dataclass(frozen=True)
class Material:
    """A filament's profile."""

    id: str
    name: str
    source: str
    data: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)


def _load(path: Path) -> dict[str, Any]:
    with path.open("rb") as f:
        return tomllib.load(f)


@cache
def _printers() -> dict[str, Printer]:
    out = {}
    for path in sorted((_DATA / "printers").glob("*.toml")):
        d = _load(path)
        out[d["id"]] = Printer(
            id=d["id"],
            name=d["name"],
            bed_mm=tuple(float(v) for v in d["bed_mm"]),
            nozzle_mm=float(d["nozzle_mm"]),
            max_hotend_c=float(d["max_hotend_c"]),
            max_bed_c=float(d["max_bed_c"]),
            source=d["source"],
            data=d,
        )
    return out


@cache
def _materials() -> dict[str, Material]:
    out = {}
    for path in sorted((_DATA / "materials").glob("*.toml")):
        d = _load(path)
        out[d["id"]] = Material(id=d["id"], name=d["name"], source=d["source"], data=d)
    return out


def list_printers() -> list[Printer]:
    """Every printer makerkit knows."""
    return list(_printers().values())


def list_materials() -> list[Material]:
    """Every material makerkit knows."""
    return list(_materials().values())


def get_printer(printer: str | Printer) -> Printer:
    """The profile of ``printer`` (an id such as ``"prusa-mk4"``), or an error naming the valid ids."""
    if isinstance(printer, Printer):
        return printer
    key = str(printer).strip().lower()
    found = _printers().get(key)
    if found is None:
        raise PrinterError(
            "printers.unknown_printer", printer=printer, valid=", ".join(_printers())
        )
    return found


def get_material(material: str | Material) -> Material:
    """The profile of ``material`` (``"pla"``, ``"petg"``, ``"tpu"``), or an error naming the valid ids."""
    if isinstance(material, Material):
        return material
    key = str(material).strip().lower()
    found = _materials().get(key)
    if found is None:
        raise PrinterError(
            "printers.unknown_material", material=material, valid=", ".join(_materials())
        )
    return found
