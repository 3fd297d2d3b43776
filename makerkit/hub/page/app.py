"""The facilitator's page: a JupyterHub service, behind the hub's login, for the facilitator only.

Routes (under ``/services/facilitator/``)::

    GET  ./                      the page (HTML, its CSS and script served here: no CDN)
    GET  api/room                who is connected, how far each learner is, last activity
    POST api/grade               grade everyone (one grading at a time); GET api/grade: its state
    GET  results/<workshop>/class.csv | class.png    the class table and chart to download
    GET  api/prints              the print queue's jobs and printers (see makerkit.hub.page.prints)
    POST api/prints/<id>/approve | api/prints/<id>/refuse {"why": "..."} | api/prints/ready/<printer>

    POST api/prints/submit?printer=&material=&lang=     (learners, with their hub token)
    GET  api/prints/mine?lang= | api/prints/printers   (learners, with their hub token)

Every route asks JupyterHub who is there (OAuth cookie or hub token); the facilitator's
routes let only the hub's admin, the facilitator, past: learners get 403. The learners'
print routes take the learner's name from the hub, never from the request.
"""

from __future__ import annotations

import asyncio
import datetime
import json
import os
import secrets
import threading
import time
from pathlib import Path

from jupyterhub.services.auth import HubOAuthCallbackHandler, HubOAuthenticated
from jupyterhub.utils import url_path_join
from tornado import web
from tornado.httpclient import AsyncHTTPClient, HTTPRequest
from tornado.ioloop import PeriodicCallback
from tornado.log import app_log

from makerkit.hub.page import prints
from makerkit.hub.session import Session

__all__ = ["make_app", "RoomState", "room_report", "follow_printers"]

HERE = Path(__file__).parent


class RoomState:
    """What the page keeps between requests: the session and the grading in progress."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.lock = threading.Lock()
        from makerkit.hub.grading import last_results

        # After a restart the facilitator still sees the last grades.
        found = last_results(session)
        self.grading: dict = (
            {"state": "done", "result": found, "seconds": found.get("seconds", 0)}
            if found
            else {"state": "idle"}
        )
        self.progress: dict = {}

    def start_grading(self) -> bool:
        """Start grading everyone in a thread; ``False`` when a grading is already running."""
        with self.lock:
            if self.grading.get("state") == "running":
                return False
            self.grading = {"state": "running", "started": time.time()}
            self.progress = {}
        threading.Thread(target=self._grade, daemon=True).start()
        return True

    def _grade(self) -> None:
        from makerkit.hub.grading import grade_room, room_json

        started = time.time()
        try:
            found = room_json(grade_room(self.session, progress=self._told))
            state = {"state": "done", "result": found}
        except Exception as exc:  # shown on the page; the facilitator can try again
            state = {"state": "failed", "reason": str(exc) or type(exc).__name__}
        state["seconds"] = round(time.time() - started, 1)
        with self.lock:
            self.grading = state

    def _told(self, workshop: str, learner: str, done: int, total: int) -> None:
        with self.lock:
            self.progress = {"workshop": workshop, "done": done, "total": total}

    def grading_state(self) -> dict:
        with self.lock:
            found = dict(self.grading)
            if found.get("state") == "running":
                found["progress"] = dict(self.progress)
        if found.get("state") == "running":
            found["seconds"] = round(time.time() - found["started"], 1)
        return found


class FacilitatorHandler(HubOAuthenticated, web.RequestHandler):
    """A request from the facilitator: signed in through the hub, and the hub's admin."""

    def initialize(self, room: RoomState) -> None:
        self.room = room

    def prepare(self):
        user = self.current_user
        if user is None:
            return  # @web.authenticated sends them to the hub's login
        if not user.get("admin"):
            raise web.HTTPError(403)

    def write_json(self, data: dict, status: int = 200) -> None:
        self.set_status(status)
        self.set_header("Content-Type", "application/json; charset=utf-8")
        self.set_header("Cache-Control", "no-store")
        self.finish(json.dumps(data, ensure_ascii=False))


