"""``--json``: every command that reports prints exactly one JSON object on stdout, and
nothing else there (messages for people go to stderr), whether it worked, found problems,
or was given something wrong."""

from __future__ import annotations

import json

import pytest

import makerkit as mk

SAFE_GCODE = "G90\nM83\nM104 S215\nM109 S215\nG28\nG1 Z0.2 F600\nG1 X50 Y50 F6000\nG1 X80 Y50 E1.5 F1800\nM104 S0\n"
UNSAFE_GCODE = "G28\nM104 S300\nG1 X400 Y10 E5 F3000\n"
ROBOT = "def step(robot):\n    robot.forward()\n"


@pytest.fixture(scope="module")
def place(tmp_path_factory):
    d = tmp_path_factory.mktemp("json")
    (d / "safe.gcode").write_text(SAFE_GCODE)
    (d / "unsafe.gcode").write_text(UNSAFE_GCODE)
    (d / "robot.py").write_text(ROBOT)
    mk.box(12, 10, 1).save(d / "part.stl")
    return d


@pytest.fixture
def home(place, monkeypatch):
    monkeypatch.setenv("MAKERKIT_HOME", str(place / "home"))
    return place


def one_object(cli, *args):
    run = cli(*args, "--json")
    stdout = run.out.strip()
    try:
        data = json.loads(stdout)
    except json.JSONDecodeError:
        pytest.fail(
            f"makerkit {' '.join(map(str, args))} --json printed more than JSON: {stdout!r}"
        )
    assert isinstance(data, dict), stdout
    return run.status, data


# Each: the command's words (F = the fixture folder), the exit statuses it may give.
COMMANDS = [
    (["printers"], {0}),
    (["model", "nametag", "Zoé", "-o", "F/zoe.stl"], {0}),
    (["model", "check", "F/part.stl"], {0, 1}),
    (["slice", "F/part.stl", "-o", "F/part.gcode", "--preview", "F/layer.png"], {0}),
    (["gcode", "info", "F/safe.gcode"], {0}),
    (["gcode", "check", "F/unsafe.gcode", "--printer", "prusa-mk4"], {1}),
    (["gcode", "explain", "F/safe.gcode", "--to", "3"], {0}),
    (["gcode", "plot", "F/safe.gcode", "-o", "F/plot.png"], {0}),
    (["robot", "challenges"], {0}),
    (["robot", "run", "stop-wall", "F/robot.py", "--seconds", "2"], {0, 1}),
    (["workshop", "list"], {0}),
    (["workshop", "check", "nametag"], {0}),
    (["workshop", "new", "my-kite", "--dir", "F/workshops"], {0}),
    (["printer", "list"], {0}),
    (
        [
            "printer",
            "add",
            "lab",
            "--kind",
            "octoprint",
            "--url",
            "http://127.0.0.1:9",
            "--api-key",
            "k",
            "--profile",
            "prusa-mk4",
        ],
        {0},
    ),
    (["printer", "status"], {0}),
    (["print", "F/unsafe.gcode", "--to", "lab"], {1}),
    (["print", "F/safe.gcode", "--to", "lab", "--learner", "Léa"], {0}),
    (["print", "queue"], {0}),
    (["print", "approve", "1"], {0}),
    (["print", "refuse", "1", "--why", "trop tard"], {0}),
    (["print", "serve", "--rounds", "1", "--interval", "0"], {0}),
    (["print", "restore"], {0}),
    (["printer", "ready", "lab"], {0}),
    (["printer", "remove", "lab"], {0}),
]


@pytest.mark.parametrize("lang", ["fr"])
def test_every_command_prints_one_json_object(cli, home, lang, monkeypatch):
    monkeypatch.setenv("MAKERKIT_LANG", lang)
    for words, statuses in COMMANDS:
        args = [w.replace("F/", f"{home}/") for w in words]
        status, data = one_object(cli, *args)
        assert status in statuses, (words, status, data)
        assert "error" not in data, (words, data)


@pytest.mark.parametrize(
    "words",
    [
        ["model", "check", "F/nothing.stl"],
        ["gcode", "info", "F/nothing.gcode"],
        ["robot", "run", "no-such-challenge", "F/robot.py"],
        ["kit", "grade", "F/no-kit.zip", "F"],
        ["hub", "grade", "--dir", "F/no-session"],
        ["print", "approve", "99"],
        ["slice", "F/part.stl", "-o", "F/x.gcode", "--infill", "150"],
        ["slice", "F/part.stl", "-o", "F/x.gcode", "--layer-height", "thick"],
        ["gcode", "plot", "F/safe.gcode"],
    ],
)
def test_mistakes_are_one_json_object_too(cli, home, words):
    status, data = one_object(cli, *[w.replace("F/", f"{home}/") for w in words])
    assert status == 2 and data["error"] and data["message"], data
