"""What every printer adapter does: tell the printer's state, upload a file and start it.

An adapter is a thin HTTP client on the vendor's published API (no cloud, no account
outside the library's network). Its answers are boiled down to one :class:`PrinterStatus`
whose ``state`` is one of :data:`STATES`, whatever the vendor's own words.

>>> s = PrinterStatus("printing", progress_percent=42.0, file="mk-3-camille.gcode")
>>> s.busy, s.to_dict()["progress_percent"]
(True, 42.0)
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from makerkit.errors import PrintingError

__all__ = ["STATES", "PrinterStatus", "Adapter", "network_reason"]

# ready: waiting for a job · printing (also pausing, finishing, cancelling) · paused
# finished: a print is over, its part may still be on the bed · error · offline
STATES = ("ready", "printing", "paused", "finished", "error", "offline")
TIMEOUT_S = 10.0
CONNECT_TIMEOUT_S = 3.0  # a printer switched off should not hold the queue's lock long
UPLOAD_TIMEOUT_S = 120.0


def network_reason(exc: Exception) -> str:
    """Why a request got no answer, in the reader's words (not the network library's English).

    >>> import httpx
    >>> from makerkit.i18n import language
    >>> with language("fr"):
    ...     network_reason(httpx.ConnectTimeout("timed out"))
    'pas de réponse à temps'
    """
    import httpx

    from makerkit.i18n import t

    text = str(exc).lower()
    if isinstance(exc, httpx.TimeoutException):
        key = "timeout"
    elif "refused" in text:
        key = "refused"
    elif any(w in text for w in ("name or service", "nodename", "getaddrinfo", "name resolution")):
        key = "unknown_name"
    elif isinstance(exc, httpx.ConnectError):
        key = "no_route"
    else:
        key = "other"
    return t(f"printing.network_{key}")


@dataclass
class PrinterStatus:
    """A printer's state in makerkit's words, the vendor's own word, and the job's progress."""

    state: str
    progress_percent: float | None = None
    file: str | None = None
    vendor_state: str = ""
    message: str = ""

    @property
    def busy(self) -> bool:
        """True while a print runs or waits (printing or paused)."""
        return self.state in ("printing", "paused")

    @property
    def accepts_job(self) -> bool:
        """Whether the machine itself would take a new job now (the bed may still hold a part)."""
        return self.state in ("ready", "finished")

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


class Adapter:
    """Base of the adapters: an HTTP client with the printer's address and sign-in."""

    kind = ""

    def __init__(self, printer: Any, timeout_s: float = TIMEOUT_S) -> None:
        self.printer = printer
        self.timeout_s = timeout_s

    # what each kind provides ------------------------------------------------------------
    def status(self) -> PrinterStatus:
        """The printer's state now (``offline`` when it does not answer)."""
        raise NotImplementedError

    def upload_and_print(self, filename: str, data: bytes) -> None:
        """Upload ``data`` as ``filename`` and start printing it (the caller checked it is free)."""
        raise NotImplementedError

    # shared plumbing ----------------------------------------------------------------------
    def _headers(self) -> dict[str, str]:
        return {"X-Api-Key": self.printer.api_key} if self.printer.api_key else {}

    def _auth(self) -> Any:
        if self.printer.user and self.printer.password:
            import httpx

            return httpx.DigestAuth(self.printer.user, self.printer.password)
        return None

    def _client(self):
        import httpx

        return httpx.Client(
            base_url=self.printer.url,
            headers=self._headers(),
            auth=self._auth(),
            timeout=httpx.Timeout(self.timeout_s, connect=CONNECT_TIMEOUT_S),
            trust_env=False,  # the library's own network: never through a proxy
            # plain http needs no certificates: skip loading them (a tenth of a second)
            verify=self.printer.url.startswith("https:"),
        )

    def close(self) -> None:
        """Let go of the connection to the printer."""
        client = self.__dict__.pop("_http", None)
        if client is not None:
            client.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _request(self, method: str, path: str, *, timeout_s: float | None = None, **kw):
        """One request; an unreachable printer or a refused sign-in is a clear error."""
        import httpx

        if "_http" not in self.__dict__:  # one client (and connection) per adapter
            self._http = self._client()
        if timeout_s is not None:
            kw["timeout"] = timeout_s
        try:
            response = self._http.request(method, path, **kw)
        except httpx.HTTPError as exc:
            raise PrintingError(
                "printing.unreachable",
                name=self.printer.name,
                url=self.printer.url,
                reason=network_reason(exc),
            ) from exc
        if response.status_code in (401, 403):
            raise PrintingError("printing.sign_in_refused", name=self.printer.name)
        return response

    def _first_look(self, path: str, **kw) -> Any:
        """The answer to the status request, or an ``offline`` status when nobody answers."""
        try:
            return self._request("GET", path, **kw)
        except PrintingError as exc:
            if exc.key == "printing.unreachable":
                return PrinterStatus("offline", message=str(exc.values.get("reason", "")))
            raise

    def _fail(self, response, action: str) -> PrintingError:
        text = response.text.strip().replace("\n", " ")[:200]
        return PrintingError(
            "printing.printer_said_no",
            name=self.printer.name,
            action=action,
            status=response.status_code,
            reason=text,
        )
