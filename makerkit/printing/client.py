"""A learner's notebook on the session hub talks to the facilitator's print queue over HTTP.

Learners have their own accounts on the hub and cannot touch the facilitator's folder,
so :func:`makerkit.printing.send_to_printer` and :func:`~makerkit.printing.my_prints` go
through the hub's facilitator service (routes described in
:mod:`makerkit.printing.hub_panel`), signed in with the learner's own hub token. A model is
sliced here, for the printer's profile the service gives; the bytes are then checked there.

>>> QueueClient("http://127.0.0.1:8000/services/facilitator/api/prints/", None).url
'http://127.0.0.1:8000/services/facilitator/api/prints'
"""

from __future__ import annotations

from typing import Any

from makerkit.errors import PrintingError

__all__ = ["QueueClient"]

TIMEOUT_S = 60.0


class QueueClient:
    """The queue behind ``url`` (the hub service's print routes), as seen by one learner."""

    def __init__(self, url: str, token: str | None) -> None:
        self.url = url.rstrip("/")
        self.token = token

    def _call(self, method: str, path: str, **kw) -> Any:
        import httpx

        from makerkit.printing.adapters.base import network_reason

        headers = {"Authorization": f"token {self.token}"} if self.token else {}
        try:
            response = httpx.request(
                method,
                f"{self.url}/{path}",
                headers=headers,
                timeout=TIMEOUT_S,
                trust_env=False,
                **kw,
            )
        except httpx.HTTPError as exc:
            raise PrintingError(
                "printing.queue_unreachable", url=self.url, reason=network_reason(exc)
            ) from exc
        try:
            data = response.json()
        except ValueError:
            data = {}
        if response.status_code >= 400:
            message = data.get("message") if isinstance(data, dict) else None
            raise PrintingError(
                "printing.queue_said_no",
                status=response.status_code,
                reason=message or response.text[:200],
            )
        return data

    def printer_names(self) -> list[dict[str, Any]]:
        return list(self._call("GET", "printers").get("printers", []))

    def submit(self, item: Any, printer: str, *, material: str | None = None):
        """Slice if needed (for the printer's profile), then send the bytes to be checked and queued."""
        from makerkit.i18n import current_language
        from makerkit.printing.gate import prepare
        from makerkit.printing.jobs import Job
        from makerkit.printing.queue import Submission

        known = {p["name"]: p for p in self.printer_names()}
        if printer not in known:
            raise PrintingError(
                "printing.no_such_printer", name=printer, known=", ".join(sorted(known)) or "—"
            )
        found = prepare(item, known[printer]["profile"], material or "pla")
        params = {"printer": printer, "lang": current_language()}
        if material:
            params["material"] = material
        if found.model_stl:  # the model too, so the job can go on a class plate
            files = {"gcode": ("job.gcode", found.gcode), "model": ("model.stl", found.model_stl)}
            answer = self._call("POST", "submit", params=params, files=files)
        else:
            answer = self._call("POST", "submit", params=params, content=found.gcode)
        job = answer.get("job") or {}
        report = {"ok": bool(answer.get("ok")), "problems": job.get("problems", [])}
        found = Job.from_dict(job) if answer.get("ok") else None
        return Submission(bool(answer.get("ok")), found, report, printer, job.get("estimate") or {})

    def my_jobs(self) -> list[dict[str, Any]]:
        from makerkit.i18n import current_language

        return list(self._call("GET", "mine", params={"lang": current_language()}).get("jobs", []))
