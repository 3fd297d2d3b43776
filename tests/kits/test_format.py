import json
from pathlib import Path

import nbformat
import pytest

from makerkit.errors import WorkshopError
from makerkit.kits.authoring import new_workshop
from makerkit.kits.check import check_workshop
from makerkit.kits.notebooks import cells_of, figures_without_alt
from makerkit.kits.workshop import get_workshop, list_workshops, load_workshop


@pytest.fixture
def fresh(tmp_path):
    return new_workshop("paper-plane", tmp_path, title="Paper plane")


def codes(ws):
    return [p.code for p in check_workshop(ws)]


def test_a_new_workshop_is_complete_and_valid(fresh):
    assert codes(fresh) == []
    assert fresh.languages == ["fr", "en"]
    assert fresh.title("fr") == "Paper plane"
    fr = nbformat.read(fresh.notebook("fr"), as_version=4)
    kinds = [c.kind for c in cells_of(fr)]
    assert "solution" in kinds and "test" in kinds
    assert "{{" not in fresh.guide("fr").read_text() + fresh.notebook("en").read_text()


def test_bad_or_taken_names_are_refused(fresh, tmp_path):
    with pytest.raises(WorkshopError, match="already exists"):
        new_workshop("paper-plane", tmp_path)
    with pytest.raises(WorkshopError, match="lowercase"):
        new_workshop("Paper Plane!", tmp_path)


def test_missing_metadata_is_named(fresh):
    toml = fresh.folder / "workshop.toml"
    text = (
        toml.read_text()
        .replace("minutes = 60", "minutes = 200")
        .replace('licence = "CC-BY-SA-4.0"', 'licence = "all rights reserved"')
    )
    text = text.replace('learn = ["One idea learners understand by doing"]', "")
    toml.write_text(text)
    found = codes(load_workshop(fresh.folder))
    assert {"meta_minutes", "meta_licence", "meta_list"} <= set(found)


def test_parity_between_languages_is_checked(fresh):
    path = fresh.notebook("en")
    nb = nbformat.read(path, as_version=4)
    test = next(c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade"))
    test.metadata.nbgrader.points = 5
    nbformat.write(nb, path)
    assert "parity_cell" in codes(fresh)
    nb.cells.pop()
    nbformat.write(nb, path)
    assert "parity_count" in codes(fresh)


def test_broken_nbgrader_metadata_and_markers(fresh):
    path = fresh.notebook("fr")
    nb = nbformat.read(path, as_version=4)
    answer = next(c for c in nb.cells if c.metadata.get("nbgrader", {}).get("solution"))
    answer.source = "answer = 42"  # markers gone
    nb.cells[0].metadata.nbgrader.schema_version = 1
    nbformat.write(nb, path)
    found = codes(fresh)
    assert "solution_markers" in found
    assert "nbgrader_invalid" in found or "schema_version" in found


def test_pictures_need_alt_text(fresh):
    guide = fresh.guide("en")
    guide.write_text(
        guide.read_text().replace("![A green tick", "![](assets/x.png) ![A green tick")
    )
    assert "figure_no_alt" in codes(fresh)
    assert figures_without_alt('<img src="a.png" alt="a cat">') == []


def test_a_broken_toml_is_explained(tmp_path):
    (tmp_path / "w").mkdir()
    (tmp_path / "w" / "workshop.toml").write_text("ages = [8,")
    with pytest.raises(WorkshopError):
        load_workshop(tmp_path / "w")
    with pytest.raises(WorkshopError, match="paper"):
        get_workshop("paper", tmp_path)


def test_cli_new_check_list(cli, tmp_path):
    made = cli("workshop", "new", "kite", "--dir", tmp_path, "--json")
    assert made.status == 0 and made.json["slug"] == "kite"
    listed = cli("workshop", "list", "--dir", tmp_path, "--json").json["workshops"]
    assert listed == [
        {
            "slug": "kite",
            "ages": [8, 11],
            "minutes": 60,
            "languages": ["fr", "en"],
            "titles": {"fr": "Kite", "en": "Kite"},
        }
    ]
    ok = cli("workshop", "check", "kite", "--dir", tmp_path, "--json")
    assert ok.status == 0 and ok.json["ok"] is True
    (tmp_path / "kite" / "guide.fr.md").unlink()
    bad = cli("workshop", "check", "--dir", tmp_path, "--json")
    assert bad.status == 1
    assert bad.json["workshops"][0]["problems"][0]["code"] == "missing_file"
    assert cli("workshop", "check", "nope", "--dir", tmp_path).status == 2
    assert json.loads(cli("--lang", "fr", "workshop", "list", "--dir", tmp_path, "--json").out)


def test_every_real_workshop_loads():
    for ws in list_workshops():
        assert ws.slug and ws.languages


@pytest.mark.slow
def test_running_the_notebooks_finds_a_wrong_answer_and_a_free_test(fresh, cli):
    path = fresh.notebook("en")
    nb = nbformat.read(path, as_version=4)
    for cell in nb.cells:
        meta = cell.metadata.get("nbgrader", {})
        if meta.get("solution"):
            cell.source = cell.source.replace("answer = 42", "answer = 41")
    nbformat.write(nb, path)
    path_fr = fresh.notebook("fr")
    nb = nbformat.read(path_fr, as_version=4)
    for cell in nb.cells:
        if cell.metadata.get("nbgrader", {}).get("grade"):
            cell.source = "checks.bravo()  # always right"
    nbformat.write(nb, path_fr)
    run = cli("workshop", "check", "paper-plane", "--dir", fresh.folder.parent, "--run", "--json")
    assert run.status == 1
    found = {p["code"] for p in run.json["workshops"][0]["problems"]}
    assert found == {"solution_fails", "blank_passes"}


@pytest.mark.slow
def test_cli_builds_every_kit_or_one_language(cli, tmp_path):
    new_workshop("kite", tmp_path / "ws")
    new_workshop("boat", tmp_path / "ws")
    every = cli("kit", "build", "all", "--dir", tmp_path / "ws", "-o", tmp_path / "k", "--json")
    assert every.status == 0, every.err
    assert sorted((k["workshop"], k["lang"]) for k in every.json["kits"]) == [
        ("boat", "en"),
        ("boat", "fr"),
        ("kite", "en"),
        ("kite", "fr"),
    ]
    one = cli(
        "kit",
        "build",
        "kite",
        "--lang",
        "en",
        "--dir",
        tmp_path / "ws",
        "-o",
        tmp_path / "e",
        "--json",
    )
    assert [Path(k["zip"]).name for k in one.json["kits"]] == ["kite-en.zip"]
