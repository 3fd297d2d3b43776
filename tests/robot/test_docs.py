"""The robot's number rules, as docs/robot.md and docs/robot.fr.md tell them to learners,
are what the simulator computes (and what Python computes on a computer)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from makerkit.robot.run import run_program

DOCS = Path(__file__).resolve().parents[2] / "docs"


def _rules(page: str) -> list[tuple[str, str, str]]:
    text = (DOCS / page).read_text(encoding="utf-8")
    table = text.split("<!-- number-rules -->")[1].split("<!-- /number-rules -->")[0]
    rows = [line.strip("| ").split(" | ") for line in table.strip().splitlines()[2:]]
    return [(code.strip("`"), robot, python) for code, robot, python in rows]


@pytest.mark.parametrize("page", ["robot.md", "robot.fr.md"])
def test_the_number_rules_table_says_what_the_robot_computes(page):
    rules = _rules(page)
    assert len(rules) >= 6
    program = "".join(f"x = {code}\nprint(x)\n" for code, _, _ in rules)
    run = run_program(program, "empty", seconds=0.1)
    assert run.error is None
    assert run.printed == [robot for _, robot, _ in rules]
    for code, _, python in rules:
        if python != "—":
            assert str(eval(code, {})) == python, code  # noqa: S307 (the page's own examples)


def test_both_pages_give_the_same_examples_and_the_french_one_speaks_to_learners():
    assert _rules("robot.md") == _rules("robot.fr.md")
    french = (DOCS / "robot.fr.md").read_text(encoding="utf-8")
    section = french.split("### Les règles des nombres du robot")[1].split("*Pour les animateurs")[
        0
    ]
    for words in ("fait le", "vers zéro", "−32768", "global", "math_muldiv", "//"):
        assert words in section
    assert not re.search(r"\b(Aseba|tdmclient|transpile)\b", section)  # plain words first
