"""A real OctoPrint server with its bundled Virtual Printer plugin, for the tests.

OctoPrint pins versions of tornado and other libraries that clash with JupyterLab's, so it
lives in its own virtual environment, ``.venv-octoprint`` at the project's root, which
``make test`` creates (``scripts/install-octoprint.sh``). ``MAKERKIT_OCTOPRINT`` may name
another ``octoprint`` program.

The server runs on 127.0.0.1 on a free port in a temporary base folder, set up as after
its first-run wizard: access control on, one user with its own API key, the virtual
printer enabled and connected automatically (serial port ``VIRTUAL``), and the plugins
that would reach the internet switched off.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]
API_KEY = "makerkit-test-facilitator-key-0123456789"
USER = "facilitator"

CONFIG = """\
server:
  firstRun: false
  onlineCheck: {enabled: false}
  pluginBlacklist: {enabled: false}
  seenWizards: {corewizard: 4}
plugins:
  virtual_printer: {enabled: true}
  _disabled: [softwareupdate, announcements, tracking, pluginmanager, backup, achievements,
              errortracking, discovery, firmware_check, pi_support, gcodeviewer, logging]
serial:
  port: VIRTUAL
  baudrate: 0
  autoconnect: true
"""

# users.yaml version 2, as `octoprint user add` writes it, with the user's own API key;
# the password hash is unusable on purpose: the tests sign in by key only.
USERS = f"""\
_version: 2
{USER}:
  active: true
  apikey: {API_KEY}
  groups: [admins]
  password: "!"
  permissions: []
  roles: [user, admin]
  settings: {{}}
"""


def find_octoprint() -> str | None:
    """The ``octoprint`` program: ``MAKERKIT_OCTOPRINT``, else ``.venv-octoprint``, else none."""
    env = os.environ.get("MAKERKIT_OCTOPRINT")
    if env:
        return env
    local = ROOT / ".venv-octoprint" / "bin" / "octoprint"
    if local.exists():
        return str(local)
    return shutil.which("octoprint")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class OctoPrintServer:
    """Start, query and stop one OctoPrint server."""

    def __init__(self, program: str, basedir: Path) -> None:
        self.program, self.basedir = program, basedir
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen | None = None

    def start(self, timeout_s: float = 120.0) -> None:
        self.basedir.mkdir(parents=True, exist_ok=True)
        (self.basedir / "config.yaml").write_text(CONFIG)
        (self.basedir / "users.yaml").write_text(USERS)
        log = (self.basedir / "serve.log").open("wb")
        self.process = subprocess.Popen(
            [
                self.program,
                "serve",
                "--iknowwhatimdoing",
                "--basedir",
                str(self.basedir),
                "--host",
                "127.0.0.1",
                "--port",
                str(self.port),
            ],
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"OctoPrint stopped: {self.log_tail()}")
            try:
                state = self.get("/api/connection").json()["current"]["state"]
                if state == "Operational":
                    return
            except (httpx.HTTPError, KeyError, ValueError):
                pass
            time.sleep(0.3)
        self.stop()
        raise RuntimeError(f"OctoPrint did not become ready in {timeout_s} s: {self.log_tail()}")

    def log_tail(self) -> str:
        path = self.basedir / "serve.log"
        return path.read_text(errors="replace")[-2000:] if path.exists() else ""

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        os.killpg(self.process.pid, signal.SIGTERM)  # our own session: OctoPrint and its children
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)

    # --- the server's own view, straight from its REST API (not through makerkit) ----------
    def get(self, path: str, **kw) -> httpx.Response:
        return httpx.get(
            self.url + path, headers={"X-Api-Key": API_KEY}, timeout=10, trust_env=False, **kw
        )

    def post(self, path: str, **kw) -> httpx.Response:
        return httpx.post(
            self.url + path, headers={"X-Api-Key": API_KEY}, timeout=10, trust_env=False, **kw
        )

    def files(self) -> list[str]:
        """Names of the files OctoPrint holds."""
        listing = self.get("/api/files", params={"recursive": "true"}).json()
        return sorted(f["name"] for f in listing.get("files", []))

    def state(self) -> str:
        return self.get("/api/job").json()["state"]

    def job_file(self) -> str | None:
        return self.get("/api/job").json()["job"]["file"]["name"]

    def cancel(self) -> None:
        self.post("/api/job", json={"command": "cancel"})

    def wait_state(self, wanted: str | tuple[str, ...], timeout_s: float = 60.0) -> str:
        wanted = (wanted,) if isinstance(wanted, str) else wanted
        deadline = time.monotonic() + timeout_s
        state = ""
        while time.monotonic() < deadline:
            state = self.state()
            if any(state.startswith(w) for w in wanted):
                return state
            time.sleep(0.2)
        raise AssertionError(f"OctoPrint stayed {state!r}, not {wanted}")

    def reconnect(self) -> None:
        """Unplug and plug the printer back: a print stops at once (a cancel waits for the
        command running, such as the start sequence's 10 s pause)."""
        self.post("/api/connection", json={"command": "disconnect"})
        self.wait_state(("Offline", "Closed"), 30)
        self.post(
            "/api/connection", json={"command": "connect", "port": "VIRTUAL", "autoconnect": True}
        )
        self.wait_state("Operational", 60)

    def clear(self) -> None:
        """Stop any print and delete every file: a clean printer for the next test."""
        if not self.state().startswith("Operational"):
            self.reconnect()
        for name in self.files():
            httpx.delete(
                f"{self.url}/api/files/local/{name}",
                headers={"X-Api-Key": API_KEY},
                timeout=10,
                trust_env=False,
            )
