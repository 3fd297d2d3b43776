import shutil
from pathlib import Path

import pytest

from makerkit.kits.authoring import new_workshop
from makerkit.kits.notebooks import read_notebook
from makerkit.kits.pages import guide_html, handout_html, inline_pictures, print_to_pdf


@pytest.fixture
def ws(tmp_path):
    return new_workshop("kite", tmp_path / "ws", title="Cerf-volant")


def test_handout_speaks_to_children_and_adults(ws):
    nb = read_notebook(ws.notebook("fr"))
    assert "Tu vas fabriquer" in handout_html(ws, "fr", nb)
    toml = ws.folder / "workshop.toml"
    toml.write_text(toml.read_text().replace("ages = [8, 11]", "ages = [60, 99]"))
    from makerkit.kits.workshop import load_workshop

    adult = load_workshop(ws.folder)
    page = handout_html(adult, "fr", nb)
    assert "Vous allez fabriquer" in page and "De 60 à 99 ans" in page
    assert "Étape 1" in page  # the steps come from the notebook's headings
    toml.write_text(toml.read_text().replace("ages = [60, 99]", 'ages = [8, 99]\naddress = "vous"'))
    assert "Vous allez fabriquer" in handout_html(load_workshop(ws.folder), "fr", nb)


def test_guide_is_one_page_with_its_pictures_inside(ws):
    page = guide_html(ws, "en")
    assert "<table>" in page and 'type="checkbox"' in page
    assert 'src="assets/' not in page and "data:image/png;base64," in page


def test_pictures_outside_the_workshop_are_not_inlined(tmp_path):
    secret = tmp_path / "secret.png"
    secret.write_bytes(b"\x89PNG secret")
    (tmp_path / "ws").mkdir()
    html = inline_pictures('<img src="../secret.png" alt="x">', tmp_path / "ws")
    assert "base64" not in html


@pytest.mark.slow
def test_handout_prints_to_pdf(ws, tmp_path):
    if not shutil.which("chromium"):
        pytest.skip("Chromium is not installed (make test installs it with apt-get)")
    pytest.importorskip("playwright.sync_api")
    page = tmp_path / "handout.html"
    page.write_text(handout_html(ws, "fr", read_notebook(ws.notebook("fr"))), encoding="utf-8")
    assert print_to_pdf(page, tmp_path / "handout.pdf")
    assert Path(tmp_path / "handout.pdf").read_bytes()[:5] == b"%PDF-"


def test_a_large_print_workshop_gets_a_large_plain_handout():
    from makerkit.kits.workshop import get_workshop

    ws = get_workshop("tactile-tag")
    assert ws.large_print and ws.address == "vous" and ws.simple
    nb = read_notebook(ws.notebook("fr"))
    page = handout_html(ws, "fr", nb)
    assert '<html lang="fr" class="large">' in page
    assert "html.large { font-size: 17pt; }" in page  # at least 16 pt on paper
    assert "Cliquez dans une case grise." in page  # short sentences, « case » as in the notebook
    assert "Vous allez fabriquer" in page and " tu " not in page
    summary = ws.texts("fr")["summary"]
    assert max(len(s.split()) for s in summary.split(". ")) <= 15  # one idea per sentence


def test_a_feedback_page_speaks_with_the_workshops_voice_and_size():
    from makerkit.kits.pages import page, reading_as

    with reading_as("fr", {"address": "tu", "large_print": True}):
        from makerkit.i18n import t

        assert t("kits.feedback_footer").startswith("Fait avec makerkit. Ces points t'aident")
        assert 'class="large"' in page("x", "<p>x</p>", "fr")
    assert 'class="large"' not in page("x", "<p>x</p>", "fr")
