"""The learner's side, in a notebook: send a print, see where one's prints are.

``mk.send_to_printer(tag, printer="atelier")`` slices a model for that printer if needed,
and hands the bytes to the queue, whose safety gate checks them. The learner's pseudonym
comes from ``MAKERKIT_LEARNER`` or, on the session hub, ``JUPYTERHUB_USER``.

On the hub, learners do not share the facilitator's folder: ``MAKERKIT_PRINT_QUEUE_URL``
(set by the hub) names the facilitator's queue service, reached with the learner's own
hub token; the check then runs there, on the bytes that will be uploaded. Otherwise the
queue is the local one under makerkit's home.

>>> rows = PrintList([{"id": 4, "printer": "atelier", "state": "waiting",
...                    "status_text": "Waiting for the facilitator's approval",
...                    "progress_percent": None, "estimate": {"time_s": 1260.0}}])
>>> print(rows)
4  atelier  Waiting for the facilitator's approval  (21 min)
"""

from __future__ import annotations

import html
import os
import threading
from typing import Any

from makerkit.errors import PrintingError

__all__ = ["send_to_printer", "my_prints", "watch_my_prints", "PrintList", "current_learner"]

REFRESH_S = 5.0
WATCH_FOR_S = 4 * 3600.0


def current_learner() -> str | None:
    """The learner's pseudonym: ``MAKERKIT_LEARNER``, else the hub's user name, else ``None``."""
    return os.environ.get("MAKERKIT_LEARNER") or os.environ.get("JUPYTERHUB_USER") or None


def _remote() -> Any:
    url = os.environ.get("MAKERKIT_PRINT_QUEUE_URL")
    if not url:
        return None
    from makerkit.printing.client import QueueClient

    return QueueClient(url, os.environ.get("JUPYTERHUB_API_TOKEN"))


def send_to_printer(
    item: Any, printer: str, *, material: str | None = None, learner: str | None = None
):
    """Send a model, a slice or G-code to the library's printer ``printer``.

    It is checked for that printer first; a safe job waits in the queue until the
    facilitator approves it. Returns the answer: the job's number, or what to fix.

    Example (with a printer called "atelier")::

        tag = mk.nametag("Camille")
        mk.send_to_printer(tag, printer="atelier")
    """
    remote = _remote()
    if remote is not None:
        return remote.submit(item, printer, material=material)
    from makerkit.printing.queue import PrintQueue

    return PrintQueue().submit(
        item, printer, learner=learner or current_learner(), material=material
    )


def _my_job_dicts(learner: str | None) -> list[dict[str, Any]]:
    from makerkit.i18n import current_language

    remote = _remote()
    if remote is not None:
        return remote.my_jobs()
    from makerkit.printing.queue import PrintQueue

    who = learner or current_learner()
    return [j.to_dict(current_language()) for j in PrintQueue().jobs(learner=who)]


def my_prints(learner: str | None = None) -> PrintList:
    """The learner's print jobs and where each stands, in the learner's language."""
    return PrintList(_my_job_dicts(learner))


def _duration(seconds: float | None) -> str:
    if not seconds:
        return ""
    minutes = max(1, int(round(seconds / 60)))
    return f"{minutes // 60} h {minutes % 60:02d} min" if minutes >= 60 else f"{minutes} min"


class PrintList:
    """A learner's jobs: a table in a notebook, lines in a terminal."""

    def __init__(self, jobs: list[dict[str, Any]]) -> None:
        self.jobs = jobs

    def __len__(self) -> int:
        return len(self.jobs)

    def __iter__(self):
        return iter(self.jobs)

    @property
    def active(self) -> bool:
        """Whether a job is still waiting, approved or printing."""
        from makerkit.printing.jobs import ACTIVE_STATES

        return any(j["state"] in ACTIVE_STATES for j in self.jobs)

    def __str__(self) -> str:
        from makerkit.i18n import t

        if not self.jobs:
            return t("printing.none_yet")
        rows = []
        for j in self.jobs:
            time_s = (j.get("estimate") or {}).get("time_s")
            extra = f"  ({_duration(time_s)})" if time_s else ""
            rows.append(f"{j['id']}  {j['printer']}  {j['status_text']}{extra}")
        return "\n".join(rows)

    __repr__ = __str__

    def _repr_html_(self) -> str:
        from makerkit.i18n import t

        if not self.jobs:
            return f'<p class="makerkit-prints">{html.escape(t("printing.none_yet"))}</p>'
        head = "".join(
            f'<th scope="col">{html.escape(t(k))}</th>'
            for k in (
                "printing.col_job",
                "printing.col_printer",
                "printing.col_state",
                "printing.col_time",
            )
        )
        body = "".join(_row_html(j) for j in self.jobs)
        return (
            f'<table class="makerkit-prints" style="font-size:1.1em">'
            f"<caption>{html.escape(t('printing.my_prints_title'))}</caption>"
            f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
        )


def _row_html(job: dict[str, Any]) -> str:
    colours = {"done": "#009E73", "refused": "#D55E00", "stopped": "#D55E00", "printing": "#0072B2"}
    colour = colours.get(job["state"], "inherit")
    text = html.escape(job["status_text"])
    bar = ""
    if job["state"] == "printing" and job.get("progress_percent") is not None:
        pct = float(job["progress_percent"])
        bar = f' <progress max="100" value="{pct:.0f}" aria-label="{text}">{pct:.0f} %</progress>'
    time_s = (job.get("estimate") or {}).get("time_s")
    return (
        f"<tr><td>{job['id']}</td><td>{html.escape(job['printer'])}</td>"
        f'<td style="color:{colour}">{text}{bar}</td><td>{_duration(time_s)}</td></tr>'
    )


def watch_my_prints(learner: str | None = None, refresh_s: float = REFRESH_S):
    """A small panel that shows the learner's prints and refreshes itself while one is active.

    It stops refreshing when every job is done or refused (or after four hours); the
    button refreshes it by hand.
    """
    import ipywidgets as widgets

    from makerkit.i18n import current_language, language, t

    lang = current_language()
    table = widgets.HTML()
    button = widgets.Button(description=t("printing.refresh"), icon="refresh")
    panel = widgets.VBox([table, button])
    stop = threading.Event()

    def refresh(*_: Any) -> bool:
        with language(lang):
            try:
                rows = my_prints(learner)
            except PrintingError as err:
                table.value = f'<p role="alert">{html.escape(str(err))}</p>'
                return True
            table.value = rows._repr_html_()
        return rows.active

    def loop() -> None:
        waited = 0.0
        while not stop.wait(refresh_s) and waited < WATCH_FOR_S:
            waited += refresh_s
            if not refresh():
                break

    button.on_click(refresh)
    if refresh():
        threading.Thread(target=loop, daemon=True, name="makerkit-prints").start()
    panel.stop = stop.set  # lets a test or the learner stop the refreshing
    return panel
