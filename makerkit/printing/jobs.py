"""A print job: the checked file, who sent it, for which printer, and where it stands.

A job's ``state`` walks one way::

    waiting ──approve──▶ approved ──printer free──▶ sending ──▶ printing ──▶ done
       │                    │                          └──────▶ stopped (cancelled at the printer)
       └──refuse──▶ refused ◀┘ (or: changed since its check, and no longer safe)
    approved jobs put on a class plate become ``on_plate`` (the plate is a job of its own)

A job whose printer was removed is refused (waiting, approved) or, when it was on it,
*stopped* with a reason: "no longer followed", as nobody can say how that print ended.

>>> job = Job(id=3, printer="atelier", profile="prusa-mini", material="pla", learner="Camille",
...           source="tag.gcode", sha256="ab" * 32, size_bytes=1200, target="t")
>>> job.state, job.describe(lang="fr")
('waiting', 'En attente de l’accord de l’animateur ou de l’animatrice')
>>> job.refuse_by("Trop grand pour aujourd’hui").describe(lang="en")
'Refused: Trop grand pour aujourd’hui'
"""

from __future__ import annotations

import time
from dataclasses import asdict, dataclass, field
from typing import Any

__all__ = ["JOB_STATES", "ACTIVE_STATES", "Job"]

JOB_STATES = (
    "waiting",
    "approved",
    "sending",
    "printing",
    "done",
    "stopped",
    "refused",
    "on_plate",
)
ACTIVE_STATES = ("waiting", "approved", "sending", "printing", "on_plate")
RECENT_S = 12 * 3600.0


@dataclass
class Job:
    """One print job in the queue (plain data, saved as JSON)."""

    id: int
    printer: str
    profile: str
    material: str
    learner: str | None
    source: str
    sha256: str
    size_bytes: int
    target: str
    state: str = "waiting"
    report: dict[str, Any] = field(default_factory=dict)
    estimate: dict[str, Any] = field(default_factory=dict)
    created_at: float = field(default_factory=time.time)
    approved_at: float | None = None
    started_at: float | None = None
    finished_at: float | None = None
    progress_percent: float | None = None
    reason: dict[str, Any] | None = None
    parts: list[int] = field(default_factory=list)
    plate: int | None = None
    history: list[dict[str, Any]] = field(default_factory=list)

    @property
    def filename(self) -> str:
        """The file's name on the printer: job id, learner (plain ASCII), start of the checksum.

        The checksum part keeps two files apart even if a queue started again from 1.
        """
        import re
        import unicodedata

        who = self.learner or ("plate" if self.parts else "job")
        ascii_who = unicodedata.normalize("NFKD", who).encode("ascii", "ignore").decode()
        slug = re.sub(r"[^A-Za-z0-9]+", "-", ascii_who).strip("-").lower()[:24] or "job"
        return f"mk-{self.id}-{slug}-{self.sha256[:6]}.gcode"

    def move(self, state: str, **note: Any) -> Job:
        """Go to ``state``, noting when (and why) in the job's history."""
        self.state = state
        self.history.append({"at": round(time.time(), 3), "state": state, **note})
        return self

    def refuse_by(self, why: str) -> Job:
        """Refused by the facilitator, in their own words."""
        self.reason = {"text": why}
        return self.move("refused", why=why)

    def refuse_for(self, key: str, **values: Any) -> Job:
        """Refused by makerkit; the reason is a catalogue key, so each reader gets their language."""
        self.reason = {"key": key, "values": values}
        return self.move("refused", key=key)

    def reason_text(self, lang: str | None = None) -> str:
        """Why the job was refused, in ``lang`` when makerkit gave the reason."""
        from makerkit.i18n import t

        if not self.reason:
            return ""
        if "text" in self.reason:
            return str(self.reason["text"])
        return t(self.reason["key"], lang=lang, **self.reason.get("values", {}))

    def describe(self, lang: str | None = None) -> str:
        """The job's state in one plain sentence, for the learner."""
        from makerkit.i18n import number, t

        if self.state == "printing":
            if self.progress_percent is None:
                return t("printing.state_printing_started", lang=lang)
            return t(
                "printing.state_printing",
                lang=lang,
                percent=number(self.progress_percent, 0, lang=lang),
            )
        if self.state == "refused":
            return t("printing.state_refused", lang=lang, why=self.reason_text(lang))
        if self.state == "stopped" and self.reason:
            return t("printing.state_unfollowed", lang=lang, why=self.reason_text(lang))
        if self.state == "on_plate":
            if self.progress_percent is not None:
                return t(
                    "printing.state_on_plate_printing",
                    lang=lang,
                    plate=self.plate,
                    percent=number(self.progress_percent, 0, lang=lang),
                )
            return t("printing.state_on_plate", lang=lang, plate=self.plate)
        return t(f"printing.state_{self.state}", lang=lang)

    def to_dict(self, lang: str | None = None) -> dict[str, Any]:
        """Plain values for ``--json`` and the hub's page (with the sentence in ``lang``)."""
        data = asdict(self)
        data["filename"] = self.filename
        data["status_text"] = self.describe(lang)
        data["reason_text"] = self.reason_text(lang) or None
        data["problems"] = self.report.get("problems", [])
        return data

    def last_change(self) -> float:
        """When the job last changed state (seconds since the epoch)."""
        return float(self.history[-1]["at"]) if self.history else self.created_at

    def recent(self, within_s: float = RECENT_S) -> bool:
        """Whether to show it by default: still going, or ended less than 12 hours ago."""
        return self.state in ACTIVE_STATES or time.time() - self.last_change() < within_s

    def to_storage(self) -> dict[str, Any]:
        """The fields as saved in the queue's file."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Job:
        known = set(cls.__dataclass_fields__)
        return cls(**{k: v for k, v in data.items() if k in known})
