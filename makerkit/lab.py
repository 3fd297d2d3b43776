"""``make lab``: open JupyterLab on the workshops folder (server only when there is no screen).

JupyterLab speaks the learner's language (``MAKERKIT_LANG``, else the locale: French with
the ``jupyterlab-language-pack-fr-fr`` package) and autosaves every 30 s, as on the hub:
both are defaults from :func:`makerkit.hub.workspaces.lab_settings_dir`, which a learner can
still change in JupyterLab's settings.
"""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> None:
    argv = list(sys.argv[1:] if argv is None else argv)
    folder = argv[0] if argv else "workshops"
    # JupyterLab without the imports it does not need (makerkit.startup): a second less.
    args = [sys.executable, "-m", "makerkit.startup", "jupyterlab"]
    args += [f"--ServerApp.root_dir={folder}", *argv[1:]]
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
    os.environ["JUPYTER_CONFIG_PATH"] = lab_config_path()
    os.execv(sys.executable, args)


def lab_config_path(lang: str | None = None) -> str:
    """``JUPYTER_CONFIG_PATH`` with makerkit's lab defaults for ``lang`` first.

    >>> lab_config_path("fr").split(os.pathsep)[0].endswith("fr")
    True
    """
    from makerkit.hub.workspaces import lab_settings_dir
    from makerkit.i18n import current_language

    first = str(lab_settings_dir(lang or current_language()))
    rest = os.environ.get("JUPYTER_CONFIG_PATH")
    return os.pathsep.join([first, rest] if rest else [first])


if __name__ == "__main__":
    main()
