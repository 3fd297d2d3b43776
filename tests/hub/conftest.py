"""A real room for the hub tests: JupyterHub, its proxy, learners' servers, on 127.0.0.1.

The hub is started once per test module on a free port, in a session folder under /tmp
(reachable by the learners' accounts when the tests run as root), and stopped at the end;
the learners' system accounts made by the tests are removed.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import tempfile
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPAWN_S = 180


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def FromAddress(address: str):
    """A requests adapter whose connections come from ``address`` (any 127.x.y.z on Linux)."""
    from requests.adapters import HTTPAdapter

    class Adapter(HTTPAdapter):
        def init_poolmanager(self, *args, **kwargs):
            kwargs["source_address"] = (address, 0)
            super().init_poolmanager(*args, **kwargs)

    return Adapter()


class Learner:
    """A browser-like HTTP client logged in to the hub (cookies, the hub's XSRF token)."""

    def __init__(self, base: str, name: str, address: str | None = None) -> None:
        import requests

        self.base, self.name = base, name
        self.http = requests.Session()
        if address:  # another device: connections leave from this loopback address
            self.http.mount("http://", FromAddress(address))

    def login(self, password: str, timeout_s: float = 30):
        page = self.http.get(f"{self.base}/hub/login", timeout=timeout_s)
        xsrf = re.search(r'name="_xsrf" value="([^"]+)"', page.text).group(1)
        return self.http.post(
            f"{self.base}/hub/login?next=",
            data={"username": self.name, "password": password, "_xsrf": xsrf},
            timeout=timeout_s,
            allow_redirects=False,
        )

    def open_workspace(self, timeout_s: float = SPAWN_S):
        """Follow the hub to the learner's own server, as a browser would, until it answers."""
        deadline = time.monotonic() + timeout_s
        response = self.http.get(f"{self.base}/hub/spawn", timeout=timeout_s)
        self.first_page = response.content.decode(
            "utf-8"
        )  # what the learner reads while their server opens
        while time.monotonic() < deadline:
            response = self.http.get(f"{self.base}/user/{self.name}/lab", timeout=timeout_s)
            if response.status_code == 200 and "/user/" in response.url:
                return response
            time.sleep(0.1)
        raise AssertionError(f"{self.name}'s server did not open: {response.status_code}")

    def api(self, path: str, method: str = "GET", under: str = "api", **kwargs):
        """A request to the learner's own server, as JupyterLab sends it (``under="lab/api"``
        for JupyterLab's own routes)."""
        url = f"{self.base}/user/{self.name}/{under}/{path}"
        headers = kwargs.pop("headers", {})
        token = self.http.cookies.get("_xsrf", path=f"/user/{self.name}/")
        if token:
            headers["X-XSRFToken"] = token
        return self.http.request(method, url, headers=headers, timeout=60, **kwargs)


class Room:
    def __init__(self, session, hub, env) -> None:
        self.session, self.hub, self.env = session, hub, env

    @property
    def base(self) -> str:
        return self.hub.local_url

    def learner(self, name: str, address: str | None = None) -> Learner:
        return Learner(self.base, name, address)

    def restart(self) -> None:
        from makerkit.hub.run import start_hub

        assert self.hub.stop() == 0
        self.hub = start_hub(self.session, ROOT / "workshops", env=self.env)


@pytest.fixture(scope="module")
def room():
    """The room's hub with the name-tag workshop in French; stopped and cleaned afterwards."""
    pytest.importorskip("jupyterhub")
    pytest.importorskip("requests")
    from makerkit.hub.run import start_hub
    from makerkit.hub.session import Session

    folder = Path(tempfile.mkdtemp(prefix="makerkit-hub-test-"))
    session = Session.create(
        folder,
        ["nametag"],
        "fr",
        ip="127.0.0.1",
        port=free_port(),
        session_code="4821 93",
        facilitator_password="facilitator-pass",
    )
    # The print queue of this room only (the facilitator's makerkit home).
    env = dict(os.environ, MAKERKIT_HOME=str(folder / "facilitator-home"))
    hub = start_hub(session, ROOT / "workshops", env=env)
    found = Room(session, hub, env)
    try:
        yield found
    finally:
        found.hub.stop()
        log = session.hub_dir / "hub.log"
        if log.is_file():  # shown by pytest when a test failed
            print(log.read_text(encoding="utf-8", errors="replace")[-4000:])
        if os.name == "posix" and os.geteuid() == 0:
            from makerkit.hub.workspaces import remove_system_user

            for name in session.learners():
                remove_system_user(name)
        shutil.rmtree(folder, ignore_errors=True)