class PageHandler(FacilitatorHandler):
    @web.authenticated
    def get(self):
        from makerkit.hub.page.render import page_html

        s = self.room.session
        self.set_header("Content-Type", "text/html; charset=utf-8")
        self.finish(page_html(s, self.xsrf_token.decode(), self.request.host))


class RoomHandler(FacilitatorHandler):
    @web.authenticated
    async def get(self):
        users = await _hub_users()
        self.write_json(room_report(self.room.session, users))


class GradeHandler(FacilitatorHandler):
    @web.authenticated
    def get(self):
        self.write_json(self.room.grading_state())

    @web.authenticated
    def post(self):
        started = self.room.start_grading()
        self.write_json(self.room.grading_state(), 202 if started else 409)


class ResultHandler(FacilitatorHandler):
    FILES = {"class.csv": "text/csv; charset=utf-8", "class.png": "image/png"}

    @web.authenticated
    def get(self, workshop: str, name: str):
        s = self.room.session
        if workshop not in s.workshops or name not in self.FILES:
            raise web.HTTPError(404)
        path = s.grades_dir / workshop / name
        if not path.is_file():
            raise web.HTTPError(404)
        self.set_header("Content-Type", self.FILES[name])
        self.set_header("Content-Disposition", f'attachment; filename="{workshop}-{name}"')
        self.finish(path.read_bytes())


class PrintsHandler(FacilitatorHandler):
    @web.authenticated
    def get(self):
        self.write_json(prints.jobs(self.room.session))


class PrintActionHandler(FacilitatorHandler):
    @web.authenticated
    def post(self, job_id: str, action: str):
        try:
            body = json.loads(self.request.body or b"{}")
        except ValueError:
            body = {}
        found = prints.act(self.room.session, job_id, action, str(body.get("why", "")))
        self.write_json(found, 200 if found.get("ok") else 400)


class PrinterReadyHandler(FacilitatorHandler):
    @web.authenticated
    def post(self, printer: str):
        found = prints.act(self.room.session, printer, "ready")
        self.write_json(found, 200 if found.get("ok") else 400)


class LearnerPrintHandler(HubOAuthenticated, web.RequestHandler):
    """A learner's notebook sending to the queue: signed in by their own hub token."""

    hub_scopes = None  # any signed-in user; who they are comes from the hub

    def initialize(self, room: RoomState) -> None:
        self.room = room

    def prepare(self):
        user = self.current_user
        if user is None or user.get("kind", "user") != "user":
            raise web.HTTPError(403)
        self.panel = prints.panel()
        if self.panel is None:
            raise web.HTTPError(404)
        self.learner = user["name"]

    def answer(self, data: dict, status: int = 200) -> None:
        self.set_status(status)
        self.set_header("Content-Type", "application/json; charset=utf-8")
        self.finish(json.dumps(data, ensure_ascii=False))

    def write_error(self, status_code: int, **kwargs) -> None:
        from makerkit.errors import MakerkitError

        exc = kwargs.get("exc_info", (None, None))[1]
        message = str(exc) if isinstance(exc, MakerkitError) else self._reason
        self.answer({"message": message}, status_code)


class LearnerSubmitHandler(LearnerPrintHandler):
    @web.authenticated
    async def post(self):
        arg, files = self.get_query_argument, self.request.files
        # a model comes with its G-code as two files (so it can go on a class plate)
        gcode = files["gcode"][0]["body"] if "gcode" in files else self.request.body
        model = files["model"][0]["body"] if "model" in files else None
        found = await asyncio.to_thread(
            self.panel.submit,
            self.room.session.root,
            self.learner,
            gcode,
            arg("printer"),
            arg("material", None),
            arg("lang", None),
            model,
        )
        self.answer(found)


class LearnerMineHandler(LearnerPrintHandler):
    @web.authenticated
    def get(self):
        lang = self.get_query_argument("lang", None)
        self.answer({"jobs": self.panel.mine(self.room.session.root, self.learner, lang)})


class LearnerPrintersHandler(LearnerPrintHandler):
    @web.authenticated
    def get(self):
        self.answer({"printers": self.panel.printer_names(self.room.session.root)})


