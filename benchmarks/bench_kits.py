"""Grading a class of 30 with `makerkit kit grade` (target: under a minute).

The class: 30 learners of the French name-tag workshop (20 who answered everything, 5 who
handed in the blank copy, 5 who stopped halfway). Anchor, in the same run: the same class
graded one learner after the other (one worker), which is what nbgrader does by itself.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from report import table, write_section  # noqa: E402

CLASS_SIZE = 30
TARGET_S = 60.0


def make_class(kit: Path, root: Path) -> None:
    import nbformat

    from makerkit.kits.notebooks import answered_copy

    with zipfile.ZipFile(kit) as zf:
        name = json.loads(zf.read("kit.json"))["notebook"]
        released = nbformat.reads(zf.read(f"learner/{name}").decode(), as_version=4)
        source = nbformat.reads(zf.read(f"facilitator/solutions/{name}").decode(), as_version=4)
    full = answered_copy(released, source)
    half = nbformat.reads(nbformat.writes(full), as_version=4)
    answers = [c for c in half.cells if c.metadata.get("nbgrader", {}).get("solution")]
    for cell, blank in zip(
        answers[len(answers) // 2 :],
        [c for c in released.cells if c.metadata.get("nbgrader", {}).get("solution")][
            len(answers) // 2 :
        ],
        strict=True,
    ):
        cell.source = blank.source
    for i in range(CLASS_SIZE):
        nb = full if i < 20 else released if i < 25 else half
        (root / f"learner-{i:02d}").mkdir(parents=True)
        nbformat.write(nb, root / f"learner-{i:02d}" / name)


def main() -> int:
    from makerkit.kits.build import build_kit
    from makerkit.kits.grade import grade_class
    from makerkit.kits.workshop import load_workshop

    ws = load_workshop(HERE.parent / "workshops" / "nametag")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        started = time.perf_counter()
        kit = build_kit(ws, "fr", tmp / "kits")
        build_s = time.perf_counter() - started
        make_class(kit, tmp / "class")
        runs = []
        for workers in (None, 1):
            load_before = os.getloadavg()[0]
            started = time.perf_counter()
            result = grade_class(
                kit, tmp / "class", out_dir=tmp / f"out-{workers}", workers=workers
            )
            seconds = time.perf_counter() - started
            scores = sorted({r.score for r in result.learners})
            load = (load_before + os.getloadavg()[0]) / 2
            runs.append((workers or os.cpu_count(), seconds, len(result.learners), scores, load))
            print(
                f"workers={workers or os.cpu_count()}: {seconds:.1f} s, scores {scores}", flush=True
            )
    parallel_s, one_s = runs[0][1], runs[1][1]
    rows = [
        ["kit build (nametag, fr)", f"{build_s:.1f} s", "", ""],
        [
            f"grade {CLASS_SIZE} learners, {runs[0][0]} workers (makerkit default)",
            f"{parallel_s:.1f} s",
            f"{parallel_s / CLASS_SIZE:.2f} s",
            f"target < {TARGET_S:.0f} s: {'met' if parallel_s < TARGET_S else 'NOT met'}",
        ],
        [
            f"grade {CLASS_SIZE} learners, 1 worker (anchor: one after the other)",
            f"{one_s:.1f} s",
            f"{one_s / CLASS_SIZE:.2f} s",
            f"makerkit is {one_s / parallel_s:.1f}× faster",
        ],
    ]
    body = (
        "A French name-tag class: 20 full answers, 5 blank copies, 5 stopped halfway; "
        f"scores found: {', '.join(f'{s:g}' for s in runs[0][3])}. Each learner's notebook "
        "runs in its own fresh kernel (nbgrader autograde), so a class costs about "
        "(kernel start + notebook time) × learners ÷ cores.\n\n"
        + table(["what", "wall time", "per learner", "note"], rows)
        + f"\n\nLoad average during the runs: {runs[0][4]:.1f} and {runs[1][4]:.1f} "
        f"on {os.cpu_count()} cores (other work on the machine slows both runs alike)."
    )
    write_section("kits", "Kits: building and grading a class", body)
    return 0


if __name__ == "__main__":
    sys.exit(main())
