"""The print queue against a real OctoPrint server and its virtual printer (started once here).

What the facilitator does is done through the command line, in this process; what the
printer holds is read from OctoPrint's own REST API, not through makerkit.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys

import pytest

pytestmark = pytest.mark.slow

SMALL_MOVES = "G90\nG28\nG1 Z5 F600\nG1 X50 Y50 F6000\nG1 X100 Y100 F6000\nG1 X20 Y20 F6000\nM84\n"


@pytest.fixture
def virtual(home, octoprint, cli):
    """The virtual printer registered as 'virtual' (an Ender-3 V2 profile), empty and idle."""
    from octoprint_server import API_KEY

    octoprint.clear()
    result = cli(
        "printer",
        "add",
        "virtual",
        "--kind",
        "octoprint",
        "--url",
        octoprint.url,
        "--api-key",
        API_KEY,
        "--profile",
        "creality-ender3-v2",
        "--json",
    )
    assert result.status == 0, result.err
    yield octoprint
    octoprint.clear()


@pytest.fixture(scope="module")
def nametag_gcode(tmp_path_factory):
    """A real name tag sliced by makerkit for the Ender-3 V2 (about 17 simulated minutes)."""
    import makerkit as mk

    path = tmp_path_factory.mktemp("gcode") / "camille.gcode"
    mk.slice(mk.nametag("Camille"), "creality-ender3-v2").save(path)
    return path


def _send(cli, path, learner="Camille"):
    result = cli("print", str(path), "--to", "virtual", "--learner", learner, "--json")
    assert result.status == 0, result.out + result.err
    return result.json["job"]


def test_safe_job_waits_for_approval_then_prints_the_checked_bytes(virtual, cli, nametag_gcode):
    job = _send(cli, nametag_gcode)
    assert job["state"] == "waiting"
    assert job["sha256"] == hashlib.sha256(nametag_gcode.read_bytes()).hexdigest()
    assert job["learner"] == "Camille"
    assert job["estimate"]["time_s"] > 60 and job["estimate"]["filament_g"] > 0.5

    queue = cli("print", "queue", "--json")  # asks the printer, but sends nothing
    assert [j["state"] for j in queue.json["jobs"]] == ["waiting"]
    assert virtual.files() == [] and virtual.state() == "Operational"

    approved = cli("print", "approve", str(job["id"]), "--json")
    assert approved.status == 0, approved.err
    assert [e["event"] for e in approved.json["events"]] == ["started"]
    virtual.wait_state("Printing")
    assert virtual.job_file() == job["filename"] and virtual.files() == [job["filename"]]
    uploaded = virtual.get(f"/downloads/files/local/{job['filename']}").content
    assert hashlib.sha256(uploaded).hexdigest() == job["sha256"]

    followed = cli("print", "queue", "--json").json["jobs"][0]
    assert followed["state"] == "printing" and followed["progress_percent"] is not None


UNSAFE = {
    "out_of_bed": "G28\nG1 Z5 F600\nG1 X300 Y10 F3000\n",
    "too_high": "G28\nG1 Z300 F600\n",
    "below_the_bed": "G28\nG1 Z-2 F600\n",
    "nozzle_on_the_bed": "G28\nM104 S210\nM109 S210\nG1 Z0 F600\nG1 X50 Y50 E3 F1200\n",
    "hotend_too_hot": "G28\nM104 S300\nM109 S300\nG1 Z0.2 F600\nG1 X50 E2 F1200\n",
    "bed_too_hot": "G28\nM140 S130\nM190 S130\n",
    "cold_extrusion": "G28\nG1 Z0.2 F600\nG1 X50 Y50 E5 F1200\n",
    "no_homing": "M104 S210\nM109 S210\nG1 Z0.2 F600\nG1 X50 Y50 E2 F1200\n",
    "too_fast": "G28\nG1 Z5 F600\nG1 X200 Y10 F100000\n",
    "too_hot_for_pla": "G28\nM104 S250\nM109 S250\nG1 Z0.2 F600\nG1 X50 E2 F1200\nM104 S0\n",
    "speed_limits_raised": "M203 X2000 Y2000\nG28\nG1 Z5 F600\nG1 X200 F120000\n",
    "cold_extrusion_allowed": "M302 P1\nG28\nG1 Z0.2 F600\nG1 X50 E2 F1200\n",
    "endstops_off": "M211 S0\nG28\nG1 Z5 F600\n",
    "huge_extrusion": "G28\nM104 S210\nM109 S210\nG1 Z0.2 F600\nG1 X60 E900 F1200\n",
    "zero_speed": "G28\nG1 Z5 F0\nG1 X50 F0\n",
    "moves_after_motors_off": "G28\nG1 Z5 F600\nM84\nG1 X50 Y50 F3000\n",
    "not_gcode": "\x89PNG\r\n\x1a\n" + "\x00\xff" * 200,
}


@pytest.mark.parametrize("case", sorted(UNSAFE) + ["a_prusa_mk4_file"])
def test_unsafe_file_is_refused_and_nothing_reaches_the_printer(virtual, cli, tmp_path, case):
    import makerkit as mk

    path = tmp_path / f"{case}.gcode"
    if case == "a_prusa_mk4_file":  # a wrong printer's file: sliced for another machine
        mk.slice(mk.nametag("Sam"), "prusa-mk4").save(path)
    else:
        path.write_bytes(UNSAFE[case].encode("latin-1"))
    result = cli("print", str(path), "--to", "virtual", "--learner", "Sam", "--json")
    assert result.status == 1, result.out + result.err
    data = result.json
    assert data["ok"] is False and data["job"]["id"] is None
    errors = [p for p in data["job"]["problems"] if p["severity"] == "error"]
    assert errors and all(p["message"] for p in errors)
    assert "NOT safe" in data["message"]
    if case in ("out_of_bed", "cold_extrusion", "not_gcode", "a_prusa_mk4_file"):  # and in French
        text = cli("--lang", "fr", "print", str(path), "--to", "virtual")
        assert text.status == 1 and "PAS sûr" in text.out
    assert cli("print", "queue", "--json").json["jobs"] == []
    assert virtual.files() == [] and virtual.state() == "Operational"


def test_busy_printer_is_not_sent_a_second_job(virtual, cli, nametag_gcode, tmp_path):
    first = _send(cli, nametag_gcode, "Camille")
    cli("print", "approve", str(first["id"]))
    virtual.wait_state("Printing")
    small = tmp_path / "moves.gcode"
    small.write_text(SMALL_MOVES)
    second = _send(cli, small, "Noa")
    approved = cli("print", "approve", str(second["id"]), "--json").json
    assert approved["events"] == [] and approved["job"]["state"] == "approved"
    for _ in range(3):
        cli("print", "queue")
    assert virtual.files() == [first["filename"]] and virtual.job_file() == first["filename"]

    virtual.reconnect()  # the first print is stopped at the printer (unplugged and back)
    events = cli("print", "queue", "--json").json["events"]
    assert events == [{"job": first["id"], "event": "stopped", "printer": "virtual"}]
    assert virtual.files() == [first["filename"]]  # its part may still be on the bed
    status = cli("printer", "status", "virtual", "--json").json["printers"][0]
    assert status["state"] == "ready" and status["bed_clear"] is False

    ready = cli("printer", "ready", "virtual", "--json").json
    assert [e["event"] for e in ready["events"]] == ["started"]
    virtual.wait_state(("Printing", "Finishing", "Operational"))
    assert second["filename"] in virtual.files()
    virtual.wait_state("Operational", 60)
    done = cli("print", "queue", "--json").json["jobs"]
    assert [j["state"] for j in done] == ["stopped", "done"]


def test_the_queue_survives_a_restart(virtual, cli, tmp_path, home):
    small = tmp_path / "moves.gcode"
    small.write_text(SMALL_MOVES)
    ids = [_send(cli, small, who)["id"] for who in ("Ada", "Lin", "Zoé")]
    cli("print", "approve", str(ids[0]))
    cli("print", "refuse", str(ids[1]), "--why", "Trop de monde aujourd'hui")
    # a new process reads the same queue from disk
    env = {"MAKERKIT_HOME": str(home), "MAKERKIT_LANG": "en", "PATH": "/usr/bin:/bin"}
    import os

    env["PYTHONPATH"] = os.environ.get("PYTHONPATH", "")
    out = subprocess.run(
        [sys.executable, "-m", "makerkit", "print", "queue", "--no-advance", "--json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=True,
    )
    import json

    jobs = json.loads(out.stdout)["jobs"]
    assert [(j["id"], j["learner"]) for j in jobs] == list(
        zip(ids, ("Ada", "Lin", "Zoé"), strict=True)
    )
    assert [j["state"] for j in jobs][1:] == ["refused", "waiting"]
    assert jobs[0]["state"] in ("printing", "done")
    assert jobs[1]["reason_text"] == "Trop de monde aujourd'hui"


def test_a_printer_removed_while_it_prints(virtual, cli, nametag_gcode):
    job, waiting = _send(cli, nametag_gcode, "Camille"), _send(cli, nametag_gcode, "Noa")
    cli("print", "approve", str(job["id"]))
    virtual.wait_state("Printing")
    refused = cli("--lang", "fr", "printer", "remove", "virtual")
    assert refused.status == 2 and f"imprime le travail {job['id']}" in refused.err
    removed = cli("printer", "remove", "virtual", "--force", "--json").json
    assert [(e["job"], e["event"]) for e in removed["events"]] == [
        (job["id"], "unfollowed"),
        (waiting["id"], "printer_removed"),
    ]
    jobs = cli("print", "queue", "--json").json["jobs"]
    assert [j["state"] for j in jobs] == ["stopped", "refused"]
    assert jobs[0]["status_text"].startswith("Plus suivi : l’imprimante « virtual » a été retirée")
    assert virtual.state() == "Printing"  # the print itself is the facilitator's to stop


def test_a_wrong_key_is_explained(home, octoprint, cli):
    cli(
        "printer",
        "add",
        "wrong",
        "--kind",
        "octoprint",
        "--url",
        octoprint.url,
        "--api-key",
        "not-the-key",
        "--profile",
        "creality-ender3-v2",
    )
    status = cli("printer", "status", "wrong", "--json").json["printers"][0]
    assert status["state"] == "offline" and "refused makerkit's sign-in" in status["message"]


def test_a_class_plate_goes_to_the_printer_as_one_job(virtual, cli, tmp_path):
    import makerkit as mk
    from makerkit.printing import PrintQueue

    ids = []
    for name in ("Ada", "Lin", "Zoé"):
        model = mk.nametag(name).save(tmp_path / f"{name}.stl")
        job = _send(cli, model, name)  # a model file: sliced for the printer's profile
        ids.append(PrintQueue().approve(job["id"]).id)  # approved, not yet started
    plate = cli("print", "plate", *map(str, ids), "--to", "virtual", "--json")
    assert plate.status == 0, plate.out + plate.err
    assert virtual.files() == []
    started = cli("print", "queue", "--json").json
    assert started["events"] == [
        {"job": plate.json["job"]["id"], "event": "started", "printer": "virtual"}
    ]
    virtual.wait_state("Printing")
    assert virtual.files() == [plate.json["job"]["filename"]]
    assert {j["state"] for j in started["jobs"][:3]} == {"on_plate"}
