"""Everything a learner sees, in every workshop, in both languages, with mistakes made.

For each workshop and language the learner's notebook is filled with the answers, then
each answer cell gets one typical mistake (a missing quote, a misspelt name, a word
without quotes, a decimal comma, the cell left as it was handed out, a blank cell, in
turn; in the robot workshops also a capital in a method's name, a loop waiting for the
sensors, a speed with decimals, a forgotten ``global``) and the notebook runs from top to
bottom like a learner would. A cell left as handed out (its ✏️ line, then the given lines
that use what the answer makes) is never told to put those names between quotes. In French,
the notebook also runs with every answer right, to read what only a working notebook shows
(tables, animations, explained G-code). Everything it shows (printed text, values, HTML and alt
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


def _as_released(code: str, released: str) -> str | None:
    return released if released.strip() != code.strip() else None


def _method_typo(code: str) -> str | None:
    """``robot.forward()`` written ``robot.Forward()`` (a tablet's keyboard adds capitals)."""
    found = re.search(r"\b(robot|bras|dessin)\.([a-z])([a-z_]+)\(", code)
    if not found:
        return None
    return code[: found.start(2)] + found[2].upper() + code[found.end(2) :]


def _endless(code: str) -> str | None:
    """Waiting in a loop for what the sensors say (they do not change while it runs)."""
    found = re.search(r"def step\(robot\):\n(\s+\"\"\".*\"\"\"\n)?", code)
    loop = "    while not robot.on_grey():\n        robot.forward()\n"
    if not found:
        found = re.search(r"^    global [^\n]*\n", code, re.MULTILINE)
        loop = "    while prox_horizontal[2] < 4000:\n        motor_left_target = 200\n"
    return code[: found.end()] + loop + code[found.end() :] if found else None


def _float_speed(code: str) -> str | None:
    """A motor speed with decimals: ``robot.forward(150,5)``, ``VITESSE = 250.5``."""
    for pattern, speed in (
        (r"robot\.forward\(\)", "robot.forward(150,5)"),
        (r"VITESSE = \d+", "VITESSE = 250.5"),
        (r"motor_left_target = \d+", "motor_left_target = 200.5"),
    ):
        found = re.search(pattern, code)
        if found:
            return code[: found.start()] + speed + code[found.end() :]
    return None


def _no_global(code: str) -> str | None:
    """The classic: the line ``global …`` left out."""
    found = re.search(r"^[ \t]*global [^\n]*\n", code, re.MULTILINE)
    return code[: found.start()] + code[found.end() :] if found else None


MISTAKES = [_drop_quote, _typo, _unquote, _comma, _as_released]
# A robot workshop's learners also make the robot programmer's mistakes.
ROBOT_MISTAKES = [_method_typo, _endless, _float_speed, _no_global, *MISTAKES]
QUOTES_ADVICE = {"fr": "Les mots s'écrivent entre guillemets", "en": "Words go between quotes"}


def with_mistakes(nb, released, robot: bool = False) -> tuple[nbformat.NotebookNode, list[str]]:
    """``nb`` (answered) with one typical mistake in each answer cell; what was done.

    ``released``: the learner's notebook as handed out (its answer cells hold a ✏️ line).
    """
    handed_out = {c.grade_id: c.source for c in cells_of(released)}
    done = []
    mistakes = ROBOT_MISTAKES if robot else MISTAKES
    for index, cell in enumerate(c for c in nb.cells if _is_answer(c)):
        for turn in range(len(mistakes) + 1):
            if turn == len(mistakes):
                cell.source = "# ✏️"  # left blank
                done.append("blank")
                break
            mistake = mistakes[(index + turn) % len(mistakes)]
            if mistake is _as_released:
                grade_id = cell.metadata["nbgrader"]["grade_id"]
                changed = _as_released(cell.source, handed_out.get(grade_id, ""))
            else:
                changed = mistake(cell.source)
            if changed:
                cell.source = changed
                cell.metadata["mistake"] = mistake.__name__
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
    answered_again = nbformat.reads(nbformat.writes(answered), as_version=4)
    nb, done = with_mistakes(answered_again, released, robot="robot" in ws.slug)
    assert done, "no answer cell to make mistakes in"
    run = [nb, answered] if lang == "fr" else [nb]  # and, in French, all answers right
    for notebook in run:
        NotebookClient(
            notebook,
            timeout=60,
            kernel_name="python3",
            allow_errors=True,
            resources={"metadata": {"path": str(unpacked / "learner")}},
        ).execute()

    seen = {f"cell {i}": text for i, text in enumerate(texts_of_notebook(nb))}
    if lang == "fr":
        seen |= {f"right, cell {i}": text for i, text in enumerate(texts_of_notebook(answered))}
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
    # A cell left as handed out: its names are the learner's to make, not words to quote.
    left = [c for c in nb.cells if c.metadata.get("mistake") == "_as_released"]
    told = ["".join(o.get("traceback", [])) for c in left for o in c.get("outputs", [])]
    assert not [text for text in told if QUOTES_ADVICE[lang] in text], told
    assert {c.grade_id for c in cells_of(nb)}  # the notebook kept its cells
