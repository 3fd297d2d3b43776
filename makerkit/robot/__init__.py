"""Robots: a simulated Thymio II in arenas, scored challenges, a 2-link arm, a real Thymio.

A learner's program runs unchanged on the simulated robot and on a real Thymio::

    import makerkit as mk
    result = mk.run_challenge("line-follow", "my_line_follower.py")
    result                     # score, hint, and a picture of the path
    result.animation()         # plays offline in the notebook

Heavy modules load on first use, so ``import makerkit.robot`` stays quick.
"""

from __future__ import annotations

import importlib
from typing import Any

__all__ = [
    "Arena",
    "Pose",
    "Robot",
    "Run",
    "challenges",
    "run_challenge",
    "ChallengeResult",
    "Arm",
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
    "onevent": "makerkit.robot.program:onevent",
    "arenas": "makerkit.robot.arenas:ARENAS",
}


def __getattr__(name: str) -> Any:
    target = _LAZY.get(name)
    if target is None:
        raise AttributeError(f"module 'makerkit.robot' has no attribute {name!r}")
    module_name, attr = target.split(":")
    value = getattr(importlib.import_module(module_name), attr)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
