"""Run the facilitator's page (JupyterHub starts it as a managed service)."""

from __future__ import annotations

import sys
from urllib.parse import urlparse


def main(argv: list[str] | None = None) -> None:
    import os

    from tornado.ioloop import IOLoop

    from makerkit.hub.page.app import follow_printers, make_app
    from makerkit.hub.session import Session

    argv = list(sys.argv[1:] if argv is None else argv)
    session = Session.open(argv[0] if argv else os.environ["MAKERKIT_SESSION_DIR"])
    url = urlparse(os.environ["JUPYTERHUB_SERVICE_URL"])
    app = make_app(session)
    app.listen(url.port, url.hostname or "127.0.0.1")
    follow_printers(session)
    IOLoop.current().start()


if __name__ == "__main__":
    main()
