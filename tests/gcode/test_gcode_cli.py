from pathlib import Path

import pytest

CLEAN = "G90\nM83\nM104 S215\nM109 S215\nG28\nG1 Z0.2 F600\nG1 X50 Y50 F6000\nG1 X80 Y50 E1.5 F1800\nM104 S0\n"


@pytest.fixture
def gfile(tmp_path):
    def make(text, name="part.gcode"):
        p = tmp_path / name
        p.write_text(text)
        return p

    return make


def test_info_json_keys(cli, gfile):
    r = cli("gcode", "info", gfile(CLEAN), "--printer", "prusa-mk3s", "--json")
    assert r.status == 0
    data = r.json
    for key in ("lines", "moves", "layers", "time_s", "filament_mm", "bounds"):
        assert key in data
    assert data["bounds"]["min"] == [50, 50, 0.2] and data["bounds"]["max"] == [80, 50, 0.2]
    assert data["lines"] == 9 and data["filament_mm"] == 1.5


def test_check_exit_status(cli, gfile):
    ok = cli("gcode", "check", gfile(CLEAN), "--printer", "prusa-mk3s", "--json")
    assert ok.status == 0 and ok.json["ok"] is True and ok.json["problems"] == []
    bad = cli("gcode", "check", gfile("G1 X400 Y10 F3000\n"), "--printer", "prusa-mk3s", "--json")
    assert bad.status == 1 and bad.json["ok"] is False
    assert {"code", "line", "message"} <= set(bad.json["problems"][0])
    text = cli("gcode", "check", gfile("G1 X400\n"), "--printer", "prusa-mk3s", "--lang", "fr")
    assert text.status == 1 and "PAS sûr" in text.out


def test_explain_json_and_range(cli, gfile):
    r = cli("gcode", "explain", gfile(CLEAN), "--from", "2", "--to", "3", "--json")
    assert r.status == 0
    assert [row["line"] for row in r.json["lines"]] == [2, 3]
    assert set(r.json["lines"][0]) >= {"line", "code", "text"}


def test_plot_writes_picture_and_alt(cli, gfile, tmp_path):
    out = tmp_path / "pic.png"
    r = cli("gcode", "plot", gfile(CLEAN), "-o", out, "--layer", "0", "--json")
    assert r.status == 0, r.err
    assert Path(r.json["file"]).read_bytes()[:4] == b"\x89PNG"
    assert r.json["alt"] and Path(out).with_suffix(".txt").exists()


def test_bad_input_is_exit_two_with_a_message(cli, gfile, tmp_path):
    r = cli("gcode", "info", tmp_path / "none.gcode")
    assert r.status == 2 and "does not exist" in r.err
    r = cli("gcode", "info", gfile("", "empty.gcode"), "--json")
    assert r.status == 2 and r.json["error"] == "gcode.empty"
    r = cli("gcode", "plot", gfile(CLEAN), "-o", tmp_path / "x.png", "--layer", "7")
    assert r.status == 2 and "layer" in r.err.lower()
    r = cli("gcode", "check", gfile(CLEAN), "--printer", "nope")
    assert r.status == 2
