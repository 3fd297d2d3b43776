"""Scored robot challenges with hints in the learner's language.

>>> [c.id for c in challenges()][:3]
['line-follow', 'line-oval', 'line-eight']
>>> result = run_challenge("stop-wall", "def step(robot):\\n    robot.forward()\\n", seconds=12)
>>> result.passed, result.score, result.max_score
(False, 20, 100)
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from makerkit.robot.arena import Arena
from makerkit.robot.run import Run, run_program
from makerkit.robot.simulation import Trajectory

__all__ = ["Challenge", "ChallengeResult", "challenges", "get_challenge", "run_challenge"]

_GROUND_AHEAD_CM = 7.2  # the ground sensors are this far ahead of the wheel axle


@dataclass(frozen=True)
class Challenge:
    """A task in an arena, with a time limit and a way to score it (out of 100)."""

    id: str
    arena: str
    seconds: float
    score: Callable[[Trajectory, dict[str, Any]], tuple[int, bool, str, dict[str, Any]]]
    params: dict[str, Any] = field(default_factory=dict)
    stop_in_zone: str | None = None  # end the run as soon as the robot is in this zone

    @property
    def title(self) -> str:
        """The challenge's name in the current language."""
        from makerkit.i18n import t

        return t(f"robot.challenge.{self.id}.title")

    def goal(self, seconds: float | None = None) -> str:
        """What to do, in the current language."""
        from makerkit.i18n import t

        return t(
            f"robot.challenge.{self.id}.goal",
            seconds=f"{seconds or self.seconds:g}",
            distance_cm=self.params.get("distance_cm", 0),
        )


@dataclass
class ChallengeResult:
    """How a program did: score, ``passed``, a hint, the run itself (path, pictures)."""

    challenge: str
    title: str
    score: int
    max_score: int
    passed: bool
    sim_time_s: float
    hint: str
    hint_key: str
    hint_values: dict[str, Any]
    run: Run

    @property
    def trajectory(self) -> Trajectory:
        return self.run.trajectory

    def hint_in(self, lang: str) -> str:
        """The hint in ``lang`` (``"fr"`` or ``"en"``)."""
        from makerkit.i18n import t

        values = dict(self.hint_values)
        if "detail_key" in values:
            values["detail"] = t(values.pop("detail_key"), lang=lang, **values)
        if self.run.error_key and self.hint_key == "robot.hint.error":
            values["error"] = self.run.error_message(lang)
        return t(self.hint_key, lang=lang, **values)

    def as_dict(self) -> dict[str, Any]:
        """The figures the command line prints with ``--json``."""
        return {
            "challenge": self.challenge,
            "score": self.score,
            "max_score": self.max_score,
            "passed": self.passed,
            "sim_time_s": round(self.sim_time_s, 2),
            "hint": self.hint,
        }

    def text(self) -> str:
        """One paragraph for people."""
        from makerkit.i18n import t

        verdict = t("robot.result.passed" if self.passed else "robot.result.not_passed")
        return t(
            "robot.result.text",
            title=self.title,
            score=self.score,
            max_score=self.max_score,
            verdict=verdict,
            hint=self.hint,
        )

    def __repr__(self) -> str:
        return self.text()

    def picture(self):
        """The arena and the path, titled with the challenge."""
        from makerkit.i18n import t

        return self.run.picture(
            title=t(
                "robot.picture_title", title=self.title, score=self.score, max_score=self.max_score
            )
        )

    def animation(self, seconds_per_frame: float = 0.1):
        """The run as an animation that plays offline in a notebook."""
        return self.run.animation(seconds_per_frame=seconds_per_frame)

    def sensor_bars(self, t_s: float | None = None):
        return self.run.sensor_bars(t_s)

    def _repr_html_(self) -> str:
        import html

        pic = self.picture()
        return f"<p>{html.escape(self.text())}</p>{pic._repr_html_()}"


# -- measuring --------------------------------------------------------------------------


def _contacts(traj: Trajectory) -> tuple[int, float | None]:
    """How many times the body touched a wall (touches in a row count once), and the first time."""
    c = traj.contact.astype(np.int8)
    starts = np.flatnonzero(np.diff(np.concatenate([[0], c])) == 1)
    return len(starts), (float(traj.t_s[starts[0]]) if len(starts) else None)


