"""Workshops and facilitator kits: the workshop format, its checks, kit building and grading.

The pipeline reads like nbgrader's own (small steps, each with one job)::

    workshop folder ──check──▶ problems
                    ──build──▶ kit zip (learner/, handout.html, facilitator/)
    kit + class submissions ──grade──▶ scores, feedback pages, class CSV and chart

Names load on first use, so ``makerkit workshop list`` stays quick.

>>> from makerkit.kits import list_workshops
>>> all(w.languages for w in list_workshops())
True
"""

from __future__ import annotations

from makerkit.lazy import lazy_names

_LAZY = {
    "Workshop": "makerkit.kits.workshop",
    "load_workshop": "makerkit.kits.workshop",
    "get_workshop": "makerkit.kits.workshop",
    "list_workshops": "makerkit.kits.workshop",
    "find_workshops_dir": "makerkit.kits.workshop",
    "Problem": "makerkit.kits.check",
    "check_workshop": "makerkit.kits.check",
    "run_workshop": "makerkit.kits.check",
    "new_workshop": "makerkit.kits.authoring",
    "build_kit": "makerkit.kits.build",
    "build_kits": "makerkit.kits.build",
    "grade_class": "makerkit.kits.grade",
    "ClassResult": "makerkit.kits.grade",
}

__all__ = list(_LAZY)


__getattr__, __dir__ = lazy_names(__name__, _LAZY, __all__)
