"""A session's folder: everything the room holds lives in it, so a restart finds it all again.

::

    DIR/
      session.json          workshops, language, address, port (no secret)
      secrets.json          session code, facilitator password, tokens (owner only)
      jupyterhub_config.py  the hub's configuration: two lines that call makerkit.hub.config
      hub/                  JupyterHub's database, cookie secret and log (owner only)
      kits/                 one kit zip per workshop: learner notebook, solutions (owner only)
      release/<workshop>/   the learner notebook(s) as nbgrader releases them, and assets
      learners/<pseudonym>/ each learner's work (only theirs when the hub separates accounts)
      homes/<pseudonym>/    each learner's settings (JupyterLab's, matplotlib's …)
      grades/<workshop>/    class.csv, class.png, feedback pages, results.json (owner only)
      address.png           the QR code of the address, for tablets

>>> import tempfile
>>> with tempfile.TemporaryDirectory() as d:
...     s = Session.create(d, ["nametag"], "fr", session_code="482915")
...     again = Session.open(d)
...     again.workshops, again.lang, again.secrets["session_code"], again.learner_dir("lea").name
(['nametag'], 'fr', '482915', 'lea')
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from makerkit.errors import MakerkitError

__all__ = ["Session", "DEFAULT_DIR", "DEFAULT_PORT", "HubError"]

DEFAULT_DIR = "makerkit-session"
DEFAULT_PORT = 8000
SETTINGS = "session.json"
SECRETS = "secrets.json"


class HubError(MakerkitError):
    """A session that cannot start, be graded, archived or forgotten as asked."""


def _session_code() -> str:
    # Six digits: typed on a tablet, read aloud, and enough to keep a neighbour out.
    return f"{secrets.randbelow(10**6):06d}"


def _password() -> str:
    # Three short groups a librarian can copy from the terminal without confusion.
    alphabet = "abcdefghjkmnpqrstuvwxyz23456789"
    return "-".join("".join(secrets.choice(alphabet) for _ in range(4)) for _ in range(3))


@dataclass
class Session:
    """One room's settings and folder; :meth:`create` or :meth:`open` one."""

    root: Path
    workshops: list[str]
    lang: str
    ip: str = ""
    port: int = DEFAULT_PORT
    secrets: dict[str, str] = field(default_factory=dict, repr=False)
    password_is_new: bool = False

    # ----- folders -------------------------------------------------------------------
    @property
    def hub_dir(self) -> Path:
        return self.root / "hub"

    @property
    def learners_dir(self) -> Path:
        return self.root / "learners"

    @property
    def homes_dir(self) -> Path:
        return self.root / "homes"

    @property
    def kits_dir(self) -> Path:
        return self.root / "kits"

    @property
    def grades_dir(self) -> Path:
        return self.root / "grades"

    @property
    def config_file(self) -> Path:
        return self.root / "jupyterhub_config.py"

    @property
    def qr_png(self) -> Path:
        return self.root / "address.png"

    @property
    def local_url(self) -> str:
        """The hub's address from this machine (what the page and the commands use)."""
        host = self.ip if self.ip not in ("", "0.0.0.0", "::") else "127.0.0.1"
        return f"http://{host}:{self.port}"

    def release_dir(self, workshop: str) -> Path:
        return self.root / "release" / workshop

    def kit_zip(self, workshop: str) -> Path:
        return self.kits_dir / f"{workshop}-{self.lang}.zip"

    def learner_dir(self, name: str) -> Path:
        return self.learners_dir / name

    def home_dir(self, name: str) -> Path:
        return self.homes_dir / name

    @property
    def address(self) -> str:
        """How the hub speaks to learners in French: ``"tu"`` only if every workshop does.

        Each kit says its workshop's voice (``kit.json``: « tu » for children, « vous »
        for adults and seniors). A room mixing both, or a kit that does not say, gets
        the polite « vous ».
        """
        voices = {_kit_manifest(self.kit_zip(slug)).get("address") for slug in self.workshops}
        return "tu" if voices == {"tu"} else "vous"

    def learners(self) -> list[str]:
        """The pseudonyms that have a workspace, sorted."""
        if not self.learners_dir.is_dir():
            return []
        return sorted(p.name for p in self.learners_dir.iterdir() if p.is_dir())

    def notebooks(self) -> list[str]:
        """The learner notebook file names, one per workshop, in the order of the workshops."""
        names = []
        for slug in self.workshops:
            found = sorted(self.release_dir(slug).glob("*.ipynb"))
            names += [p.name for p in found]
        return names

    # ----- settings on disk ----------------------------------------------------------
    @classmethod
    def create(
        cls,
        root: str | os.PathLike,
        workshops: list[str],
        lang: str,
        ip: str = "",
        port: int = DEFAULT_PORT,
        session_code: str | None = None,
        facilitator_password: str | None = None,
    ) -> Session:
        """Make (or take up again) the session in ``root`` with these settings.

        An existing session keeps its secrets unless new ones are given, so learners who
        come back after a restart type the same code.
        """
        path = Path(root).absolute()
        path.mkdir(parents=True, exist_ok=True)
        old = _read_json(path / SECRETS)
        found = {
            "session_code": session_code or old.get("session_code") or _session_code(),
            "facilitator_password": facilitator_password
            or old.get("facilitator_password")
            or _password(),
            "cli_token": old.get("cli_token") or secrets.token_hex(32),
            "page_token": old.get("page_token") or secrets.token_hex(32),
        }
        code = "".join(found["session_code"].split())
        if len(code) < 4:
            raise HubError("hub.code_too_short", code=found["session_code"])
        if len(found["facilitator_password"]) < 8:
            raise HubError("hub.password_too_short")
        if code == found["facilitator_password"]:
            raise HubError("hub.password_is_code")
        found["session_code"] = code
        session = cls(path, list(workshops), lang, ip, int(port), found)
        # Shown once, when new: the facilitator's screen is sometimes projected to the room.
        session.password_is_new = not facilitator_password and not old.get("facilitator_password")
        session.save()
        return session

    @classmethod
    def open(cls, root: str | os.PathLike) -> Session:
        """The session kept in ``root`` (a :class:`HubError` if there is none)."""
        path = Path(root).absolute()
        settings = _read_json(path / SETTINGS)
        if not settings:
            raise HubError("hub.no_session", path=str(path))
        return cls(
            path,
            list(settings["workshops"]),
            settings["lang"],
            settings.get("ip", ""),
            int(settings.get("port", DEFAULT_PORT)),
            _read_json(path / SECRETS),
        )

    def save(self) -> None:
        """Write ``session.json`` and ``secrets.json`` (the latter readable by its owner only)."""
        settings = {
            "workshops": self.workshops,
            "lang": self.lang,
            "ip": self.ip,
            "port": self.port,
        }
        _write_json(self.root / SETTINGS, settings, 0o644)
        _write_json(self.root / SECRETS, self.secrets, 0o600)
        # The hub's database, the kits (solutions, hidden tests) and everyone's grades:
        # the facilitator's only, also in a session folder made by an older makerkit.
        for folder in (self.hub_dir, self.kits_dir, self.grades_dir):
            folder.mkdir(mode=0o700, exist_ok=True)
            folder.chmod(0o700)
        # Learners' servers must be able to walk into their own folder, not list the others.
        for folder in (self.learners_dir, self.homes_dir):
            folder.mkdir(exist_ok=True)
            folder.chmod(0o711)
        self.root.chmod(0o711)

    def remove_learner_files(self, name: str) -> None:
        """Delete a learner's workspace and settings (used to forget them)."""
        for folder in (self.learner_dir(name), self.home_dir(name)):
            if folder.exists():
                shutil.rmtree(folder)


def _kit_manifest(kit: Path) -> dict:
    try:
        with zipfile.ZipFile(kit) as zf:
            # makerkit.kits.build.KIT_MANIFEST (importing it costs the hub 2 s: nbgrader)
            return json.loads(zf.read("kit.json"))
    except (OSError, KeyError, ValueError, zipfile.BadZipFile):
        return {}


def _read_json(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        raise HubError("hub.session_broken", path=str(path), reason=str(exc)) from exc


def _write_json(path: Path, data: dict, mode: int) -> None:
    partial = path.with_name(f".{path.name}.partial")
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        json.dump(data, f, indent=2, ensure_ascii=False)
    os.chmod(partial, mode)
    os.replace(partial, path)
