"""`makerkit demo`: the headless main job, a name tag from start to finish.

The demo is a list of steps; each step takes the shared state (a dict) and returns the
files it wrote and a one-line result. Later steps (slicing, G-code) are added to
``STEPS``.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from makerkit.cli import Outcome

# A step: state -> (files written, short result); it may add to the state.
Step = Callable[[dict[str, Any]], tuple[list[Path], str]]


def register(sub, common) -> None:
    """Add ``demo`` to the parser."""
    p = sub.add_parser("demo", parents=[common], help="a name tag from start to finish")
    p.add_argument("--out", default="makerkit-demo", help="folder for the files")
    p.add_argument("--name", default=None, help="the name on the tag")
    p.add_argument("--printer", default="prusa-mk4", help="printer id")
    p.add_argument("--braille", action="store_true", help="add the name in braille")
    p.set_defaults(func=run)


def step_model(state: dict[str, Any]) -> tuple[list[Path], str]:
    """Build the name tag and save it as STL."""
    from makerkit.model import nametag

    tag = nametag(state["name"], braille=state["braille"], printer=state["printer"])
    state["solid"] = tag
    path = tag.save(state["out"] / "nametag.stl")
    state["stl"] = path
    return [path], tag.about


def step_check(state: dict[str, Any]) -> tuple[list[Path], str]:
    """Check that the tag will print on the chosen printer."""
    from makerkit.model import check

    report = check(state["solid"], printer=state["printer"])
    state["report"] = report
    return [], report.summary().splitlines()[0]


def step_picture(state: dict[str, Any]) -> tuple[list[Path], str]:
    """A picture of the tag and its alt text beside it."""
    picture = state["solid"].preview()
    path = picture.save(state["out"] / "nametag.png")
    return [path, path.with_suffix(".txt")], picture.alt


# (name, catalogue key of its title, step), run in this order.
STEPS: list[tuple[str, str, Step]] = [
    ("model", "model.demo_step_model", step_model),
    ("check", "model.demo_step_check", step_check),
    ("picture", "model.demo_step_picture", step_picture),
]


def run(args: argparse.Namespace) -> Outcome:
    from makerkit.i18n import t
    from makerkit.printers import get_printer

    out = Path(args.out)
    state: dict[str, Any] = {
        "out": out,
        "name": args.name or t("model.default_name"),
        "printer": get_printer(args.printer).id,
        "braille": args.braille,
    }
    lines = [t("model.demo_title", out=out)]
    files: list[str] = []
    steps = []
    from makerkit.cli.model import plain_notes

    for name, key, step in STEPS:
        with plain_notes():
            written, result = step(state)
        files += [str(p) for p in written]
        steps.append({"step": name, "files": [str(p) for p in written], "result": result})
        lines.append(t("model.demo_step", step=t(key), result=result))
    lines.append(t("model.demo_done", count=len(files), out=out))
    report = state.get("report")
    data = {
        "files": files,
        "steps": steps,
        "name": state["name"],
        "printer": state["printer"],
        "ok": bool(report.ok) if report is not None else None,
    }
    return Outcome(data, "\n".join(lines))
