"""A fuzz runner for the long fuzz benchmarks: many cases, each bounded in time and memory.

A fuzz benchmark gives a *target*, a function ``target(i: int) -> str`` in a module under
``benchmarks/`` that builds case number ``i`` itself (from ``random.Random(i)``: the same
case every run), runs it and returns a short outcome label (``"loaded"``, an error key…).
An exception escaping the target is a **crash**.

Cases run in a worker process (this file run with ``--worker module:function``), one after
the other:

- a case that has not answered after ``hang_s`` seconds is a **hang**: its worker is killed
  and a new one started; a worker that dies (a signal, the memory limit) is a crash;
- each case's **peak memory** is the kernel's high-water mark of the worker's resident
  memory (``VmHWM``, reset before every case; the worker's own ~150 MB included);
- a case that writes to stderr or lets a library's warning through (not a ``UserWarning``
  of the project's own) is **noisy**.

Usage from a benchmark::

    from fuzz import run_fuzz
    report = run_fuzz("fuzz_model:target", 10_000, hang_s=10)
    print(report.table())
"""

from __future__ import annotations

import collections
import contextlib
import importlib
import json
import os
import resource
import select
import subprocess
import sys
import time
import traceback
import warnings
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
MEMORY_LIMIT_MB = 4096  # a worker's address space; a case past it fails with MemoryError


@dataclass
class CaseResult:
    case: int
    kind: str  # "ok", "crash", "hang"
    outcome: str
    seconds: float = 0.0
    peak_mb: float = 0.0
    noisy: str = ""


@dataclass
class FuzzReport:
    target: str
    results: list[CaseResult] = field(default_factory=list)
    wall_s: float = 0.0

    def of_kind(self, kind: str) -> list[CaseResult]:
        return [r for r in self.results if r.kind == kind]

    @property
    def noisy(self) -> list[CaseResult]:
        return [r for r in self.results if r.noisy]

    def outcomes(self) -> collections.Counter:
        return collections.Counter(r.outcome for r in self.results if r.kind == "ok")

    def summary_rows(self, memory_bound_mb: float = 500, slow_s: float = 10) -> list[list[str]]:
        """Rows for a Markdown table: cases, crashes, hangs, noise, time and memory."""
        peaks = sorted(r.peak_mb for r in self.results if r.peak_mb)
        times = sorted(r.seconds for r in self.results if r.kind != "hang")
        over = [r for r in self.results if r.peak_mb > memory_bound_mb]

        def at(values, share):
            return values[min(len(values) - 1, int(share * len(values)))] if values else 0.0

        def cases(found):
            return ", ".join(str(r.case) for r in found[:10]) or "—"

        return [
            ["cases run", f"{len(self.results):,}", f"{self.wall_s:.0f} s in all"],
            ["crashes", str(len(self.of_kind("crash"))), cases(self.of_kind("crash"))],
            [f"hangs (over {slow_s:g} s)", str(len(self.of_kind("hang"))), cases(self.of_kind("hang"))],
            ["noisy (raw stderr or library warnings)", str(len(self.noisy)), cases(self.noisy)],
            [f"cases over {memory_bound_mb:g} MB", str(len(over)), cases(over)],
            ["peak memory per case: median / 99 % / max", f"{at(peaks, 0.5):.0f} / {at(peaks, 0.99):.0f} / {at(peaks, 1.0):.0f} MB", "worker's resident memory, its ~150 MB of libraries included"],
            ["time per case: median / 99 % / max", f"{at(times, 0.5) * 1000:.0f} / {at(times, 0.99) * 1000:.0f} / {at(times, 1.0) * 1000:.0f} ms", ""],
        ]  # fmt: skip


