"""Challenges with buttons and things that move: the hand, the second robot, the room."""

from __future__ import annotations

import numpy as np
import pytest

from makerkit.robot.arena import Arena, Pose
from makerkit.robot.challenges import challenges, run_challenge
from makerkit.robot.movers import hand, robot_on_loop
from makerkit.robot.simulation import Simulation


def test_a_hand_is_seen_only_while_it_is_there_and_pushes_the_robot():
    there = hand([(0, 100, 50, 0), (10, 100, 50, 0)], present=[(1, 3)])
    arena = Arena(200, 100, start=Pose(80, 50, 0), movers=[there])
    sim = Simulation(arena, seconds=4)
    sim.advance(400)
    assert max(sim.prox[50]) == 0 and max(sim.prox[350]) == 0
    assert sim.prox[150, 2] > 800  # the hand (skin), about 10 cm ahead
    sim = Simulation(arena, seconds=4)
    sim.set_motors(300, 300)
    sim.advance(400)
    held = sim.x_cm[120:290]
    assert sim.contact[120:290].all() and np.ptp(held) < 0.01  # held back by the hand
    assert sim.x_cm[-1] > held[-1] + 5  # … and on its way once the hand is lifted


def test_a_second_robot_drives_round_and_is_seen():
    other = robot_on_loop([(30, 30), (170, 30), (170, 70), (30, 70)], 8.0, 60.0)
    arena = Arena(200, 100, start=Pose(100, 50, -90), movers=[other])
    run = Simulation(arena, seconds=20)
    run.advance(2000)
    assert run.prox.max() > 2000
    traj = run.trajectory()
    ((mover, poses, here),) = traj.movers
    assert here.all() and np.ptp(poses[:, 0]) > 100


def test_new_challenges_are_listed_in_both_languages(lang):
    ids = {c.id: c for c in challenges()}
    for cid in ("button-go", "follow-hand", "room-cleaner"):
        assert ids[cid].title and ids[cid].goal()
    assert "30 %" in ids["room-cleaner"].goal()


@pytest.mark.parametrize("name", ["button_starter", "simple_button"])
def test_wait_for_the_button_then_go(program, name):
    for seed in (0, 3):
        result = run_challenge("button-go", program(name), seed=seed)
        assert result.passed, result.hint
        traj = result.trajectory
        press_s = 2.0 + seed
        assert traj.x_cm[traj.t_s <= press_s].max() - traj.x_cm[0] < 0.3


def test_button_mistakes_get_their_hints(program):
    early = run_challenge("button-go", "def step(robot):\n    robot.forward()\n")
    assert not early.passed and "robot.pressed" in early.hint
    only_while_pressed = (
        "@onevent\ndef button_forward():\n"
        "    global motor_left_target, motor_right_target\n"
        "    motor_left_target = 300 * button_forward\n"
        "    motor_right_target = 300 * button_forward\n"
    )
    stopped = run_challenge("button-go", only_while_pressed)
    assert stopped.hint_key == "robot.hint.button_stopped" and "global" in stopped.hint
    forgot = program("button_starter").read_text().replace("    global go\n", "")
    result = run_challenge("button-go", forgot)
    assert result.hint_key == "robot.hint.forgot_global"
    assert "global go" in result.hint_in("en") and "global go" in result.hint_in("fr")


def test_follow_the_hand(program):
    result = run_challenge("follow-hand", program("hand_follower"))
    assert result.passed and result.score >= 90, result.hint
    lost = run_challenge("follow-hand", "def step(robot):\n    robot.forward()\n")
    assert not lost.passed and lost.score < 30 and "robot.prox" in lost.hint
    picture = result.picture()
    assert "purple" in picture.alt or "violet" in picture.alt


def test_clean_the_room(program):
    result = run_challenge("room-cleaner", program("room_cleaner"), seed=3)
    assert result.passed, result.hint
    straight = run_challenge("room-cleaner", "def step(robot):\n    robot.forward()\n", seconds=30)
    assert not straight.passed and straight.hint_key == "robot.hint.room_small"
    assert "robot.memory" in straight.hint  # the simple words of a step(robot) program


def test_the_animation_shows_what_moves(program):
    run = run_challenge("follow-hand", program("hand_follower"), seconds=5).run
    page = run.animation()._repr_html_()
    assert '"movers": [{"shape"' in page and '"here": [0' in page


def test_the_same_seed_gives_the_same_room_run(program):
    """A second robot moving, random turns (math_rand), noise: all from the seed."""
    runs = [
        run_challenge("room-cleaner", program("room_cleaner"), seed=s, seconds=20, noise=True)
        for s in (5, 5, 6)
    ]
    a, b, c = (r.trajectory for r in runs)
    for name in ("x_cm", "y_cm", "heading_rad", "prox_horizontal", "contact"):
        assert np.array_equal(getattr(a, name), getattr(b, name)), name
    assert not np.array_equal(a.x_cm, c.x_cm)
