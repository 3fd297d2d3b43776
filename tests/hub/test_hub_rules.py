"""The hub's rules that need no running hub: login throttling, who may read the session's files."""

from __future__ import annotations

import json
import re
import stat
import zipfile

import pytest

from makerkit.hub.privacy import archive_session
from makerkit.hub.session import Session
from makerkit.hub.throttle import LoginThrottle


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_failed_logins_wait_longer_and_longer_up_to_a_ceiling():
    now = [0.0]
    throttle = LoginThrottle(free_failures=5, first_wait_s=10, max_wait_s=60, clock=lambda: now[0])
    waits = []
    for _ in range(9):
        throttle.failed("name:zoe")
        waits.append(throttle.wait_s("name:zoe"))
        now[0] += waits[-1]  # tries again as soon as allowed
    assert waits == [0, 0, 0, 0, 10, 20, 40, 60, 60]
    assert throttle.wait_s("name:lea", "address:10.0.0.8") == 0  # nobody else waits
    throttle.succeeded("name:zoe")
    throttle.failed("name:zoe")
    assert throttle.wait_s("name:zoe") == 0  # a success starts again from zero


def test_old_failures_are_forgotten():
    now = [0.0]
    throttle = LoginThrottle(free_failures=2, forget_after_s=100, clock=lambda: now[0])
    for i in range(1000):
        throttle.failed(f"name:guess{i}", "address:10.0.0.9")
    assert throttle.wait_s("address:10.0.0.9") > 0
    now[0] = 1000.0
    throttle.failed("name:late")
    assert set(throttle._records) == {"name:late"}  # memory stays bounded


def test_solutions_grades_and_the_hub_are_the_facilitators_only(tmp_path):
    root = tmp_path / "session"
    (root / "grades").mkdir(parents=True, mode=0o755)  # as an older makerkit left it
    (root / "kits").mkdir(mode=0o755)
    session = Session.create(root, ["nametag"], "fr", session_code="482193")
    for folder in (session.hub_dir, session.kits_dir, session.grades_dir):
        assert mode(folder) == 0o700, folder
    assert mode(root / "secrets.json") == 0o600
    # Learners' servers walk to their own folder, without listing the others.
    assert mode(root) == mode(session.learners_dir) == 0o711
    session.learner_dir("lea").mkdir()
    (session.learner_dir("lea") / "tag.ipynb").write_text("{}")
    out = tmp_path / "archives" / "session.zip"
    archive_session(session, out)
    assert mode(out) == 0o600
    assert "learners/lea/tag.ipynb" in zipfile.ZipFile(out).namelist()


def kit_with_voice_of(session: Session, slug: str) -> None:
    """The session's kit manifest for ``slug``, saying the voice its workshop.toml declares."""
    from makerkit.kits.workshop import get_workshop

    session.kits_dir.mkdir(exist_ok=True)
    with zipfile.ZipFile(session.kit_zip(slug), "w") as zf:
        zf.writestr(
            "kit.json", json.dumps({"workshop": slug, "address": get_workshop(slug).address})
        )


@pytest.mark.parametrize(
    "workshops,voice",
    [
        (["nametag"], "tu"),  # children 8-11
        (["tactile-tag"], "vous"),  # seniors and adults, declared in workshop.toml
        (["nametag", "tactile-tag"], "vous"),  # a mixed room: the polite default
    ],
)
def test_the_hub_speaks_as_the_workshops_declare(tmp_path, workshops, voice):
    from makerkit.hub.auth import RoomAuthenticator
    from makerkit.hub.config import learner_texts

    session = Session.create(tmp_path / "s", workshops, "fr", session_code="482193")
    assert session.address == "vous"  # no kit says yet
    for slug in workshops:
        kit_with_voice_of(session, slug)
    assert session.address == voice
    texts = " ".join(v for k, v in learner_texts("fr", voice).items() if k != "address")
    other = {
        "tu": r"\b(vous|votre|Votre|tapez|vérifiez|appuyez)\b",
        "vous": r"\b(tu|ton|Ton|te|tape|vérifie|appuie)\b",
    }
    assert not re.search(other[voice], texts), texts
    waiting = RoomAuthenticator(lang="fr", address=voice)._too_many(9.2).log_message
    assert ("Attends 10 secondes" if voice == "tu" else "Attendez 10 secondes") in waiting