def run_fuzz(
    target: str, count: int, *, hang_s: float = 10.0, start: int = 0, progress: bool = True
) -> FuzzReport:
    """Run cases ``start`` … ``start + count - 1`` of ``target`` (``"module:function"``)."""
    report = FuzzReport(target)
    t0 = time.perf_counter()
    worker = None
    case = start
    while case < start + count:
        if worker is None:
            worker = _Worker(target)
        result = worker.run(case, hang_s)
        if result.kind in ("hang", "crash") and not worker.alive():
            worker.stop()
            worker = None
        report.results.append(result)
        if progress and (case - start + 1) % 500 == 0:
            crashes, hangs = len(report.of_kind("crash")), len(report.of_kind("hang"))
            print(f"  {case - start + 1:,} cases: {crashes} crashes, {hangs} hangs", flush=True)
        case += 1
    if worker is not None:
        worker.stop()
    report.wall_s = time.perf_counter() - t0
    return report


class _Worker:
    def __init__(self, target: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, __file__, "--worker", target],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            cwd=HERE,
        )
        self._warm = False

    def alive(self) -> bool:
        return self.process.poll() is None

    def run(self, case: int, hang_s: float) -> CaseResult:
        try:
            self.process.stdin.write(f"{case}\n".encode())
            self.process.stdin.flush()
        except (BrokenPipeError, OSError):
            return CaseResult(case, "crash", "worker gone")
        # The first case also waits for the worker's imports: they are not the case's time.
        deadline = time.monotonic() + hang_s + (0.0 if self._warm else 60.0)
        self._warm = True
        line = b""
        out = self.process.stdout
        while not line.endswith(b"\n"):
            left = deadline - time.monotonic()
            ready, _, _ = select.select([out], [], [], max(0.0, left))
            if not ready:
                self.stop()
                return CaseResult(case, "hang", f"no answer after {hang_s:g} s", hang_s)
            piece = os.read(out.fileno(), 65536)
            if not piece:
                code = self.process.wait()
                return CaseResult(case, "crash", f"worker died (exit status {code})")
            line += piece
        data = json.loads(line)
        return CaseResult(case, **data)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()


# ----- the worker side --------------------------------------------------------------
def _peak_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _reset_peak() -> None:
    with contextlib.suppress(OSError), open("/proc/self/clear_refs", "w") as f:
        f.write("5")  # Linux: reset the high-water mark of resident memory


def _worker(target: str) -> None:
    limit = MEMORY_LIMIT_MB * 1024 * 1024
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    sys.path.insert(0, str(HERE))
    module, name = target.split(":")
    run = getattr(importlib.import_module(module), name)
    err_path = Path(os.environ.get("TMPDIR", "/tmp")) / f"fuzz-stderr-{os.getpid()}.txt"
    err = open(err_path, "w+b")  # noqa: SIM115 - the worker's stderr for its whole life
    os.dup2(err.fileno(), 2)
    answer = os.fdopen(os.dup(1), "w")
    os.dup2(os.open(os.devnull, os.O_WRONLY), 1)  # a case printing must not break the protocol
    for line in sys.stdin:
        case = int(line)
        _reset_peak()
        before = err.seek(0, 2)
        t0 = time.perf_counter()
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                outcome, kind = str(run(case)), "ok"
            except BaseException as exc:  # the crash is the finding
                frame = traceback.extract_tb(exc.__traceback__)[-1]
                where = f"{Path(frame.filename).name}:{frame.lineno}"
                outcome, kind = f"{type(exc).__name__} at {where}: {str(exc)[:120]}", "crash"
        seconds = time.perf_counter() - t0
        sys.stderr.flush()
        noisy = []
        if err.seek(0, 2) > before:
            err.seek(before)
            noisy.append(err.read(200).decode("utf-8", "replace").strip())
        noisy += [
            f"{Path(w.filename).name}: {w.message}"[:200]
            for w in caught
            if "-packages" in w.filename or w.category is not UserWarning
        ]
        result = {
            "kind": kind,
            "outcome": outcome,
            "seconds": seconds,
            "peak_mb": _peak_mb(),
            "noisy": " | ".join(noisy)[:300],
        }
        answer.write(json.dumps(result) + "\n")
        answer.flush()
    err_path.unlink(missing_ok=True)


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--worker":
        _worker(sys.argv[2])
    else:
        print(__doc__)
