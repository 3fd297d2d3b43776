"""From the learner's notebook to the library's printer: printers, a safety-gated queue, plates.

::

    registry  the library's printers (name, kind, address, profile), secrets kept 0600
    adapters  OctoPrint, PrusaLink, Moonraker: state, upload and start
    gate      what is uploaded is what was checked: slice if needed, check, estimate
    queue     waiting → approved → printing → done (or refused), on disk, under a lock
    driver    one round per printer: follow its print, start the next approved job when free
    plate     several small approved jobs arranged on one bed, sliced once, sent as one
    notebook  mk.send_to_printer, mk.my_prints, mk.watch_my_prints
    web       the queue as JSON for the hub's facilitator page; client: the learners' side

>>> from makerkit.printing import PrintQueue, KINDS
>>> KINDS
('octoprint', 'prusalink', 'moonraker')
"""

from __future__ import annotations

from makerkit.lazy import lazy_names

_LAZY = {
    "KINDS": "makerkit.printing.registry",
    "LibraryPrinter": "makerkit.printing.registry",
    "add_printer": "makerkit.printing.registry",
    "remove_printer": "makerkit.printing.registry",
    "library_printers": "makerkit.printing.registry",
    "get_library_printer": "makerkit.printing.registry",
    "PrinterStatus": "makerkit.printing.adapters",
    "adapter_for": "makerkit.printing.adapters",
    "Job": "makerkit.printing.jobs",
    "PrintQueue": "makerkit.printing.queue",
    "Submission": "makerkit.printing.queue",
    "make_plate": "makerkit.printing.plate",
    "send_to_printer": "makerkit.printing.notebook",
    "my_prints": "makerkit.printing.notebook",
    "watch_my_prints": "makerkit.printing.notebook",
}

__all__ = list(_LAZY)

__getattr__, __dir__ = lazy_names(__name__, _LAZY, __all__)
