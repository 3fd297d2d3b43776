"""G-code reading speed against gcodeparser, and print-time estimates against PrusaSlicer.

Everything is made in this run: G-code from the public test models by Debian's
PrusaSlicer and CuraEngine (models not in millimetres are scaled to millimetres), and a
file of more than a million lines made of those files one after the other. Each reader
reads the same files in the same run; the whole read (file to toolpath, file to parsed
lines) is timed in CPU seconds of this process (so that other programs sharing the
machine weigh less on the figures), best of a few runs.

A second table reads one CuraEngine file of about a million lines (the teapot, finely
sliced) in fresh processes, start-up and imports included (with the modules' compiled
bytecode, as an installed package has it): the whole process's CPU time and its peak
memory (maximum resident set), makerkit beside gcodeparser. A third section is
a long fuzz run of the reader and the safety check (random lines of real and broken
G-code): crashes, slow cases and the largest memory used.

Run alone: ``python benchmarks/bench_gcode.py`` (``--no-fuzz`` to skip the fuzz run).
"""

from __future__ import annotations

import json
import os
import subprocess
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
# CuraEngine settings that make about a million lines of the teapot (Ender-3 V2 bed)
CURA_BIG = {"scale": 3.3, "infill_sparse_density": 100, "layer_height": 0.045}
FUZZ_CASES = 10_000

# one whole process that reads a file; prints its CPU seconds and peak memory as JSON
_PROCESS = """
import json, resource, sys, time
path, who = sys.argv[1], sys.argv[2]
if who == "makerkit":
    from makerkit.gcode.reader import read_gcode
    moves = len(read_gcode(path))
else:
    from gcodeparser import parse_gcode_lines
    with open(path, encoding="utf-8", errors="replace") as f:
        moves = sum(1 for _ in parse_gcode_lines(f.read()))
usage = resource.getrusage(resource.RUSAGE_SELF)
# VmHWM, not ru_maxrss: a process started by a large one inherits its ru_maxrss on Linux
with open("/proc/self/status") as status:
    hwm_kb = next(int(l.split()[1]) for l in status if l.startswith("VmHWM:"))
print(json.dumps({"cpu_s": usage.ru_utime + usage.ru_stime, "rss_mb": hwm_kb / 1024}))
"""


# the same whole process, with the CPU time of each part of the read added up (where the
# time goes); the wrappers cost a few hundred calls
_PARTS = """
import json, resource, sys, time
started = time.process_time()  # the interpreter's own start
path = sys.argv[1]
from makerkit.gcode import describe, reader
imported = time.process_time()
spent = {}
def timed(owner, name, part):
    inner = getattr(owner, name)
    def wrapper(*args, **kwargs):
        t0 = time.process_time()
        try:
            return inner(*args, **kwargs)
        finally:
            spent[part] = spent.get(part, 0.0) + time.process_time() - t0
    setattr(owner, name, wrapper if not isinstance(owner, type) else staticmethod(wrapper))
timed(reader, "load_gcode_bytes", "file")
timed(reader, "lex", "words")
timed(reader, "part_moves", "moves")
timed(reader.Modes, "of_words", "moves")
for name in ("slicer_info", "detect_flavour"):
    timed(reader, name, "commands")
collector = reader.Collector
for name in ("add", "finish"):
    inner = getattr(collector, name)
    def method(self, *args, _inner=inner, **kwargs):
        t0 = time.process_time()
        try:
            return _inner(self, *args, **kwargs)
        finally:
            spent["commands"] = spent.get("commands", 0.0) + time.process_time() - t0
    setattr(collector, name, method)
for name in ("comment_marks", "features", "layers"):
    timed(reader, name, "comments")
t0 = time.process_time()
reader.read_gcode(path)
spent["read"] = time.process_time() - t0
spent["start"], spent["imports"] = started, imported - started
usage = resource.getrusage(resource.RUSAGE_SELF)
spent["system"] = usage.ru_stime
print(json.dumps(spent))
"""


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


