"""Friendly checks for workshop test cells: a hint, never a bare ``AssertionError``.

A test cell of a workshop notebook reads like this::

    from makerkit import checks
    tag = checks.defined("tag")
    checks.is_solid(tag, "tag")
    checks.closed(tag)
    checks.fits_bed(tag, "prusa-mk4")
    checks.bravo()

When a check fails it raises :class:`~makerkit.errors.CheckFailed` (an ``AssertionError``,
so nbgrader counts the test as failed) whose text is an encouraging hint in the
notebook's language and voice (``mk.set_language("fr", address="tu")`` at the top of the
notebook).

The checks on shapes judge the shape's *data* (its triangles, copied into plain arrays),
not methods or properties that code in the notebook could have replaced; while a class
is graded, each test cell loads this module afresh from its file (see
:mod:`makerkit.kits.guard`), so replacing a check from a learner's cell changes nothing.

>>> from makerkit.i18n import language
>>> with language("en"):
...     try:
...         equal(3, 4, "legs")
...     except CheckFailed as hint:
...         print(hint)
Almost! 'legs' is 3 but it should be 4. Change it and run the cell again.
"""

from __future__ import annotations

import math
import sys
from typing import Any

from makerkit.errors import CheckFailed
from makerkit.i18n import t

__all__ = [
    "CheckFailed",
    "defined",
    "equal",
    "close",
    "between",
    "has_text",
    "is_solid",
    "closed",
    "fits_bed",
    "size_between",
    "has_hole",
    "printable",
    "saved",
    "reached_end",
    "gcode_safe",
    "that",
    "bravo",
]


def _fail(key: str, **values: object) -> None:
    raise CheckFailed(f"checks.{key}", **values)


def _kind(value: Any) -> str:
    """What kind of thing ``value`` is, in words: "a number", "a text"…"""
    name = type(value).__name__
    text = t(f"checks.kind.{name}")
    return t("checks.kind.other", kind=name) if text == f"checks.kind.{name}" else text


def defined(name: str, namespace: dict[str, Any] | None = None) -> Any:
    """The value of the variable ``name`` in the notebook, or a hint to create it.

    ``namespace`` defaults to the calling cell's global variables. When the last cell
    that made ``name`` stopped on a mistake, the hint says to fix that cell, even if an
    older value of ``name`` is still there (from an earlier step).

    >>> legs = 4
    >>> defined("legs", {"legs": 4})
    4
    """
    if namespace is None:
        namespace = sys._getframe(1).f_globals
    from makerkit.notebook.errors import failed_cell_for

    if failed_cell_for(name) is not None:
        _fail("cell_failed", name=name)
    if name not in namespace:
        _fail("not_defined", name=name)
    return namespace[name]


def equal(value: Any, expected: Any, name: str = "value") -> None:
    """``value`` must be exactly ``expected``.

    >>> equal("Camille", "Camille", "name")
    """
    if value != expected:
        _fail("not_equal", name=name, value=repr(value), expected=repr(expected))


def close(value: float, expected: float, tolerance: float, name: str = "value") -> None:
    """``value`` must be within ``tolerance`` of ``expected`` (for measures with decimals).

    >>> close(9.99, 10, 0.05, "width")
    """
    try:
        ok = math.isfinite(float(value)) and abs(float(value) - expected) <= tolerance
    except (TypeError, ValueError):
        ok = False
    if not ok:
        _fail("not_close", name=name, value=value, expected=expected, tolerance=tolerance)


def between(value: float, low: float, high: float, name: str = "value") -> None:
    """``value`` must be a number from ``low`` to ``high`` (both included).

    >>> between(5, 1, 10, "height_mm")
    """
    try:
        ok = low <= float(value) <= high
    except (TypeError, ValueError):
        ok = False
    if not ok:
        _fail("not_between", name=name, value=value, low=low, high=high)


def has_text(value: Any, name: str = "text") -> str:
    """``value`` must be a text with at least one letter or digit; returns it without spaces around.

    >>> has_text("  Léa ", "name")
    'Léa'
    """
    if not isinstance(value, str):
        _fail("not_text", name=name, kind=_kind(value))
    if not any(ch.isalnum() for ch in value):
        _fail("empty_text", name=name)
    return value.strip()


def is_solid(value: Any, name: str = "model") -> None:
    """``value`` must be a 3D shape (a :class:`makerkit.Solid`)."""
    if not (hasattr(value, "to_trimesh") and hasattr(value, "size_mm")):
        _fail("not_solid", name=name, kind=_kind(value))


def _mesh(solid: Any, name: str = "model"):
    """The solid's triangles as fresh plain arrays ``(vertices, faces)``, checked to be sane."""
    import numpy as np

    is_solid(solid, name)
    try:
        vertices, faces = solid.triangles()
        v = np.array(vertices, dtype=np.float64).reshape(-1, 3)
        f = np.array(faces, dtype=np.int64).reshape(-1, 3)
    except Exception:  # whatever the object does, the learner gets a hint
        _fail("not_solid", name=name, kind=_kind(solid))
    if not np.isfinite(v).all() or (f.size and (f.min() < 0 or f.max() >= len(v))):
        _fail("not_solid", name=name, kind=_kind(solid))
    return v, f


def _size(vertices) -> tuple[float, float, float]:
    import numpy as np

    if len(vertices) == 0:
        return (0.0, 0.0, 0.0)
    return tuple(round(float(s), 6) for s in np.ptp(vertices, axis=0))


