"""Challenges: the reference programs written from docs/robot.md pass; mistakes get hints."""

from __future__ import annotations

import pytest

from makerkit.errors import RobotError
from makerkit.robot.challenges import challenges, run_challenge


def test_reference_line_follower_passes(program):
    result = run_challenge("line-follow", program("line_follower"))
    assert result.passed and result.score == result.max_score == 100
    assert result.sim_time_s < 40  # the run ends when the finish is reached
    for cid in ("line-oval", "line-eight"):
        assert run_challenge(cid, program("line_follower")).passed, cid


def test_simple_style_line_follower_passes(program):
    assert run_challenge("line-follow", program("simple_line")).passed


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_reference_obstacle_avoider_passes(program, seed):
    result = run_challenge("obstacles", program("obstacle_avoider"), seed=seed)
    assert result.passed, result.hint
    assert not result.trajectory.contact.any()


def test_stopping_and_parking_references_pass(program):
    assert run_challenge("stop-wall", program("wall_stopper")).passed
    assert run_challenge("park", program("parker")).passed


def test_driving_straight_into_the_wall_fails_with_a_hint(lang):
    result = run_challenge("stop-wall", "def step(robot):\n    robot.forward()\n")
    assert not result.passed and result.score < 50
    assert "robot.obstacle_ahead()" in result.hint  # in the words of a step(robot) program
    thymio = run_challenge("stop-wall", "motor_left_target = 200\nmotor_right_target = 200\n")
    assert "prox_horizontal[2]" in thymio.hint
    assert ("mur" in result.hint) == (lang == "fr")
    assert result.hint_in("en") != result.hint_in("fr")


def test_a_program_that_does_nothing_is_told_to_move():
    result = run_challenge("line-follow", "x = 1\n")
    assert not result.passed and result.score == 0
    assert "motor_left_target" in result.hint


def test_leaving_the_line_gets_partial_credit_and_a_hint():
    result = run_challenge("line-oval", "def step(robot):\n    robot.forward()\n")
    assert not result.passed and 0 < result.score < 40
    assert "robot.line_left()" in result.hint


def test_maze_is_scored_by_cells_left(program):
    result = run_challenge("maze", program("wall_stopper"), seed=1, seconds=20)
    assert not result.passed and 0 <= result.score < 80
    assert "cells" in result.hint


def test_an_endless_loop_fails_the_challenge_with_its_message():
    result = run_challenge("park", "def step(robot):\n    while True:\n        pass\n", seconds=5)
    assert not result.passed and "while True" in result.hint


def test_challenge_list_and_unknown_challenge(lang):
    items = challenges()
    assert len(items) >= 8 and len({c.id for c in items}) == len(items)
    assert all(c.title and c.goal() for c in items)
    with pytest.raises(RobotError) as info:
        run_challenge("fly", "x = 1\n")
    assert "line-follow" in str(info.value)


def test_result_carries_pictures_and_figures(program):
    result = run_challenge("stop-wall", program("wall_stopper"))
    data = result.as_dict()
    assert set(data) >= {"challenge", "score", "max_score", "passed", "sim_time_s", "hint"}
    pic = result.picture()
    assert pic.png.startswith(b"\x89PNG") and "wall" in pic.alt
    assert "makerkit-message makerkit-ok" in result._repr_html_()


def test_gap_and_crossing_need_going_straight(program):
    assert not run_challenge("line-gap", program("line_follower")).passed
    result = run_challenge("line-gap", program("gap_follower"))
    assert result.passed, result.hint


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_right_wall_follower_gets_out_of_the_maze(program, seed):
    result = run_challenge("maze", program("maze_follower"), seed=seed)
    assert result.passed, result.hint
    assert result.sim_time_s < 180  # the run ends once the robot is out
    # following the hint (the sides see nothing: clear the wall's end before turning), the
    # body never touches a wall, with or without a sensor seeing it
    assert not result.trajectory.contact.any()


def test_a_childs_stop_at_the_wall_program_passes():
    child = (
        "def step(robot):\n"
        "    if robot.obstacle_ahead():\n"
        "        robot.stop()\n"
        "    else:\n"
        "        robot.forward()\n"
    )
    result = run_challenge("stop-wall", child)
    assert result.passed, result.hint


@pytest.mark.parametrize("address", ["tu", "vous"])
def test_hints_for_a_childs_program_follow_the_workshops_register(address):
    """A simple-style (step(robot)) program's hints and the challenge goals say « tu » to
    children and « vous » to adults and seniors, as the workshop declares."""
    from makerkit.i18n import language
    from makerkit.robot.challenges import get_challenge

    with language("fr", address=address):
        result = run_challenge("stop-wall", "def step(robot):\n    robot.forward()\n")
        oval = run_challenge("line-oval", "def step(robot):\n    robot.forward()\n")
        goal = get_challenge("line-oval").goal()
    told = {"tu": ("Ton robot", "Arrête-toi"), "vous": ("Votre robot", "Arrêtez-vous")}
    assert all(words in result.hint for words in told[address]), result.hint
    other = "vous" if address == "tu" else "tu"
    assert not any(words in result.hint for words in told[other])
    assert ("tournez" in oval.hint) == (address == "vous") and "robot.line_left()" in oval.hint
    assert goal.startswith("Fais un tour" if address == "tu" else "Faites un tour")


def test_french_robot_texts_that_speak_to_the_learner_have_both_voices():
    """No robot text says « tu » or « vous » to everyone: those that address the learner
    come in both voices (the workshop chooses)."""
    import re

    from makerkit.i18n import catalogue

    addressing = re.compile(
        r"\b(tu|ton|ta|tes|toi|vous|votre|vos)\b|-(toi|vous)\b|\b(Fais|Faites|Suis|Suivez)\b",
        re.IGNORECASE,
    )
    one_voice = [
        key
        for key, text in catalogue("fr").items()
        if key.startswith("robot.")
        and not key.removesuffix("#one").removesuffix("#other").endswith(("#tu", "#vous"))
        and addressing.search(text)
    ]
    assert one_voice == []