def _stopped(traj: Trajectory) -> bool:
    last = traj.t_s >= traj.t_s[-1] - 1.0
    return bool(np.hypot(np.ptp(traj.x_cm[last]), np.ptp(traj.y_cm[last])) < 0.5)


def _line_progress(traj: Trajectory, closed: bool) -> tuple[float, np.ndarray]:
    """How far along the arena's line the ground sensors went (cm), following it step by step.

    Returns the progress and, for each sample (every 0.1 s), the progress so far.
    """
    line = traj.arena.line
    n = max(2, int(line.length))
    pts = np.array([line.interpolate(d).coords[0] for d in np.linspace(0, line.length, n)])
    step_cm = line.length / (n - 1)
    rows = np.arange(0, len(traj), 10)
    gx = traj.x_cm[rows] + _GROUND_AHEAD_CM * np.cos(traj.heading_rad[rows])
    gy = traj.y_cm[rows] + _GROUND_AHEAD_CM * np.sin(traj.heading_rad[rows])
    window = np.arange(-int(8 / step_cm) - 1, int(20 / step_cm) + 2)
    at = int(np.argmin(np.hypot(pts[:, 0] - gx[0], pts[:, 1] - gy[0])))  # unwrapped index
    start = best = at
    history = np.zeros(len(rows))
    for k in range(len(rows)):
        cand = at + window
        idx = cand % (n - 1) if closed else np.clip(cand, 0, n - 1)
        d = np.hypot(pts[idx, 0] - gx[k], pts[idx, 1] - gy[k])
        j = int(np.argmin(d))
        if d[j] < 6.0:
            at = int(cand[j]) if closed else int(idx[j])
            best = max(best, at)
        history[k] = (best - start) * step_cm
    return (best - start) * step_cm, history


def _hint_no_move(traj: Trajectory) -> bool:
    """Neither drove nor turned."""
    turned = float(np.abs(np.diff(traj.heading_rad)).sum())
    return traj.distance_cm < 2.0 and turned < 0.5


def _score_line(traj: Trajectory, p: dict[str, Any]):
    closed = p.get("closed", False)
    length = traj.arena.line.length
    progress, history = _line_progress(traj, closed)
    fraction = progress / length
    score = int(min(100, round(100 * fraction)))
    if closed:
        passed = fraction >= 0.99
    else:
        finish = traj.arena.zones["finish"]
        gx = traj.x_cm[-1] + _GROUND_AHEAD_CM * np.cos(traj.heading_rad[-1])
        gy = traj.y_cm[-1] + _GROUND_AHEAD_CM * np.sin(traj.heading_rad[-1])
        b = finish.bounds
        passed = fraction >= 0.95 and b[0] <= gx <= b[2] and b[1] <= gy <= b[3]
        score = 100 if passed else min(score, 95)
    if passed:
        goal = 0.99 * length if closed else 0.95 * length
        when = float(traj.t_s[min(len(traj) - 1, 10 * int(np.argmax(history >= goal)))])
        if not closed:
            when = float(traj.t_s[-1])
        return (
            score,
            True,
            "robot.hint.passed",
            {
                "detail_key": "robot.hint.passed_time",
                "time_s": round(float(when), 1),
            },
        )
    if _hint_no_move(traj):
        return 0, False, "robot.hint.no_move", {}
    pct = round(float(100 * fraction))
    stuck = np.flatnonzero(history >= progress - 0.5)
    when = round(float(stuck[0] * 0.1), 1) if stuck.size else "0"
    # still on the line at the end but short of the goal: too slow
    if history[-1] - history[max(0, len(history) - 30)] > 3.0:
        return score, False, "robot.hint.too_slow", {"progress": pct}
    key = p.get("where_hint", "robot.hint.left_line" if not closed else "robot.hint.lap_short")
    return score, False, key, {"progress": pct, "time_s": when}


