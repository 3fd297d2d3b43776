"""Shape work on many layers, cut in two and done on two threads at once.

Shapely (GEOS) and numpy let go of Python's lock while they work through an array, so on
a machine with two cores or more two threads finish a long array of layers in about half
the time. Each element is worked out exactly as in a single call: the results are the
same, only sooner. ``MAKERKIT_THREADS=1`` keeps everything on one thread.

>>> import shapely
>>> squares = np.array([shapely.box(0, 0, k, k) for k in range(1, 101)], dtype=object)
>>> grown = each(shapely.buffer, squares, 1.0, quad_segs=2)
>>> bool(np.all(shapely.equals(grown, shapely.buffer(squares, 1.0, quad_segs=2))))
True
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

import numpy as np

__all__ = ["each", "both", "threads"]

# below this many elements one call is quicker than handing half of them to a thread
_SMALLEST = 32


def threads() -> int:
    """How many threads shape work may use: 2 with two cores or more (``MAKERKIT_THREADS``
    says otherwise), else 1."""
    asked = os.environ.get("MAKERKIT_THREADS", "").strip()
    if asked.isdigit() and int(asked) >= 1:
        return min(int(asked), 2)
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cores = os.cpu_count() or 1
    return 2 if cores >= 2 else 1


def _run(future: Future, func: Callable[[], Any]) -> None:
    try:
        future.set_result(func())
    except BaseException as exc:  # noqa: BLE001 - handed back to the caller's thread
        future.set_exception(exc)


def each(
    func: Callable[..., Any], *args: Any, apart: np.ndarray | None = None, **kwargs: Any
) -> Any:
    """``func(*args, **kwargs)`` for an element-wise function (shapely's ``buffer``,
    ``difference`` …): the arrays as long as the longest one are cut in two halves, the
    second half worked on by another thread while this one does the first.

    Only for functions whose answer for one element depends on that element alone. A
    prepared geometry must not be used by two threads at once: when one stands in several
    elements, ``apart`` (sorted, one value per element, such as the layer) cuts the arrays
    only where it changes, so that each geometry is in one half.
    """
    n = max((len(a) for a in (*args, *kwargs.values()) if _is_array(a)), default=0)
    if n < _SMALLEST or threads() < 2:
        return func(*args, **kwargs)
    half = n // 2
    if apart is not None:
        half = int(np.searchsorted(apart, apart[half], side="left"))
        if half == 0:
            half = int(np.searchsorted(apart, apart[n // 2], side="right"))
        if not 0 < half < n:
            return func(*args, **kwargs)

    def cut(part: slice) -> tuple[tuple, dict]:
        return (
            tuple(a[part] if _is_array(a) and len(a) == n else a for a in args),
            {k: v[part] if _is_array(v) and len(v) == n else v for k, v in kwargs.items()},
        )

    a1, k1 = cut(slice(0, half))
    a2, k2 = cut(slice(half, None))
    first, second = both(lambda: func(*a1, **k1), lambda: func(*a2, **k2))
    return np.concatenate([first, second])


def both(first: Callable[[], Any], second: Callable[[], Any]) -> tuple[Any, Any]:
    """``(first(), second())``, the second worked out by another thread meanwhile (when
    threads are to be used and one can be had).

    >>> both(lambda: 1 + 1, lambda: "two")
    (2, 'two')
    """
    if threads() < 2:
        return first(), second()
    later: Future = Future()
    try:
        worker = threading.Thread(target=_run, args=(later, second), daemon=True)
        worker.start()
    except RuntimeError:  # no thread to be had (a sandbox's limit): one after the other
        return first(), second()
    try:
        mine = first()
    finally:
        worker.join()
    return mine, later.result()


def _is_array(value: Any) -> bool:
    return isinstance(value, np.ndarray) and value.ndim >= 1
