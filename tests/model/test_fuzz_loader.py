"""Fuzzing the loader: any file gives a Solid that checks and saves, or a clear MakerkitError.

Never another exception, never raw library output on stderr, and within a time and a
memory bound per case (hypothesis' deadline; tracemalloc's peak for what Python and numpy
allocate). The long run (10,000 cases, each in its own process) is benchmarks/fuzz_model.py.
"""

from __future__ import annotations

import contextlib
import datetime
import io
import tempfile
import tracemalloc
import warnings
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from mesh_fuzz import case

from makerkit.errors import MakerkitError
from makerkit.model import check, load

CASE_MEMORY_MB = 300  # a case must stay under this (Python and numpy allocations)
_FOLDER = Path(tempfile.mkdtemp(prefix="fuzz-loader-"))


def run_case(suffix: str, data: bytes, unit: str = "mm") -> str:
    """Load, check and save one file; the outcome's name, or an AssertionError."""
    path = _FOLDER / f"case{suffix}"
    path.write_bytes(data)
    stderr = io.StringIO()
    with warnings.catch_warnings(record=True) as caught, contextlib.redirect_stderr(stderr):
        warnings.simplefilter("always")
        try:
            solid = load(path, unit=unit)
            report = check(solid)
            assert isinstance(report.ok, bool)
            if not solid.is_empty:
                solid.save(_FOLDER / f"out{suffix}")
            outcome = "loaded"
        except MakerkitError as err:
            assert not str(err).startswith("model."), err.key  # a message, not a bare key
            outcome = err.key
    # makerkit's own notes are UserWarnings in words; anything else is a library talking
    raw = [w for w in caught if "-packages" in w.filename or w.category is not UserWarning]
    assert not raw, [f"{w.filename}: {w.message}" for w in raw]
    assert not stderr.getvalue(), stderr.getvalue()
    return outcome


@settings(
    max_examples=300,
    deadline=datetime.timedelta(seconds=10),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    derandomize=True,
)
@given(st.randoms(use_true_random=False), st.sampled_from(["mm", "auto", "inch"]))
def test_any_file_loads_or_gives_a_clear_error(rng, unit):
    suffix, data = case(rng)
    tracemalloc.start()
    try:
        run_case(suffix, data, unit)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < CASE_MEMORY_MB * 1024 * 1024, f"{peak / 1e6:.0f} MB"
