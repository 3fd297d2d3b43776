"""Every workshop in workshops/, in each of its languages, with real nbgrader and real kernels.

New workshops join these tests automatically. For each one:

- ``makerkit workshop check`` finds nothing to fix (metadata, FR/EN parity, nbgrader, alt text);
- its kit builds; a learner who answers everything gets full marks and an untouched
  learner copy gets 0, and the grader does not crash on it;
- the answers run without an error, every cell in under 2 s and the whole notebook in
  under 45 s (measured as nbgrader runs them; written to docs/workshop-timings.json).
"""

from __future__ import annotations

import json
import os
import shutil
import zipfile
from datetime import datetime
from pathlib import Path

import nbformat
import pytest

from makerkit.kits.build import build_kit
from makerkit.kits.check import check_workshop
from makerkit.kits.course import KERNEL_ARGUMENTS
from makerkit.kits.grade import grade_class
from makerkit.kits.notebooks import answered_copy, cells_of
from makerkit.kits.workshop import list_workshops

ROOT = Path(__file__).resolve().parents[2]
WORKSHOPS = list_workshops(ROOT / "workshops")
CASES = [
    pytest.param(ws, lang, id=f"{ws.slug}-{lang}") for ws in WORKSHOPS for lang in ws.languages
]
TIMINGS = ROOT / "docs" / "workshop-timings.json"
CELL_LIMIT_S, NOTEBOOK_LIMIT_S = 2.0, 45.0


@pytest.mark.parametrize("ws", [pytest.param(w, id=w.slug) for w in WORKSHOPS])
def test_workshop_check_finds_nothing_to_fix(ws):
    problems = check_workshop(ws)
    assert problems == [], "\n".join(f"[{p.where}] {p.message}" for p in problems)


@pytest.mark.parametrize("ws", [pytest.param(w, id=w.slug) for w in WORKSHOPS])
def test_languages_have_the_same_cells_and_points(ws):
    shapes = {
        lang: [
            (c.cell_type, c.kind, c.grade_id, c.points) for c in cells_of(_read(ws.notebook(lang)))
        ]
        for lang in ws.languages
        if ws.notebook(lang).is_file()
    }
    assert len(set(map(tuple, shapes.values()))) <= 1


@pytest.mark.slow
@pytest.mark.parametrize(("ws", "lang"), CASES)
def test_answers_get_full_marks_a_blank_copy_zero_and_cells_are_quick(ws, lang, tmp_path):
    if not ws.notebook(lang).is_file():
        pytest.skip(f"{ws.notebook(lang).name} is not written yet (the check test says so)")
    kit = build_kit(ws, lang, tmp_path / "kit")
    with zipfile.ZipFile(kit) as zf:
        name = json.loads(zf.read("kit.json"))["notebook"]
        released = nbformat.reads(zf.read(f"learner/{name}").decode(), as_version=4)
        source = nbformat.reads(zf.read(f"facilitator/solutions/{name}").decode(), as_version=4)
    for learner, nb in (("answers", answered_copy(released, source)), ("blank", released)):
        (tmp_path / "class" / learner).mkdir(parents=True)
        nbformat.write(nb, tmp_path / "class" / learner / name)
    # One learner after the other, so each notebook's timings are its own.
    result = grade_class(kit, tmp_path / "class", out_dir=tmp_path / "out", workers=1)
    assert result.rejected == []
    graded = {r.learner: r for r in result.learners}
    answers, blank = graded["answers"], graded["blank"]
    assert answers.max_score > 0
    assert answers.score == answers.max_score, [(c.title, c.hint) for c in answers.cells if c.hint]
    assert blank.score == 0 and blank.max_score == answers.max_score
    assert answers.cell_errors == []  # the answers run without a single error

    # Timings: every cell under 2 s, the whole notebook under 45 s.
    cells = dict(answers.cell_seconds)
    total_s = sum(cells.values())
    if total_s > NOTEBOOK_LIMIT_S or max(cells.values(), default=0) > CELL_LIMIT_S:
        # The machine may be busy with other work: keep each cell's best of two runs.
        again, total2_s, _ = _run(ws, lang, tmp_path / "again")
        cells = {k: min(v, again.get(k, v)) for k, v in cells.items()}
        total_s = min(total_s, total2_s)
    busy = _busy_factor()
    _record(ws.slug, lang, cells, total_s, busy)
    print(
        f"\n{ws.slug}.{lang}: {total_s:.1f} s in all (machine busy ×{busy:.1f}); slowest cells:",
        _slowest(cells),
    )
    slow = {k: round(v, 2) for k, v in cells.items() if v > CELL_LIMIT_S * busy}
    assert slow == {}, f"cells over {CELL_LIMIT_S} s (× {busy:.1f}, machine busy): {slow}"
    assert total_s < NOTEBOOK_LIMIT_S * busy


