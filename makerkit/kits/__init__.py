"""Workshops and facilitator kits: the workshop format, its checks, kit building and grading.

The pipeline reads like nbgrader's own (small steps, each with one job)::

    workshop folder ──check──▶ problems (a list of small rules)
                    ──assets──▶ the guide's pictures, drawn by the notebooks
                    ──build──▶ kit zip (learner/, handout.html, facilitator/)
    kit + class submissions ──grade──▶ scores, feedback pages, class CSV and chart

Names load on first use, so ``makerkit workshop list`` stays quick.

Grading a room (``makerkit kit grade`` and the hub both call it)::

    grade_class(kit, learners_dir, out_dir=None, cell_timeout_s=None, workers=None, *,
                users=None, feedback_name=None, sandbox=None, progress=None) -> ClassResult

``learners_dir`` holds one folder per pseudonym; ``ClassResult.as_dict()`` is the JSON of
``kit grade --json``; ``users`` maps a pseudonym to the system user its code runs as (in
the sandbox); ``feedback_name`` also puts each page in the learner's own folder. See
:func:`makerkit.kits.grade.grade_class`.

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
    "make_assets": "makerkit.kits.assets",
    "build_kit": "makerkit.kits.build",
    "build_kits": "makerkit.kits.build",
    "grade_class": "makerkit.kits.grade",
    "ClassResult": "makerkit.kits.results",
}

__all__ = list(_LAZY)


__getattr__, __dir__ = lazy_names(__name__, _LAZY, __all__)
