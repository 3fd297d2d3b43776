"""Grading the room: every learner's notebook, each workshop's kit, feedback back in their folder.

::

    DIR/learners/ (one folder per pseudonym) + DIR/kits/<workshop>-<lang>.zip
        ──grade (makerkit.kits)──▶ DIR/grades/<workshop>/ (class.csv, class.png, feedback/)
        ──▶ DIR/learners/<pseudonym>/feedback-<workshop>.html (the learner's own copy)

The grading itself (a sandbox, workers, retries under load, feedback pages written safely
into learners' folders) belongs to :mod:`makerkit.kits`; :func:`grade_workshop` is the one
place the hub calls it.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from makerkit.hub.session import HubError, Session

__all__ = ["grade_room", "grade_workshop", "room_json", "combine", "last_results", "FEEDBACK_NAME"]

FEEDBACK_NAME = "feedback-{workshop}.html"


def grade_workshop(
    kit: Path,
    learners_dir: Path,
    out_dir: Path,
    feedback_name: str,
    users: dict[str, str] | None = None,
    progress: Callable[[str, int, int], None] | None = None,
):
    """Grade every learner folder with ``kit`` (makerkit's class grading, :mod:`makerkit.kits`).

    ``users`` (pseudonym → system account) runs each learner's code as that learner, in the
    grading sandbox; where the sandbox is not available yet, grading goes on without it.
    """
    from makerkit.errors import KitError
    from makerkit.kits import grade_class

    try:
        return grade_class(
            kit, learners_dir, out_dir, users=users, feedback_name=feedback_name, progress=progress
        )
    except KitError as err:
        if users is None or err.key != "kits.sandbox_unavailable":
            raise
        return grade_class(
            kit, learners_dir, out_dir, feedback_name=feedback_name, progress=progress
        )


def grade_room(
    session: Session, progress: Callable[[str, str, int, int], None] | None = None
) -> list:
    """Grade each workshop of the session; each learner's feedback page goes in their folder.

    ``progress(workshop, pseudonym, done, total)`` is told as learners are graded.
    Returns one :class:`makerkit.kits.ClassResult` per workshop.
    """
    from makerkit.hub.workspaces import separate_accounts, system_user

    learners = session.learners()
    if not learners:
        raise HubError("hub.no_learners")
    users = {name: system_user(name) for name in learners} if separate_accounts() else None
    results = []
    for slug in session.workshops:
        told = None if progress is None else partial(progress, slug)
        result = grade_workshop(
            session.kit_zip(slug),
            session.learners_dir,
            session.grades_dir / slug,
            FEEDBACK_NAME.format(workshop=slug),
            users,
            told,
        )
        results.append(result)
    return results


def room_json(results: list) -> dict:
    """What ``makerkit hub grade --json`` prints: ``kit grade``'s JSON, for every workshop.

    With one workshop the top level is exactly ``kit grade``'s object; ``workshops`` lists
    every workshop's object, and ``learners`` carries each row's ``workshop``.
    """
    return combine([r.as_dict() for r in results])


def combine(each: list[dict]) -> dict:
    """One JSON object for several workshops' ``kit grade`` objects (see :func:`room_json`)."""
    if len(each) == 1:
        return {**each[0], "workshops": each}
    return {
        "learners": [{**row, "workshop": w["workshop"]} for w in each for row in w["learners"]],
        "rejected": [{**row, "workshop": w["workshop"]} for w in each for row in w["rejected"]],
        "workshops": each,
        "seconds": round(sum(w["seconds"] for w in each), 1),
    }


def last_results(session: Session) -> dict | None:
    """The room's last grading, read back from ``DIR/grades`` (``None`` if a workshop has none)."""
    import json

    each = []
    for slug in session.workshops:
        path = session.grades_dir / slug / "results.json"
        try:
            each.append(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError):
            return None
    return combine(each) if each else None
