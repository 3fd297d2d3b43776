"""Reading and writing a learner's files safely.

A learner's work is never lost:

- :func:`writing` (and :func:`write_bytes`, :func:`write_text` on top of it) writes to a
  temporary file beside the target, flushes it to the disk (``fsync``) and renames it into
  place: a crash or a power cut leaves the old file whole or the new one whole, never half;
- when it replaces a file whose content differs, the previous version is kept in a
  ``.makerkit-backup`` folder beside it (the last :data:`KEEP_BACKUPS` of each file);
- a temporary file left by a save that was killed is removed by a later save in the folder;
- new files get the ordinary permissions of the user's umask (others may read a learner's
  STL on a shared machine, as with any file the learner makes); a replaced file keeps its own.

>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> with writing(folder / "notes.txt") as f:
...     _ = f.write(b"first version")
>>> (folder / "notes.txt").read_text()
'first version'
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import shutil
import stat
import time
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from makerkit.errors import InputFileError

__all__ = [
    "existing_file",
    "read_bytes",
    "writing",
    "write_bytes",
    "write_text",
    "BACKUP_DIR",
    "KEEP_BACKUPS",
]

BACKUP_DIR = ".makerkit-backup"
KEEP_BACKUPS = 5  # previous versions kept per file; older ones are removed
# A temporary file is named ".<target name>.mk<process id>-<random>.tmp".
_TEMPORARY = re.compile(r"^\..+\.mk(\d+)-[0-9a-f]{8}\.tmp$")
_ORPHAN_AFTER_S = 5.0  # a temporary file of a process that ended, older than this, is an orphan
_STALE_AFTER_S = 24 * 3600.0  # any temporary file older than this is an orphan


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


@contextlib.contextmanager
def writing(
    path: str | os.PathLike, *, backup: bool = True, mode: int | None = None
) -> Iterator[BinaryIO]:
    """A binary file to write ``path`` through, put in place only when the block ends well.

    The file given is a temporary one beside ``path`` (a real file: libraries that write
    with C code can use it). At the end of the ``with`` block it is flushed to the disk and
    renamed to ``path``; a differing previous version is kept as a backup (``backup=False``:
    not kept, for work files in a temporary folder). If the block raises, ``path`` is left
    as it was.
    """
    p = Path(path).expanduser()
    if p.is_dir():
        raise InputFileError("core.file_is_folder", path=str(path))
    p.parent.mkdir(parents=True, exist_ok=True)
    _remove_orphans(p.parent)
    tmp = p.parent / f".{p.name}.mk{os.getpid()}-{secrets.token_hex(4)}.tmp"
    # 0o666 less the umask: the permissions any new file of the user gets; ``mode``: exactly
    # these (0o600 for makerkit's own files holding secrets), set before the file has its name.
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    if mode is not None:
        os.fchmod(fd, mode)
    try:
        with os.fdopen(fd, "wb") as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        _keep_previous_version(p, tmp, backup)
        os.replace(tmp, p)
        _sync_folder(p.parent)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_bytes(
    path: str | os.PathLike, data: bytes, *, backup: bool = True, mode: int | None = None
) -> Path:
    """Write ``data`` to ``path`` atomically, keeping a differing previous version as a backup.

    ``backup=False`` and ``mode`` are as for :func:`writing`.
    """
    with writing(path, backup=backup, mode=mode) as f:
        f.write(data)
    return Path(path).expanduser()


def write_text(path: str | os.PathLike, text: str) -> Path:
    """Write UTF-8 text the same safe way as :func:`write_bytes`."""
    return write_bytes(path, text.encode("utf-8"))


def _keep_previous_version(p: Path, new: Path, backup: bool) -> None:
    """Before ``new`` replaces ``p``: keep ``p`` as a backup if its content differs."""
    try:
        old = p.stat()
    except OSError:
        return  # nothing there yet
    if not stat.S_ISREG(old.st_mode):
        return
    with contextlib.suppress(OSError):
        os.chmod(new, stat.S_IMODE(old.st_mode))  # a replaced file keeps its permissions
    if not backup or old.st_size == new.stat().st_size and _same_content(p, new):
        return
    backup_dir = p.parent / BACKUP_DIR
    backup_dir.mkdir(exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    # Several saves in one second: numbered after the highest number already used.
    used = [n for (s, n), _ in _backups_of(backup_dir, p) if s == stamp]
    n = max(used) + 1 if used else 0
    backup = backup_dir / f"{p.stem}.{stamp}{f'-{n}' if n else ''}{p.suffix}"
    while backup.exists():
        n += 1
        backup = backup_dir / f"{p.stem}.{stamp}-{n}{p.suffix}"
    try:
        os.link(p, backup)  # the old file itself, no copy: it stays whole even if p changes
    except OSError:  # a file system without hard links (a FAT USB stick)
        try:
            shutil.copy2(p, backup)
        except OSError:
            return  # unreadable old file: nothing we can keep
    _prune_backups(backup_dir, p)
    from makerkit.i18n import t

    warnings.warn(t("core.file_backup", path=str(p), backup=str(backup)), stacklevel=4)


def _same_content(a: Path, b: Path, chunk: int = 1 << 20) -> bool:
    try:
        with a.open("rb") as fa, b.open("rb") as fb:
            while True:
                block = fa.read(chunk)
                if block != fb.read(chunk):
                    return False
                if not block:
                    return True
    except OSError:
        return False


def _backups_of(backup_dir: Path, p: Path) -> list[tuple[tuple[str, int], Path]]:
    """The backups of ``p``, oldest first, each with its (time stamp, number)."""
    pattern = re.compile(
        rf"^{re.escape(p.stem)}\.(\d{{8}}-\d{{6}})(?:-(\d+))?{re.escape(p.suffix)}$"
    )
    versions = []
    for entry in backup_dir.iterdir():
        found = pattern.match(entry.name)
        if found:
            versions.append(((found.group(1), int(found.group(2) or 0)), entry))
    return sorted(versions)


def _prune_backups(backup_dir: Path, p: Path) -> None:
    """Keep the last :data:`KEEP_BACKUPS` versions of ``p``; remove older ones."""
    for _, old in _backups_of(backup_dir, p)[:-KEEP_BACKUPS]:
        with contextlib.suppress(OSError):
            old.unlink()


def _remove_orphans(folder: Path) -> None:
    """Remove temporary files left in ``folder`` by saves that were killed half-way."""
    try:
        entries = [e for e in os.scandir(folder) if e.name.endswith(".tmp")]
    except OSError:
        return
    now = time.time()
    for entry in entries:
        found = _TEMPORARY.match(entry.name)
        if not found:
            continue  # not one of ours: never touched
        try:
            age_s = now - entry.stat(follow_symlinks=False).st_mtime
        except OSError:
            continue
        if age_s > _STALE_AFTER_S or (age_s > _ORPHAN_AFTER_S and not _alive(int(found[1]))):
            with contextlib.suppress(OSError):
                os.unlink(entry.path)


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True  # another thread of this process may be writing it
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError, OverflowError):
        return True  # it exists (another user's), or we cannot tell: leave it
    return True


def _sync_folder(folder: Path) -> None:
    """Flush the folder's entry list, so the rename itself survives a power cut."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # not every system can sync a folder
    finally:
        os.close(fd)
