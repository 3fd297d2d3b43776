"""Grading a class end to end with real nbgrader and real kernels (the template workshop)."""

import hashlib
import json
import os
import zipfile
from pathlib import Path

import nbformat
import pytest

from makerkit.i18n import t
from makerkit.kits.authoring import new_workshop
from makerkit.kits.build import build_kit
from makerkit.kits.notebooks import answered_copy

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def kit_fr(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("ws")
    ws = new_workshop("paper-plane", root, title="Avion en papier")
    return build_kit(ws, "fr", root / "kits")


def read_kit(kit: Path):
    with zipfile.ZipFile(kit) as zf:
        manifest = json.loads(zf.read("kit.json"))
        name = manifest["notebook"]
        released = nbformat.reads(zf.read(f"learner/{name}").decode(), as_version=4)
        source = nbformat.reads(zf.read(f"facilitator/solutions/{name}").decode(), as_version=4)
    return name, released, source


def checksums(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def nb_with(nb, **by_kind):
    """A copy of ``nb`` whose cells of a kind (solution, grade) get a new source."""
    copy = nbformat.reads(nbformat.writes(nb), as_version=4)
    for cell in copy.cells:
        meta = cell.metadata.get("nbgrader", {})
        for kind, text in by_kind.items():
            if meta.get(kind):
                cell.source = text
    return copy


def french_class(kit: Path, root: Path) -> Path:
    name, released, source = read_kit(kit)
    learners = {
        "renard": answered_copy(released, source),
        "hibou": released,
        "loutre": nb_with(released, solution="while True:\n    pass"),
        "castor": answered_copy(released, source),
        "blaireau": nb_with(answered_copy(released, source), grade="print('tout bon')"),
    }
    castor = learners["castor"]
    castor.cells = [c for c in castor.cells if not c.metadata.get("nbgrader", {}).get("grade")]
    for who, nb in learners.items():
        (root / who).mkdir(parents=True)
        nbformat.write(nb, root / who / name)
    (root / "mouette").mkdir()
    (root / "mouette" / name).write_bytes(b"%PDF-1.4 not a notebook at all")
    return root


def test_kit_layout(kit_fr):
    with zipfile.ZipFile(kit_fr) as zf:
        names = set(zf.namelist())
        handout = zf.read("handout.html").decode()
        guide = zf.read("facilitator/guide.html").decode()
    assert {
        "kit.json",
        "handout.html",
        "facilitator/guide.html",
        "learner/paper-plane.fr.ipynb",
        "learner/assets/result.png",
        "facilitator/solutions/paper-plane.fr.ipynb",
    } <= names
    name, released, source = read_kit(kit_fr)
    learner_text = nbformat.writes(released)
    assert "BEGIN SOLUTION" not in learner_text and "HIDDEN TESTS" not in learner_text
    answer = [c for c in released.cells if c.metadata.get("nbgrader", {}).get("solution")]
    assert "42" not in answer[0].source and "Écris ton code ici" in answer[0].source
    assert "BEGIN HIDDEN TESTS" in nbformat.writes(source)
    for page in (handout, guide):
        assert '<html lang="fr">' in page and "@media print" in page
        assert "http://" not in page and "https://" not in page.replace(
            "https://creativecommons.org", ""
        )
        assert 'src="data:image/png;base64,' in page and 'alt="Une coche verte' in page
    assert 'type="checkbox"' in guide and "Tu vas fabriquer" in handout


def test_a_french_class_is_graded_and_submissions_are_untouched(kit_fr, tmp_path, cli):
    class_dir = french_class(kit_fr, tmp_path / "classe")
    before = checksums(class_dir)
    out = tmp_path / "resultats"
    run = cli("kit", "grade", kit_fr, class_dir, "-o", out, "--timeout", "5", "--json")
    assert run.status == 1, run.err  # mouette was not graded: the run says so
    data = run.json
    scores = {row["id"]: (row["score"], row["max_score"]) for row in data["learners"]}
    assert scores["renard"] == (1, 1)  # full marks
    assert scores["hibou"] == (0, 1)  # blank
    assert scores["loutre"] == (0, 1)  # infinite loop stopped
    assert scores["castor"] == (1, 1)  # test cell deleted, put back, answer right
    assert scores["blaireau"] == (1, 1)  # edited test cell put back, answer right
    rejected = {row["id"]: row for row in data["rejected"]}
    assert rejected["mouette"]["code"] == "reject_not_notebook"
    assert "n'est pas un carnet" in rejected["mouette"]["reason"]
    assert checksums(class_dir) == before  # the originals never change

    feedback = Path(data["feedback_dir"])
    assert sorted(p.stem for p in feedback.glob("*.html")) == sorted(scores)
    loutre = (feedback / "loutre.html").read_text()
    assert '<html lang="fr">' in loutre and "trop longtemps" in loutre
    assert "remise" in (feedback / "castor.html").read_text()
    assert "verrouillée" in (feedback / "blaireau.html").read_text()
    for page in feedback.glob("*.html"):
        text = page.read_text()
        assert "HIDDEN" not in text and "checks.between" not in text  # hidden test never shown
    csv_text = (out / "class.csv").read_text()
    assert csv_text.splitlines()[0].startswith("participant,points")
    assert "mouette" in csv_text
    alt = (out / "class.txt").read_text()
    assert "5 participants" in alt and "non corrigés : 1" in alt
    assert (out / "class.png").read_bytes()[:4] == b"\x89PNG"


def test_unsafe_archives_are_refused_and_the_rest_graded(kit_fr, tmp_path, cli):
    name, released, source = read_kit(kit_fr)
    good = nbformat.writes(answered_copy(released, source))
    archive = tmp_path / "class.zip"
    target = tmp_path / "precious"
    (target / "inside").mkdir(parents=True)
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr(f"ok-1/{name}", good)
        zf.writestr(f"../evil/{name}", good)
        zf.writestr(f"/abs/{name}", good)
        zf.writestr(f"{target}/", "")  # a folder entry that once reached shutil.rmtree
        zf.writestr(f"../../../../../../..{target}/inside/", "")
        link = zipfile.ZipInfo(f"linky/{name}")
        link.external_attr = (0o120777 << 16) | 0
        zf.writestr(link, "/etc/passwd")
        zf.writestr(f"Jean Dupont/{name}", good)
        zf.writestr("notes.txt", "junk")
        zf.writestr(f"__MACOSX/ok-1/._{name}", "mac junk")
    before = hashlib.sha256(archive.read_bytes()).hexdigest()
    with zipfile.ZipFile(kit_fr) as zf:  # the kit as its unpacked folder, this time
        zf.extractall(tmp_path / "kit")
    run = cli("kit", "grade", tmp_path / "kit", archive, "-o", tmp_path / "out", "--json")
    assert run.status == 1, run.err  # some were refused: not a clean run
    data = run.json
    assert [(r["id"], r["score"]) for r in data["learners"]] == [("ok-1", 1.0)]
    codes = {r["code"] for r in data["rejected"]}
    assert {
        "reject_parent",
        "reject_absolute",
        "reject_symlink",
        "reject_pseudonym",
        "reject_outside",
    } <= codes
    assert not (tmp_path / "evil").exists() and not Path("/abs").exists()
    assert (target / "inside").is_dir()
    assert hashlib.sha256(archive.read_bytes()).hexdigest() == before


def test_symlinks_in_a_class_folder_are_refused(kit_fr, tmp_path):
    from makerkit.kits.submissions import collect_submissions

    (tmp_path / "cls" / "fox").mkdir(parents=True)
    os.symlink("/etc/passwd", tmp_path / "cls" / "fox" / "paper-plane.fr.ipynb")
    os.symlink(tmp_path, tmp_path / "cls" / "wolf")
    found = collect_submissions(tmp_path / "cls", "paper-plane.fr.ipynb", tmp_path / "work")
    assert found.learners == {}
    assert {(r.learner, r.reason_key) for r in found.rejected} == {
        ("fox", "kits.reject_symlink"),
        ("wolf", "kits.reject_symlink"),
    }


def test_clear_errors_for_bad_paths(kit_fr, tmp_path, cli):
    assert cli("kit", "grade", tmp_path / "nope.zip", tmp_path).status == 2
    (tmp_path / "cls").mkdir()
    inside = cli("kit", "grade", kit_fr, tmp_path / "cls", "-o", tmp_path / "cls" / "out")
    assert inside.status == 2 and "submissions" in inside.err
    assert cli("kit", "build", "no-such-workshop", "-o", tmp_path).status == 2


def test_alembic_head_is_nbgraders_own():
    import nbgrader.api

    from makerkit.kits import course

    course._use_fast_alembic_head()
    original = course._nbgrader_alembic_version or nbgrader.api.get_alembic_version
    assert original is not course._alembic_head
    with course.nbgrader_environment():
        assert original() == course._alembic_head()


def test_the_api_hands_pages_back_and_reports_progress(kit_fr, tmp_path):
    from makerkit.kits.grade import grade_class

    name, released, source = read_kit(kit_fr)
    for who, nb in {"fox": answered_copy(released, source), "owl": released}.items():
        (tmp_path / "room" / who).mkdir(parents=True)
        nbformat.write(nb, tmp_path / "room" / who / name)
    (tmp_path / "room" / "owl" / "feedback.html").write_text("owl's own page")
    seen = []
    result = grade_class(
        kit_fr,
        tmp_path / "room",
        out_dir=tmp_path / "out",
        feedback_name="feedback.html",
        progress=lambda who, done, total: seen.append((done, total)),
        sandbox=False,  # the path of a machine that cannot sandbox: graded, and said so
    )
    assert result.as_dict()["sandbox"] == {"on": False, "why_not": "le bac à sable a été désactivé"}
    assert "pas été exécuté dans un bac à sable (le bac à sable" in result.sandbox_warning()
    assert {r.learner: r.score for r in result.learners} == {"fox": 1, "owl": 0}
    assert sorted(seen) == [(1, 2), (2, 2)]
    assert "1 / 1" in (tmp_path / "room" / "fox" / "feedback.html").read_text()
    assert (tmp_path / "room" / "owl" / "feedback.html").read_text() == "owl's own page"
    assert "0 / 1" in (tmp_path / "room" / "owl" / "feedback-2.html").read_text()


# A stand-in for a worker the machine kills: it takes a job (as a real worker does) and dies,
# hangs, or answers that the machine failed (as a real worker does when a kernel cannot start).
FLAKY_WORKER = """
import json, os, pathlib, sys
queue, done = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
mine = queue.parent / f"claimed-{os.getpid()}"
mine.mkdir()
job = sorted(queue.glob("*.json"))[0]
os.replace(job, mine / job.name)
if sys.argv[3] == "die":
    os._exit(9)
if sys.argv[3] == "hang":
    import time
    time.sleep(600)
learner = json.loads((mine / job.name).read_text())["learner"]
(done / job.name).write_text(json.dumps({"learner": learner, "retry": "kernel did not start"}))
(mine / job.name).unlink()
"""


def one_learner_room(kit: Path, root: Path) -> Path:
    name, released, source = read_kit(kit)
    (root / "fox").mkdir(parents=True)
    nbformat.write(answered_copy(released, source), root / "fox" / name)
    return root


def test_a_learner_failed_by_the_machine_is_graded_again(kit_fr, tmp_path, monkeypatch):
    import subprocess
    import sys

    from makerkit.kits import grade

    real = grade._start_worker
    troubles = ["die", "retry"]  # then a real worker: the third and last attempt

    def start(queue, done_dir, work, number):
        if not troubles:
            return real(queue, done_dir, work, number)
        log = (work / f"worker-{number}.log").open("wb")
        cmd = [sys.executable, "-c", FLAKY_WORKER, str(queue), str(done_dir), troubles.pop(0)]
        return subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT), log

    monkeypatch.setattr(grade, "_start_worker", start)
    room = one_learner_room(kit_fr, tmp_path / "room")
    result = grade.grade_class(kit_fr, room, out_dir=tmp_path / "out", workers=1)
    assert [(r.learner, r.score) for r in result.learners] == [("fox", 1)]
    assert result.rejected == [] and troubles == []


def test_a_learner_the_machine_always_fails_is_not_scored_zero(kit_fr, tmp_path, monkeypatch):
    import subprocess
    import sys

    from makerkit.kits import grade

    def start(queue, done_dir, work, number):
        log = (work / f"worker-{number}.log").open("wb")
        cmd = [sys.executable, "-c", FLAKY_WORKER, str(queue), str(done_dir), "retry"]
        return subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT), log

    monkeypatch.setattr(grade, "_start_worker", start)
    room = one_learner_room(kit_fr, tmp_path / "room")
    result = grade.grade_class(kit_fr, room, out_dir=tmp_path / "out", workers=1)
    assert result.learners == []
    (rejected,) = result.rejected
    assert rejected.learner == "fox" and rejected.reason_key == "kits.reject_grading_failed"
    assert "kernel did not start" in rejected.reason("en")


def test_a_stuck_worker_is_stopped_and_its_learner_not_scored(tmp_path, monkeypatch):
    """No kernel here: workers that take a learner and never answer, under the supervisor."""
    import subprocess
    import sys

    from makerkit.kits import grade

    def start(queue, done_dir, work, number):
        log = (work / f"worker-{number}.log").open("wb")
        cmd = [sys.executable, "-c", FLAKY_WORKER, str(queue), str(done_dir), "hang"]
        return subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT), log

    monkeypatch.setattr(grade, "_start_worker", start)
    job = {"learner": "fox", "lang": "en"}
    (outcome,) = grade._run([job], 1, tmp_path, limit_s=0.5)
    assert outcome == {"learner": "fox", "error": t("kits.grading_too_long", lang="en")}
