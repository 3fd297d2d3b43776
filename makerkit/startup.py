"""How makerkit's own programs start: without an import that costs a second and serves nothing.

``jsonschema`` (through ``nbformat``, ``nbgrader``, ``jupyter_events`` and so every Jupyter
server and JupyterHub) loads ``rfc3987_syntax`` if it is installed, and that module builds
about 35 Lark parsers when it is imported: ``import jsonschema`` takes 0.9–1.0
processor-second with it, 0.09 without (this 2-core machine), in every such program. It
only checks the ``iri`` and ``iri-reference`` formats of JSON schemas, which no Jupyter or
makerkit schema uses (python-jsonschema#1428, jupyter_server#1559; tests/hub/test_startup.py
scans them); ``uri`` and ``uri-reference`` are still checked (``rfc3986_validator``).
The programs makerkit starts (a learner's server, the hub, the facilitator's page, a
grading worker, ``make lab``) mark it missing, so ``jsonschema`` skips it as it does when
it is not installed. A learner's kernel is not touched.

::

    python -m makerkit.startup MODULE [ARGS ...]    # as python -m MODULE ARGS, minus that cost

>>> import subprocess, sys
>>> code = ("import sys; from makerkit.startup import skip_unused_imports; skip_unused_imports(); "
...         "import jsonschema; print(sys.modules['rfc3987_syntax'])")
>>> subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout.strip()
'None'
"""

from __future__ import annotations

import runpy
import sys

__all__ = ["UNUSED_SLOW_IMPORTS", "skip_unused_imports", "run_module"]

#: Modules that cost much to import and that makerkit's programs never use.
UNUSED_SLOW_IMPORTS = ("rfc3987_syntax",)


def skip_unused_imports() -> None:
    """Mark :data:`UNUSED_SLOW_IMPORTS` missing in this process (unless already imported)."""
    for name in UNUSED_SLOW_IMPORTS:
        sys.modules.setdefault(name, None)  # type: ignore[arg-type]


def run_module(module: str, args: list[str]) -> None:
    """Run ``module`` as ``python -m module args`` would, after :func:`skip_unused_imports`."""
    skip_unused_imports()
    sys.argv = [module, *args]
    runpy.run_module(module, run_name="__main__", alter_sys=True)


if __name__ == "__main__":
    if len(sys.argv) < 2:
        raise SystemExit("usage: python -m makerkit.startup MODULE [ARGS ...]")
    run_module(sys.argv[1], sys.argv[2:])
