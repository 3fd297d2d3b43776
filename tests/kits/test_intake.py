"""Safe intake: names from a class archive, a class folder or a kit never reach outside the work folder.

No kernel runs here: these tests open submissions and kits the way ``kit grade`` does,
with archives built to attack the facilitator's disk, and check what is left on it.
"""

import json
import os
import zipfile
from pathlib import Path

import pytest

from makerkit.errors import KitError
from makerkit.kits.submissions import collect_submissions, open_kit, path_inside

NB = "tag.fr.ipynb"
GOOD = json.dumps({"cells": [], "metadata": {}, "nbformat": 4, "nbformat_minor": 5})


def canary(folder: Path) -> Path:
    folder.mkdir(parents=True)
    (folder / "keep.txt").write_text("still here")
    return folder


def alive(folder: Path) -> bool:
    return (folder / "keep.txt").read_text() == "still here"


@pytest.mark.parametrize("wrapped", [False, True], ids=["flat", "class-folder"])
def test_a_hostile_archive_touches_nothing_outside_the_work_folder(tmp_path, wrapped):
    work = tmp_path / "deep" / "work"
    work.mkdir(parents=True)
    absolute = canary(tmp_path / "absolute-target")
    parent = canary(tmp_path / "deep" / "parent-target")
    grand = canary(tmp_path / "grand-target")
    top = "classe/" if wrapped else ""
    archive = tmp_path / "class.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr(f"{top}fox/{NB}", GOOD)
        # The names that used to reach shutil.rmtree: a folder entry and a file entry each.
        zf.writestr(f"{absolute}/", "")
        zf.writestr(f"{absolute}/{NB}", GOOD)
        zf.writestr(f"{top}../../parent-target/", "")
        zf.writestr(f"{top}../../parent-target/{NB}", GOOD)
        zf.writestr(f"{top}../../../grand-target/{NB}", GOOD)
        zf.writestr(f"{top}wolf/../../../../grand-target/{NB}", GOOD)
        zf.writestr(f"{top}owl\\..\\..\\..\\..\\grand-target\\{NB}", GOOD)
        zf.writestr(f"C:\\{NB}", GOOD)
    found = collect_submissions(archive, NB, work)
    assert alive(absolute) and alive(parent) and alive(grand)
    assert sorted(found.learners) == ["fox"]
    codes = {(r.learner, r.reason_key.split(".")[-1]) for r in found.rejected}
    assert ("wolf", "reject_parent") in codes and ("owl", "reject_parent") in codes
    assert {"reject_absolute", "reject_parent"} <= {c for _, c in codes}
    # Nothing was written beside the work folder either.
    assert sorted(p.name for p in (tmp_path / "deep").iterdir()) == ["parent-target", "work"]


def test_a_learner_with_one_bad_entry_is_not_unpacked_at_all(tmp_path):
    archive = tmp_path / "class.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr(f"fox/{NB}", GOOD)
        zf.writestr("fox/../../escape.txt", "x")
        zf.writestr(f"hen/{NB}", GOOD)
    found = collect_submissions(archive, NB, tmp_path / "work")
    assert sorted(found.learners) == ["hen"]
    assert not (tmp_path / "work" / "staged" / "fox").exists()
    assert not (tmp_path / "escape.txt").exists()


def test_links_inside_a_learner_folder_refuse_that_learner(tmp_path):
    secret = canary(tmp_path / "secret")
    cls = tmp_path / "cls"
    (cls / "fox" / "sub").mkdir(parents=True)
    (cls / "fox" / NB).write_text(GOOD)
    os.symlink(secret, cls / "fox" / "sub" / "peek")
    (cls / "hen").mkdir()
    (cls / "hen" / NB).write_text(GOOD)
    found = collect_submissions(cls, NB, tmp_path / "work")
    assert sorted(found.learners) == ["hen"]
    assert [(r.learner, r.reason_key) for r in found.rejected] == [("fox", "kits.reject_symlink")]
    assert not (tmp_path / "work" / "staged" / "fox").exists() and alive(secret)


def kit_zip(path: Path, manifest: dict, extra: dict[str, str] | None = None) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("kit.json", json.dumps(manifest))
        zf.writestr(f"facilitator/solutions/{NB}", GOOD)
        for name, text in (extra or {}).items():
            zf.writestr(name, text)
    return path


@pytest.mark.parametrize(
    "manifest",
    [
        {"workshop": "tag", "notebook": "../../../etc/passwd"},
        {"workshop": "tag", "notebook": "/etc/passwd"},
        {"workshop": "../../x", "notebook": NB},
        {"workshop": "tag", "notebook": ["not", "a", "name"]},
    ],
)
def test_a_kit_whose_names_leave_it_is_refused(tmp_path, manifest):
    with pytest.raises(KitError) as err:
        open_kit(kit_zip(tmp_path / "kit.zip", manifest), tmp_path / "work")
    assert err.value.key == "kits.kit_incomplete"


def test_a_kit_zip_is_unpacked_only_inside(tmp_path):
    target = canary(tmp_path / "target")
    extra = {"../target/keep.txt": "overwritten", f"{target}/keep.txt": "overwritten"}
    kit = open_kit(
        kit_zip(tmp_path / "kit.zip", {"workshop": "tag", "notebook": NB}, extra), tmp_path / "w"
    )
    assert kit.source.is_file() and alive(target)


def test_a_kit_folder_whose_solutions_link_out_is_refused(tmp_path):
    (tmp_path / "kit" / "facilitator" / "solutions").mkdir(parents=True)
    (tmp_path / "kit" / "kit.json").write_text(json.dumps({"workshop": "tag", "notebook": NB}))
    (tmp_path / "elsewhere.ipynb").write_text(GOOD)
    os.symlink(tmp_path / "elsewhere.ipynb", tmp_path / "kit" / "facilitator" / "solutions" / NB)
    with pytest.raises(KitError):
        open_kit(tmp_path / "kit", tmp_path / "work")


def test_path_inside_follows_links(tmp_path):
    (tmp_path / "work").mkdir()
    os.symlink(tmp_path, tmp_path / "work" / "up")
    assert path_inside(tmp_path / "work", "up", "x") is None
    assert path_inside(tmp_path / "work", "a", "b") == (tmp_path / "work" / "a" / "b").resolve()
