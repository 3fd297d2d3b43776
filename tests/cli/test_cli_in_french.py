"""What a French librarian reads from the command line: French words, decimal commas,
plurals that agree, options that take « 0,2 », and advice that works on the command line."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

import makerkit as mk

DOT_DECIMAL = re.compile(r"(?<![\w.])\d+\.\d+(?![\w.])")


@pytest.fixture
def french(monkeypatch):
    monkeypatch.setenv("MAKERKIT_LANG", "fr")


def test_printers_are_named_in_french(cli, french):
    out = cli("printers").out
    assert "Traceur à stylo" in out and "Pen plotter" not in out
    rows = [line for line in out.splitlines() if " mm" in line]
    assert len({re.search(r"  \d+ × ", row).start() for row in rows}) == 1, "columns line up"


def test_gcode_info_in_french_words_and_numbers(cli, french, tmp_path):
    gcode = tmp_path / "one.gcode"
    gcode.write_text(
        ";TIME:95\nG28\nM104 S200\nM109 S200\nM83\nG1 Z0.2 F600\nG1 X50 Y50 F6000\n"
        "G1 X80.5 Y50 E150 F1800\nM104 S0\n"
    )
    out = cli("gcode", "info", gcode).out
    assert "1 couche " in out and "0,15 m de filament" in out, out
    assert not DOT_DECIMAL.search(out), out
    assert "?" not in out, "a slicer's estimate without filament is said without a « ? »"


def test_gcode_explain_says_markers_and_settings_in_french(cli, french, tmp_path):
    gcode = tmp_path / "marks.gcode"
    gcode.write_text(
        ";FLAVOR:Marlin\n;TIME:3485\n; setting layer_height_mm = 0.2\n; supports = False\n"
        ";PRINTING_ID: 2\n; Perimeter Length = 21.483337\n;2.6\n; ma pièce\n"
    )
    out = cli("gcode", "explain", gcode).out
    said = [re.split(r"\s{2,}", line.strip(), maxsplit=2)[-1] for line in out.splitlines()]
    assert "micrologiciel Marlin" in said[0] and "58 min" in said[1]
    assert "hauteur de couche (mm) = 0,2" in said[2] and "supports = non" in said[3]
    assert "anglais" in said[4] and "anglais" in said[5]
    assert said[6].endswith(": 2,6") and said[7].endswith(": ma pièce")
    assert not DOT_DECIMAL.search("\n".join(said)), out


def test_numbers_with_a_decimal_comma_are_taken(cli, french, tmp_path):
    mk.box(20, 20, 1).save(tmp_path / "plate.stl")
    done = cli(
        "slice", tmp_path / "plate.stl", "--layer-height", "0,25", "-o", tmp_path / "p.gcode"
    )
    assert done.status == 0, done.err
    assert "; setting layer_height_mm = 0.25" in (tmp_path / "p.gcode").read_text()


def test_a_model_in_other_units_gets_command_line_advice(cli, french, tmp_path):
    mk.box(1.5, 1.0, 0.4).save(tmp_path / "in_cm.stl")  # 15 × 10 × 4 mm, drawn in cm
    checked = cli("model", "check", tmp_path / "in_cm.stl")
    assert checked.status == 1 and "--unit cm" in checked.out
    refused = cli("slice", tmp_path / "in_cm.stl", "-o", tmp_path / "x.gcode")
    assert refused.status == 2 and "--unit cm" in refused.err and "solid.scale" not in refused.err
    sliced = cli("slice", tmp_path / "in_cm.stl", "--unit", "cm", "-o", tmp_path / "x.gcode")
    assert sliced.status == 0 and "20 couches" in sliced.out, sliced.out + sliced.err


def test_model_check_says_where_the_picture_went(cli, french, tmp_path):
    mk.box(20, 20, 5).save(tmp_path / "cube.stl")
    out = cli("model", "check", tmp_path / "cube.stl", "--picture", tmp_path / "cube.png").out
    assert "cube.png" in out and (tmp_path / "cube.png").exists()


def test_robot_challenges_line_up(cli):
    rows = cli("robot", "challenges").out.splitlines()[1:]
    starts = {re.search(r"\S+\s+", row[2:]).end() for row in rows}
    assert len(starts) == 1, rows


def test_a_reader_that_leaves_early_is_no_bug(tmp_path):
    """``makerkit gcode explain big.gcode | head``: no « this is a bug » when head stops reading."""
    big = tmp_path / "big.gcode"
    big.write_text("G1 X1 Y1\n" * 20000)
    run = subprocess.Popen(
        [sys.executable, "-m", "makerkit", "gcode", "explain", str(big)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    run.stdout.readline()
    run.stdout.close()
    err = run.stderr.read().decode()
    run.wait(timeout=60)
    assert "bug" not in err and "Traceback" not in err, err


def add_unreachable_printer(api_key: str) -> list[str]:
    """``printer add`` of an OctoPrint at an address where nothing answers."""
    where = ["--kind", "octoprint", "--url", "http://127.0.0.1:9", "--profile", "prusa-mk4"]
    return ["printer", "add", "atelier", *where, "--api-key", api_key]


def test_a_printer_that_does_not_answer_is_said_in_french(cli, french, tmp_path, monkeypatch):
    monkeypatch.setenv("MAKERKIT_HOME", str(tmp_path / "home"))
    added = cli(*add_unreachable_printer("k"))
    assert added.status == 0, added.err
    status = cli("printer", "status").out
    assert "injoignable" in status and "rien ne répond" in status, status
    assert "Errno" not in status and "refused" not in status
    gcode = tmp_path / "ok.gcode"
    gcode.write_text(
        "G90\nM83\nM104 S215\nM109 S215\nG28\nG1 Z0.2 F600\nG1 X80 Y50 E1.5 F1800\nM104 S0\n"
    )
    assert cli("print", gcode, "--to", "atelier").status == 0
    approved = cli("print", "approve", "1").out
    assert "ne répond pas : le travail 1 l'attend" in approved, approved
    assert "ne répond pas" in cli("print", "queue").out


def test_a_command_group_alone_shows_its_own_help(cli, french):
    for group in ("kit", "hub", "workshop"):
        shown = cli(group)
        assert shown.status == 2 and f"makerkit {group} " in shown.out, shown.out


def test_a_secret_typed_at_the_keyboard_is_asked_for_and_not_shown(tmp_path):
    """docs/printing.md: « `-` reads the key from the keyboard »: a prompt, no echo."""
    import os
    import pty
    import select

    main, terminal = pty.openpty()
    env = {**os.environ, "MAKERKIT_LANG": "fr", "MAKERKIT_HOME": str(tmp_path / "home")}
    run = subprocess.Popen(
        [sys.executable, "-m", "makerkit", *add_unreachable_printer("-")],
        stdin=terminal,
        stdout=terminal,
        stderr=terminal,
        env=env,
        start_new_session=True,
    )
    seen = b""
    while b"Cl\xc3\xa9 d'API" not in seen:  # the question, before anything is typed
        ready, _, _ = select.select([main], [], [], 60)
        assert ready, f"no question asked: {seen!r}"
        seen += os.read(main, 1000)
    os.write(main, b"SECRET-KEY\n")
    assert run.wait(timeout=60) == 0
    os.close(terminal)
    try:
        while chunk := os.read(main, 1000):
            seen += chunk
    except OSError:  # the terminal closed
        pass
    assert b"ajout\xc3\xa9e" in seen and b"SECRET-KEY" not in seen, seen
