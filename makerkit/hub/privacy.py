"""The end of a session: keep the room's work in an archive, or forget a learner.

Only pseudonyms are ever stored. ``archive`` zips every learner's files and the grades
(never the session's secrets, the hub's database or settings folders); ``forget``
deletes a learner's folder, settings, account, grades, print jobs and their entry in the hub.
Nothing is sent anywhere.
"""

from __future__ import annotations

import csv
import io
import json
import os
import urllib.error
import urllib.request
import zipfile
from pathlib import Path

from makerkit.hub.pseudonyms import pseudonym
from makerkit.hub.session import HubError, Session

__all__ = ["archive_session", "forget_learner"]

_SKIPPED = {".ipynb_checkpoints", "__pycache__", ".DS_Store", "Thumbs.db"}


def archive_session(session: Session, target: str | os.PathLike) -> dict:
    """Zip ``learners/`` and ``grades/`` of ``session`` into ``target``; what went in."""
    out = Path(target).absolute()
    if session.root.resolve() in out.resolve().parents:
        raise HubError("hub.archive_inside", path=str(out))
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(f".{out.name}.partial")
    files = 0
    partial.unlink(missing_ok=True)
    # Everyone's work and grades: readable by the facilitator's account only.
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as raw, zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED) as zf:
        for top in (session.learners_dir, session.grades_dir):
            for path in sorted(top.rglob("*")) if top.is_dir() else []:
                rel = path.relative_to(session.root)
                if set(rel.parts) & _SKIPPED or any(p.startswith(".") for p in rel.parts):
                    continue
                if path.is_file() and not path.is_symlink():
                    zf.write(path, rel.as_posix())
                    files += 1
        zf.writestr(
            "session.json",
            json.dumps({"workshops": session.workshops, "lang": session.lang}, indent=2),
        )
    os.replace(partial, out)
    return {"file": str(out), "learners": session.learners(), "files": files}


def forget_learner(session: Session, name: str) -> dict:
    """Delete everything of learner ``name``: workspace, settings, account, grades, hub entry."""
    folded = pseudonym(name)
    if folded is None:
        raise HubError("hub.not_a_pseudonym", name=name)
    known = session.learners()
    in_hub = _hub_forget(session, folded)
    if folded not in known and not in_hub:
        if not known:
            raise HubError("hub.unknown_learner_nobody", name=name)
        raise HubError("hub.unknown_learner", name=name, known=", ".join(known))
    session.remove_learner_files(folded)
    account = False
    if os.name == "posix" and os.geteuid() == 0:
        from makerkit.hub.workspaces import remove_system_user

        account = remove_system_user(folded)
    graded = [_forget_grades(session.grades_dir / slug, folded) for slug in session.workshops]
    from makerkit.hub.page.prints import panel

    queue = panel()
    printed = queue.forget(session.root, folded) if queue is not None else 0
    return {
        "forgotten": folded,
        "account": account,
        "hub": in_hub,
        "grades": any(graded),
        "print_jobs": printed,
    }


def _hub_forget(session: Session, name: str) -> bool:
    """Remove ``name`` from a running hub (it stops their server first); False if not running."""
    token = session.secrets.get("cli_token")
    url = f"{session.local_url}/hub/api/users/{name}"
    request = urllib.request.Request(
        url, method="DELETE", headers={"Authorization": f"token {token}"}
    )
    try:
        with urllib.request.urlopen(request, timeout=60) as r:
            return r.status in (200, 204)
    except urllib.error.HTTPError:
        return False
    except (urllib.error.URLError, OSError):
        return _offline_forget(session, name)


def _offline_forget(session: Session, name: str) -> bool:
    """The hub is not running: remove the user from its database directly."""
    db = session.hub_dir / "jupyterhub.sqlite"
    if not db.is_file():
        return False
    from jupyterhub import orm

    db_session = orm.new_session_factory(f"sqlite:///{db}")()
    try:
        user = orm.User.find(db_session, name)
        if user is None:
            return False
        db_session.delete(user)
        db_session.commit()
        return True
    finally:
        db_session.close()


def _forget_grades(folder: Path, name: str) -> bool:
    """Remove ``name``'s feedback page and class-table row; the chart is drawn again at the next grading."""
    found = False
    page = folder / "feedback" / f"{name}.html"
    if page.is_file():
        page.unlink()
        found = True
    table = folder / "class.csv"
    if table.is_file():
        rows = list(csv.reader(io.StringIO(table.read_text(encoding="utf-8"))))
        kept = [r for r in rows if not r or r[0] != name]
        if len(kept) != len(rows):
            buffer = io.StringIO()
            csv.writer(buffer, lineterminator="\n").writerows(kept)
            table.write_text(buffer.getvalue(), encoding="utf-8")
            found = True
    results = folder / "results.json"
    if results.is_file():
        data = json.loads(results.read_text(encoding="utf-8"))
        before = len(data.get("learners", []))
        data["learners"] = [r for r in data.get("learners", []) if r.get("id") != name]
        if len(data["learners"]) != before:
            results.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
            found = True
    if found:
        for stale in ("class.png", "class.txt", "class.png.txt"):
            (folder / stale).unlink(missing_ok=True)  # it showed the forgotten learner
    return found