def _watertight(vertices, faces) -> bool:
    """Every edge joins exactly two triangles that turn the same way (a closed surface)."""
    import numpy as np

    if len(faces) == 0:
        return False
    _, corner = np.unique(vertices, axis=0, return_inverse=True)
    tri = corner.reshape(-1)[faces]
    tri = tri[(tri[:, 0] != tri[:, 1]) & (tri[:, 1] != tri[:, 2]) & (tri[:, 2] != tri[:, 0])]
    if len(tri) == 0:
        return False
    n = int(tri.max()) + 1
    directed = tri[:, [0, 1, 1, 2, 2, 0]].reshape(-1, 2)
    keys = directed[:, 0] * n + directed[:, 1]
    unique_keys = np.unique(keys)
    if len(unique_keys) != len(keys):
        return False  # an edge used twice the same way: not one outside
    reverse = directed[:, 1] * n + directed[:, 0]
    return bool(np.isin(reverse, unique_keys).all())


def closed(solid: Any) -> None:
    """The shape must be closed (watertight), so that a slicer knows its inside from its outside."""
    vertices, faces = _mesh(solid)
    if not (_watertight(vertices, faces) and solid.is_closed):
        _fail("not_closed")


def fits_bed(solid: Any, printer: str = "prusa-mk4") -> None:
    """The shape must fit on ``printer``'s bed and under its maximum height."""
    from makerkit.printers import get_printer

    size = _size(_mesh(solid)[0])
    bed = get_printer(printer)
    if any(s > b for s, b in zip(size, bed.bed_mm, strict=True)):
        _fail(
            "too_big",
            size=" × ".join(f"{s:.0f}" for s in size),
            bed=" × ".join(f"{b:.0f}" for b in bed.bed_mm),
            printer=bed.name,
        )


def size_between(solid: Any, low_mm: float, high_mm: float) -> None:
    """The longest side of the shape must measure from ``low_mm`` to ``high_mm``."""
    longest = max(_size(_mesh(solid)[0]))
    if longest < low_mm:
        _fail("too_small_size", size=longest, low=low_mm)
    if longest > high_mm:
        _fail("too_large_size", size=longest, high=high_mm)


def has_hole(solid: Any, count: int = 1) -> None:
    """The shape must have at least ``count`` holes that go right through (like a keyring hole)."""
    import numpy as np
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    vertices, faces = _mesh(solid)
    if len(faces) == 0:
        _fail("no_hole", count=count)
    # The same corner may be stored twice: count corners by position.
    _, corner = np.unique(np.round(vertices, 5), axis=0, return_inverse=True)
    tri = corner.reshape(-1)[faces]
    edges = np.sort(tri[:, [0, 1, 1, 2, 2, 0]].reshape(-1, 2), axis=1)
    edges = np.unique(edges, axis=0)
    used = np.unique(tri)
    euler = len(used) - len(edges) + len(tri)
    # The pieces, from the triangles themselves (corners joined by edges).
    size = int(tri.max()) + 1
    graph = coo_matrix((np.ones(len(edges)), (edges[:, 0], edges[:, 1])), shape=(size, size))
    _, labels = connected_components(graph, directed=False)
    pieces = len(np.unique(labels[used]))
    # Euler's formula: a closed surface with b parts and g tunnels has V - E + F = 2b - 2g.
    holes = (2 * pieces - euler) // 2
    if holes <= 0:
        _fail("no_hole", count=count)
    if holes < count:  # some holes are there: say how many, not "no hole"
        _fail("too_few_holes", count=holes, needed=count)


def printable(report: Any) -> None:
    """A printability report (``mk.check(model, printer=...)``) must have no error left."""
    if not (hasattr(report, "ok") and hasattr(report, "problems")):
        _fail("not_printability", kind=_kind(report))
    if not report.ok:
        errors = [p for p in report.problems if getattr(p, "severity", "error") == "error"]
        first = errors[0] if errors else report.problems[0]
        message = first.message() if callable(getattr(first, "message", None)) else str(first)
        _fail("not_printable", count=len(errors), first=message)


def saved(path: Any) -> None:
    """``path`` must name a file that exists and is not empty (a saved model, a G-code file…).

    >>> import tempfile, pathlib
    >>> f = pathlib.Path(tempfile.mkdtemp()) / "tag.stl"
    >>> _ = f.write_bytes(b"solid")
    >>> saved(f)
    """
    from pathlib import Path

    if not isinstance(path, (str, Path)) or not str(path).strip():
        _fail("not_path", kind=_kind(path))
    file = Path(path)
    if not file.is_file() or file.stat().st_size == 0:
        _fail("not_saved", path=str(path))


def reached_end(result: Any) -> None:
    """A robot challenge result must say the robot got to the end (``result.passed``)."""
    if not hasattr(result, "passed"):
        _fail("not_result", kind=_kind(result))
    if not result.passed:
        hint = getattr(result, "hint", "") or ""
        _fail("robot_not_there", hint=hint)


def gcode_safe(report: Any) -> None:
    """A G-code safety report (``mk.check_gcode(...)``) must have no problem left."""
    if not hasattr(report, "ok"):
        _fail("not_report", kind=_kind(report))
    if not report.ok:
        problems = list(getattr(report, "problems", []))
        first = problems[0] if problems else None
        text = getattr(first, "message", str(first)) if first is not None else ""
        _fail("gcode_unsafe", count=len(problems), first=text)


def that(condition: object, tip: str) -> None:
    """``condition`` must hold; else the learner reads ``tip``, written in the test cell.

    For a workshop's own advice, in its own words (a catalogue check says it better when
    one fits).

    >>> that(2 + 2 == 4, "Count again.")
    """
    if not condition:
        _fail("tip", tip=tip)


def bravo() -> None:
    """Say well done (a test cell's last line, when every check before it passed)."""
    from makerkit.notebook.messages import say

    say(t("checks.bravo"), "ok")
