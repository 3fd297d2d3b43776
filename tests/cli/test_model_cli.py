"""`makerkit model nametag`, `makerkit model check` and `makerkit demo`."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from makerkit.model import box, load


def test_nametag_json(cli, tmp_path):
    out = tmp_path / "t.stl"
    result = cli("model", "nametag", "Hélène-Françoise", "-o", out, "--json")
    assert result.status == 0, result.err
    data = result.json
    assert set(data) >= {"file", "size_mm", "faces", "closed"}
    assert data["closed"] is True and data["faces"] > 100
    assert Path(data["file"]) == out and out.exists()
    assert load(out).size_mm == pytest.approx(tuple(data["size_mm"]), abs=0.01)


def test_nametag_braille_for_a_printer(cli, tmp_path):
    result = cli(
        "model",
        "nametag",
        "Zoé",
        "-o",
        tmp_path / "z.3mf",
        "--braille",
        "--printer",
        "prusa-mini",
        "--json",
    )
    assert result.status == 0, result.err
    assert "⠵" in result.json["alt"]


def test_nametag_bad_input_exits_2_in_both_languages(cli, tmp_path):
    en = cli("model", "nametag", "  ", "-o", tmp_path / "t.stl")
    fr = cli("--lang", "fr", "model", "nametag", "  ", "-o", tmp_path / "t.stl")
    assert en.status == fr.status == 2
    assert en.err and fr.err and en.err != fr.err
    assert "Traceback" not in en.err + fr.err


def test_check_clean_model_exits_0(cli, models):
    result = cli("model", "check", models / "20mm-xyz-cube.stl", "--printer", "prusa-mk4", "--json")
    assert result.status == 0
    data = result.json
    assert data["ok"] is True
    # the engraved X and Y on its sides make small ceilings: a warning at most
    assert all(p["severity"] == "warning" for p in data["problems"])
    assert data["size_mm"] == pytest.approx([20, 20, 20])
    assert data["volume_mm3"] == pytest.approx(8000, rel=0.01)
    assert data["faces"] > 0


@pytest.mark.parametrize(
    "name, code",
    [
        ("teapot.stl", "not_closed"),
        ("plate_holes.stl", "too_big"),
        ("featuretype.stl", "too_small"),
    ],
)
def test_check_planted_problems_exit_1(cli, models, name, code):
    result = cli("model", "check", models / name, "--printer", "prusa-mk4", "--json")
    assert result.status == 1
    problems = result.json["problems"]
    assert code in [p["code"] for p in problems]
    for p in problems:
        assert set(p) >= {"code", "severity", "message", "fix"}
        assert p["message"] and p["fix"]


def test_check_writes_a_picture_and_speaks_french(cli, models, tmp_path):
    result = cli(
        "--lang", "fr", "model", "check", models / "teapot.stl", "--picture", tmp_path / "p.png"
    )
    assert result.status == 1
    assert "n'est pas fermée" in result.out
    assert (tmp_path / "p.png").exists() and (tmp_path / "p.txt").exists()


@pytest.mark.parametrize("kind", ["missing", "folder", "empty", "noise"])
def test_check_unreadable_files_exit_2(cli, tmp_path, kind):
    path = {
        "missing": tmp_path / "nope.stl",
        "folder": tmp_path,
        "empty": tmp_path / "empty.stl",
        "noise": tmp_path / "noise.stl",
    }[kind]
    if kind == "empty":
        path.write_bytes(b"")
    if kind == "noise":
        path.write_bytes(np.random.default_rng(0).bytes(999))
    result = cli("model", "check", path, "--json")
    assert result.status == 2
    assert "message" in result.json and "Traceback" not in result.err


def test_check_unknown_printer_exits_2(cli, tmp_path):
    path = box().save(tmp_path / "b.stl")
    assert cli("model", "check", path, "--printer", "nope").status == 2


def test_demo_writes_stl_png_and_alt_text(cli, tmp_path):
    result = cli(
        "demo", "--out", tmp_path / "d", "--name", "Zoé", "--printer", "prusa-mini", "--json"
    )
    assert result.status == 0, result.err
    files = [Path(f) for f in result.json["files"]]
    suffixes = {f.suffix for f in files}
    assert {".stl", ".png", ".txt", ".gcode"} <= suffixes
    assert result.json["ok"] and result.json["gcode_ok"]
    assert all(f.exists() for f in files)
    alt = next(f for f in files if f.suffix == ".txt").read_text(encoding="utf-8")
    assert "Zoé" in alt
    assert load(next(f for f in files if f.suffix == ".stl")).is_closed


def test_demo_from_a_real_shell(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "makerkit", "demo", "--out", str(tmp_path / "d")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "d" / "nametag.png").exists()


def test_model_without_a_command_shows_help(cli):
    result = cli("model")
    assert result.status == 2
    assert "nametag" in result.out


def test_check_in_the_unit_the_file_was_drawn_in(cli, models):
    wrong = cli("model", "check", models / "featuretype.stl", "--json")
    right = cli("model", "check", models / "featuretype.stl", "--unit", "inch", "--json")
    auto = cli("model", "check", models / "featuretype.stl", "--unit", "auto", "--json")
    assert wrong.status == 1 and right.status == 0 and auto.status == 0
    assert right.json["size_mm"] == pytest.approx([127, 63.5, 34.925], abs=0.01)
    assert cli("model", "check", models / "featuretype.stl", "--unit", "furlong").status == 2


def test_demo_again_keeps_backups_and_says_so_plainly(cli, tmp_path):
    first = cli("demo", "--out", tmp_path, "--name", "Léa", "--json")
    assert first.status == 0
    again = cli("demo", "--out", tmp_path, "--name", "Léo")
    assert again.status == 0
    assert ".makerkit-backup" in again.err and "UserWarning" not in again.err
    # Every file of the first run differs in the second, so each one is kept.
    assert len(list((tmp_path / ".makerkit-backup").iterdir())) == len(first.json["files"])