def _score_maze(traj: Trajectory, p: dict[str, Any]):
    arena = traj.arena
    info = arena.info
    exit_zone = arena.zones["exit"]
    contacts, _ = _contacts(traj)
    out = traj.x_cm[-1] >= exit_zone.bounds[0]
    if out:
        score = max(60, 100 - 5 * contacts)
        if contacts <= 3:
            return (
                score,
                True,
                "robot.hint.passed",
                {
                    "detail_key": "robot.hint.passed_time",
                    "time_s": round(float(traj.t_s[-1]), 1),
                },
            )
        return score, False, "robot.hint.maze_contacts", {"contacts": contacts}
    if _hint_no_move(traj):
        return 0, False, "robot.hint.no_move", {}
    cols, rows = info["cells"]
    size = info["cell_cm"]
    dist = _maze_distances(info)
    c = int(np.clip((traj.x_cm[-1] - 4.0) // size, 0, cols - 1))
    r = int(np.clip((traj.y_cm[-1] - 4.0) // size, 0, rows - 1))
    total = dist[(0, 0)] + 1
    left = dist[(c, r)] + 1
    score = int(round(80 * (1 - left / (total + 1))))
    return score, False, "robot.hint.maze_inside", {"cells": left}


def _maze_distances(info: dict[str, Any]) -> dict[tuple[int, int], int]:
    """Cells to go from each cell to the exit cell (breadth-first search)."""
    cols, rows = info["cells"]
    east, north = info["east"], info["north"]
    goal = (cols - 1, rows - 1)
    dist = {goal: 0}
    queue = [goal]
    while queue:
        c, r = queue.pop(0)
        moves = []
        if c + 1 < cols and not east[c][r]:
            moves.append((c + 1, r))
        if c > 0 and not east[c - 1][r]:
            moves.append((c - 1, r))
        if r + 1 < rows and not north[c][r]:
            moves.append((c, r + 1))
        if r > 0 and not north[c][r - 1]:
            moves.append((c, r - 1))
        for m in moves:
            if m not in dist:
                dist[m] = dist[(c, r)] + 1
                queue.append(m)
    return dist


def _score_obstacles(traj: Trajectory, p: dict[str, Any]):
    needed = p["distance_cm"]
    dist = traj.distance_cm
    contacts, first = _contacts(traj)
    score = int(round(50 * min(1.0, dist / needed))) + max(0, 50 - 10 * contacts)
    if _hint_no_move(traj):
        return 0, False, "robot.hint.no_move", {}
    if contacts:
        return (
            score,
            False,
            "robot.hint.obstacle_hit",
            {
                "contacts": contacts,
                "time_s": round(float(first), 1),
            },
        )
    if dist < needed:
        return (
            score,
            False,
            "robot.hint.obstacle_short",
            {
                "distance_cm": round(float(dist)),
                "needed_cm": needed,
            },
        )
    return (
        100,
        True,
        "robot.hint.passed",
        {
            "detail_key": "robot.hint.passed_time",
            "time_s": round(float(traj.t_s[-1]), 1),
        },
    )


def _body_gap_cm(traj: Trajectory) -> float:
    from shapely import affinity

    from makerkit.robot.thymio import thymio_model

    body = affinity.rotate(
        thymio_model().outline(), traj.heading_rad[-1], origin=(0, 0), use_radians=True
    )
    body = affinity.translate(body, traj.x_cm[-1], traj.y_cm[-1])
    return float(body.distance(traj.arena.blocked))


def _score_wall(traj: Trajectory, p: dict[str, Any]):
    contacts, first = _contacts(traj)
    if _hint_no_move(traj):
        return 0, False, "robot.hint.no_move", {}
    if contacts:
        return 20, False, "robot.hint.wall_hit", {"time_s": round(float(first), 1)}
    if not _stopped(traj):
        return 40, False, "robot.hint.wall_moving", {}
    gap = _body_gap_cm(traj)
    if gap > 10.0:  # obstacle_ahead() fires at about 9 cm: stopping then is a success
        return 50, False, "robot.hint.wall_far", {"gap_cm": round(float(gap))}
    return (
        100,
        True,
        "robot.hint.passed",
        {
            "detail_key": "robot.hint.passed_time",
            "time_s": round(float(traj.t_s[-1]), 1),
        },
    )


def _score_park(traj: Trajectory, p: dict[str, Any]):
    from shapely.geometry import Point

    zone = traj.arena.zones["park"]
    contacts, _ = _contacts(traj)
    if _hint_no_move(traj):
        return 0, False, "robot.hint.no_move", {}
    if contacts:
        return 20, False, "robot.hint.park_hit", {}
    if not _stopped(traj):
        return 40, False, "robot.hint.park_moving", {}
    x, y, h = traj.x_cm[-1], traj.y_cm[-1], traj.heading_rad[-1]
    c, s = np.cos(h), np.sin(h)
    on = all(
        zone.contains(Point(x + c * gx - s * gy, y + s * gx + c * gy))
        for gx, gy in ((_GROUND_AHEAD_CM, 1.15), (_GROUND_AHEAD_CM, -1.15))
    )
    if on:
        return (
            100,
            True,
            "robot.hint.passed",
            {
                "detail_key": "robot.hint.passed_time",
                "time_s": round(float(traj.t_s[-1]), 1),
            },
        )
    centre = zone.centroid
    d = float(np.hypot(x + c * _GROUND_AHEAD_CM - centre.x, y + s * _GROUND_AHEAD_CM - centre.y))
    return (
        int(max(0, round(80 - 2 * d))),
        False,
        "robot.hint.park_off",
        {"distance_cm": round(float(d))},
    )


_CHALLENGES = [
    Challenge("line-follow", "s_track", 40.0, _score_line, stop_in_zone="finish"),
    Challenge("line-oval", "oval", 60.0, _score_line, {"closed": True}),
    Challenge(
        "line-eight",
        "figure_eight",
        90.0,
        _score_line,
        {"closed": True, "where_hint": "robot.hint.eight_crossing"},
    ),
    Challenge(
        "line-gap", "gap_track", 50.0, _score_line, {"where_hint": "robot.hint.gap"}, "finish"
    ),
    Challenge("maze", "maze", 180.0, _score_maze, stop_in_zone="exit"),
    Challenge("obstacles", "obstacles", 60.0, _score_obstacles, {"distance_cm": 200}),
    Challenge("stop-wall", "wall", 20.0, _score_wall),
    Challenge("park", "parking", 30.0, _score_park),
]


def challenges() -> list[Challenge]:
    """Every challenge, easiest line tracks first.

    >>> challenges()[0].title
    'Follow the line to its end'
    """
    return list(_CHALLENGES)


def get_challenge(challenge_id: str) -> Challenge:
    """The challenge called ``challenge_id`` (a :class:`~makerkit.errors.RobotError` if none)."""
    from makerkit.errors import RobotError

    for c in _CHALLENGES:
        if c.id == challenge_id:
            return c
    raise RobotError(
        "robot.unknown_challenge", name=challenge_id, valid=", ".join(c.id for c in _CHALLENGES)
    )


def run_challenge(
    challenge_id: str,
    program: Any,
    seed: int = 0,
    seconds: float | None = None,
    noise: bool = False,
    aseba: bool = True,
) -> ChallengeResult:
    """Run ``program`` on challenge ``challenge_id`` and score it.

    ``program``: a ``.py`` path, the program's text, a ``step(robot)`` function or a
    namespace with ``@onevent`` functions. ``seed`` chooses the maze or the obstacles
    (and the noise when ``noise=True``); ``seconds`` replaces the challenge's time limit.
    ``aseba=False`` runs a Thymio-style program as plain Python instead of as the robot.
    """
    from makerkit.i18n import current_language

    challenge = get_challenge(challenge_id)
    arena = Arena.named(challenge.arena, seed=seed)
    limit = float(seconds) if seconds else challenge.seconds
    until = None
    if challenge.stop_in_zone:
        from makerkit.robot.thymio import thymio_model

        box = arena.zones[challenge.stop_in_zone].bounds
        ahead = _GROUND_AHEAD_CM if challenge.arena != "maze" else -thymio_model().reach_cm

        def until(sim) -> bool:
            i = sim.i
            x = sim.z[i].real + ahead * np.cos(sim.th[i])
            y = sim.z[i].imag + ahead * np.sin(sim.th[i])
            return box[0] <= x <= box[2] and box[1] <= y <= box[3]

    run = run_program(
        program, arena, seconds=limit, seed=seed, noise=noise, until=until, aseba=aseba
    )
    score, passed, key, values = challenge.score(run.trajectory, challenge.params)
    if run.error_key:
        passed, key, values = False, "robot.hint.error", {"error": run.error}
    result = ChallengeResult(
        challenge=challenge.id,
        title=challenge.title,
        score=int(score),
        max_score=100,
        passed=bool(passed),
        sim_time_s=round(float(run.trajectory.t_s[-1]), 2),
        hint="",
        hint_key=key,
        hint_values=values,
        run=run,
    )
    result.hint = result.hint_in(current_language())
    return result
