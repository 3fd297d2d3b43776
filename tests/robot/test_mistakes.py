"""A mistake in a robot program reads as one short sentence in the learner's language and
voice, at their line: never Python's English, never a line of makerkit."""

from __future__ import annotations

import re

import pytest

from makerkit.i18n import language, set_language
from makerkit.robot.challenges import run_challenge

PYTHON_SAYS = re.compile(
    r"Error\b|Traceback|object has no attribute|is not defined|invalid literal|by zero"
    r"|positional argument|RobotControls|makerkit/|\.py\""
)


@pytest.fixture(autouse=True)
def _language_back():
    yield
    set_language(None)  # the command line chooses the language for the whole process


VOICES = [("en", "vous"), ("fr", "tu"), ("fr", "vous")]
WRONG_VOICE = {"tu": r"\b(vous|votre|vos)\b", "vous": r"\b(tu|ton|ta|tes|toi)\b|-toi\b"}

# (program, the learner's line, what the sentence must name)
STEP_MISTAKES = [
    ("def step(robot):\n    robot.Forward()\n", 2, "`forward`"),
    ("def step(robot):\n    robot.foward()\n", 2, "`forward`"),
    ("def step(robot):\n    robot.avance()\n", 2, "turn_left"),
    (
        "def step(robot):\n    if robot.on_grey():\n        robot.stop()\n    else:\n        avance()\n",
        5,
        "avance",
    ),
    ("def step(robot):\n    x = robot.prox[2] // 0\n", 2, "`//`"),
    ("def step(robot):\n    robot.forward(150,5)\n", 2, "`150.5`"),
    ("def step(robot):\n    robot.forward('vite')\n", 2, "vite"),
    ("n = 0\ndef step(robot):\n    n = n + 1\n", 3, "global n"),
]


def _check(text: str, lang: str, address: str, line: int, names: str) -> None:
    assert not PYTHON_SAYS.search(text), text
    assert f"{'Ligne' if lang == 'fr' else 'Line'} {line}" in text, text
    assert names in text, text
    if lang == "fr":
        assert not re.search(WRONG_VOICE[address], text, re.IGNORECASE), text
    else:
        assert not re.search(r"\b(ligne|le|la|ton|votre)\b", text, re.IGNORECASE), text


@pytest.mark.parametrize(("lang", "address"), VOICES)
@pytest.mark.parametrize(("source", "line", "names"), STEP_MISTAKES)
def test_a_mistake_in_a_step_program_is_explained(source, line, names, lang, address):
    with language(lang, address=address, simple=address == "tu"):
        result = run_challenge("park", source, seconds=1)
        _check(result.hint, lang, address, line, names)
        other = "en" if lang == "fr" else "fr"
        _check(result.hint_in(other), other, address, line, names)  # read later, elsewhere
    assert not result.passed and result.score == 0


def test_a_mistake_in_a_thymio_program_is_explained():
    source = (
        "x = 0\n@onevent\ndef prox():\n    global x, motor_left_target\n"
        "    motor_left_target = 100 // x\n"
    )
    with language("fr", address="vous"):
        result = run_challenge("stop-wall", source, seconds=1)
        _check(result.hint, "fr", "vous", 5, "`//`")


def test_a_program_file_is_explained_by_the_command_line(cli, tmp_path, monkeypatch):
    typo = tmp_path / "typo.py"
    typo.write_text("def step(robot):\n    robot.Forward()\n", encoding="utf-8")
    unknown = tmp_path / "inconnu.py"
    unknown.write_text("def step(robot):\n    tourne()\n", encoding="utf-8")
    unreadable = tmp_path / "illisible.py"
    unreadable.write_text("def step(robot)\n    robot.forward()\n", encoding="utf-8")
    french = cli("--lang", "fr", "robot", "run", "park", typo, "--seconds", "1")
    assert french.status == 1
    _check(french.out, "fr", "vous", 2, "`forward`")
    english = cli("--lang", "en", "robot", "run", "park", typo, "--seconds", "1")
    _check(english.out, "en", "vous", 2, "`forward`")
    # a program file has no cell to run: the learner gives the name a value
    set_language(None)  # the language of the environment, as a learner's terminal has it
    monkeypatch.setenv("MAKERKIT_LANG", "fr")
    named = cli("robot", "run", "park", unknown, "--seconds", "1")
    _check(named.out, "fr", "vous", 2, "tourne")
    assert "cellule" not in named.out and "valeur" in named.out
    broken = cli("robot", "run", "park", unreadable)
    assert broken.status == 2 and "deux-points" in broken.err, broken.err
    assert not PYTHON_SAYS.search(broken.err) and "expected" not in broken.err


def test_a_refused_program_file_is_named(tmp_path):
    """A learner who wrote mur.py in a cell above reads which file the line is in."""
    from makerkit.errors import RobotError

    wall = tmp_path / "mur.py"
    wall.write_text(
        "@onevent\ndef prox():\n    global motor_left_target\n    motor_left_target = 0.5\n",
        encoding="utf-8",
    )
    with pytest.raises(RobotError) as info:
        run_challenge("stop-wall", wall, seconds=1)
    assert info.value.message("fr").startswith("Dans mur.py, ligne 4 : `0.5`")
    assert info.value.message("en").startswith("In mur.py, line 4: `0.5`")
    assert info.value.key == "robot.aseba.float" and info.value.values["line"] == 4


@pytest.mark.parametrize(
    ("source", "line"),
    [
        ("def step(robot):\n    while not robot.on_grey():\n        robot.forward()\n", 2),
        (
            "@onevent\ndef prox():\n    global motor_left_target\n"
            "    while prox_horizontal[2] < 4000:\n        motor_left_target = 200\n",
            4,
        ),
    ],
)
def test_a_loop_waiting_for_the_sensors_is_explained_at_its_line(source, line):
    from makerkit.robot.run import run_program

    with language("fr", address="tu"):
        run = run_program(source, "parking", seconds=2, call_limit_s=0.2)
    assert run.error_values["line"] == line
    assert run.error.startswith(f"Ligne {line} : ton programme")
    assert "« if » plutôt que « while »" in run.error
    assert "'if' rather than 'while'" in run.error_message("en")
