"""The list of safety rules: each is one small function registered with its code and severity.

A rule takes the :class:`~makerkit.gcode.safety.facts.Facts` of a file and returns the
lines where its hazard happens (with the values its message needs), or nothing. Its
message is the catalogue text ``gcode.hazard_<code>`` (in ``makerkit/i18n/{en,fr}/gcode.toml``).
To add a rule: write the function, decorate it with :func:`rule`, add the two texts.

>>> @rule("example_hazard", WARNING, register=False)
... def example(facts):
...     return hit([3, 7], limit_c=200)
>>> example.code, example(None).lines
('example_hazard', [3, 7])
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from makerkit.gcode.safety.report import ERROR, WARNING, Problem

__all__ = ["ERROR", "WARNING", "Rule", "Found", "RULES", "HAZARDS", "rule", "hit"]


@dataclass
class Found:
    """Where a hazard happens (1-based lines) and the values its message needs."""

    lines: list[int]
    values: dict[str, Any] = field(default_factory=dict)

    def problem(self, code: str, severity: str) -> Problem | None:
        """The :class:`Problem` to report, ``None`` when there is no line."""
        from makerkit.i18n import t

        if not self.lines:
            return None
        first = min(self.lines)
        count = len(set(self.lines))
        message = t(f"gcode.hazard_{code}", line=first, count=count, **self.values)
        if count > 1:
            message += " " + t("gcode.hazard_more_lines", count=count - 1)
        return Problem(code, first, message, severity, count)


def hit(lines: Any, **values: Any) -> Found | None:
    """A :class:`Found` for these lines (numbers, a list or a numpy array), ``None`` if empty."""
    arr = np.atleast_1d(np.asarray(lines, dtype=np.int64)).ravel()
    if arr.size == 0:
        return None
    return Found([int(v) for v in arr.tolist()], values)


@dataclass(frozen=True)
class Rule:
    """A registered rule: its hazard code, how serious it is, and the function."""

    code: str
    severity: str
    check: Callable[[Any], Found | None]

    def __call__(self, facts: Any) -> Found | None:
        return self.check(facts)


RULES: list[Rule] = []
# every hazard code and its severity (the rules' codes, and the loop's own)
HAZARDS: dict[str, str] = {"could_not_check": ERROR}


def rule(code: str, severity: str, register: bool = True) -> Callable[[Callable], Rule]:
    """Register the decorated function as the rule for hazard ``code``."""
    if severity not in (ERROR, WARNING):
        raise ValueError(f"severity must be {ERROR!r} or {WARNING!r}")

    def wrap(func: Callable[[Any], Found | None]) -> Rule:
        made = Rule(code, severity, func)
        if register:
            if code in HAZARDS:
                raise ValueError(f"a rule for {code!r} is already registered")
            HAZARDS[code] = severity
            RULES.append(made)
        return made

    return wrap
