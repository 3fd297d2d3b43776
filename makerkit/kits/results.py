"""What grading found: points per test cell, hints, notes, read from nbgrader's graded notebooks.

A feedback page or the class table is made from these; a hint is a check's own sentence
or a catalogue text, never a hidden test's code.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from makerkit.i18n import t
from makerkit.kits.notebooks import cells_of, read_notebook
from makerkit.kits.sandbox import RISKS_KEY
from makerkit.kits.submissions import Kit, Rejection

__all__ = ["ClassResult", "LearnerResult", "CellResult", "read_results"]

_TIMEOUT_ERRORS = {"CellTimeoutError", "TimeoutError"}


@dataclass
class CellResult:
    """One test cell for one learner: its step title, points and, when it failed, the hint."""

    grade_id: str
    title: str
    score: float
    max_score: float
    hint: str | None = None

    @property
    def passed(self) -> bool:
        return self.score >= self.max_score


@dataclass
class LearnerResult:
    """One learner's points, per test cell, and notes on what was put back or stopped."""

    learner: str
    cells: list[CellResult]
    notes: list[tuple[str, dict]] = field(default_factory=list)
    #: How long each code cell ran, in seconds (by grade id, else ``cell-<number>``).
    cell_seconds: dict[str, float] = field(default_factory=dict)
    #: Every error shown in the graded notebook, as ``"<cell>: <name>"``.
    cell_errors: list[str] = field(default_factory=list)
    #: The notebook as it ran (nbgrader's autograded copy, hidden tests included).
    graded_notebook: str = field(default="", repr=False)

    @property
    def score(self) -> float:
        return sum(c.score for c in self.cells)

    @property
    def max_score(self) -> float:
        return sum(c.max_score for c in self.cells)


@dataclass
class ClassResult:
    """The whole class: graded learners, rejected ones, and where the reports are."""

    workshop: str
    lang: str
    title: str
    learners: list[LearnerResult]
    rejected: list[Rejection]
    out_dir: Path
    seconds: float = 0.0
    #: How the learners' code was confined: ``on``, ``tool``, ``user``, ``own_users``; when
    #: off, ``why_not_key`` and ``detail`` (the JSON has the sentence as ``why_not``).
    sandbox: dict = field(default_factory=dict)

    @property
    def feedback_dir(self) -> Path:
        return self.out_dir / "feedback"

    def as_dict(self) -> dict:
        """What ``makerkit kit grade --json`` prints."""
        return {
            "workshop": self.workshop,
            "lang": self.lang,
            "learners": [
                {"id": r.learner, "score": r.score, "max_score": r.max_score} for r in self.learners
            ],
            "rejected": [
                {
                    "id": r.learner,
                    "reason": r.reason(self.lang),
                    "code": r.reason_key.split(".")[-1],
                }
                for r in self.rejected
            ],
            "feedback_dir": str(self.feedback_dir),
            "csv": str(self.out_dir / "class.csv"),
            "chart": str(self.out_dir / "class.png"),
            "seconds": round(self.seconds, 1),
            "sandbox": self._sandbox_report(),
        }

    def _sandbox_report(self) -> dict:
        report = {k: v for k, v in self.sandbox.items() if k not in ("why_not_key", "detail")}
        if "why_not_key" in self.sandbox:
            report["why_not"] = t(
                self.sandbox["why_not_key"], lang=self.lang, detail=self.sandbox.get("detail", "")
            )
        return report

    def sandbox_warning(self) -> str | None:
        """What the facilitator must know when the learners' code was not fully confined."""
        if not self.sandbox.get("on"):
            reason = self._sandbox_report().get("why_not", "?")
            return t(RISKS_KEY, lang=self.lang, reason=reason)
        if not self.sandbox.get("own_users"):
            return t("kits.sandbox_not_root", lang=self.lang)
        return None

    def summary_text(self) -> str:
        """A few lines for the facilitator, in the kit's language."""
        lang = self.lang
        lines = [t("kits.graded", lang=lang, count=len(self.learners), seconds=self.seconds)]
        lines += [
            f"  {r.learner:<20} {r.score:g} / {r.max_score:g}"
            for r in sorted(self.learners, key=lambda r: r.learner)
        ]
        if self.rejected:
            lines.append(t("kits.rejected_title", lang=lang, count=len(self.rejected)))
            lines += [f"  {r.learner:<20} {r.reason(lang)}" for r in self.rejected]
        lines.append(t("kits.reports_in", lang=lang, path=str(self.out_dir)))
        return "\n".join(lines)


