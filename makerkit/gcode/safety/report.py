"""What the safety check found: a list of problems, each with its line and message.

>>> report = SafetyReport("prusa-mk3s", [Problem("no_homing", 1, "Line 1: …")])
>>> report.ok, report.errors[0].code
(False, 'no_homing')
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = ["ERROR", "WARNING", "Problem", "SafetyReport"]

ERROR, WARNING = "error", "warning"
_MARK = {ERROR: "✖", WARNING: "⚠"}


@dataclass
class Problem:
    """One hazard: its code, the first line where it happens, and what to do."""

    code: str
    line: int
    message: str
    severity: str = ERROR
    count: int = 1

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "line": self.line,
            "message": self.message,
            "severity": self.severity,
            "count": self.count,
        }


@dataclass
class SafetyReport:
    """What :func:`~makerkit.gcode.safety.check_gcode` found. ``ok``: no error at all."""

    printer: str
    problems: list[Problem] = field(default_factory=list)
    lines: int = 0

    @property
    def ok(self) -> bool:
        return not any(p.severity == ERROR for p in self.problems)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == ERROR]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == WARNING]

    def to_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "printer": self.printer,
            "lines": self.lines,
            "problems": [p.to_dict() for p in self.problems],
        }

    def _head(self) -> str:
        from makerkit.i18n import t

        return t("gcode.safe_ok" if self.ok else "gcode.safe_not_ok", printer=self.printer)

    def __str__(self) -> str:
        from makerkit.i18n import t

        rows = [self._head()]
        rows += [f"  {_MARK[p.severity]} {p.message}" for p in self.problems]
        if not self.problems:
            rows.append("  " + t("gcode.safe_nothing"))
        return "\n".join(rows)

    def __repr__(self) -> str:
        from makerkit.i18n import number, t

        return t(
            "gcode.safety_repr",
            printer=self.printer,
            ok=t("core.yes" if self.ok else "core.no"),
            errors=number(len(self.errors), 0, unit="core.unit.error"),
            warnings=number(len(self.warnings), 0, unit="core.unit.warning"),
        )

    def _repr_html_(self) -> str:
        from html import escape

        from makerkit.i18n import t

        colour = "#009E73" if self.ok else "#D55E00"
        rows = "".join(
            f'<tr><td title="{escape(t("gcode.severity_" + p.severity))}">{_MARK[p.severity]}'
            f'</td><td>{p.line}</td><td data-code="{escape(p.code)}">{escape(p.message)}</td></tr>'
            for p in self.problems
        )
        return (
            f'<div class="makerkit-safety"><p style="color:{colour}">'
            f"<strong>{escape(self._head())}</strong></p>"
            f"<table><thead><tr><th>{escape(t('gcode.col_severity'))}</th>"
            f"<th>{escape(t('gcode.col_line'))}</th><th>{escape(t('gcode.col_problem'))}</th></tr>"
            f"</thead><tbody>{rows}</tbody></table></div>"
        )
