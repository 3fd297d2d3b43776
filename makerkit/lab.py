"""``make lab``: open JupyterLab on the workshops folder (server only when there is no screen)."""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> None:
    argv = list(sys.argv[1:] if argv is None else argv)
    folder = argv[0] if argv else "workshops"
    args = [sys.executable, "-m", "jupyter", "lab", f"--ServerApp.root_dir={folder}", *argv[1:]]
    if not (
        os.environ.get("DISPLAY")
        or os.environ.get("WAYLAND_DISPLAY")
        or sys.platform in ("darwin", "win32")
    ):
        # No screen: serve only; JupyterLab prints the address to open with its token.
        args += ["--no-browser", "--ServerApp.ip=127.0.0.1"]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        # A lab's shared machine or a container often runs as root; JupyterLab refuses that
        # unless told it is wanted.
        args.append("--allow-root")
    os.execv(sys.executable, args)


if __name__ == "__main__":
    main()