class StaticHandler(web.StaticFileHandler):
    """The page's CSS and script: from makerkit itself, never from a CDN."""


async def _hub_users() -> list[dict]:
    """The hub's users with their servers and last activity (the page's own token)."""
    api = os.environ["JUPYTERHUB_API_URL"]
    token = os.environ["JUPYTERHUB_API_TOKEN"]
    request = HTTPRequest(
        url_path_join(api, "users") + "?include_stopped_servers=1",
        headers={"Authorization": f"token {token}"},
        request_timeout=10,
    )
    response = await AsyncHTTPClient().fetch(request)
    found = json.loads(response.body)
    return found["items"] if isinstance(found, dict) else found


def room_report(session: Session, users: list[dict]) -> dict:
    """Every learner with a workspace or an account: connected, progress, last activity."""
    from makerkit.hub.progress import learner_progress
    from makerkit.hub.pseudonyms import FACILITATOR

    by_name = {u["name"]: u for u in users if u["name"] != FACILITATOR}
    names = sorted(set(by_name) | set(session.learners()))
    now = datetime.datetime.now(datetime.UTC)
    rows = []
    for name in names:
        user = by_name.get(name, {})
        server = (user.get("servers") or {}).get("", {})
        last = user.get("last_activity")
        ago = None
        if last:
            when = datetime.datetime.fromisoformat(last.replace("Z", "+00:00"))
            ago = max(0, int((now - when).total_seconds()))
        notebooks = []
        for slug, notebook in zip(session.workshops, session.notebooks(), strict=False):
            found = learner_progress(session.learner_dir(name), session.release_dir(slug), notebook)
            notebooks.append({"workshop": slug, **found})
        rows.append(
            {
                "name": name,
                "connected": bool(server.get("ready")),
                "last_activity_s_ago": ago,
                "workshops": notebooks,
            }
        )
    return {"learners": rows, "workshops": session.workshops, "lang": session.lang}


def make_app(session: Session) -> web.Application:
    """The page's tornado application, mounted at the service's prefix."""
    prefix = os.environ.get("JUPYTERHUB_SERVICE_PREFIX", "/services/facilitator/")
    room = RoomState(session)
    args = {"room": room}
    routes = [
        (prefix, PageHandler, args),
        (url_path_join(prefix, "api/room"), RoomHandler, args),
        (url_path_join(prefix, "api/grade"), GradeHandler, args),
        (url_path_join(prefix, r"results/([a-z0-9-]+)/([a-z.]+)"), ResultHandler, args),
        (url_path_join(prefix, "api/prints"), PrintsHandler, args),
        (url_path_join(prefix, "api/prints/submit"), LearnerSubmitHandler, args),
        (url_path_join(prefix, "api/prints/mine"), LearnerMineHandler, args),
        (url_path_join(prefix, "api/prints/printers"), LearnerPrintersHandler, args),
        (url_path_join(prefix, r"api/prints/ready/([^/]+)"), PrinterReadyHandler, args),
        (url_path_join(prefix, r"api/prints/([^/]+)/(approve|refuse)"), PrintActionHandler, args),
        (url_path_join(prefix, "oauth_callback"), HubOAuthCallbackHandler),
        (url_path_join(prefix, r"static/(.*)"), StaticHandler, {"path": str(HERE / "static")}),
    ]
    return web.Application(routes, cookie_secret=secrets.token_bytes(32), xsrf_cookies=True)


ADVANCE_S = 5.0


def follow_printers(session: Session) -> PeriodicCallback | None:
    """Every few seconds, let the print queue ask the printers and start approved jobs."""
    panel = prints.panel()
    if panel is None:
        return None
    busy = []

    async def tick():
        if busy:
            return  # a slow printer answer: skip a round rather than pile them up
        busy.append(1)
        try:
            await asyncio.to_thread(panel.advance, session.root)
        except Exception:  # a printer that does not answer must not stop the page
            app_log.exception("print queue: advance failed")
        finally:
            busy.clear()

    callback = PeriodicCallback(tick, ADVANCE_S * 1000)
    callback.start()
    return callback
