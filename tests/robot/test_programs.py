"""Learner programs in both styles, and how their mistakes are reported."""

from __future__ import annotations

import time
import types

import pytest

from makerkit.errors import RobotError
from makerkit.i18n import language
from makerkit.robot.program import onevent
from makerkit.robot.run import run_program

FORWARD_THYMIO = """
@onevent
def prox():
    global motor_left_target, motor_right_target
    motor_left_target = 200
    motor_right_target = 200
"""


def test_thymio_and_simple_styles_drive_the_same_way():
    a = run_program(FORWARD_THYMIO, "empty", seconds=3)
    b = run_program("def step(robot):\n    robot.forward(200)\n", "empty", seconds=3)
    assert a.style == "thymio" and b.style == "simple"
    # the Thymio program starts at the first prox event (0.1 s), the step one at once
    assert a.trajectory.distance_cm == pytest.approx(b.trajectory.distance_cm - 0.8, abs=0.2)


def test_step_function_and_namespace_programs():
    def step(robot):
        robot.turn_left()

    run = run_program(step, "empty", seconds=1)
    assert run.error is None and run.trajectory.heading_rad[-1] > 1.0

    @onevent
    def prox():
        global motor_left_target, motor_right_target
        motor_left_target = 100
        motor_right_target = 100

    space = types.SimpleNamespace(prox=prox)
    run = run_program(space, "empty", seconds=2)
    assert run.error is None and run.trajectory.distance_cm > 3


def test_program_from_a_file(tmp_path):
    path = tmp_path / "go.py"
    path.write_text("from thymio import *\nmotor_left_target = 150\nmotor_right_target = 150\n")
    run = run_program(str(path), "empty", seconds=2)
    assert run.error is None and run.trajectory.distance_cm > 8


def test_timer_led_and_buttons_events():
    source = """
timer_period[0] = 500
count = 0

@onevent
def timer0():
    global count, leds_top
    count += 1
    if count % 2:
        leds_top = [0, 0, 32]
    else:
        leds_top = [0, 0, 0]

@onevent
def button_center():
    global motor_left_target, motor_right_target
    if button_center == 1:
        motor_left_target = 300
        motor_right_target = 300
        print("go", count)
"""
    run = run_program(source, "empty", seconds=3, buttons=[(1.0, "center")])
    traj = run.trajectory
    assert traj.x_cm[99] == traj.x_cm[0]  # waits for the button
    assert traj.distance_cm > 10
    assert run.printed == ["go 1"]
    assert traj.leds_top[60].tolist() == [0, 0, 32] and traj.leds_top[120].tolist() == [0, 0, 0]


def test_exit_ends_the_run_quietly():
    run = run_program("motor_left_target = 100\nmotor_right_target = 100\nexit()\n", "empty", 5)
    assert run.error is None


@pytest.mark.parametrize(
    "source",
    [
        "while True:\n    pass\n",
        "def step(robot):\n    while True:\n        robot.forward()\n",
        "@onevent\ndef prox():\n    while True:\n        try:\n            pass\n        except Exception:\n            pass\n",
    ],
)
def test_an_endless_loop_ends_with_a_clear_message(source, lang):
    start = time.perf_counter()
    # plain Python: the robot itself refuses try/except before running
    run = run_program(source, "empty", seconds=10, call_limit_s=0.3, aseba=False)
    assert time.perf_counter() - start < 5
    assert run.error_key.startswith("robot.program_timeout")
    assert "while True" in run.error
    assert ("boucle" in run.error) == (lang == "fr")


def test_a_learner_error_names_the_line(lang):
    run = run_program("def step(robot):\n    robot.forward()\n    speed = 10 / 0\n", "empty", 3)
    assert run.error_key == "robot.program_error_line" and run.error_values["line"] == 3
    assert "0" in run.error and "ZeroDivisionError" not in run.error
    assert ("Ligne 3" in run.error) == (lang == "fr")


def test_bad_motor_values_and_unknown_events_are_explained():
    run = run_program("motor_left_target = 'fast'\n", "empty", 1, aseba=False)
    assert run.error_key == "robot.bad_motor"
    with pytest.raises(RobotError) as info:  # the robot itself refuses text in a variable
        run_program("motor_left_target = 'fast'\n", "empty", 1)
    assert info.value.key == "robot.aseba.text" and info.value.values["line"] == 1
    with pytest.raises(RobotError) as info:
        run_program("@onevent\ndef proxy():\n    pass\n", "empty", 1)
    assert info.value.key == "robot.aseba.unknown_event_close" and "proxy" in str(info.value)
    run = run_program("@onevent\ndef proxy():\n    pass\n", "empty", 1, aseba=False)
    assert run.error_key == "robot.unknown_event" and "proxy" in run.error


def test_unreadable_programs_are_bad_input(tmp_path):
    with pytest.raises(RobotError) as info:
        run_program("def step(robot)\n    robot.forward()\n", "empty", 1)
    assert "line 1" in str(info.value)
    with language("fr"), pytest.raises(RobotError) as info:
        run_program(42, "empty", 1)
    assert "int" in str(info.value)
    with pytest.raises(RobotError):
        run_program(lambda: None, "empty", 1)
    from makerkit.errors import InputFileError

    with pytest.raises(InputFileError):
        run_program(str(tmp_path / "missing.py"), "empty", 1)


def test_the_notebook_keeps_working_after_a_timeout():
    run_program("while True:\n    pass\n", "empty", seconds=1, call_limit_s=0.2)
    time.sleep(0.1)  # a late timeout must not land here
    assert sum(range(10)) == 45


def test_a_typo_is_answered_with_the_name_meant(lang):
    run = run_program("def step(robot):\n    robot.foward()\n", "empty", 1)
    assert run.error_key == "robot.program_error_line" and run.error_values["line"] == 2
    assert "`forward`" in run.error and "AttributeError" not in run.error
    run = run_program("def step(robot):\n    speed = 100\n    robot.forward(sped)\n", "empty", 1)
    assert "`speed`" in run.error and run.error_values["line"] == 3


def test_a_forgotten_global_is_named(lang):
    source = "count = 0\n@onevent\ndef prox():\n    count += 1\n"
    with pytest.raises(RobotError) as info:  # the robot's rules: refused before running
        run_program(source, "empty", 1)
    assert info.value.key == "robot.aseba.forgot_global" and "global count" in str(info.value)
    run = run_program(source, "empty", 1, aseba=False)  # plain Python stops at the line
    assert run.error_key == "robot.errors.forgot_global" and run.error_values["line"] == 4
    assert ("global count" in run.error) and ("oublié" in run.error) == (lang == "fr")


def test_hints_speak_the_style_of_the_program():
    from makerkit.robot.challenges import run_challenge

    simple = run_challenge("line-follow", "def step(robot):\n    robot.forward()\n")
    assert simple.hint_key == "robot.hint.left_line" and "robot.line_left()" in simple.hint
    assert "prox_ground_delta" not in simple.hint
    thymio = run_challenge("line-follow", "motor_left_target = 200\nmotor_right_target = 200\n")
    assert thymio.hint_key == "robot.hint.left_line" and "prox_ground_delta" in thymio.hint
    forgot = run_challenge(
        "stop-wall",
        "@onevent\ndef prox():\n    motor_left_target = 200\n    motor_right_target = 200\n",
    )
    assert forgot.hint_key == "robot.hint.forgot_global" and "prox" in forgot.hint
