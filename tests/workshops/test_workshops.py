"""Every workshop in workshops/, in each of its languages, with real nbgrader and real kernels.

New workshops join these tests automatically. For each one:

- ``makerkit workshop check`` finds nothing to fix (metadata, FR/EN parity, nbgrader, alt text);
- its kit builds; a learner who answers everything gets full marks and an untouched
  learner copy gets 0, and the grader does not crash on it;
- the answers run without an error.

How long each cell takes (the budget: 2 s a cell, 45 s a notebook) is measured by
``benchmarks/bench_workshops.py``, not asserted here: a test's verdict must not depend on
how busy the machine is.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import nbformat
import pytest

from makerkit.kits.build import build_kit
from makerkit.kits.check import check_workshop
from makerkit.kits.grade import grade_class
from makerkit.kits.notebooks import answered_copy, cells_of
from makerkit.kits.workshop import list_workshops

ROOT = Path(__file__).resolve().parents[2]
WORKSHOPS = list_workshops(ROOT / "workshops")
CASES = [
    pytest.param(ws, lang, id=f"{ws.slug}-{lang}") for ws in WORKSHOPS for lang in ws.languages
]


@pytest.mark.parametrize("ws", [pytest.param(w, id=w.slug) for w in WORKSHOPS])
def test_workshop_check_finds_nothing_to_fix(ws):
    problems = check_workshop(ws)
    assert problems == [], "\n".join(f"[{p.where}] {p.message}" for p in problems)


@pytest.mark.parametrize("ws", [pytest.param(w, id=w.slug) for w in WORKSHOPS])
def test_languages_have_the_same_cells_and_points(ws):
    shapes = {
        lang: [
            (c.cell_type, c.kind, c.grade_id, c.points) for c in cells_of(_read(ws.notebook(lang)))
        ]
        for lang in ws.languages
        if ws.notebook(lang).is_file()
    }
    assert len(set(map(tuple, shapes.values()))) <= 1


@pytest.mark.slow
@pytest.mark.parametrize(("ws", "lang"), CASES)
def test_answers_get_full_marks_and_a_blank_copy_zero(ws, lang, tmp_path):
    if not ws.notebook(lang).is_file():
        pytest.skip(f"{ws.notebook(lang).name} is not written yet (the check test says so)")
    kit = build_kit(ws, lang, tmp_path / "kit")
    with zipfile.ZipFile(kit) as zf:
        other = {"fr": ".en.", "en": ".fr."}[lang]
        assert [n for n in zf.namelist() if other in n] == []  # no other language's pictures
        name = json.loads(zf.read("kit.json"))["notebook"]
        released = nbformat.reads(zf.read(f"learner/{name}").decode(), as_version=4)
        source = nbformat.reads(zf.read(f"facilitator/solutions/{name}").decode(), as_version=4)
    for learner, nb in (("answers", answered_copy(released, source)), ("blank", released)):
        (tmp_path / "class" / learner).mkdir(parents=True)
        nbformat.write(nb, tmp_path / "class" / learner / name)
    result = grade_class(kit, tmp_path / "class", out_dir=tmp_path / "out")
    assert result.rejected == []
    graded = {r.learner: r for r in result.learners}
    answers, blank = graded["answers"], graded["blank"]
    assert answers.max_score > 0
    assert answers.score == answers.max_score, [(c.title, c.hint) for c in answers.cells if c.hint]
    assert blank.score == 0 and blank.max_score == answers.max_score
    assert answers.cell_errors == []  # the answers run without a single error


def _read(path: Path):
    return nbformat.read(path, as_version=4)