def _installed_like_env(bytecode: Path) -> dict[str, str]:
    """The environment of a measured process: Python's compiled bytecode kept (in
    ``bytecode``), as an installed package has it (pip compiles it at install), even where
    the developer's environment asks Python not to write it (which would have every run
    compile makerkit's modules from source again)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(bytecode)
    return env


def _run(script: str, path: Path, *args: str) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-c", script, str(path), *args],
        capture_output=True,
        text=True,
        check=True,
        timeout=900,
        env=_installed_like_env(path.parent / "bytecode"),
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def whole_process(path: Path, who: str, repeat: int = 3) -> dict[str, float]:
    """Best CPU time and peak memory of a fresh Python process reading ``path`` (after a
    first run, not counted, that compiles the bytecode)."""
    _run(_PROCESS, path, who)
    best: dict[str, float] = {}
    for _ in range(repeat):
        got = _run(_PROCESS, path, who)
        if not best or got["cpu_s"] < best["cpu_s"]:
            best = got
    return best


def where_the_time_goes(path: Path, repeat: int = 3) -> dict[str, float]:
    """CPU seconds of each part of a fresh process reading ``path`` (the fastest run)."""
    _run(_PARTS, path)
    best: dict[str, float] = {}
    for _ in range(repeat):
        got = _run(_PARTS, path)
        total = got["start"] + got["imports"] + got["read"]
        if not best or total < best["start"] + best["imports"] + best["read"]:
            best = got
    return best


def _parts_table(parts: dict[str, float], n_lines: int) -> str:
    total = parts["start"] + parts["imports"] + parts["read"]
    named = ("file", "words", "moves", "commands", "comments")
    rows = [
        ("Python's start", parts["start"]),
        ("imports (numpy, makerkit.gcode)", parts["imports"]),
        ("reading the file's bytes", parts["file"]),
        ("words: bytes to words and numbers (lexer.py, numbers.py)", parts["words"]),
        ("machine state and moves: modes, positions, feedrate, arcs (motion.py)", parts["moves"]),
        ("commands, temperatures, limits, warnings, flavour (describe.py)", parts["commands"]),
        ("feature and layer comments (slicer_notes.py)", parts["comments"]),
        ("the rest: columns, toolpath, meta", parts["read"] - sum(parts[k] for k in named)),
    ]
    body = [[what, f"{seconds:.3f} s", f"{100 * seconds / total:.0f} %"] for what, seconds in rows]
    body.append(["whole process", f"{total:.3f} s", f"{n_lines / total / 1e6:.2f} M lines/s"])
    return (
        table(["part of the process", "CPU time", "share"], body)
        + f"\n\nOf which the system's (memory pages given to the process): "
        f"{parts['system']:.3f} s. For 2 M lines/s the whole process would have to take "
        f"{n_lines / 2e6:.3f} s."
    )


def big_cura_file(folder: Path) -> Path | None:
    out = folder / "cura-teapot-million.gcode"
    try:
        settings = dict(CURA_BIG)
        scale = settings.pop("scale")
        real_slicers.cura_slice(MODELS / "teapot.stl", out, "creality-ender3-v2", scale, **settings)
    except (FileNotFoundError, OSError, subprocess.CalledProcessError) as exc:
        print(f"skipped the large Cura file: {exc}")
        return None
    return out


def fuzz(cases: int) -> str:
    """A long fuzz run of the reader and the checker: crashes, slow cases, largest memory."""
    import random
    import tracemalloc

    from makerkit.errors import MakerkitError
    from makerkit.gcode.reader import read_gcode
    from makerkit.gcode.safety import check_gcode

    words = [
        "G0",
        "G1",
        "G2",
        "G3",
        "G4",
        "G10",
        "G17",
        "G20",
        "G21",
        "G28",
        "G29",
        "G80",
        "G90",
        "G91",
        "G92",
        "G90.1",
        "M3",
        "M5",
        "M82",
        "M83",
        "M84",
        "M104",
        "M106",
        "M107",
        "M109",
        "M140",
        "M190",
        "M201",
        "M203",
        "M204",
        "M205",
        "M211",
        "M220",
        "M221",
        "M302",
        "M500",
        "M502",
        "M997",
        "T0",
        "X",
        "Y",
        "Z",
        "E",
        "F",
        "I",
        "J",
        "R",
        "S",
        "P",
        "START_PRINT",
        "(",
        ")",
        ";",
        "*",
        "N",
        "-",
        "{",
        "}",
    ]
    numbers = ["", "0", "-1", "1e400", "nan", "--1", "1.2.3", "99999999", "0.5", "-0.2", "210"]
    rng = random.Random(20261202)
    crashes = {"read": 0, "check": 0}
    slow = {"read": 0, "check": 0}
    worst_s = {"read": 0.0, "check": 0.0}
    peak_mb = 0.0
    for _ in range(cases):
        lines = []
        for _ in range(rng.randint(1, 60)):
            n = rng.randint(0, 8)
            parts = [rng.choice(words) + rng.choice(numbers + [f"{rng.uniform(-500, 500):.3f}"])]
            parts += [rng.choice(words) + rng.choice(numbers) for _ in range(n)]
            lines.append((" " if rng.random() < 0.8 else "").join(parts))
        text = "\n".join(lines)
        tracemalloc.start()
        for kind in ("read", "check"):
            t0 = time.perf_counter()
            try:
                if kind == "read":
                    result = read_gcode(text)
                else:
                    result = check_gcode(text, "prusa-mk3s", "pla")
                if kind == "check" and any(p.code == "could_not_check" for p in result.problems):
                    crashes[kind] += 1
            except MakerkitError:
                pass
            except Exception:
                crashes[kind] += 1
            took = time.perf_counter() - t0
            worst_s[kind] = max(worst_s[kind], took)
            slow[kind] += took > 10.0
        peak_mb = max(peak_mb, tracemalloc.get_traced_memory()[1] / 1e6)
        tracemalloc.stop()
    rows = [
        [kind, f"{cases:,}", crashes[kind], slow[kind], f"{worst_s[kind]:.2f} s"]
        for kind in ("read", "check")
    ]
    return (
        "Random files of 1 to 60 lines made of real and broken words (bad numbers, huge "
        "values, missing values, unclosed comments and placeholders), each read and checked "
        "(prusa-mk3s, PLA). A crash is an exception other than makerkit's own clear error, or a "
        "check that could not finish. Target: no crash, nothing over 10 s, nothing over "
        "500 MB.\n\n"
        + table(["what", "cases", "crashes", "over 10 s", "slowest"], rows)
        + f"\n\nLargest memory used by one case (traced): {peak_mb:.1f} MB."
    )


def main() -> None:
    from makerkit.gcode.reader import read_gcode
    from makerkit.gcode.simulate import estimate

    load_before = os.getloadavg()[0]

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

        process_rows = []
        ratio_big = None
        parts_text = ""
        cura_big = big_cura_file(folder)
        if cura_big is not None:
            n = count_lines(cura_big)
            ours = whole_process(cura_big, "makerkit")
            theirs = whole_process(cura_big, "gcodeparser", repeat=1)
            ratio_big = theirs["cpu_s"] / ours["cpu_s"]
            in_process = time_makerkit(cura_big, 3)
            process_rows = [
                [
                    f"CuraEngine, {n:,} lines, {cura_big.stat().st_size / 1e6:.0f} MB",
                    f"{n / ours['cpu_s'] / 1e6:.2f} M ({n / in_process / 1e6:.2f} M reading only)",
                    f"{ours['rss_mb']:.0f} MB",
                    f"{n / theirs['cpu_s'] / 1e3:.0f} k",
                    f"{theirs['rss_mb']:.0f} MB",
                    f"{ratio_big:.1f}×",
                ]
            ]
            print(process_rows[-1], flush=True)
            parts = where_the_time_goes(cura_big)
            parts_text = _parts_table(parts, n)
            print(parts_text, flush=True)

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

    load_after = os.getloadavg()[0]
    body = (
        f"Load average of the machine: {load_before:.1f} at the start of the run, "
        f"{load_after:.1f} at its end (other programs share its cores: CPU times are "
        "inflated by it, the ratios much less).\n\n"
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
        + (
            "One file of about a million lines, each reader in a fresh process (start-up, "
            "imports and reading the file: the whole process's CPU time; memory: its maximum "
            "resident set; Python's compiled bytecode kept, as an installed package has it). "
            "Targets: 2 M lines/s or more, under 200 MB.\n\n"
            + table(
                [
                    "file",
                    "makerkit lines/s",
                    "makerkit memory",
                    "gcodeparser lines/s",
                    "gcodeparser memory",
                    "ratio",
                ],
                process_rows,
            )
            + "\n\nWhere the time of that process goes (the fastest of three runs, each part's "
            "CPU time added up):\n\n" + parts_text + "\n\n"
            if process_rows
            else ""
        )
        + "Print time: makerkit's estimate of PrusaSlicer's own G-code (machine limits emitted to "
        "the G-code) beside PrusaSlicer's `; estimated printing time (normal mode)`. "
        "Target: within 3 %.\n\n"
        + table(["printer, model", "PrusaSlicer", "makerkit", "difference"], estimate_rows)
        + (f"\n\nLargest difference: {100 * max(errors):.2f} %." if errors else "")
    )
    write_section("gcode", "G-code: reading speed and print-time estimates", body)
    if "--no-fuzz" not in sys.argv:
        write_section(
            "gcode-fuzz", "G-code: long fuzz run of the reader and the checker", fuzz(FUZZ_CASES)
        )


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
