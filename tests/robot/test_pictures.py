"""Pictures with alt text, the offline animation, the sensor bars."""

from __future__ import annotations

import html
import re

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
