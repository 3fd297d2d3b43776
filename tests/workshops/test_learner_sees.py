"""Everything a learner sees, in every workshop, in both languages, with mistakes made.

For each workshop and language the learner's notebook is filled with the answers, then
each answer cell gets one typical mistake (a missing quote, a misspelt name, a word
without quotes, a decimal comma, a blank cell, in turn) and the notebook runs from top to
bottom like a learner would. Everything it shows (printed text, values, HTML and alt
texts, error explanations), the handout and the guide are scanned (``learner_text``): no
raw traceback, no English in French (no French in English), no dot decimal and no wrong
plural in French, and the workshop's own register (« tu » or « vous »).
"""

from __future__ import annotations

import json
import re
import zipfile

import nbformat
import pytest
from learner_text import problems, texts_of_html, texts_of_notebook
from nbclient import NotebookClient

from makerkit.kits.build import build_kit
from makerkit.kits.notebooks import answered_copy, cells_of
from makerkit.kits.workshop import list_workshops

WORKSHOPS = list_workshops()
CASES = [
    pytest.param(ws, lang, id=f"{ws.slug}-{lang}") for ws in WORKSHOPS for lang in ws.languages
]


def _drop_quote(code: str) -> str | None:
    found = re.search(r"\"[^\"\n]+\"", code)
    return code[: found.end() - 1] + code[found.end() :] if found else None


def _unquote(code: str) -> str | None:
    found = re.search(r"= \"([A-Za-zÀ-ÿ]+)\"", code)
    return code[: found.start()] + "= " + found[1] + code[found.end() :] if found else None


def _typo(code: str) -> str | None:
    found = re.search(r"\bmk\.([a-z_]{4,})\(", code)
    if not found:
        return None
    name = found[1]
    return code[: found.start(1)] + name[:2] + name[3:] + code[found.end(1) :]


def _comma(code: str) -> str | None:
    found = re.search(r"(?<![\w.])(\d+)\.(\d+)(?![\w.])", code)
    return code[: found.start()] + f"{found[1]},{found[2]}" + code[found.end() :] if found else None


MISTAKES = [_drop_quote, _typo, _unquote, _comma]


def with_mistakes(nb) -> tuple[nbformat.NotebookNode, list[str]]:
    """``nb`` (answered) with one typical mistake in each answer cell; what was done."""
    done = []
    for index, cell in enumerate(c for c in nb.cells if _is_answer(c)):
        for turn in range(len(MISTAKES) + 1):
            if turn == len(MISTAKES):
                cell.source = "# ✏️"  # left blank
                done.append("blank")
                break
            mistake = MISTAKES[(index + turn) % len(MISTAKES)]
            changed = mistake(cell.source)
            if changed:
                cell.source = changed
                done.append(mistake.__name__)
                break
    return nb, done


def _is_answer(cell) -> bool:
    return cell.cell_type == "code" and cell.metadata.get("nbgrader", {}).get("solution", False)


@pytest.mark.slow
@pytest.mark.parametrize(("ws", "lang"), CASES)
def test_a_learner_with_mistakes_reads_only_their_language_and_voice(ws, lang, tmp_path):
    kit = build_kit(ws, lang, tmp_path / "kit")
    with zipfile.ZipFile(kit) as zf:
        zf.extractall(tmp_path / "unpacked")
    unpacked = tmp_path / "unpacked"
    name = json.loads((unpacked / "kit.json").read_text())["notebook"]
    released = nbformat.read(unpacked / "learner" / name, as_version=4)
    source = nbformat.read(unpacked / "facilitator" / "solutions" / name, as_version=4)
    answered = nbformat.reads(nbformat.writes(answered_copy(released, source)), as_version=4)
    nb, done = with_mistakes(answered)
    assert done, "no answer cell to make mistakes in"
    NotebookClient(
        nb,
        timeout=60,
        kernel_name="python3",
        allow_errors=True,
        resources={"metadata": {"path": str(unpacked / "learner")}},
    ).execute()

    seen = {f"cell {i}": text for i, text in enumerate(texts_of_notebook(nb))}
    seen["handout"] = texts_of_html((unpacked / "handout.html").read_text())
    guide = texts_of_html((unpacked / "facilitator" / "guide.html").read_text())
    # The guide quotes what learners read (« … ») and the title, which speak to the learner.
    seen["guide"] = re.sub(r"«[^»]*»", " ", guide).replace(ws.title(lang), " ")
    for path in sorted((unpacked / "learner").rglob("*.txt")):
        seen[path.name] = path.read_text()
    # The guide speaks to the facilitator (« vous »), everything else to the learner.
    address = {w: ("vous" if w == "guide" else ws.address) for w in seen}
    found = {
        where: bad
        for where, text in seen.items()
        if (bad := problems(text, lang, address[where] if lang == "fr" else None))
    }
    assert found == {}, "\n".join(f"{w}: {b}\n    {seen[w][:300]!r}" for w, b in found.items())
    # Every mistake got an explanation that names its line, none a traceback.
    errors = [o for c in nb.cells for o in c.get("outputs", []) if o.get("output_type") == "error"]
    assert errors, done
    assert all(len(o["traceback"]) <= 4 for o in errors), [o["traceback"] for o in errors]
    assert {c.grade_id for c in cells_of(nb)}  # the notebook kept its cells
