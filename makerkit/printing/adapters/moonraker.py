"""Moonraker (the API server of Klipper printers), through its HTTP API.

From Moonraker's documentation (docs/external_api: printer.md, file_manager.md and
printer_objects.md): answers are wrapped as ``{"result": …}`` (but the upload's);
``GET /printer/objects/query?webhooks&print_stats&virtual_sdcard`` gives Klippy's state,
the job's state (standby, printing, paused, complete, cancelled, error) and its progress
(0–1); ``POST /server/files/upload`` (multipart, ``root=gcodes``, ``print=true``, and a
``checksum`` that Moonraker verifies) uploads and starts the file, or queues it when
Moonraker's own job queue is on. Signing in, when the server asks for it, is ``X-Api-Key``.
"""

from __future__ import annotations

import hashlib

from makerkit.printing.adapters.base import UPLOAD_TIMEOUT_S, Adapter, PrinterStatus

__all__ = ["Moonraker"]

_STATES = {
    "standby": "ready",
    "printing": "printing",
    "paused": "paused",
    "complete": "finished",
    "cancelled": "finished",
    "error": "error",
}


class Moonraker(Adapter):
    """A Moonraker server in front of Klipper."""

    kind = "moonraker"

    def status(self) -> PrinterStatus:
        response = self._first_look("/printer/objects/query?webhooks&print_stats&virtual_sdcard")
        if isinstance(response, PrinterStatus):
            return response
        if response.status_code != 200:
            return PrinterStatus("offline", message=response.text[:200])
        status = (response.json().get("result") or {}).get("status") or {}
        klippy = (status.get("webhooks") or {}).get("state", "")
        stats = status.get("print_stats") or {}
        job_state = stats.get("state", "")
        progress = (status.get("virtual_sdcard") or {}).get("progress")
        if klippy != "ready":
            kind = "offline" if klippy in ("startup", "") else "error"
        else:
            kind = _STATES.get(job_state, "error")
        return PrinterStatus(
            kind,
            progress_percent=None if progress is None else round(100.0 * float(progress), 1),
            file=stats.get("filename") or None,
            vendor_state=job_state or klippy,
            message=stats.get("message", "") or "",
        )

    def upload_and_print(self, filename: str, data: bytes) -> None:
        response = self._request(
            "POST",
            "/server/files/upload",
            files={"file": (filename, data, "application/octet-stream")},
            data={
                "root": "gcodes",
                "print": "true",
                "checksum": hashlib.sha256(data).hexdigest(),
            },
            timeout_s=UPLOAD_TIMEOUT_S,
        )
        if response.status_code not in (200, 201):
            raise self._fail(response, "upload")
        result = response.json()
        result = result.get("result", result)
        if not (result.get("print_started") or result.get("print_queued")):
            raise self._fail(response, "start")
