"""In a real Jupyter kernel, a learner's mistake is one short explanation, not a traceback.

Each language runs one notebook of typical mistakes (one kernel per language): every
mistake is still an *error* output with Python's name of the error (so nbgrader counts
the cell as failed), and its text says the line of the learner's cell, what happened and
the likely fix, in the notebook's language and voice, never a path into a library.
"""

import re

import nbformat
import pytest
from nbclient import NotebookClient

SETUP = {
    "fr": 'import makerkit as mk\nfrom makerkit import checks\nmk.set_language("fr", address="tu")',
    "vous": 'import makerkit as mk\nfrom makerkit import checks\nmk.set_language("fr", address="vous")',
    "en": 'import makerkit as mk\nfrom makerkit import checks\nmk.set_language("en")',
}

# (cell, Python's name of the error, what the French « tu » text says, the English text)
MISTAKES = [
    ("prenom = Léa", "NameError", 'entre guillemets : "Léa"', 'between quotes: "Léa"'),
    ('prenom = "Léa', "SyntaxError", "Il manque un guillemet", "quotation mark is missing"),
    ("prenom = «Léa»", "SyntaxError", "guillemets droits", "straight quotes"),
    (
        'tag = mk.nametg("Léa")',
        "AttributeError",
        "Voulais-tu dire `nametag`",
        "Did you mean `nametag`",
    ),
    (
        "porte_cle = mk.nametag(prenom)",
        "NameError",
        "s'est arrêtée sur une erreur",
        "stopped on a mistake",
    ),
    ('checks.defined("porte_cle")', "CheckFailed", "corrige-la d'abord", "fix it first"),
    (  # an answer cell left as given: the name is the learner's to make, not a word to quote
        '# ✏️ Écris ton code ici\nprint("Enregistré :", fichier)',
        "NameError",
        "c'est à toi de le créer",
        "it is yours to make",
    ),
    (  # not « did you mean `repr` »: the learner is to make `repare`
        '# ✏️ Écris ton code ici\nmk.check_gcode(repare, printer="prusa-mk4")',
        "NameError",
        "c'est à toi de le créer",
        "it is yours to make",
    ),
    (
        'mk.nametag("Al", letter_mm=1,5)',
        "SyntaxError",
        "avec un point : `1.5`",
        "with a point: `1.5`",
    ),
    ("if True:\nprint(1)", "IndentationError", "4 espaces", "4 spaces"),
    ('print("ok"', "SyntaxError", "Ajoute `)`", "Add `)`"),
    ("mk.nametag()", "TypeError", "attend encore une valeur", "still needs a value"),
    ('"Léa" + 3', "TypeError", "str(10)", "str(10)"),
    ('int("abc")', "ValueError", "« abc » n'est pas un nombre", "'abc' is not a number"),
    ("a = [1, 2]\na[5]", "IndexError", "il n'a que 2 éléments", "it has 2 items"),
    ('d = {"rouge": 1}\nd["rogue"]', "KeyError", "Voulais-tu dire `rouge`", "Did you mean `rouge`"),
    ("1/0", "ZeroDivisionError", "diviser un nombre par 0", "divided by 0"),
    ("import math\nx = 3\nmath.acos(x)", "ValueError", "Ce calcul est impossible", "impossible"),
    ('mk.get_printer("noel")', "PrinterError", "Choisis parmi", "Choose one of"),
]


def run(setup: str, cells: list[str]) -> nbformat.NotebookNode:
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(c) for c in [setup, *cells]])
    NotebookClient(nb, timeout=60, kernel_name="python3", allow_errors=True).execute()
    return nb


@pytest.fixture(scope="module")
def french():
    return run(SETUP["fr"], [m[0] for m in MISTAKES])


@pytest.fixture(scope="module")
def english():
    return run(SETUP["en"], [m[0] for m in MISTAKES])


def _error(cell):
    errors = [o for o in cell.outputs if o.output_type == "error"]
    assert len(errors) == 1, cell.outputs
    return errors[0]


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_each_mistake_gets_one_short_explanation(lang, french, english):
    nb = french if lang == "fr" else english
    for (source, ename, fr_words, en_words), cell in zip(MISTAKES, nb.cells[1:], strict=True):
        error = _error(cell)
        text = "\n".join(error.traceback)
        assert error.ename == ename, (source, text)  # still a failure for nbgrader
        assert (fr_words if lang == "fr" else en_words) in text, (source, text)
        assert error.evalue == text  # the kernel's value is the explanation too
        assert len(error.traceback) <= 4, (source, text)
        assert not re.search(r"\.py\b|Traceback|site-packages|makerkit/", text), (source, text)
        if ename not in ("CheckFailed",):
            assert text.startswith(("⚠ Ligne", "⚠ Line")), (source, text)
            assert source.splitlines()[-1].strip() in text or "Ligne 2" in text or "Line 2" in text


@pytest.mark.slow
def test_french_speaks_with_the_notebooks_voice(french):
    texts = ["\n".join(_error(cell).traceback) for cell in french.cells[1:]]
    together = "\n".join(texts)
    assert not re.search(r"\b(vous|votre|vos|Choisissez|Vérifiez)\b", together), together
    adult = run(SETUP["vous"], ['tag = mk.nametg("Léa")', "x = 1\nx.Forward()", "1/0"])
    said = ["\n".join(_error(c).traceback) for c in adult.cells[1:]]
    assert "Vouliez-vous dire `nametag`" in said[0]
    assert "Vérifiez le nombre" in said[2] and not re.search(r"\b(tu|ton|ta)\b", "\n".join(said))


@pytest.mark.slow
def test_a_cell_that_works_again_is_forgotten():
    nb = run(
        SETUP["en"],
        [
            'prenom = "Léa',
            'prenom = "Léa"',
            'del prenom\nchecks.defined("prenom")',
            'prenom = "Zoé"',
            'prenom = "Zo',
            'checks.defined("prenom")',
        ],
    )
    error = _error(nb.cells[3])
    assert error.ename == "CheckFailed" and "cannot find" in error.evalue
    assert "stopped on a mistake" not in error.evalue
    # the value of an earlier step is still there, but the cell making it again failed
    assert "stopped on a mistake" in _error(nb.cells[6]).evalue
