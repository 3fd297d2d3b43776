"""Robots: a simulated Thymio II in arenas, scored challenges, a 2-link arm, a real Thymio.

A learner's program runs unchanged on the simulated robot and on a real Thymio::

    import makerkit as mk
    result = mk.run_challenge("line-follow", "my_line_follower.py")
    result                     # score, hint, and a picture of the path
    result.animation()         # plays offline in the notebook

Heavy modules load on first use, so ``import makerkit.robot`` stays quick.
"""

from __future__ import annotations

from makerkit.lazy import lazy_names

__all__ = [
    "Arena",
    "Pose",
    "Robot",
    "Run",
    "challenges",
    "run_challenge",
    "ChallengeResult",
    "Arm",
    "Mover",
    "onevent",
    "run_program",
    "arenas",
]

_LAZY = {
    "Arena": "makerkit.robot.arena:Arena",
    "Pose": "makerkit.robot.arena:Pose",
    "Robot": "makerkit.robot.robot:Robot",
    "Run": "makerkit.robot.run:Run",
    "run_program": "makerkit.robot.run:run_program",
    "challenges": "makerkit.robot.challenges:challenges",
    "run_challenge": "makerkit.robot.challenges:run_challenge",
    "ChallengeResult": "makerkit.robot.challenges:ChallengeResult",
    "Arm": "makerkit.robot.arm:Arm",
    "Mover": "makerkit.robot.movers:Mover",
    "onevent": "makerkit.robot.program:onevent",
    "arenas": "makerkit.robot.arenas:ARENAS",
}


__getattr__, __dir__ = lazy_names(__name__, _LAZY, __all__)
