"""Every workshop's answers, cell by cell, in a real kernel: the budget of a session.

The targets (MISSION.md): no workshop cell over 2 s and a whole workshop under 45 s on a quiet
2-core machine. Each notebook is run twice and each cell keeps its best time (the machine may be
busy with other work); the load average is written beside the figures. The anchor is the same
kernel running an empty cell and ``import makerkit`` (what every notebook pays before its first
step), so the table shows what the workshop's own cells cost on top.

Writes docs/workshop-timings.json (every cell) and the ``workshops`` section of docs/benchmarks.md.

    python benchmarks/bench_workshops.py [SLUG ...]
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
from datetime import datetime
from pathlib import Path

import nbformat
from nbclient import NotebookClient

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from report import table, write_section  # noqa: E402

from makerkit.kits.course import KERNEL_ARGUMENTS  # noqa: E402
from makerkit.kits.workshop import list_workshops  # noqa: E402

TIMINGS = ROOT / "docs" / "workshop-timings.json"
CELL_LIMIT_S, NOTEBOOK_LIMIT_S = 2.0, 45.0


def run_notebook(nb, folder: Path) -> tuple[dict[str, float], float, list[str]]:
    """Run ``nb`` in a real kernel in ``folder``; each code cell's time, the total, the errors."""
    client = NotebookClient(
        nb,
        timeout=120,
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


def measure(ws, lang: str, work: Path) -> tuple[dict[str, float], float, list[str]]:
    """Best of two runs of the workshop's source notebook (the answers), per cell and in all."""
    best_cells: dict[str, float] = {}
    best_total, errors = float("inf"), []
    for attempt in range(2):
        folder = work / f"{ws.slug}-{lang}-{attempt}"
        folder.mkdir(parents=True)
        if ws.assets.is_dir():
            shutil.copytree(ws.assets, folder / "assets")
        nb = nbformat.read(ws.notebook(lang), as_version=4)
        cells, total_s, errors = run_notebook(nb, folder)
        best_cells = {k: min(v, best_cells.get(k, v)) for k, v in cells.items()}
        best_total = min(best_total, total_s)
    return best_cells, best_total, errors


def anchor(work: Path) -> float:
    """A kernel running ``import makerkit`` and nothing else: the floor every notebook pays."""
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("import makerkit as mk")])
    folder = work / "anchor"
    folder.mkdir()
    return min(run_notebook(nb, folder)[1] for _ in range(2))


def main(argv: list[str]) -> int:
    only = set(argv)
    workshops = [w for w in list_workshops(ROOT / "workshops") if not only or w.slug in only]
    data = json.loads(TIMINGS.read_text()) if TIMINGS.is_file() else {}
    rows, failed = [], []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        floor_s = anchor(work)
        for ws in workshops:
            for lang in ws.languages:
                if not ws.notebook(lang).is_file():
                    continue
                cells, total_s, errors = measure(ws, lang, work)
                slowest = max(cells.items(), key=lambda kv: kv[1], default=("-", 0.0))
                met = total_s < NOTEBOOK_LIMIT_S and slowest[1] < CELL_LIMIT_S and not errors
                if not met:
                    failed.append(f"{ws.slug}.{lang}")
                data[f"{ws.slug}.{lang}"] = {
                    "measured": datetime.now().isoformat(timespec="seconds"),
                    "load_average": round(os.getloadavg()[0], 2),
                    "notebook_s": round(total_s, 2),
                    "slowest_cell_s": round(slowest[1], 2),
                    "cells_s": {k: round(v, 3) for k, v in cells.items()},
                    "errors": errors,
                }
                rows.append(
                    [
                        f"{ws.slug} ({lang})",
                        len(cells),
                        f"{total_s:.1f} s",
                        f"{total_s / floor_s:.1f}×",
                        f"{slowest[0]} {slowest[1]:.2f} s",
                        "yes" if met else "**no**",
                    ]
                )
                print(rows[-1], flush=True)
    TIMINGS.write_text(json.dumps(dict(sorted(data.items())), indent=2) + "\n")
    load = os.getloadavg()[0]
    body = (
        f"Each workshop's answers run in a real kernel, best of two runs per cell. Anchor: a kernel "
        f"that only runs `import makerkit` ({floor_s:.1f} s, same run). Targets: every cell under "
        f"{CELL_LIMIT_S:.0f} s, a whole workshop under {NOTEBOOK_LIMIT_S:.0f} s on a quiet 2-core "
        "machine. Every cell's time is in `docs/workshop-timings.json`.\n\n"
        + table(
            ["workshop", "code cells", "whole notebook", "× anchor", "slowest cell", "met"], rows
        )
        + f"\n\nLoad average at the end of the run: {load:.1f} on {os.cpu_count()} cores."
    )
    write_section("workshops", "Workshops: every cell of the answers, in a real kernel", body)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
