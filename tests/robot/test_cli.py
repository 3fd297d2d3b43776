"""`makerkit robot challenges` and `makerkit robot run`."""

from __future__ import annotations


def test_challenges_listed(cli):
    result = cli("robot", "challenges", "--json")
    assert result.status == 0
    ids = [c["id"] for c in result.json["challenges"]]
    assert "line-follow" in ids and "obstacles" in ids
    assert all(c["title"] for c in result.json["challenges"])


def test_run_passes_fails_and_refuses(cli, program, tmp_path):
    ok = cli("robot", "run", "line-follow", program("line_follower"), "--json")
    assert ok.status == 0
    assert set(ok.json) >= {"challenge", "score", "max_score", "passed", "sim_time_s", "hint"}
    assert ok.json["passed"] is True

    crash = tmp_path / "crash.py"
    crash.write_text("def step(robot):\n    robot.forward()\n")
    failed = cli("robot", "run", "stop-wall", crash, "--seconds", "15", "--seed", "2", "--json")
    assert failed.status == 1 and failed.json["passed"] is False
    assert failed.json["sim_time_s"] == 15.0

    assert cli("robot", "run", "nope", crash).status == 2
    assert cli("robot", "run", "maze", tmp_path / "missing.py").status == 2
    broken = tmp_path / "broken.py"
    broken.write_text("def step(robot)\n")
    result = cli("robot", "run", "maze", broken)
    assert result.status == 2 and "line 1" in result.err

    french = cli("--lang", "fr", "robot", "run", "stop-wall", crash)
    assert french.status == 1 and "mur" in french.out


def test_run_with_noise(cli, program):
    quiet = cli("robot", "run", "stop-wall", program("wall_stopper"), "--json")
    noisy = cli(
        "robot", "run", "stop-wall", program("wall_stopper"), "--noise", "--seed", "3", "--json"
    )
    again = cli(
        "robot", "run", "stop-wall", program("wall_stopper"), "--noise", "--seed", "3", "--json"
    )
    assert quiet.status == 0 and noisy.status in (0, 1)
    assert noisy.json == again.json  # the same seed, the same noise
    assert noisy.json["sim_time_s"] == 20.0
