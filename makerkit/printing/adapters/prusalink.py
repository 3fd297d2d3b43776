"""PrusaLink (on the Prusa MK4, MINI and Core One, or a Raspberry Pi on an MK3S), version 1 API.

From PrusaLink's OpenAPI description (``spec/openapi.yaml`` in prusa3d/Prusa-Link-Web):
``GET /api/v1/status`` (``printer.state`` one of IDLE, BUSY, PRINTING, PAUSED, FINISHED,
STOPPED, ERROR, ATTENTION, READY; ``job.progress`` in percent), ``GET /api/v1/job`` (the
file), ``GET /api/v1/storage`` (where files may go) and ``PUT /api/v1/files/{storage}/{path}``
with ``Print-After-Upload: ?1`` (RFC 8941 booleans). Signing in is HTTP digest (user
``maker`` and the password shown on the printer) or, on older firmware, ``X-Api-Key``.
"""

from __future__ import annotations

from urllib.parse import quote

from makerkit.printing.adapters.base import UPLOAD_TIMEOUT_S, Adapter, PrinterStatus

__all__ = ["PrusaLink"]

_STATES = {
    "IDLE": "ready",
    "READY": "ready",
    "PRINTING": "printing",
    "BUSY": "printing",  # moving, heating or calibrating outside a job: not free either
    "PAUSED": "paused",
    "ATTENTION": "paused",  # the printer waits for someone (filament runout, a question)
    "FINISHED": "finished",
    "STOPPED": "finished",
    "ERROR": "error",
}


class PrusaLink(Adapter):
    """A PrusaLink printer."""

    kind = "prusalink"

    def status(self) -> PrinterStatus:
        response = self._first_look("/api/v1/status")
        if isinstance(response, PrinterStatus):
            return response
        if response.status_code != 200:
            raise self._fail(response, "status")
        info = response.json()
        vendor = str((info.get("printer") or {}).get("state", "")).upper()
        job = info.get("job") or {}
        name = None
        if job:
            detail = self._request("GET", "/api/v1/job")
            if detail.status_code == 200:
                file = detail.json().get("file") or {}
                name = file.get("display_name") or file.get("name")
        progress = job.get("progress")
        return PrinterStatus(
            _STATES.get(vendor, "error"),
            progress_percent=None if progress is None else round(float(progress), 1),
            file=name,
            vendor_state=vendor,
        )

    def _storage(self) -> str:
        response = self._request("GET", "/api/v1/storage")
        if response.status_code != 200:
            raise self._fail(response, "storage")
        for item in response.json().get("storage_list", []):
            if item.get("available") and not item.get("read_only"):
                return str(item["path"]).strip("/")
        from makerkit.errors import PrintingError

        raise PrintingError("printing.no_storage", name=self.printer.name)

    def upload_and_print(self, filename: str, data: bytes) -> None:
        storage = self._storage()
        response = self._request(
            "PUT",
            f"/api/v1/files/{quote(storage)}/{quote(filename)}",
            content=data,
            headers={
                "Content-Type": "text/x.gcode",
                "Print-After-Upload": "?1",
                "Overwrite": "?0",
            },
            timeout_s=UPLOAD_TIMEOUT_S,
        )
        if response.status_code not in (200, 201, 204):
            raise self._fail(response, "upload")
