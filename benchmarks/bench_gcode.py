"""G-code reading speed against gcodeparser, and print-time estimates against PrusaSlicer.

Everything is made in this run: G-code from the public test models by Debian's
PrusaSlicer and CuraEngine (models not in millimetres are scaled to millimetres), and a
file of more than a million lines made of those files one after the other. Each reader
reads the same files in the same run; the whole read (file to toolpath, file to parsed
lines) is timed in CPU seconds of this process (so that other programs sharing the
machine weigh less on the figures), best of a few runs.

Run alone: ``python benchmarks/bench_gcode.py``.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "gcode"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import real_slicers  # noqa: E402
from report import table, write_section  # noqa: E402

MODELS = ROOT / "tests" / "data" / "models"
# (slicer, printer, model, scale to millimetres)
JOBS = [
    ("prusa", "prusa-mk3s", "20mm-xyz-cube.stl", 1.0),
    ("prusa", "creality-ender3-v2", "20mm-xyz-cube.stl", 1.0),
    ("prusa", "prusa-mk3s", "idler_riser.stl", 25.4),
    ("prusa", "creality-ender3-v2", "featuretype.stl", 12.7),
    ("prusa", "prusa-mk3s", "teapot.stl", 1.0),
    ("cura", "creality-ender3-v2", "20mm-xyz-cube.stl", 1.0),
    ("cura", "prusa-mk3s", "featuretype.stl", 12.7),
    ("cura", "creality-ender3-v2", "idler_riser.stl", 25.4),
]
BIG_LINES = 1_000_000


def make_gcode(folder: Path) -> list[tuple[str, str, str, Path]]:
    made = []
    for slicer, printer, model, scale in JOBS:
        out = folder / f"{slicer}-{printer}-{Path(model).stem}.gcode"
        try:
            if slicer == "prusa":
                real_slicers.prusa_slice(
                    MODELS / model, out, printer, scale=scale, machine_limits_usage="emit_to_gcode"
                )
            else:
                real_slicers.cura_slice(MODELS / model, out, printer, scale=scale)
        except (FileNotFoundError, OSError) as exc:
            print(f"skipped {slicer} {model}: {exc}")
            continue
        made.append((slicer, printer, model, out))
    return made


def count_lines(path: Path) -> int:
    with path.open("rb") as f:
        return sum(chunk.count(b"\n") for chunk in iter(lambda: f.read(1 << 20), b""))


def time_makerkit(path: Path, repeat: int) -> float:
    from makerkit.gcode.reader import read_gcode

    best = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()
        read_gcode(path)
        best = min(best, time.process_time() - t0)
    return best


def time_gcodeparser(path: Path, repeat: int) -> float:
    from gcodeparser import parse_gcode_lines

    best = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()
        with path.open(encoding="utf-8", errors="replace") as f:
            for _line in parse_gcode_lines(f.read()):
                pass
        best = min(best, time.process_time() - t0)
    return best


def main() -> None:
    from makerkit.gcode.reader import read_gcode
    from makerkit.gcode.simulate import estimate

    with tempfile.TemporaryDirectory(prefix="makerkit-bench-gcode-") as tmp:
        folder = Path(tmp)
        made = make_gcode(folder)
        if not made:
            print("neither PrusaSlicer nor CuraEngine is installed: nothing to measure")
            return
        big = folder / "big.gcode"
        with big.open("wb") as out:
            lines = 0
            while lines < BIG_LINES:
                for *_, path in made:
                    data = path.read_bytes()
                    out.write(data)
                    lines += data.count(b"\n")
        files = [(f"{s} {p} {Path(m).stem}", path) for s, p, m, path in made]
        files.append((f"{lines:,} lines (the files above, repeated)", big))

        speed_rows = []
        ratios = []
        for name, path in files:
            n = count_lines(path)
            repeat = 2 if path == big else 3
            ours = time_makerkit(path, repeat)
            theirs = time_gcodeparser(path, repeat)
            ratio = theirs / ours
            ratios.append(ratio)
            speed_rows.append(
                [
                    name,
                    f"{n:,}",
                    f"{n / ours / 1e6:.2f} M",
                    f"{n / theirs / 1e3:.0f} k",
                    f"{ratio:.1f}×",
                ]
            )
            print(speed_rows[-1], flush=True)

        estimate_rows = []
        errors = []
        for slicer, printer, model, path in made:
            if slicer != "prusa":
                continue
            tp = read_gcode(path)
            reference = tp.meta.get("slicer_estimate_s")
            if not reference:
                continue
            ours = estimate(tp, printer).time_s
            error = ours / reference - 1
            errors.append(abs(error))
            estimate_rows.append(
                [
                    f"{printer} {Path(model).stem}",
                    _hms(reference),
                    _hms(ours),
                    f"{100 * error:+.2f} %",
                ]
            )
            print(estimate_rows[-1], flush=True)

    body = (
        "Reading: the whole read, from the file to makerkit's `Toolpath` (moves, modes, arcs, "
        "features, layers, temperatures, limits) and to gcodeparser's parsed lines "
        "(`parse_gcode_lines`, version "
        f"{_version('gcodeparser')}), in CPU seconds of the process, best of a few runs. "
        "Target: 13× gcodeparser or better.\n\n"
        + table(
            ["file", "lines", "makerkit lines/s", "gcodeparser lines/s", "ratio"],
            speed_rows,
        )
        + f"\n\nSmallest ratio: {min(ratios):.1f}×; on the large file: {ratios[-1]:.1f}×.\n\n"
        "Print time: makerkit's estimate of PrusaSlicer's own G-code (machine limits emitted to "
        "the G-code) beside PrusaSlicer's `; estimated printing time (normal mode)`. "
        "Target: within 3 %.\n\n"
        + table(["printer, model", "PrusaSlicer", "makerkit", "difference"], estimate_rows)
        + (f"\n\nLargest difference: {100 * max(errors):.2f} %." if errors else "")
    )
    write_section("gcode", "G-code: reading speed and print-time estimates", body)


def _hms(seconds: float) -> str:
    s = int(round(seconds))
    h, rest = divmod(s, 3600)
    m, s = divmod(rest, 60)
    return f"{h}h {m:02d}m {s:02d}s" if h else f"{m}m {s:02d}s"


def _version(package: str) -> str:
    from importlib.metadata import version

    try:
        return version(package)
    except Exception:
        return "?"


if __name__ == "__main__":
    main()
