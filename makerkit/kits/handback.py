"""Giving each learner their feedback page, in their own folder, without trusting that folder.

On the hub a learner's folder belongs to the learner, while grading runs as root: a name
in it may be a link to a system file, or the learner's own work. So the page is written
through a handle on the folder itself (no link is ever followed), to a new temporary
file renamed into place, owned by the learner; a file of that name that makerkit did not
write is kept, and the page takes a free name beside it.

>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "feedback.html").write_text("my own poem")
>>> write_page(folder, "feedback.html", "<p>3 / 5</p>").name
'feedback-2.html'
>>> (folder / "feedback.html").read_text()
'my own poem'
"""

from __future__ import annotations

import os
import secrets
import stat
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from makerkit.kits.submissions import path_inside

if TYPE_CHECKING:
    from makerkit.kits.results import ClassResult

__all__ = ["hand_back", "write_page", "MARK"]

#: The first line of every page this module writes: how it knows a file is its own.
MARK = "<!-- makerkit feedback page -->"


def hand_back(
    result: ClassResult,
    learners_dir: Path,
    name: str,
    users: Mapping[str, str | int] | None = None,
) -> dict[str, Path]:
    """Write each graded learner's page into ``learners_dir/<pseudonym>/``; where it went."""
    from makerkit.kits.report import feedback_html

    written = {}
    for learner in result.learners:
        folder = path_inside(learners_dir, learner.learner)
        if folder is None or not folder.is_dir():
            continue
        owner = _owner((users or {}).get(learner.learner))
        page = feedback_html(result, learner)
        try:
            written[learner.learner] = write_page(folder, name, page, owner)
        except OSError:
            continue  # a folder that changed under us: the page stays in the results folder
    return written


def write_page(folder: Path, name: str, text: str, owner: tuple[int, int] | None = None) -> Path:
    """Write ``text`` as ``folder/name`` (or a free name beside it); never through a link."""
    data = (MARK + "\n" + text).encode("utf-8")
    stem, dot, suffix = name.rpartition(".")
    folder_fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW)
    try:
        chosen = None
        for n in range(1, 100):
            candidate = name if n == 1 else f"{stem}-{n}{dot}{suffix}"
            if _free_or_ours(folder_fd, candidate):
                chosen = candidate
                break
        if chosen is None:
            raise FileExistsError(name)
        tmp = f".{chosen}.{secrets.token_hex(4)}.tmp"
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW
        fd = os.open(tmp, flags, 0o644, dir_fd=folder_fd)
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
                if owner is not None:
                    os.fchown(out.fileno(), *owner)
            os.replace(tmp, chosen, src_dir_fd=folder_fd, dst_dir_fd=folder_fd)
        except BaseException:
            os.unlink(tmp, dir_fd=folder_fd)
            raise
        return folder / chosen
    finally:
        os.close(folder_fd)


def _free_or_ours(folder_fd: int, name: str) -> bool:
    try:
        info = os.stat(name, dir_fd=folder_fd, follow_symlinks=False)
    except FileNotFoundError:
        return True
    if not stat.S_ISREG(info.st_mode):
        return False
    fd = os.open(name, os.O_RDONLY | os.O_NOFOLLOW, dir_fd=folder_fd)
    with os.fdopen(fd, "rb") as existing:
        return existing.read(len(MARK)) == MARK.encode()


def _owner(user: str | int | None) -> tuple[int, int] | None:
    """(uid, gid) of a system user given by name or uid; None for "leave it to root"."""
    if user is None or os.name != "posix":
        return None
    import pwd

    entry = pwd.getpwuid(user) if isinstance(user, int) else pwd.getpwnam(user)
    return entry.pw_uid, entry.pw_gid
