"""One adapter per kind of printer server: OctoPrint, PrusaLink, Moonraker.

>>> from makerkit.printing.registry import LibraryPrinter
>>> adapter_for(LibraryPrinter("a", "moonraker", "http://10.0.0.5:7125", "prusa-mk4")).kind
'moonraker'
"""

from __future__ import annotations

from typing import Any

from makerkit.printing.adapters.base import STATES, Adapter, PrinterStatus

__all__ = ["STATES", "Adapter", "PrinterStatus", "adapter_for"]


def adapter_for(printer: Any) -> Adapter:
    """The adapter that speaks to ``printer`` (a :class:`~makerkit.printing.registry.LibraryPrinter`)."""
    if printer.kind == "octoprint":
        from makerkit.printing.adapters.octoprint import OctoPrint

        return OctoPrint(printer)
    if printer.kind == "prusalink":
        from makerkit.printing.adapters.prusalink import PrusaLink

        return PrusaLink(printer)
    if printer.kind == "moonraker":
        from makerkit.printing.adapters.moonraker import Moonraker

        return Moonraker(printer)
    from makerkit.errors import PrintingError
    from makerkit.printing.registry import KINDS

    raise PrintingError("printing.bad_kind", kind=printer.kind, valid=", ".join(KINDS))
