"""`makerkit demo`: the headless main job, a name tag from start to finish:
model → printability check → picture → slice → G-code safety check → layer picture.

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


def step_slice(state: dict[str, Any]) -> tuple[list[Path], str]:
    """Slice the tag for the printer and write its G-code."""
    from makerkit.i18n import t
    from makerkit.slicing import slice

    result = slice(state["solid"], printer=state["printer"], material="pla")
    state["slice"] = result
    path = result.save(state["out"] / "nametag.gcode")
    state["gcode"] = path
    numbers = result.summary()
    minutes = (numbers["time_s"] or 0) / 60
    text = t(
        "model.demo_slice_result",
        layers=numbers["layers"],
        minutes=round(minutes, 1),
        filament_g=numbers["filament_g"],
    )
    return [path], text


def step_gcode_check(state: dict[str, Any]) -> tuple[list[Path], str]:
    """Check the written G-code is safe for the printer, as a facilitator would."""
    from makerkit.gcode import check_gcode
    from makerkit.i18n import t

    report = check_gcode(state["gcode"], state["printer"], "pla")
    state["gcode_report"] = report
    if report.ok:
        return [], t("model.demo_gcode_safe")
    return [], t("model.demo_gcode_unsafe", count=len(report.problems))


def step_layer_picture(state: dict[str, Any]) -> tuple[list[Path], str]:
    """A picture of one layer (the middle one), and its alt text beside it."""
    result = state["slice"]
    picture = result.preview()
    path = picture.save(state["out"] / "nametag-layer.png")
    return [path, path.with_suffix(".txt")], picture.alt


# (name, catalogue key of its title, step), run in this order.
STEPS: list[tuple[str, str, Step]] = [
    ("model", "model.demo_step_model", step_model),
    ("check", "model.demo_step_check", step_check),
    ("picture", "model.demo_step_picture", step_picture),
    ("slice", "model.demo_step_slice", step_slice),
    ("gcode_check", "model.demo_step_gcode_check", step_gcode_check),
    ("layer_picture", "model.demo_step_layer_picture", step_layer_picture),
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
        "gcode_ok": bool(state["gcode_report"].ok) if "gcode_report" in state else None,
    }
    return Outcome(data, "\n".join(lines))
