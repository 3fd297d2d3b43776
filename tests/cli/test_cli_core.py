import subprocess
import sys


def test_version(cli):
    r = cli("--version")
    assert r.status == 0 and "makerkit" in r.out


def test_printers_json_contract(cli):
    data = cli("printers", "--json").json
    ids = {p["id"] for p in data["printers"]}
    assert {"prusa-mk4", "prusa-mk3s", "prusa-mini", "creality-ender3-v2"} <= ids
    assert all(len(p["bed_mm"]) == 3 for p in data["printers"])
    assert {"pla", "petg", "tpu"} <= {m["id"] for m in data["materials"]}


def test_printers_in_french(cli):
    r = cli("printers", "--lang", "fr")
    assert "Imprimantes" in r.out


def test_usage_error_exits_2(cli):
    assert cli("no-such-command").status == 2


def test_python_dash_m_runs_the_same_command():
    r = subprocess.run(
        [sys.executable, "-m", "makerkit", "--version"], capture_output=True, text=True
    )
    assert r.returncode == 0 and r.stdout.startswith("makerkit")
