"""`makerkit hub start WORKSHOP…`, `hub grade`, `hub archive`, `hub forget`: the room."""

from __future__ import annotations

import argparse
import sys

from makerkit.cli import Outcome

DIR_HELP = "the session folder (default: ./makerkit-session)"


def register(sub, common) -> None:
    """Add ``hub start|grade|archive|forget`` to the parser."""
    from makerkit.hub.session import DEFAULT_DIR, DEFAULT_PORT

    p = sub.add_parser("hub", parents=[common], help="serve a room of learners on JupyterHub")
    group = p.add_subparsers(dest="hub_command", metavar="ACTION")

    s = group.add_parser("start", parents=[common], help="open the room (until Ctrl-C)")
    s.add_argument("workshops", nargs="+", metavar="WORKSHOP", help="workshop slug(s) or folder(s)")
    s.add_argument("--ip", default="", help="address to serve on (default: every address)")
    s.add_argument("--port", type=int, default=DEFAULT_PORT, help="port (default: 8000)")
    s.add_argument("--dir", default=DEFAULT_DIR, help=DIR_HELP)
    s.add_argument("--session-code", default=None, help="the code learners type (default: new)")
    s.add_argument(
        "--facilitator-password",
        default=None,
        help="the facilitator's password (default: kept, else new)",
    )
    s.add_argument("--workshops", dest="workshops_dir", default=None, help="the workshops folder")
    s.set_defaults(func=run_start)

    g = group.add_parser("grade", parents=[common], help="grade everyone in the room")
    g.add_argument("--dir", default=DEFAULT_DIR, help=DIR_HELP)
    g.set_defaults(func=run_grade)

    a = group.add_parser("archive", parents=[common], help="zip the room's work and grades")
    a.add_argument("--dir", default=DEFAULT_DIR, help=DIR_HELP)
    a.add_argument("-o", "--out", required=True, help="the zip to write")
    a.set_defaults(func=run_archive)

    f = group.add_parser("forget", parents=[common], help="delete everything of one learner")
    f.add_argument("pseudonym", help="the learner's pseudonym")
    f.add_argument("--dir", default=DEFAULT_DIR, help=DIR_HELP)
    f.set_defaults(func=run_forget)


def run_start(args: argparse.Namespace) -> Outcome:
    from makerkit.hub.release import resolve_workshops
    from makerkit.hub.run import banner, serve, start_hub
    from makerkit.hub.session import Session
    from makerkit.i18n import current_language

    lang = args.lang or current_language()
    slugs = resolve_workshops(args.workshops, lang, args.workshops_dir)
    session = Session.create(
        args.dir,
        slugs,
        lang,
        ip=args.ip,
        port=args.port,
        session_code=args.session_code,
        facilitator_password=args.facilitator_password,
    )
    hub = start_hub(session, args.workshops_dir)
    print(banner(hub), flush=True)
    status = serve(hub, say=lambda text: print(text, file=sys.stderr, flush=True))
    return Outcome({"url": hub.url, "dir": str(session.root)}, "", status)


def run_grade(args: argparse.Namespace) -> Outcome:
    from makerkit.hub.grading import grade_room, room_json
    from makerkit.hub.session import Session

    results = grade_room(Session.open(args.dir))
    status = 1 if any(r.rejected for r in results) else 0  # as `kit grade`: someone not graded
    return Outcome(room_json(results), "\n\n".join(r.summary_text() for r in results), status)


def run_archive(args: argparse.Namespace) -> Outcome:
    from makerkit.hub.privacy import archive_session
    from makerkit.hub.session import Session
    from makerkit.i18n import t

    session = Session.open(args.dir)
    found = archive_session(session, args.out)
    text = t("hub.archived", lang=session.lang, path=found["file"], count=len(found["learners"]))
    return Outcome(found, text)


def run_forget(args: argparse.Namespace) -> Outcome:
    from makerkit.hub.privacy import forget_learner
    from makerkit.hub.session import Session
    from makerkit.i18n import t

    session = Session.open(args.dir)
    found = forget_learner(session, args.pseudonym)
    return Outcome(found, t("hub.forgotten", lang=session.lang, name=found["forgotten"]))
