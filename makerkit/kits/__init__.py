"""Workshops and facilitator kits: the workshop format, its checks, kit building and grading.

The pipeline reads like nbgrader's own (small steps, each with one job)::

    workshop folder ──check──▶ problems
                    ──build──▶ kit zip (learner/, handout.html, facilitator/)
    kit + class submissions ──grade──▶ scores, feedback pages, class CSV and chart

Heavy parts (nbgrader, the grading kernels) load only when a kit is built or graded.
"""

from __future__ import annotations

from makerkit.kits.check import Problem, check_workshop
from makerkit.kits.workshop import (
    Workshop,
    find_workshops_dir,
    get_workshop,
    list_workshops,
    load_workshop,
)

__all__ = [
    "Workshop",
    "Problem",
    "load_workshop",
    "get_workshop",
    "list_workshops",
    "find_workshops_dir",
    "check_workshop",
]
