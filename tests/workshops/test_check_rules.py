"""Each rule of ``makerkit workshop check``: it finds its own problem, says it in French and
English, and a fresh workshop from the template breaks none of them."""

from __future__ import annotations

import string

import nbformat
import pytest

from makerkit.i18n import catalogue
from makerkit.kits.authoring import new_workshop
from makerkit.kits.check import check_workshop
from makerkit.kits.rules import RULES
from makerkit.kits.workshop import load_workshop


def _toml(ws, old, new):
    path = ws.folder / "workshop.toml"
    text = path.read_text()
    assert old in text, old
    path.write_text(text.replace(old, new))


def _cells(ws, lang, change):
    path = ws.notebook(lang)
    nb = nbformat.read(path, as_version=4)
    change(nb)
    nbformat.write(nb, path)


def _cell(nb, grade_id):
    return next(c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade_id") == grade_id)


def _guide(ws, lang, old, new):
    path = ws.guide(lang)
    text = path.read_text()
    assert old in text, old
    path.write_text(text.replace(old, new))


def _set(cell, **meta):
    cell.metadata.nbgrader.update(meta)


# rule code -> how to break a fresh workshop so that exactly this rule notices.
BREAK = {
    "meta_missing": lambda ws: _toml(ws, "level = ", "# level = "),
    "meta_slug": lambda ws: _toml(ws, 'slug = "kite"', 'slug = "other"'),
    "meta_ages": lambda ws: _toml(ws, "ages = [8, 11]", "ages = [11, 8]"),
    "meta_minutes": lambda ws: _toml(ws, "minutes = 60", "minutes = 200"),
    "meta_address": lambda ws: _toml(ws, "[fr]", 'address = "toi"\n\n[fr]'),
    "meta_level": lambda ws: _toml(ws, 'level = "beginner"', 'level = "easy"'),
    "meta_licence": lambda ws: _toml(ws, 'licence = "CC-BY-SA-4.0"', 'licence = "mine"'),
    "meta_last_tested": lambda ws: _toml(ws, "last_tested = ", 'last_tested = "soon" #'),
    "meta_languages": lambda ws: _toml(ws, 'languages = ["fr", "en"]', 'languages = "fr"'),
    "meta_text": lambda ws: _toml(ws, 'summary = "One', 'summary = ""\nnot = "One'),
    "meta_list": lambda ws: _toml(ws, 'make = ["What learners take home"]', "make = []"),
    "missing_file": lambda ws: ws.guide("en").unlink(),
    "notebook_unreadable": lambda ws: ws.notebook("en").write_text("{not json"),
    "assets_recipe": lambda ws: (
        _toml(
            ws,
            "[fr]",
            '[[assets]]\nfile = "assets/result.{lang}.png"\nafter = "nope"\nmake = "1"\n\n[fr]',
        )
        or (ws.assets / "result.fr.png").write_bytes(b"x")
        or (ws.assets / "result.en.png").write_bytes(b"x")
    ),
    "nbgrader_invalid": lambda ws: _cells(
        ws, "fr", lambda nb: _set(_cell(nb, "step1_check"), points="two")
    ),
    "duplicate_id": lambda ws: (
        _cells(ws, "fr", lambda nb: _set(_cell(nb, "step1_text"), grade_id="intro"))
        or _cells(ws, "en", lambda nb: _set(_cell(nb, "step1_text"), grade_id="intro"))
    ),
    "schema_version": lambda ws: _cells(
        ws, "fr", lambda nb: _set(_cell(nb, "step1_text"), schema_version=1)
    ),
    "no_points": lambda ws: [
        _cells(ws, lang, lambda nb: _set(_cell(nb, "step1_check"), points=0))
        for lang in ("fr", "en")
    ],
    "test_not_code": lambda ws: [
        _cells(ws, lang, lambda nb: setattr(_cell(nb, "step1_check"), "cell_type", "markdown"))
        for lang in ("fr", "en")
    ],
    "solution_markers": lambda ws: _cells(
        ws, "fr", lambda nb: setattr(_cell(nb, "step1_answer"), "source", "answer = 42")
    ),
    "unbalanced_markers": lambda ws: _cells(
        ws,
        "fr",
        lambda nb: setattr(
            _cell(nb, "step1_check"),
            "source",
            _cell(nb, "step1_check").source.replace("### END HIDDEN TESTS", ""),
        ),
    ),
    "figure_no_alt": lambda ws: _guide(ws, "en", "![A green tick", "![](assets/result.png) ![A"),
    "no_tests": lambda ws: [
        _cells(ws, lang, lambda nb: nb.cells.remove(_cell(nb, "step1_check")))
        for lang in ("fr", "en")
    ],
    "no_solutions": lambda ws: [
        _cells(ws, lang, lambda nb: nb.cells.remove(_cell(nb, "step1_answer")))
        for lang in ("fr", "en")
    ],
    "voice": lambda ws: _toml(ws, "ages = [8, 11]", "ages = [16, 99]"),
    "kernel": lambda ws: _cells(ws, "fr", lambda nb: nb.metadata.kernelspec.update(name="python2")),
    "not_clean": lambda ws: _cells(
        ws, "fr", lambda nb: setattr(_cell(nb, "step1_answer"), "execution_count", 3)
    ),
    "lint": lambda ws: _cells(
        ws,
        "en",
        lambda nb: setattr(
            _cell(nb, "step1_check"), "source", _cell(nb, "step1_check").source + "\nanwser"
        ),
    ),
    "parity_count": lambda ws: _cells(ws, "en", lambda nb: nb.cells.pop()),
    "parity_cell": lambda ws: _cells(ws, "en", lambda nb: _set(_cell(nb, "step1_check"), points=5)),
    "guide_no_picture": lambda ws: _guide(ws, "fr", "![", "["),
    "guide_sections": lambda ws: ws.guide("fr").write_text(
        ws.guide("fr").read_text().replace("\n## ", "\n### ")
    ),
    "guide_checklist": lambda ws: _guide(ws, "fr", "- [ ]", "- "),
    "guide_step_minutes": lambda ws: _guide(ws, "fr", "| Étape 1 | 5 min |", "| Étape 1 | 7 min |"),
    "guide_total_minutes": lambda ws: _guide(ws, "en", "| Next steps | 35 min |", "| Next steps | 30 min |"),
    "guide_names": lambda ws: _guide(ws, "fr", "`answer = 42`", "`answer = 42` et `mk.namtag`"),
    "guide_lines": lambda ws: _guide(ws, "en", "## The answers", "## The answers\n\n```python\nanswer = 41\n```\n"),
    "guide_minutes": lambda ws: ws.guide("fr").write_text(
        ws.guide("fr").read_text().replace(" min", " minutes-ish").replace("min", "")
    ),
}


@pytest.fixture
def fresh(tmp_path):
    return new_workshop("kite", tmp_path)


def test_a_fresh_workshop_breaks_no_rule(fresh):
    assert check_workshop(fresh) == []


def test_every_rule_has_a_test_and_a_sentence_in_both_languages():
    codes = [r.code for r in RULES]
    assert len(set(codes)) == len(codes)
    assert set(codes) == set(BREAK)
    for lang in ("fr", "en"):
        missing = [c for c in codes if f"kits.check_{c}" not in catalogue(lang)]
        assert missing == [], lang
    assert {r.severity for r in RULES} <= {"error", "warning"}


@pytest.mark.parametrize("code", sorted(BREAK))
def test_each_rule_finds_its_problem(fresh, code):
    BREAK[code](fresh)
    problems = check_workshop(load_workshop(fresh.folder))
    assert code in {p.code for p in problems}, [(p.code, p.message) for p in problems]
    mine = next(p for p in problems if p.code == code)
    fields = {f for _, f, _, _ in string.Formatter().parse(catalogue("en")[f"kits.check_{code}"])}
    assert mine.message.strip() and not any(f"{{{f}}}" in mine.message for f in fields if f)


def test_the_voice_rule_gives_the_line_to_write(fresh):
    BREAK["voice"](fresh)
    found = [p for p in check_workshop(load_workshop(fresh.folder)) if p.code == "voice"]
    assert 'mk.set_language("fr", address="vous")' in found[0].message
    assert 'mk.set_language("en")' in found[1].message


def test_warnings_do_not_fail_the_command(cli, fresh):
    BREAK["not_clean"](fresh)
    done = cli("workshop", "check", "kite", "--dir", fresh.folder.parent, "--json")
    assert done.status == 0
    (problem,) = done.json["workshops"][0]["problems"]
    assert problem["code"] == "not_clean" and problem["severity"] == "warning"
