"""The hub's configuration, all in code: a session's ``jupyterhub_config.py`` is two lines.

::

    from makerkit.hub.config import configure
    configure(c, "/path/to/makerkit-session")

The same call works in any JupyterHub's configuration (The Littlest JupyterHub's
``jupyterhub_config.d/``, see docs/hub.md). What it sets:

- JupyterHub on the session's address and port, its database, cookie secret and log in
  ``DIR/hub/``; the hub and the proxy's API on 127.0.0.1 only, on free ports;
- the proxy (:mod:`makerkit.hub.proxy`); the login (:class:`~makerkit.hub.auth.RoomAuthenticator`)
  with makerkit's login page in the session's language;
- the learners' servers (:class:`~makerkit.hub.spawner.RoomSpawner`), stopped with the hub;
- two services: the facilitator's page (behind the hub's login, for the facilitator only)
  and a token for the ``makerkit hub`` commands.
"""

from __future__ import annotations

import os
import socket
import sys
from pathlib import Path

from makerkit.hub.pseudonyms import FACILITATOR
from makerkit.hub.session import Session

__all__ = [
    "configure",
    "configure_room",
    "config_file_text",
    "learner_texts",
    "PAGE_SERVICE",
    "CLI_SERVICE",
    "free_port",
]

PAGE_SERVICE = "facilitator"
CLI_SERVICE = "makerkit"
TEMPLATES = Path(__file__).parent / "templates"


