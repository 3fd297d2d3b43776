"""Which firmware a file is written for, and so what its commands mean.

The same command means different things on different firmware (``G10`` retracts on
Marlin and sets a tool's temperature on RepRapFirmware; ``M30`` deletes a file from the
memory card on Marlin and ends the program on a CNC; ``G80`` levels Prusa's bed and
cancels a drilling cycle on a CNC). The flavour is read from the file's header (or given):
``marlin``, ``prusa`` (Prusa-Firmware), ``klipper``, ``reprapfirmware``, ``bambu``, and for
machines that cut rather than print, ``laser`` and ``cnc``.

>>> from makerkit.gcode.lexer import lex
>>> data = b";FLAVOR:Marlin\\nG28\\n"
>>> detect_flavour(data, lex(data))
'marlin'
>>> data = b"G21\\nG90\\nM3 S1000\\nG1 X10 Y10 F600\\nM5\\n"
>>> detect_flavour(data, lex(data))
'laser'
"""

from __future__ import annotations

import re
from functools import cache

import numpy as np

from makerkit.errors import GcodeError
from makerkit.gcode.lexer import EXTENDED, Words

__all__ = ["FLAVOURS", "CUTTING", "detect_flavour", "normalise_flavour", "known_commands"]

FLAVOURS = ("marlin", "prusa", "klipper", "reprapfirmware", "bambu", "laser", "cnc")
CUTTING = ("laser", "cnc")  # machines that cut or burn: no filament, moves are cuts
_ALIASES = {
    "marlin": "marlin",
    "marlin2": "marlin",
    "marlin_legacy": "marlin",
    "marlinlegacy": "marlin",
    "repetier": "marlin",
    "prusa": "prusa",
    "prusa-firmware": "prusa",
    "klipper": "klipper",
    "reprap": "marlin",  # Slic3r and Cura: "RepRap/Sprinter", Marlin-like
    "reprapfirmware": "reprapfirmware",
    "rrf": "reprapfirmware",
    "bambu": "bambu",
    "laser": "laser",
    "grbl": "laser",
    "cnc": "cnc",
    "linuxcnc": "cnc",
}
_FLAVOR_LINE = (
    re.compile(rb"; gcode_flavor = ([\w-]+)"),  # PrusaSlicer, Orca, Bambu Studio config
    re.compile(rb";FLAVOR:([\w-]+)"),  # Cura
)
_PRUSA = (b"M862.3", b"; printer_model = MK", b"; printer_model = MINI", b"PRINTER_VENDOR_PRUSA3D")


def normalise_flavour(name: str | None) -> str | None:
    """One of :data:`FLAVOURS` for a name as slicers or people write it (``None`` stays)."""
    if name is None:
        return None
    key = str(name).strip().lower().replace(" ", "")
    if key not in _ALIASES:
        raise GcodeError("gcode.bad_flavour", value=name, valid=", ".join(FLAVOURS))
    return _ALIASES[key]


def detect_flavour(data: bytes, w: Words) -> str:
    """The flavour a file is written for, from its header, its config block and its commands."""
    head, tail = data[:16384], data[-(1 << 18) :]
    if b"BambuStudio" in head or b"; printer_model = Bambu" in tail:
        return "bambu"
    named = None
    for pattern in _FLAVOR_LINE:
        m = pattern.search(tail) or pattern.search(head)
        if m:
            named = _ALIASES.get(m.group(1).decode("ascii", "replace").lower())
            break
    if (w.cmd_letter == EXTENDED).any():  # PRINT_START, EXCLUDE_OBJECT…: Klipper's commands
        return "klipper"
    if named in ("klipper", "reprapfirmware"):
        return named
    if any(mark in head or mark in tail for mark in _PRUSA):
        return "prusa"
    if named:
        return named
    if not (w.letter == ord("E")).any():
        return _cutting_kind(w) or "marlin"
    return "marlin"


def _cutting_kind(w: Words) -> str | None:
    """``laser`` or ``cnc`` for a file with no filament that drives a spindle or a laser
    (M3/M4/M5) or gives arc centres as positions (G90.1); ``None`` otherwise."""
    is_m = w.letter == ord("M")
    spindle = is_m & np.isin(w.value, (3.0, 4.0, 5.0))
    arc_abs = (w.letter == ord("G")) & np.isin(w.value, (90.1, 91.1))
    if not (spindle.any() or arc_abs.any()):
        return None
    z = w.value[w.letter == ord("Z")]
    return "cnc" if len(np.unique(z[np.isfinite(z)])) > 1 or arc_abs.any() else "laser"


@cache
def known_commands(flavour: str | None = None) -> frozenset[str]:
    """Every command makerkit can explain for ``flavour`` (the keys of the ``gcode.cmd``
    catalogue, and of ``gcode.cmd_<flavour>``, all in ``en/gcode.toml``: reading a file
    needs no other part of the catalogue)."""
    from makerkit.i18n import catalogue_part

    out = set()
    for prefix in ("gcode.cmd.", f"gcode.cmd_{flavour}."):
        out |= {k[len(prefix) :] for k in catalogue_part("en", "gcode") if k.startswith(prefix)}
    return frozenset(out)
