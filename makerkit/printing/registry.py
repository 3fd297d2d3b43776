"""The library's printers: a name, how to reach it on the library's network, and its profile.

``makerkit printer add`` writes here; the queue reads here. Keys and passwords stay in
``printers.json`` under makerkit's home (mode 0600) and are never shown.

Removing a printer, or giving it another address, settles its jobs in the same step (under
the same lock): jobs still waiting or approved for a removed printer are refused with a
reason the learner reads; a printer sending or printing a job is not removed nor moved
unless ``force=True`` (makerkit could no longer follow that print, which then ends as
"no longer followed").

>>> import tempfile, os
>>> os.environ["MAKERKIT_HOME"] = tempfile.mkdtemp()
>>> p = add_printer("atelier", "octoprint", "http://192.168.1.20", "creality-ender3-v2", api_key="K")
>>> [q.name for q in library_printers()], get_library_printer("atelier").profile
(['atelier'], 'creality-ender3-v2')
>>> get_library_printer("atelier").to_dict()["auth"]
'api-key'
>>> remove_printer("atelier"), library_printers()
([], [])
>>> del os.environ["MAKERKIT_HOME"]
"""

from __future__ import annotations

import re
import time
from dataclasses import asdict, dataclass, field
from typing import Any
from urllib.parse import urlsplit

from makerkit.errors import PrintingError
from makerkit.printing.home import Store

__all__ = [
    "KINDS",
    "LibraryPrinter",
    "add_printer",
    "remove_printer",
    "library_printers",
    "get_library_printer",
    "known_printers",
]

KINDS = ("octoprint", "prusalink", "moonraker")
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$")
_FILE = "printers.json"


@dataclass(frozen=True)
class LibraryPrinter:
    """One of the library's printers: ``kind`` (octoprint, prusalink, moonraker), address, profile."""

    name: str
    kind: str
    url: str
    profile: str
    api_key: str | None = field(default=None, repr=False)
    user: str | None = None
    password: str | None = field(default=None, repr=False)
    added_at: float = 0.0

    @property
    def auth(self) -> str:
        """How makerkit signs in: ``api-key``, ``password`` or ``none``."""
        if self.api_key:
            return "api-key"
        return "password" if self.user else "none"

    def to_dict(self) -> dict[str, Any]:
        """What may be shown: everything but the key and the password."""
        return {
            "name": self.name,
            "kind": self.kind,
            "url": self.url,
            "profile": self.profile,
            "auth": self.auth,
            "user": self.user,
        }


def _check(name: str, kind: str, url: str, profile: str, api_key, user, password) -> str:
    from makerkit.printers import get_printer

    if not _NAME.match(name or ""):
        raise PrintingError("printing.bad_printer_name", name=name)
    if kind not in KINDS:
        raise PrintingError("printing.bad_kind", kind=kind, valid=", ".join(KINDS))
    parts = urlsplit(url or "")
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise PrintingError("printing.bad_url", url=url)
    get_printer(profile)  # an unknown profile is explained by the profiles' own error
    if api_key and (user or password):
        raise PrintingError("printing.two_auths")
    if bool(user) != bool(password):
        raise PrintingError("printing.user_without_password")
    if kind == "octoprint" and not api_key:
        raise PrintingError("printing.octoprint_needs_key")
    if kind == "prusalink" and not (api_key or user):
        raise PrintingError("printing.prusalink_needs_auth")
    return url.rstrip("/")


_FIELDS = ("name", "kind", "url", "profile")


def _shape(data: Any) -> bool:
    """Whether ``printers.json`` holds what makerkit wrote there (else: damaged)."""
    printers = data.get("printers") if isinstance(data, dict) else None
    return isinstance(printers, dict) and all(
        isinstance(entry, dict)
        and all(isinstance(entry.get(k), str) for k in _FIELDS)
        and entry["name"] == name
        and entry["kind"] in KINDS
        for name, entry in printers.items()
    )


def _load(store: Store) -> dict[str, dict[str, Any]]:
    return store.read_json(_FILE, {"printers": {}}, _shape)["printers"]


def _entry(data: dict[str, Any]) -> LibraryPrinter:
    known = set(LibraryPrinter.__dataclass_fields__)
    return LibraryPrinter(**{k: v for k, v in data.items() if k in known})


def known_printers(store: Store) -> set[str] | None:
    """The printers' names, or ``None`` when no printer list was ever written."""
    data = store.read_json(_FILE, None, _shape)
    return None if data is None else set(data["printers"])


def add_printer(
    name: str,
    kind: str,
    url: str,
    profile: str,
    *,
    api_key: str | None = None,
    user: str | None = None,
    password: str | None = None,
    replace: bool = False,
    force: bool = False,
    store: Store | None = None,
) -> LibraryPrinter:
    """Remember a printer of the library under ``name`` (an existing name needs ``replace=True``).

    ``kind`` is ``octoprint``, ``prusalink`` or ``moonraker``; ``profile`` a printer id of
    ``makerkit printers`` (its bed, temperatures and speeds are what the safety check uses).
    Replacing a printer that is sending or printing a job with another address or kind
    needs ``force=True``. Its approved jobs are checked again for the new profile before
    they go, and wait for a new approval if its profile changed.
    """
    from makerkit.printing.queue import printer_changing

    store = store or Store()
    url = _check(name, kind, url, profile, api_key, user, password)
    entry = LibraryPrinter(name, kind, url, profile, api_key, user, password, time.time())
    with store.locked():
        printers = _load(store)
        if name not in printers:
            store.write_json(_FILE, {"printers": {**printers, name: asdict(entry)}})
            return entry
        if not replace:
            raise PrintingError("printing.printer_exists", name=name)
        with printer_changing(store, name, printers[name], asdict(entry), force=force):
            store.write_json(_FILE, {"printers": {**printers, name: asdict(entry)}})
    return entry


def remove_printer(
    name: str, *, force: bool = False, store: Store | None = None
) -> list[dict[str, Any]]:
    """Forget the printer ``name``; returns what happened to its jobs (events).

    Its waiting and approved jobs are refused, with a reason the learner reads. While it
    sends or prints a job it is kept, unless ``force=True``: that job then ends as no
    longer followed (makerkit cannot know how the print ends).
    """
    from makerkit.printing.queue import printer_changing

    store = store or Store()
    with store.locked():
        printers = _load(store)
        if name not in printers:
            raise PrintingError("printing.no_such_printer", name=name, known=_known(printers))
        with printer_changing(store, name, printers.pop(name), None, force=force) as events:
            store.write_json(_FILE, {"printers": printers})
    return events


def library_printers(*, store: Store | None = None) -> list[LibraryPrinter]:
    """The library's printers, by name."""
    printers = _load(store or Store())
    return [_entry(printers[n]) for n in sorted(printers)]


def get_library_printer(name: str, *, store: Store | None = None) -> LibraryPrinter:
    """The printer called ``name``, or an error that lists the known names."""
    printers = _load(store or Store())
    if name not in printers:
        raise PrintingError("printing.no_such_printer", name=name, known=_known(printers))
    return _entry(printers[name])


def _known(printers: dict[str, Any]) -> str:
    return ", ".join(sorted(printers)) or "—"