def free_port() -> int:
    """A TCP port free on 127.0.0.1 right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def config_file_text(session_dir: Path) -> str:
    """What ``DIR/jupyterhub_config.py`` holds."""
    return (
        "# The room's hub: every setting is in makerkit.hub.config.\n"
        "from makerkit.hub.config import configure\n\n"
        f"configure(c, {str(session_dir)!r})  # noqa: F821 (c is JupyterHub's config)\n"
    )


#: What a learner reads on the hub's own pages: ``hub.login_*`` (the login page) and
#: ``hub.learner_*`` (while their server opens, or when it is not running).
LEARNER_TEXTS = (
    "login_title",
    "login_pseudonym",
    "login_pseudonym_help",
    "login_code",
    "login_code_help",
    "login_button",
    "login_show",
    "login_error",
    "learner_opening",
    "learner_closed",
    "learner_failed",
    "learner_open",
)


def learner_texts(lang: str, address: str = "vous") -> dict[str, str]:
    """The hub pages' words for learners, in ``lang`` and, in French, ``address`` (tu/vous).

    >>> learner_texts("fr", "tu")["login_pseudonym"], learner_texts("fr", "vous")["login_pseudonym"]
    ('Ton prénom ou un surnom', 'Votre prénom ou un surnom')
    """
    from makerkit.i18n import Voice, t

    voice = Voice(address)
    texts = {key: t(f"hub.{key}", lang=lang, voice=voice) for key in LEARNER_TEXTS}
    return texts | {"lang": lang, "address": address}


def _page_environment(lang: str) -> dict[str, str]:
    env = {"MAKERKIT_LANG": lang}
    # The print queue lives under makerkit's home: the page must see the facilitator's.
    for name in ("MAKERKIT_HOME", "XDG_DATA_HOME"):
        if os.environ.get(name):
            env[name] = os.environ[name]
    return env


def _default_url(handler) -> str:
    user = handler.current_user
    if user is not None and user.admin:
        return f"/services/{PAGE_SERVICE}/"
    return "/hub/spawn"


def configure(c, session_dir: str | Path) -> None:
    """Fill JupyterHub's config object ``c`` for the session kept in ``session_dir``.

    The room's own hub: JupyterHub, its proxy and :class:`~makerkit.hub.spawner.RoomSpawner`
    on this machine, plus everything :func:`configure_room` sets.
    """
    from makerkit.hub.proxy import proxy_command
    from makerkit.hub.spawner import RoomSpawner
    from makerkit.hub.workspaces import SERVER_OPTIONS

    s = Session.open(session_dir)
    hub = s.hub_dir
    c.JupyterHub.ip = s.ip
    c.JupyterHub.port = s.port
    c.JupyterHub.hub_ip = "127.0.0.1"
    c.JupyterHub.hub_port = free_port()
    c.JupyterHub.db_url = f"sqlite:///{hub / 'jupyterhub.sqlite'}"
    c.JupyterHub.cookie_secret_file = str(hub / "jupyterhub_cookie_secret")
    c.JupyterHub.pid_file = str(hub / "jupyterhub.pid")
    c.JupyterHub.cleanup_servers = True  # Ctrl-C stops every learner's server
    c.JupyterHub.cleanup_proxy = True
    c.JupyterHub.allow_named_servers = False

    c.JupyterHub.proxy_class = "configurable-http-proxy"
    c.ConfigurableHTTPProxy.command = proxy_command()
    c.ConfigurableHTTPProxy.api_url = f"http://127.0.0.1:{free_port()}"
    c.ConfigurableHTTPProxy.pid_file = str(hub / "proxy.pid")

    configure_room(c, session_dir, page_url=f"http://127.0.0.1:{free_port()}")
    c.JupyterHub.spawner_class = RoomSpawner
    c.RoomSpawner.session_dir = str(s.root)
    # The folders are prepared (and owned) by RoomSpawner: nothing for the learner to copy.
    c.Spawner.cmd = [sys.executable, "-m", "makerkit.hub.learner", "--"]
    c.Spawner.args = list(SERVER_OPTIONS)
    # A facilitator's laptop with 15 learners arriving at once: be patient, not fast.
    c.Spawner.http_timeout = 120
    c.Spawner.start_timeout = 180


def configure_room(c, session_dir: str | Path, page_url: str = "http://127.0.0.1:10101") -> None:
    """makerkit's settings on any JupyterHub: login, learners' servers, the facilitator's page.

    Leaves the proxy, the spawner class and the hub's address to the JupyterHub it is
    added to (The Littlest JupyterHub, Zero to JupyterHub: docs/hub.md). Learners' servers
    start through :mod:`makerkit.hub.learner`, which puts the workshop files in their folder.

    >>> from traitlets.config import Config
    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     _ = Session.create(d, ["nametag"], "fr", session_code="4821")
    ...     c = Config()
    ...     configure_room(c, d)
    ...     sorted(s["name"] for s in c.JupyterHub.services), "spawner_class" in c.JupyterHub
    (['facilitator', 'makerkit'], False)
    """
    from makerkit.hub.auth import RoomAuthenticator
    from makerkit.hub.workspaces import SERVER_OPTIONS, learner_config_path

    s = Session.open(session_dir)
    c.JupyterHub.last_activity_interval = 60
    c.JupyterHub.default_url = _default_url

    c.JupyterHub.authenticator_class = RoomAuthenticator
    c.RoomAuthenticator.admin_users = {FACILITATOR}
    c.RoomAuthenticator.allow_all = True
    c.RoomAuthenticator.user_password = s.secrets["session_code"]
    c.RoomAuthenticator.admin_password = s.secrets["facilitator_password"]
    # The room's voice: « tu » for a children's workshop, « vous » as soon as one is not.
    address = s.address
    c.RoomAuthenticator.lang = s.lang
    c.RoomAuthenticator.address = address
    c.JupyterHub.template_paths = [str(TEMPLATES)]
    c.JupyterHub.template_vars = {"makerkit": learner_texts(s.lang, address)}
    # The "your workshop is opening" page at once, in the learner's language, rather than
    # a blank tab for the first 10 s (JupyterHub's default) of a slow start.
    c.JupyterHub.tornado_settings.update({"slow_spawn_timeout": 0})

    releases = [str(s.release_dir(slug)) for slug in s.workshops]
    c.Spawner.cmd = [sys.executable, "-m", "makerkit.hub.learner", *releases, "--"]
    c.Spawner.args = list(SERVER_OPTIONS)
    notebooks = s.notebooks()
    if notebooks:
        c.Spawner.default_url = f"/lab/tree/{notebooks[0]}"
    c.Spawner.environment = {
        "JUPYTERHUB_ACTIVITY_INTERVAL": "60",
        "MAKERKIT_LANG": s.lang,
        "MAKERKIT_SESSION_DIR": str(s.root),
        # JupyterLab in the session's language, autosaving: defaults a learner can change.
        "JUPYTER_CONFIG_PATH": learner_config_path(s.lang),
        "MAKERKIT_PRINT_QUEUE_URL": f"{s.local_url}/services/{PAGE_SERVICE}/api/prints",
    }

    c.JupyterHub.services = [
        {
            "name": PAGE_SERVICE,
            "url": page_url,
            "command": [sys.executable, "-m", "makerkit.startup", "makerkit.hub.page", str(s.root)],
            "api_token": s.secrets["page_token"],
            "oauth_no_confirm": True,
            "environment": _page_environment(s.lang),
            "display": True,
        },
        {"name": CLI_SERVICE, "api_token": s.secrets["cli_token"]},
    ]
    c.JupyterHub.load_roles = [
        {
            "name": "makerkit-page",
            "services": [PAGE_SERVICE],
            "scopes": ["list:users", "read:users", "read:users:activity", "read:servers"],
        },
        {
            "name": "makerkit-cli",
            "services": [CLI_SERVICE],
            "scopes": ["admin:users", "admin:servers", "list:users", "read:users"],
        },
    ]
