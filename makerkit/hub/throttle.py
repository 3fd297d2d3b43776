"""Failed logins slow down: the session code is six digits, a guesser must not try them all.

Each failed login counts against the pseudonym typed and against the address it came
from. A few failures are free (children mistype); after that each new failure makes that
pseudonym or address wait before the next try, twice as long each time, up to a ceiling.
While it waits, a login is refused without the code being looked at (so guessing during
the wait tells nothing). A successful login clears its pseudonym and address. A hub of
one session keeps this in memory; a restart starts afresh.

>>> now = [0.0]
>>> throttle = LoginThrottle(free_failures=2, first_wait_s=10, max_wait_s=60, clock=lambda: now[0])
>>> for _ in range(2):
...     throttle.failed("name:zoe", "address:10.0.0.7")
>>> throttle.wait_s("name:zoe"), throttle.wait_s("address:10.0.0.7", "name:lea")
(10.0, 10.0)
>>> now[0] = 10.0; throttle.wait_s("name:zoe")
0.0
>>> throttle.failed("name:zoe"); throttle.wait_s("name:zoe")
20.0
>>> throttle.succeeded("name:zoe"); throttle.wait_s("name:zoe")
0.0
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

__all__ = ["LoginThrottle", "client_address"]


@dataclass
class _Record:
    failures: int = 0
    last_s: float = 0.0
    until_s: float = 0.0


@dataclass
class LoginThrottle:
    """Counts failed logins per key (``name:…``, ``address:…``) and says how long to wait."""

    free_failures: int = 5
    first_wait_s: float = 10.0
    max_wait_s: float = 300.0
    #: A key with no failure for this long starts again from zero.
    forget_after_s: float = 1800.0
    clock: Callable[[], float] = time.monotonic
    _records: dict[str, _Record] = field(default_factory=dict, repr=False)

    def wait_s(self, *keys: str) -> float:
        """Seconds before any of ``keys`` may try again (0.0: now)."""
        now = self.clock()
        waits = [self._records[k].until_s - now for k in keys if k in self._records]
        return max([0.0, *waits])

    def failed(self, *keys: str) -> None:
        """One more failed login for each of ``keys``."""
        now = self.clock()
        self._forget_old(now)
        for key in keys:
            record = self._records.setdefault(key, _Record())
            record.failures += 1
            record.last_s = now
            beyond = record.failures - self.free_failures
            if beyond >= 0:
                wait = min(self.first_wait_s * 2**beyond, self.max_wait_s)
                record.until_s = now + wait

    def succeeded(self, *keys: str) -> None:
        """A successful login: ``keys`` start again from zero."""
        for key in keys:
            self._records.pop(key, None)

    def _forget_old(self, now: float) -> None:
        # Bounded memory: a guesser inventing pseudonyms leaves one record per try.
        old = [
            k
            for k, r in self._records.items()
            if now - r.last_s > self.forget_after_s and now >= r.until_s
        ]
        for key in old:
            del self._records[key]


def client_address(headers, peer: str, trusted: list[str] | tuple[str, ...] = ()) -> str:
    """The address a login came from, as the proxy in front of the hub saw it.

    The proxy appends the address it was connected from to ``X-Forwarded-For``: the last
    entry (after any ``trusted`` proxies in front of it) is the learner's device. Entries
    further left and ``X-Real-Ip`` are whatever the client chose to send. Without the
    header (a request made on the hub's own machine) it is ``peer``.

    >>> client_address({"X-Forwarded-For": "1.2.3.4,192.168.1.23"}, "127.0.0.1")
    '192.168.1.23'
    >>> client_address({"X-Forwarded-For": "192.168.1.23, 127.0.0.1"}, "127.0.0.1", ["127.0.0.1"])
    '192.168.1.23'
    >>> client_address({}, "127.0.0.1")
    '127.0.0.1'
    """
    entries = [e.strip() for e in headers.get("X-Forwarded-For", "").split(",") if e.strip()]
    while len(entries) > 1 and entries[-1] in trusted:
        entries.pop()
    return entries[-1] if entries else peer
