"""Keep a learner's program from hanging the simulation, the notebook or the grader.

While the simulator calls the learner's code, a small watchdog thread watches the clock.
If one call runs longer than its limit (a ``while True`` that never ends, for instance),
the watchdog raises :class:`ProgramTimeout` inside that call, in the thread that runs it,
and the run ends with a clear message. It needs no signals, so it also works inside a
Jupyter kernel, under nbgrader and on Windows.

>>> import time
>>> with Guard(call_limit_s=0.2) as guard:
...     try:
...         _ = guard.call(lambda: time.sleep(0.01) or "fine")
...         guard.call(lambda: [None for _ in iter(int, 1)])   # a loop that never ends
...     except ProgramTimeout:
...         print("stopped")
stopped
"""

from __future__ import annotations

import ctypes
import threading
import time
from collections.abc import Callable
from typing import Any

__all__ = ["Guard", "ProgramTimeout"]


class ProgramTimeout(BaseException):
    """Raised inside a learner's call that ran too long (a BaseException, so that a
    learner's ``except Exception`` does not swallow it)."""


def _raise_in(thread_id: int, exc: type[BaseException] | None) -> None:
    ctypes.pythonapi.PyThreadState_SetAsyncExc(
        ctypes.c_ulong(thread_id), ctypes.py_object(exc) if exc else ctypes.c_void_p(0)
    )


class Guard:
    """Run learner calls with a time limit each (``call_limit_s``, wall-clock seconds)."""

    def __init__(self, call_limit_s: float = 2.0, poll_s: float = 0.02) -> None:
        self.call_limit_s = call_limit_s
        self.poll_s = poll_s
        self._thread_id = threading.get_ident()
        self._started: float | None = None
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._watchdog: threading.Thread | None = None
        self.fired = False

    def __enter__(self) -> Guard:
        self._thread_id = threading.get_ident()
        self._stop.clear()
        self._watchdog = threading.Thread(target=self._watch, name="makerkit-guard", daemon=True)
        self._watchdog.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        with self._lock:
            self._stop.set()
            self._started = None
            if self.fired:
                _raise_in(self._thread_id, None)  # drop a timeout that arrived too late
        if self._watchdog is not None:
            self._watchdog.join()

    def call(self, func: Callable[..., Any], *args: Any) -> Any:
        """Call ``func(*args)``; a :class:`ProgramTimeout` is raised if it runs too long."""
        self._started = time.perf_counter()
        try:
            return func(*args)
        finally:
            self._started = None

    def _watch(self) -> None:
        while not self._stop.wait(self.poll_s):
            started = self._started
            if started is None or time.perf_counter() - started < self.call_limit_s:
                continue
            with self._lock:
                if not self._stop.is_set() and self._started == started:
                    self.fired = True
                    _raise_in(self._thread_id, ProgramTimeout)
                    # a learner's bare ``except:`` may swallow it: try again later
                    self._started = time.perf_counter() - self.call_limit_s / 2
