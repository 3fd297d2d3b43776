import re

import pytest

from makerkit.gcode.explain import explain_gcode
from makerkit.gcode.lexer import lex
from makerkit.gcode.reader import command_name, known_commands


def texts(gcode, **kw):
    return [r.text for r in explain_gcode(gcode, **kw)]


def test_move_sentence_in_both_languages():
    assert texts("G1 X10 Y20 E0.5 F1800", lang="en") == [
        "Move the nozzle to X = 10 mm, Y = 20 mm at 30 mm/s while pushing 0.5 mm of filament."
    ]
    assert texts("G1 X10.5 Y20 E0.5 F1800", lang="fr") == [
        "Déplacer la buse jusqu'à X = 10,5 mm, Y = 20 mm à 30 mm/s en poussant 0,5 mm de filament."
    ]


def test_modes_change_the_meaning():
    rows = texts("G91\nG1 X5\nG90\nM82\nG1 X1 E10\nG1 X2 E12\nG92 E0\nG1 E-1", lang="en")
    assert rows[1] == "Travel without printing by X = 5 mm."
    assert "pushing 10 mm" in rows[4] and "pushing 2 mm" in rows[5]
    assert rows[6] == "Set the filament counter to 0 mm (no filament moves)."
    assert rows[7].startswith("Pull 1 mm of filament back")


def test_heaters_fan_arcs_and_text():
    rows = texts(
        "M104 S0\nM190 S60\nM106 S127.5\nG2 X10 Y0 I5 J0 E1\nM117 Bonjour !\nT0\nG4 P500", lang="en"
    )
    assert rows[0] == "Turn the nozzle heater off."
    assert "60 °C and wait" in rows[1]
    assert "50 %" in rows[2]
    assert "arc (clockwise)" in rows[3] and "5 mm in X" in rows[3]
    assert "“Bonjour !”" in rows[4]
    assert rows[5] == "Choose tool (extruder) number 0."
    assert rows[6] == "Wait 0.5 s without moving."


def test_unknown_comment_and_range():
    rows = explain_gcode("; hello\nM4242\n\nX5\nG28", lang="en", start=2, end=4)
    assert [r.line for r in rows] == [2, 4]
    assert "does not know" in rows[0].text and not rows[0].known
    assert "no" in rows[1].text.lower() and not rows[1].known
    assert texts("; hello", lang="fr") == [
        "Une note pour les personnes, ignorée par l'imprimante : hello"
    ]
    html = explain_gcode("G28", lang="en")._repr_html_()
    assert "<table" in html and "G28" in html


def test_every_command_in_the_catalogue_is_explained_in_both_languages(lang):
    for code in sorted(known_commands()):
        line = "T1" if code == "T" else code
        row = explain_gcode(line)[0]
        assert row.known and row.text and "gcode." not in row.text, (code, row.text)


@pytest.mark.slow
def test_explainer_covers_every_command_real_slicers_write(real_gcode):
    seen = set()
    for path in real_gcode.values():
        words = lex(path.read_bytes())
        has = words.cmd_letter > 0
        seen |= {
            command_name(int(c), float(n))
            for c, n in zip(words.cmd_letter[has], words.cmd_number[has], strict=True)
        }
        for row in explain_gcode(path, start=1, end=400):
            assert row.known, row
            assert not re.search(r"\{\w+\}", row.text), row
    assert {"G1", "G28", "M104", "M109", "M140", "M190", "G92", "M107", "M204"} <= seen
    for code in sorted(seen):
        row = explain_gcode("T0" if code == "T" else code, lang="fr")[0]
        assert row.known and "gcode." not in row.text, code
