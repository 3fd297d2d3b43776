"""Grading the room: every learner's notebook, each workshop's kit, feedback back in their folder.

::

    DIR/learners/ (one folder per pseudonym) + DIR/kits/<workshop>-<lang>.zip
        ──grade (makerkit.kits)──▶ DIR/grades/<workshop>/ (class.csv, class.png, feedback/)
        ──▶ DIR/learners/<pseudonym>/feedback-<workshop>.html (the learner's own copy)

The grading itself (a sandbox, workers, retries under load) belongs to :mod:`makerkit.kits`;
:func:`grade_workshop` is the one place the hub calls it.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from makerkit.hub.session import HubError, Session

__all__ = ["grade_room", "grade_workshop", "room_json", "FEEDBACK_NAME"]

FEEDBACK_NAME = "feedback-{workshop}.html"


def grade_workshop(kit: Path, submissions: Path, out_dir: Path):
    """Grade every learner folder of ``submissions`` with ``kit`` (makerkit's class grading)."""
    from makerkit.kits.grade import grade_class

    return grade_class(kit, submissions, out_dir=out_dir)


def grade_room(session: Session) -> list:
    """Grade each workshop of the session; put each learner's feedback page in their folder.

    Returns one :class:`makerkit.kits.ClassResult` per workshop.
    """
    if not session.learners():
        raise HubError("hub.no_learners")
    results = []
    for slug in session.workshops:
        out = session.grades_dir / slug
        result = grade_workshop(session.kit_zip(slug), session.learners_dir, out)
        for learner in result.learners:
            page = result.feedback_dir / f"{learner.learner}.html"
            if page.is_file():
                name = FEEDBACK_NAME.format(workshop=slug)
                _give(page.read_bytes(), session.learner_dir(learner.learner) / name)
        results.append(result)
    return results


def _give(data: bytes, target: Path) -> bool:
    """Write ``data`` at ``target`` in a learner's folder, owned by them like the folder.

    The learner controls the names in their folder: never follow a link they made, never
    write through a second name of another file.
    """
    folder = target.parent.stat()
    flags = os.O_WRONLY | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(target, flags, 0o644)
    except OSError as exc:
        if exc.errno in (errno.ELOOP, errno.EISDIR, errno.ENOENT):
            return False
        raise
    with os.fdopen(fd, "wb") as f:
        info = os.fstat(f.fileno())
        if not stat.S_ISREG(info.st_mode) or info.st_nlink != 1:
            return False
        f.truncate(0)
        f.write(data)
        if hasattr(os, "fchown") and os.geteuid() == 0:
            os.fchown(f.fileno(), folder.st_uid, folder.st_gid)
    return True


def room_json(results: list) -> dict:
    """What ``makerkit hub grade --json`` prints: ``kit grade``'s JSON, for every workshop.

    With one workshop the top level is exactly ``kit grade``'s object; ``workshops`` lists
    every workshop's object, and ``learners`` carries each row's ``workshop``.
    """
    each = [r.as_dict() for r in results]
    if len(each) == 1:
        return {**each[0], "workshops": each}
    return {
        "learners": [{**row, "workshop": w["workshop"]} for w in each for row in w["learners"]],
        "rejected": [{**row, "workshop": w["workshop"]} for w in each for row in w["rejected"]],
        "workshops": each,
        "seconds": round(sum(w["seconds"] for w in each), 1),
    }
