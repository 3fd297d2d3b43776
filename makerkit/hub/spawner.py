"""The learner's Jupyter server: JupyterHub's LocalProcessSpawner, one account and folder each.

The server runs as the learner's own account (``mk-<pseudonym>``) when the hub runs as
root on Linux, in ``DIR/learners/<pseudonym>/``, with the session's language and
autosave as JupyterLab's defaults, and opens on the first workshop's notebook.
"""

from __future__ import annotations

import asyncio
import getpass
import os
import sys
from pathlib import Path

from jupyterhub.spawner import LocalProcessSpawner, set_user_setuid
from tornado import web
from traitlets import Bool, Unicode, default

from makerkit.hub.config import learner_texts
from makerkit.hub.session import Session
from makerkit.hub.workspaces import (
    ensure_system_user,
    prepare_workspace,
    separate_accounts,
    system_user,
)

__all__ = ["RoomSpawner"]


class RoomSpawner(LocalProcessSpawner):
    """JupyterHub's LocalProcessSpawner with makerkit's accounts and folders.

    Configured by :func:`makerkit.hub.config.configure` with ``session_dir``.
    """

    session_dir = Unicode(config=True, help="The makerkit session folder")
    separate = Bool(config=True, help="One system account per learner (root on Linux)")

    @default("separate")
    def _separate_default(self) -> bool:
        return separate_accounts()

    @property
    def session(self) -> Session:
        return Session.open(self.session_dir)

    async def start(self):
        session = self.session
        if self.user.admin:
            # The facilitator works from the facilitator's page, not in a learner workspace.
            raise web.HTTPError(403, "facilitator: /services/facilitator/")
        name = self.user.name
        owner = None
        if self.separate:
            owner = await asyncio.to_thread(ensure_system_user, name, session.home_dir(name))
        folder = await asyncio.to_thread(prepare_workspace, session, name, owner)
        self.notebook_dir = str(folder)
        notebooks = session.notebooks()
        if notebooks:
            self.default_url = f"/lab/tree/{notebooks[0]}"
        ip, port = await super().start()
        await self._until_listening(ip, port)
        return ip, port

    async def _until_listening(self, ip: str, port: int, every_s: float = 0.05) -> None:
        """Return as soon as the server accepts connections; fail at once if it ends first.

        JupyterHub then checks the server once and opens it for the learner. Its own wait
        polls with a growing random delay (up to 5 s), which costs a learner about a second
        on a server that starts in two; and it would wait its whole ``http_timeout`` on a
        server that already ended. This way the learner's page says at once that their
        workshop could not open (JupyterHub's "spawn failed"), and the hub's log says why
        (the server's own lines are just above).
        """
        while (status := self.proc.poll()) is None:
            try:
                _, writer = await asyncio.open_connection(ip or "127.0.0.1", port)
            except OSError:
                await asyncio.sleep(every_s)
                continue
            writer.close()
            await writer.wait_closed()
            return
        session = self.session
        failed = web.HTTPError(
            500, "%s's server ended (exit status %s) before it answered", self.user.name, status
        )
        # What the learner's page shows (JupyterHub prefixes it with "Spawn failed: ").
        failed.jupyterhub_message = learner_texts(session.lang, session.address)["learner_failed"]
        raise failed

    def get_args(self):
        args = super().get_args()
        if not self.separate and hasattr(os, "geteuid") and os.geteuid() == 0:
            args.append("--ServerApp.allow_root=True")  # shared account, and it is root's
        return args

    def make_preexec_fn(self, name):
        folder = str(self.session.learner_dir(name))
        become = set_user_setuid(system_user(name), chdir=False) if self.separate else None

        def preexec():
            if become is not None:
                become()
            os.chdir(folder)

        return preexec

    def user_env(self, env):
        # The session's language, JupyterLab's defaults and the print queue's address come
        # from c.Spawner.environment (makerkit.hub.config.configure_room).
        session = self.session
        name = self.user.name
        env["USER"] = system_user(name) if self.separate else getpass.getuser()
        env["HOME"] = str(session.home_dir(name))
        env["SHELL"] = "/bin/bash" if Path("/bin/bash").exists() else "/bin/sh"
        env["MAKERKIT_LEARNER"] = name
        # The kernels and tools of the environment makerkit runs in, whatever PATH says.
        env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")
        return env

    async def move_certs(self, paths):
        return paths  # no internal TLS inside one machine
