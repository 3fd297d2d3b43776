"""Pictures with alt text, the offline animation, the sensor bars."""

from __future__ import annotations

import html
import re

import numpy as np
import pytest

from makerkit.robot import Robot
from makerkit.robot.run import run_program


def test_path_picture_and_sensor_bars(program, lang):
    run = run_program(program("obstacle_avoider"), "obstacles", seconds=5)
    pic = run.picture()
    assert pic.png.startswith(b"\x89PNG") and "obstacles" in pic.alt
    bars = run.sensor_bars(2.0)
    assert bars.png.startswith(b"\x89PNG")
    assert ("capteurs" in bars.alt) == (lang == "fr")
    assert str(run.trajectory.prox_ground_delta[200].tolist()) in bars.alt


def test_animation_is_self_contained(program, tmp_path):
    run = run_program(program("line_follower"), "oval", seconds=3)
    anim = run.animation()
    page = anim._repr_html_()
    assert "<canvas" in page and "<script>" in page
    assert not re.search(r"(src|href)=\"https?:", page), "the animation must not need internet"
    assert html.escape(anim.alt) in page
    out = anim.save(tmp_path / "run.html")
    assert out.read_text(encoding="utf-8").startswith("<!doctype html>")


def test_robot_picture_shows_the_start():
    robot = Robot("maze", seed=3)
    assert robot.picture().png.startswith(b"\x89PNG")
    assert robot.sensors()["prox_ground_delta"] == [880, 880]


def _stop_after(seconds: float) -> str:
    return (
        "def step(robot):\n"
        f"    if robot.time_s < {seconds}:\n"
        "        robot.forward()\n"
        "    else:\n"
        "        robot.stop()\n"
    )


ON_GREY = "def step(robot):\n    if robot.on_grey():\n        robot.stop()\n    else:\n        robot.forward()\n"


@pytest.mark.parametrize("program", [ON_GREY, _stop_after(8.4), _stop_after(3.0)])
def test_a_parked_robots_score_and_picture_agree(program, lang, monkeypatch):
    """The score and the picture read the same final pose: the picture draws the two
    ground sensors where the score looks for them, and its alt text says whether they
    ended on the grey square, as the score does (a robot stopped just before the square
    does not get 100)."""
    from shapely.geometry import Point

    from makerkit.robot import drawing
    from makerkit.robot.challenges import run_challenge

    drawn = {}
    real = drawing.to_picture

    def keep(fig, alt):
        drawn["dots"] = [
            line.get_xydata() for ax in fig.axes for line in ax.lines if line.get_marker() == "o"
        ]
        return real(fig, alt)

    monkeypatch.setattr(drawing, "to_picture", keep)
    result = run_challenge("park", program, seconds=12)
    alt = result.picture().alt
    sensors = result.trajectory.ground_sensors_cm()
    assert any(np.allclose(dots, sensors) for dots in drawn["dots"])
    on = all(result.trajectory.arena.zones["park"].contains(Point(*p)) for p in sensors)
    assert result.passed == on and (result.score == 100) == on
    inside = {"en": "end inside it", "fr": "finissent dedans"}[lang]
    assert (inside in alt) == on, alt
    assert f"{result.score}/100" in alt
