"""Where makerkit keeps the library's printers and the print queue, and how it writes there.

The folder is ``MAKERKIT_HOME`` when set, else the per-user data folder of the system
(``~/.local/share/makerkit`` on Linux, found with platformdirs). Everything under it is
readable by its owner only: the printers' API keys and passwords live there.

Several processes share it (the facilitator's command line, the hub's page, a
``makerkit print serve`` worker), so changes happen under one lock, and every file is
written whole or not at all (a temporary file renamed into place). Each JSON file keeps its
last good version beside it (``queue.previous.json``): a file found damaged is never
replaced silently, the error says so and ``makerkit print restore`` goes back to that copy.

>>> import tempfile, os
>>> os.environ["MAKERKIT_HOME"] = tempfile.mkdtemp()
>>> store = Store()
>>> with store.locked():
...     _ = store.write_json("demo.json", {"a": 1})
>>> store.read_json("demo.json"), oct(store.path("demo.json").stat().st_mode & 0o777)
({'a': 1}, '0o600')
>>> del os.environ["MAKERKIT_HOME"]
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from makerkit.errors import PrintingError

__all__ = ["home_dir", "previous", "Store"]

LOCK_TIMEOUT_S = 30.0
_DAMAGED = object()


def previous(name: str) -> str:
    """The name of a file's last good copy: ``queue.json`` → ``queue.previous.json``."""
    stem, dot, suffix = name.rpartition(".")
    return f"{stem}.previous.{suffix}" if dot else f"{name}.previous"


def home_dir() -> Path:
    """makerkit's own folder: ``MAKERKIT_HOME``, else the user's data folder for makerkit."""
    env = os.environ.get("MAKERKIT_HOME")
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir("makerkit", appauthor=False))


class Store:
    """The printing folder under makerkit's home: JSON and blob files, one lock."""

    def __init__(self, root: str | os.PathLike | None = None) -> None:
        self.root = Path(root) if root is not None else home_dir() / "printing"

    def path(self, name: str) -> Path:
        """The file ``name`` inside the store."""
        return self.root / name

    def _ensure(self) -> None:
        if not self.root.exists():
            self.root.mkdir(parents=True, mode=0o700)
        os.chmod(self.root, 0o700)

    @contextmanager
    def locked(self) -> Iterator[None]:
        """Hold the store's lock (other makerkit processes wait, at most 30 s)."""
        from filelock import FileLock, Timeout

        self._ensure()
        lock = FileLock(str(self.root / ".lock"), timeout=LOCK_TIMEOUT_S, mode=0o600)
        try:
            with lock:
                yield
        except Timeout as exc:
            raise PrintingError("printing.store_busy", path=str(self.root)) from exc

    def read_json(
        self, name: str, default: Any = None, shape: Callable[[Any], bool] | None = None
    ) -> Any:
        """The JSON content of ``name``, or ``default`` when it does not exist yet.

        Content that is not JSON, or that ``shape`` finds wrong, is a ``printing.store_damaged``
        error: nothing is changed, the message says how to go back to the last good copy.
        """
        p = self.path(name)
        try:
            text = p.read_text(encoding="utf-8")
        except FileNotFoundError:
            return default
        except UnicodeDecodeError:
            text = ""  # not text at all: damaged
        except OSError as exc:
            raise PrintingError(
                "printing.store_unreadable", path=str(p), reason=exc.strerror
            ) from exc
        try:
            data = json.loads(text)
        except json.JSONDecodeError:
            data = _DAMAGED
        if data is _DAMAGED or (shape is not None and not shape(data)):
            raise PrintingError(
                "printing.store_damaged", path=str(p), previous=str(self.path(previous(name)))
            )
        return data

    def write_json(self, name: str, data: Any) -> Path:
        """Write ``data`` as JSON, whole or not at all, readable by the owner only.

        The version it replaces (read and found good under the lock) stays as the file's
        previous copy (a hard link: no copying).
        """
        text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True)
        self._keep_previous(name)
        return self.write_bytes(name, text.encode("utf-8"))

    def _keep_previous(self, name: str) -> None:
        current, kept = self.path(name), self.path(previous(name))
        link = kept.with_name(f".{kept.name}.{os.getpid()}.link")
        link.unlink(missing_ok=True)
        try:
            os.link(current, link)
        except FileNotFoundError:
            return  # nothing written yet
        except OSError:  # a file system without hard links
            import shutil

            shutil.copy2(current, link)
        os.replace(link, kept)

    def write_bytes(self, name: str, data: bytes) -> Path:
        """Write ``data`` to ``name`` atomically with mode 0600 (no backup copies: not a learner's file)."""
        from makerkit.files import write_bytes

        self._ensure()
        p = self.path(name)
        p.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        write_bytes(p, data, backup=False, mode=0o600)
        return p

    def read_bytes(self, name: str) -> bytes | None:
        """The bytes of ``name``, or ``None`` when it is missing."""
        try:
            return self.path(name).read_bytes()
        except FileNotFoundError:
            return None