def _busy_factor() -> float:
    """How much slower than an idle machine this one is now: 1 when idle.

    The limits (2 s a cell, 45 s a notebook) are for a 2-core machine doing nothing
    else; when other work keeps every core busy, the load average says by how much
    to stretch them, so a busy machine does not fail a notebook that is fast.
    """
    try:
        load = os.getloadavg()[0]
    except OSError:
        return 1.0
    return max(1.0, load / (os.cpu_count() or 1))


def _read(path: Path):
    return nbformat.read(path, as_version=4)


def _run(ws, lang, folder: Path) -> tuple[dict[str, float], float, list[str]]:
    """Run the source notebook in a real kernel; each code cell's time, the total, the errors."""
    from nbclient import NotebookClient

    folder.mkdir(parents=True)
    if ws.assets.is_dir():
        shutil.copytree(ws.assets, folder / "assets")
    nb = _read(ws.notebook(lang))
    client = NotebookClient(
        nb,
        timeout=60,
        kernel_name="python3",
        record_timing=True,
        allow_errors=True,
        extra_arguments=KERNEL_ARGUMENTS,
        resources={"metadata": {"path": str(folder)}},
    )
    started = datetime.now()
    client.execute()
    total_s = (datetime.now() - started).total_seconds()
    cells, errors = {}, []
    for i, cell in enumerate(nb.cells):
        if cell.cell_type != "code":
            continue
        key = cell.metadata.get("nbgrader", {}).get("grade_id") or f"cell-{i + 1}"
        timing = cell.metadata.get("execution", {})
        start = timing.get("shell.execute_reply.started") or timing.get("iopub.execute_input")
        end = timing.get("shell.execute_reply")
        if start and end:
            cells[key] = (_when(end) - _when(start)).total_seconds()
        errors += [
            f"{key}: {o.get('ename')}: {o.get('evalue')}"
            for o in cell.get("outputs", [])
            if o.get("output_type") == "error"
        ]
    return cells, total_s, errors


def _when(stamp: str) -> datetime:
    return datetime.fromisoformat(stamp.replace("Z", "+00:00"))


def _slowest(cells: dict[str, float]) -> str:
    top = sorted(cells.items(), key=lambda kv: -kv[1])[:3]
    return ", ".join(f"{k} {v:.2f} s" for k, v in top)


def _record(slug: str, lang: str, cells: dict[str, float], total_s: float, busy: float) -> None:
    data = json.loads(TIMINGS.read_text()) if TIMINGS.is_file() else {}
    data[f"{slug}.{lang}"] = {
        "measured": datetime.now().isoformat(timespec="seconds"),
        "machine_busy_factor": round(busy, 2),
        "notebook_s": round(total_s, 2),
        "slowest_cell_s": round(max(cells.values(), default=0.0), 2),
        "cells_s": {k: round(v, 3) for k, v in cells.items()},
    }
    TIMINGS.parent.mkdir(exist_ok=True)
    TIMINGS.write_text(json.dumps(dict(sorted(data.items())), indent=2) + "\n")