def read_results(
    kit: Kit, copies: dict[str, Path], raw: list[dict]
) -> tuple[list[LearnerResult], list[Rejection]]:
    """Each graded learner's :class:`LearnerResult`, and a rejection for each failure."""
    import nbformat

    source = read_notebook(kit.source)
    released = read_notebook(kit.released) if kit.released.is_file() else source
    titles = _step_titles(source)
    test_ids = [c.grade_id for c in cells_of(source) if c.kind == "test"]
    # A locked cell counts as changed when it matches neither the learner's copy nor the source.
    locked_sources: dict[str, set[str]] = {}
    for nb in (released, source):
        for c in cells_of(nb):
            if c.kind in ("locked", "test"):
                locked_sources.setdefault(c.grade_id, set()).add(c.source.strip())
    learners, rejected = [], []
    for item in raw:
        lid = item["learner"]
        if "error" in item:
            rejected.append(Rejection(lid, "kits.reject_grading_failed", {"reason": item["error"]}))
            continue
        graded = nbformat.reads(item["autograded"], as_version=4)
        errors = _errors_by_cell(graded)
        cells = [
            CellResult(
                gid,
                titles.get(gid, gid),
                float(score),
                float(max_score),
                None if score >= max_score else _hint(errors.get(gid), kit.lang),
            )
            for gid, score, max_score in item["grades"]
        ]
        order = {gid: i for i, gid in enumerate(test_ids)}
        cells.sort(key=lambda c: order.get(c.grade_id, len(order)))
        result = LearnerResult(lid, cells, graded_notebook=item["autograded"])
        result.cell_seconds, result.cell_errors = _cell_times_and_errors(graded)
        submitted = cells_of(read_notebook(copies[lid]))
        present = {c.grade_id for c in submitted}
        missing = [titles.get(g, g) for g in test_ids if g not in present]
        if missing:
            result.notes.append(("kits.note_restored", {"cells": ", ".join(missing)}))
        edited = [
            c.grade_id
            for c in submitted
            if c.grade_id in locked_sources and c.source.strip() not in locked_sources[c.grade_id]
        ]
        if edited:
            result.notes.append(("kits.note_locked", {"count": len(edited)}))
        if any(_timed_out(cell) for cell in graded.cells):
            result.notes.append(("kits.note_timeout", {}))
        learners.append(result)
    return learners, rejected


def _cell_times_and_errors(nb) -> tuple[dict[str, float], list[str]]:
    from datetime import datetime

    def when(stamp: str) -> datetime:
        return datetime.fromisoformat(stamp.replace("Z", "+00:00"))

    times, errors = {}, []
    for i, cell in enumerate(nb.cells):
        if cell.cell_type != "code":
            continue
        key = cell.get("metadata", {}).get("nbgrader", {}).get("grade_id") or f"cell-{i + 1}"
        timing = cell.get("metadata", {}).get("execution", {})
        start = timing.get("shell.execute_reply.started") or timing.get("iopub.execute_input")
        end = timing.get("shell.execute_reply")
        if start and end:
            times[key] = (when(end) - when(start)).total_seconds()
        errors += [
            f"{key}: {o.get('ename')}"
            for o in cell.get("outputs", [])
            if o.get("output_type") == "error"
        ]
    return times, errors


def _step_titles(nb) -> dict[str, str]:
    """Each test cell's step: the last heading above it in the notebook."""
    titles, heading = {}, ""
    for cell in cells_of(nb):
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("#"):
                    heading = line.lstrip("#").strip().replace("*", "").replace("`", "")
        if cell.kind == "test":
            titles[cell.grade_id] = heading or cell.grade_id
    return titles


def _errors_by_cell(nb) -> dict[str, list[tuple[str, str]]]:
    out = {}
    for cell in nb.cells:
        gid = cell.get("metadata", {}).get("nbgrader", {}).get("grade_id")
        errs = [
            (o.get("ename", ""), o.get("evalue", ""))
            for o in cell.get("outputs", [])
            if o.get("output_type") == "error"
        ]
        if gid and errs:
            out[gid] = errs
    return out


def _timed_out(cell) -> bool:
    return any(
        o.get("output_type") == "error" and o.get("ename") in _TIMEOUT_ERRORS
        for o in cell.get("outputs", [])
    )


def _hint(errors: list[tuple[str, str]] | None, lang: str) -> str:
    """What the learner may read about a failed test: a check's hint, never a hidden test's code."""
    if not errors:
        return t("kits.hint_generic", lang=lang)
    ename, evalue = errors[0]
    if ename == "CheckFailed" and evalue.strip():
        return evalue.strip()
    if ename in _TIMEOUT_ERRORS:
        return t("kits.hint_timeout", lang=lang)
    if ename == "NameError":
        return t("kits.hint_name_error", lang=lang)
    if ename == "DeadKernelError":
        return t("kits.hint_kernel_died", lang=lang)
    if ename == "KernelStopped":
        return t("kits.hint_kernel_stopped", lang=lang)
    return t("kits.hint_error", lang=lang, error=ename or "?")
