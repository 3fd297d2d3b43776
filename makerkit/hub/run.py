"""``makerkit hub start``: the room's hub in the foreground until Ctrl-C or SIGTERM.

The steps::

    settings ──▶ DIR/session.json, secrets ──▶ kits and learner files (makerkit.hub.release)
             ──▶ DIR/jupyterhub_config.py ──▶ JupyterHub (its own process, log in DIR/hub/hub.log)
             ──▶ reachable? print the address, the session code and the QR code
    Ctrl-C / SIGTERM ──▶ JupyterHub stops every learner's server and the proxy, then exits

JupyterHub runs as a child process so that a signal reaches it once, and so that its
log stays in a file: the facilitator's terminal shows only what they need.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from makerkit.hub.session import HubError, Session
from makerkit.hub.workspaces import accounts, separate_accounts

__all__ = ["start_hub", "RunningHub", "HUB_START_S", "banner"]

HUB_START_S = 120
STOP_S = 90


@dataclass
class RunningHub:
    """A started hub: its process, the session, and the address learners type."""

    process: subprocess.Popen
    session: Session
    url: str
    local_url: str
    log_path: Path

    def stop(self, timeout_s: float = STOP_S) -> int:
        """Ask JupyterHub to stop (it stops every learner's server first); its exit status."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM if os.name != "nt" else signal.CTRL_C_EVENT)
            try:
                self.process.wait(timeout=timeout_s)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=30)
        return self.process.returncode


def start_hub(
    session: Session,
    workshops_dir: str | os.PathLike | None = None,
    hub_start_s: float = HUB_START_S,
    env: dict[str, str] | None = None,
) -> RunningHub:
    """Prepare the session's files and start JupyterHub; returns once learners can log in."""
    from makerkit.hub.address import save_qr, session_url
    from makerkit.hub.config import config_file_text
    from makerkit.hub.release import prepare_workshops

    if separate_accounts():
        _check_reachable(session.root)
    prepare_workshops(session, workshops_dir)
    session.config_file.write_text(config_file_text(session.root), encoding="utf-8")
    url = session_url(session.ip, session.port)
    save_qr(url, session.qr_png)
    local_url = session.local_url
    log_path = session.hub_dir / "hub.log"
    log = log_path.open("ab")
    child_env = dict(os.environ if env is None else env)
    child_env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + child_env.get("PATH", "")
    process = subprocess.Popen(
        [sys.executable, "-m", "makerkit.startup", "jupyterhub", "-f", str(session.config_file)],
        cwd=session.hub_dir,
        stdout=log,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
        env=child_env,
        start_new_session=True,  # Ctrl-C reaches makerkit, which then stops the hub once
    )
    log.close()
    running = RunningHub(process, session, url, local_url, log_path)
    try:
        _wait_until_up(running, hub_start_s)
    except BaseException:
        running.stop()
        raise
    return running


def _wait_until_up(hub: RunningHub, timeout_s: float) -> None:
    deadline = time.monotonic() + timeout_s
    while True:
        if hub.process.poll() is not None:
            raise HubError("hub.not_started", log=_tail(hub.log_path))
        try:
            with urllib.request.urlopen(f"{hub.local_url}/hub/api/", timeout=3) as r:
                if r.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            pass
        if time.monotonic() > deadline:
            raise HubError("hub.not_started", log=_tail(hub.log_path))
        time.sleep(0.3)


def _tail(path: Path, lines: int = 15) -> str:
    try:
        return "\n".join(path.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])
    except OSError:
        return "-"


def _check_reachable(root: Path) -> None:
    """Learners' accounts must be able to walk down to their folder."""
    for folder in [root, *root.parents]:
        if folder.exists() and not folder.stat().st_mode & 0o001:
            if folder == root:
                continue  # the session makes its own folder reachable
            raise HubError("hub.dir_not_reachable", path=str(root), parent=str(folder))


def banner(hub: RunningHub) -> str:
    """What the facilitator reads once the hub is up: address, code, QR code, how to stop."""
    from makerkit.hub.address import qr_text
    from makerkit.i18n import t

    s = hub.session
    lang = s.lang
    try:
        qr = qr_text(hub.url)
    except (UnicodeError, ValueError):
        qr = ""
    lines = [
        t("hub.started", lang=lang, count=len(s.workshops), workshops=", ".join(s.workshops)),
        "",
        t("hub.address", lang=lang, url=hub.url),
        t("hub.code", lang=lang, code=s.secrets["session_code"]),
        "",
        qr,
        t("hub.qr_saved", lang=lang, path=str(s.qr_png)),
        t("hub.facilitator", lang=lang, url=f"{hub.url}/services/facilitator/"),
        t("hub.facilitator_password", lang=lang, password=s.secrets["facilitator_password"])
        if s.password_is_new
        else t("hub.facilitator_password_kept", lang=lang, path=str(s.root / "secrets.json")),
        t(accounts()[1], lang=lang, **accounts()[2]),
        t("hub.folder", lang=lang, path=str(s.root)),
        "",
        t("hub.stop_hint", lang=lang),
    ]
    return "\n".join(lines)


def serve(hub: RunningHub, say: Callable[[str], None] = print, stop_s: float = STOP_S) -> int:
    """Wait in the foreground until Ctrl-C or SIGTERM, then stop the hub cleanly."""
    from makerkit.i18n import t

    stopping = []

    def on_signal(signum, frame):
        stopping.append(signum)

    before = {sig: signal.signal(sig, on_signal) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        while not stopping and hub.process.poll() is None:
            time.sleep(0.5)
        if hub.process.poll() is not None and not stopping:
            raise HubError("hub.stopped_alone", log=_tail(hub.log_path))
        say(t("hub.stopping", lang=hub.session.lang))
        hub.stop(stop_s)
        say(t("hub.stopped", lang=hub.session.lang))
        return 0
    finally:
        for sig, handler in before.items():
            signal.signal(sig, handler)
