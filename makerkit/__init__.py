"""makerkit: make something real in a library fablab — 3D models, G-code, robots.

A learner's first lines::

    import makerkit as mk
    tag = mk.nametag("Camille")
    tag                                  # shows a picture with its description
    mk.check(tag, printer="prusa-mk4")   # will it print? in plain words
    tag.save("camille.stl")

Heavy libraries (trimesh, manifold3d, matplotlib) load only when first needed, so
``import makerkit`` is quick.
"""

from __future__ import annotations

import os as _os
import sys as _sys

# numpy's OpenBLAS starts a thread per core as numpy is imported: 40-50 ms of CPU on a
# room's 2-core machine (a whole `makerkit gcode info` of a small file is about 0.2 s), for
# matrix products makerkit never makes large, and threads that would compete with the other
# learners' kernels. One thread, unless the user chose (or numpy is already loaded); the
# grading kernels are started the same way (kits/execute.py, kits/sandbox.py).
if "numpy" not in _sys.modules:
    _os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from makerkit.errors import MakerkitError
from makerkit.lazy import lazy_names

__version__ = "0.1.0"

# Public names, loaded on first use: name -> "module:attribute". Even the language and
# large print ones: a script that only reads G-code (makerkit gcode info) never needs them.
_LAZY = {
    # language, large print
    "set_language": "makerkit.i18n:set_language",
    "current_language": "makerkit.i18n:current_language",
    "number": "makerkit.i18n:number",
    "large_print": "makerkit.display:large_print",
    # modelling
    "Solid": "makerkit.model:Solid",
    "box": "makerkit.model:box",
    "cylinder": "makerkit.model:cylinder",
    "sphere": "makerkit.model:sphere",
    "cone": "makerkit.model:cone",
    "torus": "makerkit.model:torus",
    "prism": "makerkit.model:prism",
    "wedge": "makerkit.model:wedge",
    "tube": "makerkit.model:tube",
    "extrude": "makerkit.model:extrude",
    "revolve": "makerkit.model:revolve",
    "text": "makerkit.model:text",
    "braille": "makerkit.model:braille",
    "nametag": "makerkit.model:nametag",
    "coaster": "makerkit.model:coaster",
    "pencil_holder": "makerkit.model:pencil_holder",
    "load": "makerkit.model:load",
    "check": "makerkit.model:check",
    # printers
    "get_printer": "makerkit.printers:get_printer",
    "get_material": "makerkit.printers:get_material",
    "list_printers": "makerkit.printers:list_printers",
    "list_materials": "makerkit.printers:list_materials",
    # slicing
    "slice": "makerkit.slicing:slice",
    "SliceSettings": "makerkit.slicing:SliceSettings",
    # G-code
    "Toolpath": "makerkit.gcode.toolpath:Toolpath",
    "read_gcode": "makerkit.gcode:read_gcode",
    "write_gcode": "makerkit.gcode:write_gcode",
    "estimate": "makerkit.gcode:estimate",
    "explain_gcode": "makerkit.gcode:explain_gcode",
    "check_gcode": "makerkit.gcode:check_gcode",
    "plot_toolpath": "makerkit.gcode:plot_toolpath",
    "Drawing": "makerkit.gcode:Drawing",
    "spiral_vase": "makerkit.gcode:spiral_vase",
    # the library's printers
    "send_to_printer": "makerkit.printing:send_to_printer",
    "my_prints": "makerkit.printing:my_prints",
    "watch_my_prints": "makerkit.printing:watch_my_prints",
    # robots
    "Arena": "makerkit.robot:Arena",
    "Robot": "makerkit.robot:Robot",
    "challenges": "makerkit.robot:challenges",
    "run_challenge": "makerkit.robot:run_challenge",
    "Arm": "makerkit.robot:Arm",
}

__all__ = [
    "__version__",
    "MakerkitError",
    *_LAZY,
]


__getattr__, __dir__ = lazy_names(__name__, _LAZY, __all__)


def _install_notebook_errors() -> None:
    """In IPython, explain a learner's mistakes in plain words instead of tracebacks."""
    import sys

    ipython_mod = sys.modules.get("IPython")
    if ipython_mod is None:
        return
    try:
        shell = ipython_mod.get_ipython()
    except Exception:
        return
    if shell is None:
        return
    from makerkit.notebook.errors import install

    install(shell)


_install_notebook_errors()
