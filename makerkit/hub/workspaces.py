"""Each learner's own workspace: a folder, a Jupyter server, and (as root on Linux) an account.

What happens when a learner logs in for the first time::

    pseudonym ──▶ system account ``mk-<pseudonym>`` (as root on Linux, like The Littlest
                  JupyterHub's ``jupyter-<name>``; otherwise every learner shares one account)
              ──▶ DIR/learners/<pseudonym>/ with the workshop notebook(s) and assets, copied
                  only when missing: the hub never overwrites a learner's work
              ──▶ DIR/homes/<pseudonym>/ for their settings (JupyterLab, matplotlib …)
              ──▶ JupyterLab (JupyterHub's LocalProcessSpawner), in the session's language,
                  autosaving, opened on the first workshop's notebook

:func:`prepare_workspace` makes the folders; :class:`makerkit.hub.spawner.RoomSpawner`
(JupyterHub's own LocalProcessSpawner) starts the server as the learner's account.

>>> system_user("lea")
'mk-lea'
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from makerkit.hub.learner import copy_missing
from makerkit.hub.session import Session

__all__ = [
    "prepare_workspace",
    "system_user",
    "ensure_system_user",
    "remove_system_user",
    "lab_settings_dir",
    "learner_config_path",
    "accounts",
    "separate_accounts",
    "SERVER_OPTIONS",
]

USER_PREFIX = "mk-"
NOLOGIN = "/usr/sbin/nologin"
#: Options of each learner's JupyterLab: no terminal, nothing fetched from the internet.
SERVER_OPTIONS = [
    "--ServerApp.terminals_enabled=False",
    "--LabApp.news_url=",
    "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
    "--LabApp.extension_manager=readonly",
]


def accounts() -> tuple[bool, str, dict]:
    """Whether learners get their own system account, and the catalogue key that says so.

    They do on Linux when makerkit runs as root and the Python it runs on can be used by
    other accounts (a Python installed in ``/root`` cannot: then learners share one account,
    and the start-up message says why and what to do).
    """
    if not (sys.platform.startswith("linux") and os.geteuid() == 0):
        return False, "hub.accounts_shared", {}
    for path in (Path(sys.executable).resolve(), Path(__file__).resolve(), Path(os.__file__)):
        closed = _closed_to_others(path)
        if closed is not None:
            return False, "hub.accounts_shared_python", {"path": str(closed)}
    return True, "hub.accounts_separate", {}


def separate_accounts() -> bool:
    """Whether each learner runs as their own system account (see :func:`accounts`)."""
    return accounts()[0]


def _closed_to_others(path: Path) -> Path | None:
    """The first folder on the way to ``path`` that other accounts cannot enter, or None."""
    for folder in reversed(path.parents):
        if not folder.stat().st_mode & 0o001:
            return folder
    return None if path.stat().st_mode & 0o005 else path


def system_user(name: str) -> str:
    """The system account of learner ``name``; the prefix keeps clear of real accounts (``root``)."""
    return f"{USER_PREFIX}{name}"


def lab_settings_dir(lang: str) -> Path:
    """A Jupyter config folder whose lab defaults are the interface language and autosave.

    Put it first on ``JUPYTER_CONFIG_PATH``: it sets defaults, a learner can still change them.
    """
    return Path(__file__).parent / "labconfig" / ("fr" if lang == "fr" else "en")


def learner_config_path(lang: str) -> str:
    """``JUPYTER_CONFIG_PATH`` of a learner's server: the lab defaults, and less to load.

    ``labconfig/learners`` turns off nbgrader's JupyterLab menus and server extensions (they
    are for the people who write and grade workshops) and the extensions a workshop does
    not use (language server, terminals, the classic notebook page): about a third less
    memory and start-up time per learner (docs/benchmarks.md, "Hub").
    """
    folders = [Path(__file__).parent / "labconfig" / "learners", lab_settings_dir(lang)]
    return os.pathsep.join(str(f) for f in folders)


def ensure_system_user(name: str, home: Path) -> tuple[int, int]:
    """Create the account of learner ``name`` (no login shell) if missing; its (uid, gid)."""
    import pwd

    account = system_user(name)
    try:
        entry = pwd.getpwnam(account)
    except KeyError:
        subprocess.run(
            ["useradd", "--no-create-home", "--home-dir", str(home), "--shell", NOLOGIN]
            + ["--user-group", "--comment", "makerkit learner", account],
            check=True,
            capture_output=True,
        )
        entry = pwd.getpwnam(account)
    if entry.pw_dir != str(home):  # the same learner in another session folder
        subprocess.run(["usermod", "--home", str(home), account], check=True, capture_output=True)
    return entry.pw_uid, entry.pw_gid


def remove_system_user(name: str) -> bool:
    """Delete learner ``name``'s account if it exists; whether there was one."""
    import pwd

    try:
        pwd.getpwnam(system_user(name))
    except KeyError:
        return False
    subprocess.run(["userdel", system_user(name)], check=True, capture_output=True)
    return True


def prepare_workspace(session: Session, name: str, owner: tuple[int, int] | None = None) -> Path:
    """Make learner ``name``'s folder and home; copy each workshop's files that are missing.

    ``owner`` (uid, gid) makes both folders that account's alone. Returns the folder.
    """
    folder = session.learner_dir(name)
    home = session.home_dir(name)
    for path in (folder, home):
        path.mkdir(parents=True, exist_ok=True)
    copy_missing([session.release_dir(slug) for slug in session.workshops], folder)
    if owner is not None:
        for path in (folder, home):
            _chown_tree(path, *owner)
    for path in (folder, home):
        path.chmod(0o700 if owner is not None else 0o755)
    return folder


def _chown_tree(root: Path, uid: int, gid: int) -> None:
    os.chown(root, uid, gid, follow_symlinks=False)
    for dirpath, dirnames, filenames in os.walk(root):
        for entry in dirnames + filenames:
            os.chown(os.path.join(dirpath, entry), uid, gid, follow_symlinks=False)
