"""The facilitator's page as HTML: makerkit's readable page style, the room filled in by script.

The page is one HTML file with the words of the session's language; ``static/page.js``
asks ``api/room`` every few seconds and fills the table, so the facilitator sees who
arrives without reloading. Nothing comes from outside the hub (no CDN, no web font).
"""

from __future__ import annotations

import html
import json
from pathlib import Path
from string import Template

from makerkit.hub.session import Session
from makerkit.i18n import t

__all__ = ["page_html", "PAGE_TEXTS"]

HERE = Path(__file__).parent
PAGE_TEXTS = (
    "title",
    "learners",
    "none",
    "name",
    "connected",
    "progress",
    "checks",
    "activity",
    "yes",
    "no",
    "never",
    "minutes_ago",
    "just_now",
    "grade",
    "grading",
    "graded",
    "grade_failed",
    "results",
    "chart",
    "csv",
    "score",
    "prints",
    "prints_none",
    "prints_empty",
    "approve",
    "refuse",
    "refuse_why",
    "ready",
    "large",
    "session_code",
)


def page_html(session: Session, xsrf: str, host: str) -> str:
    """The whole page for ``session``; ``xsrf`` goes with every button's request."""
    from makerkit.hub.address import session_url

    lang = session.lang
    url = session_url(session.ip, session.port)
    texts = {k: t(f"hub.page_{k}", lang=lang) for k in PAGE_TEXTS}
    texts["none"] = t("hub.page_none", lang=lang, url=url)
    code = t("hub.page_session_code", lang=lang, code=session.secrets.get("session_code", "?"))
    data = json.dumps({"texts": texts, "xsrf": xsrf, "workshops": session.workshops})
    template = Template((HERE / "page.html").read_text(encoding="utf-8"))
    shared_css = (HERE.parents[1] / "kits" / "templates" / "page.css").read_text(encoding="utf-8")
    return template.substitute(
        lang=lang,
        title=html.escape(texts["title"]),
        css=shared_css,
        address=html.escape(url),
        code=html.escape(code),
        large=html.escape(texts["large"]),
        learners=html.escape(texts["learners"]),
        grade=html.escape(texts["grade"]),
        results=html.escape(texts["results"]),
        prints=html.escape(texts["prints"]),
        # JSON inside <script>: "</" must not close the element.
        data=data.replace("</", "<\\/"),
    )
