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

from makerkit.robot import scoring
from makerkit.robot.arena import Arena
from makerkit.robot.run import Run, run_program
from makerkit.robot.trajectory import Trajectory

__all__ = ["Challenge", "ChallengeResult", "challenges", "get_challenge", "run_challenge"]

from makerkit.robot.scoring import GROUND_AHEAD_CM as _GROUND_AHEAD_CM


@dataclass(frozen=True)
class Challenge:
    """A task in an arena, with a time limit and a way to score it (out of 100)."""

    id: str
    arena: str
    seconds: float
    score: Callable[[Trajectory, dict[str, Any]], tuple[int, bool, str, dict[str, Any]]]
    params: dict[str, Any] = field(default_factory=dict)
    stop_in_zone: str | None = None  # end the run as soon as the robot is in this zone
    # the buttons a hand presses during the run, from the seed: [(time_s, name, hold_s)]
    buttons: Callable[[int], list[tuple[float, str, float]]] | None = None

    @property
    def title(self) -> str:
        """The challenge's name in the current language."""
        from makerkit.i18n import t

        return t(f"robot.challenge.{self.id}.title")

    def goal(self, seconds: float | None = None) -> str:
        """What to do, in the current language."""
        from makerkit.i18n import t

        values = {k: v for k, v in self.params.items() if isinstance(v, (int, float, str))}
        values.setdefault("distance_cm", 0)
        return t(
            f"robot.challenge.{self.id}.goal", seconds=float(seconds or self.seconds), **values
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
        """The hint in ``lang`` (``"fr"`` or ``"en"``), in the current voice; for a
        ``step(robot)`` program in its simple words (``robot.line_left()``, not
        ``prox_ground_delta``), the catalogue's ``simple`` variant."""
        from makerkit.i18n import Voice, current_voice, t

        voice = Voice(current_voice().address, simple=self.run.style == "simple")
        values = dict(self.hint_values)
        if "detail_key" in values:
            values["detail"] = t(values.pop("detail_key"), lang=lang, voice=voice, **values)
        if self.run.error_key and self.hint_key == "robot.hint.error":
            values["error"] = self.run.error_message(lang)
        return t(self.hint_key, lang=lang, voice=voice, **values)

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
        from makerkit.notebook.messages import message_html

        box = message_html(self.text(), "ok" if self.passed else "hint")
        return box + self.picture()._repr_html_()


_CHALLENGES = [
    Challenge("line-follow", "s_track", 40.0, scoring.score_line, stop_in_zone="finish"),
    Challenge("line-oval", "oval", 60.0, scoring.score_line, {"closed": True}),
    Challenge(
        "line-eight",
        "figure_eight",
        90.0,
        scoring.score_line,
        {"closed": True, "where_hint": "robot.hint.eight_crossing"},
    ),
    Challenge(
        "line-gap",
        "gap_track",
        50.0,
        scoring.score_line,
        {"where_hint": "robot.hint.gap"},
        "finish",
    ),
    Challenge("maze", "maze", 180.0, scoring.score_maze, stop_in_zone="exit"),
    Challenge("obstacles", "obstacles", 60.0, scoring.score_obstacles, {"distance_cm": 200}),
    Challenge("stop-wall", "wall", 20.0, scoring.score_wall),
    Challenge("park", "parking", 30.0, scoring.score_park),
    Challenge(
        "button-go",
        "start_line",
        15.0,
        scoring.score_button,
        stop_in_zone="finish",
        buttons=lambda seed: [(2.0 + seed % 4, "forward", 0.3)],
    ),
    Challenge("follow-hand", "hand", 40.0, scoring.score_hand),
    Challenge("room-cleaner", "room", 90.0, scoring.score_room, {"percent": 30, "contacts": 2}),
]


def _for_the_learner(key: str, values: dict[str, Any], run: Run) -> tuple[str, dict[str, Any]]:
    """The hint that helps this learner most: "did you forget global?" for the classic
    mistake, else the score's own."""
    if run.missing_globals:
        function, name, line = run.missing_globals[0]
        return "robot.hint.forgot_global", {"function": function, "name": name, "line": line}
    return key, values


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

    presses = challenge.buttons(seed) if challenge.buttons else None
    params = dict(challenge.params)
    if presses:
        params["press_s"] = presses[0][0]
    run = run_program(
        program,
        arena,
        seconds=limit,
        seed=seed,
        noise=noise,
        until=until,
        aseba=aseba,
        buttons=presses,
    )
    score, passed, key, values = challenge.score(run.trajectory, params)
    if run.error_key:
        passed, key, values = False, "robot.hint.error", {"error": run.error}
    elif not passed:
        key, values = _for_the_learner(key, values, run)
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
