"""OctoPrint (the Raspberry Pi beside an Ender-3, for instance), through its REST API.

Documented at docs.octoprint.org, "REST API": ``GET /api/printer`` (state flags; 409 when
no printer is connected), ``GET /api/job`` (file and progress), ``POST /api/files/local``
(multipart upload; ``select`` and ``print`` start it at once). Signing in is by the
``X-Api-Key`` header: OctoPrint refuses HTTP Basic-auth POSTs (its CSRF protection).
"""

from __future__ import annotations

from makerkit.printing.adapters.base import UPLOAD_TIMEOUT_S, Adapter, PrinterStatus

__all__ = ["OctoPrint"]


class OctoPrint(Adapter):
    """An OctoPrint server."""

    kind = "octoprint"

    def status(self) -> PrinterStatus:
        printer = self._first_look("/api/printer", params={"exclude": "temperature,sd"})
        if isinstance(printer, PrinterStatus):
            return printer
        if printer.status_code == 409:  # OctoPrint answers, the printer is not connected
            return PrinterStatus("offline", vendor_state="Offline", message=printer.text[:200])
        if printer.status_code != 200:
            raise self._fail(printer, "status")
        state = printer.json().get("state", {})
        flags, text = state.get("flags", {}), state.get("text", "")
        job = self._request("GET", "/api/job")
        info = job.json() if job.status_code == 200 else {}
        completion = (info.get("progress") or {}).get("completion")
        name = ((info.get("job") or {}).get("file") or {}).get("name")
        if flags.get("error") or flags.get("closedOrError"):
            kind = "error"
        elif flags.get("paused"):
            kind = "paused"
        elif any(
            flags.get(f) for f in ("printing", "pausing", "finishing", "cancelling", "resuming")
        ):
            kind = "printing"
        elif flags.get("operational") and flags.get("ready"):
            kind = "ready"
        else:
            kind = "offline"
        return PrinterStatus(
            kind,
            progress_percent=None if completion is None else round(float(completion), 1),
            file=name,
            vendor_state=text,
            message=state.get("error", "") or "",
        )

    def upload_and_print(self, filename: str, data: bytes) -> None:
        response = self._request(
            "POST",
            "/api/files/local",
            files={"file": (filename, data, "application/octet-stream")},
            data={"select": "true", "print": "true"},
            timeout_s=UPLOAD_TIMEOUT_S,
        )
        if response.status_code not in (200, 201):
            raise self._fail(response, "upload")
        if not response.json().get("effectivePrint", True):
            # uploaded but not started (the printer became busy in between): take it back
            self._request("DELETE", f"/api/files/local/{filename}")
            raise self._fail(response, "start")
