"""Reading and writing a learner's files safely.

A learner's work is never lost: :func:`write_bytes` writes to a temporary file and
renames it into place (a crash leaves the old file whole), and when it replaces a file
whose content differs, the previous version is kept in a ``.makerkit-backup`` folder
beside it.
"""

from __future__ import annotations

import os
import tempfile
import time
import warnings
from pathlib import Path

from makerkit.errors import InputFileError

__all__ = ["existing_file", "read_bytes", "write_bytes", "write_text"]

BACKUP_DIR = ".makerkit-backup"


def existing_file(path: str | os.PathLike) -> Path:
    """``path`` as a :class:`~pathlib.Path` if it names a readable file, else a clear error."""
    p = Path(path).expanduser()
    if not p.exists():
        raise InputFileError("core.file_missing", path=str(path))
    if p.is_dir():
        raise InputFileError("core.file_is_folder", path=str(path))
    return p


def read_bytes(path: str | os.PathLike, limit_bytes: int | None = None) -> bytes:
    """The content of a file, or an :class:`InputFileError` that says why it cannot be read."""
    p = existing_file(path)
    try:
        with p.open("rb") as f:
            return f.read() if limit_bytes is None else f.read(limit_bytes)
    except OSError as exc:
        raise InputFileError("core.file_unreadable", path=str(path), reason=exc.strerror) from exc


def write_bytes(path: str | os.PathLike, data: bytes) -> Path:
    """Write ``data`` to ``path`` atomically, keeping a differing previous version as a backup."""
    p = Path(path).expanduser()
    if p.is_dir():
        raise InputFileError("core.file_is_folder", path=str(path))
    p.parent.mkdir(parents=True, exist_ok=True)
    if p.exists():
        try:
            old = p.read_bytes()
        except OSError:
            old = None
        if old is not None and old != data:
            backup_dir = p.parent / BACKUP_DIR
            backup_dir.mkdir(exist_ok=True)
            stamp = time.strftime("%Y%m%d-%H%M%S")
            backup = backup_dir / f"{p.stem}.{stamp}{p.suffix}"
            n = 1
            while backup.exists():
                backup = backup_dir / f"{p.stem}.{stamp}-{n}{p.suffix}"
                n += 1
            backup.write_bytes(old)
            from makerkit.i18n import t

            warnings.warn(t("core.file_backup", path=str(p), backup=str(backup)), stacklevel=2)
    fd, tmp = tempfile.mkstemp(dir=p.parent, prefix=f".{p.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, p)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return p


def write_text(path: str | os.PathLike, text: str) -> Path:
    """Write UTF-8 text the same safe way as :func:`write_bytes`."""
    return write_bytes(path, text.encode("utf-8"))
