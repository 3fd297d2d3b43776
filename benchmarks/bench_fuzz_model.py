"""The long fuzz run of the 3D-file loader: 10,000 broken and hostile files.

Each case (``tests/model/mesh_fuzz.py``: good STL, 3MF and OBJ files with bytes changed, cut,
repeated; nasty numbers; points with two coordinates; 3MF zip bombs, thousands of build
items, components that multiply) is loaded with ``makerkit.model.load`` in a unit drawn at
random, and when it loads, checked (``check``) and saved again. Each case runs in a worker
process of ``benchmarks/fuzz.py``: more than 10 s is a hang, its peak resident memory is
measured, anything but a ``MakerkitError`` is a crash.

Run: ``python benchmarks/bench_fuzz_model.py [COUNT]`` (default 10,000; ``make bench`` runs it).
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tests" / "model"))

from fuzz import run_fuzz  # noqa: E402
from report import table, write_section  # noqa: E402

HANG_S = 10.0
MEMORY_BOUND_MB = 500
_FOLDER = Path(tempfile.mkdtemp(prefix="fuzz-model-"))


def target(i: int) -> str:
    """Case ``i``: load, check and save; the outcome (``loaded`` or the error's key)."""
    from mesh_fuzz import case

    from makerkit.errors import MakerkitError
    from makerkit.model import check, load

    rng = random.Random(i)
    suffix, data = case(rng)
    unit = rng.choice(["mm", "mm", "auto", "inch"])
    path = _FOLDER / f"case{suffix}"
    path.write_bytes(data)
    try:
        solid = load(path, unit=unit)
        check(solid)
        if not solid.is_empty:
            solid.save(_FOLDER / f"out{suffix}")
    except MakerkitError as err:
        return f"{suffix} {err.key}"
    return f"{suffix} loaded"


def main(count: int = 10_000) -> None:
    report = run_fuzz("bench_fuzz_model:target", count, hang_s=HANG_S)
    rows = report.summary_rows(MEMORY_BOUND_MB, HANG_S)
    body = table(["measure", "value", "cases / note"], rows)
    outcomes = sorted(report.outcomes().items(), key=lambda kv: (-kv[1], kv[0]))
    body += "\n\nWhat the files gave (file kind, then `loaded` or the message's key):\n\n"
    body += table(["outcome", "cases"], [[f"`{k}`", f"{v:,}"] for k, v in outcomes])
    crashes = report.of_kind("crash") + report.of_kind("hang") + report.noisy
    if crashes:
        body += "\n\nFirst findings:\n\n" + "\n".join(
            f"- case {r.case}: {r.kind} {r.outcome} {r.noisy}" for r in crashes[:10]
        )
    body += (
        f"\n\nLoad average at the end: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores. "
        "Cases are numbered: case *i* is `mesh_fuzz.case(random.Random(i))`, the same on every "
        "run (`python benchmarks/bench_fuzz_model.py` re-runs them). The quick version, 300 "
        "cases with hypothesis, runs in `make test` (tests/model/test_fuzz_loader.py).\n"
    )
    write_section("model-fuzz", "Modelling: fuzzing the 3D-file loader", body)
    print(body)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)
