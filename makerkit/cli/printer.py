"""`makerkit printer add|list|status|remove|ready`: the library's printers."""

from __future__ import annotations

import argparse
import sys

from makerkit.cli import Outcome


def register(sub, common) -> None:
    group = sub.add_parser("printer", parents=[common], help="the library's printers")
    cmds = group.add_subparsers(dest="printer_command", metavar="COMMAND")

    p = cmds.add_parser("add", parents=[common], help="remember a printer of the library")
    p.add_argument("name", help="a short name, such as atelier or mk4-1")
    p.add_argument(
        "--kind",
        required=True,
        choices=("octoprint", "prusalink", "moonraker"),
        help="what serves the printer: octoprint, prusalink (Prusa) or moonraker (Klipper)",
    )
    p.add_argument("--url", required=True, help="its address, such as http://192.168.1.20")
    p.add_argument("--profile", required=True, metavar="PRINTER_ID", help="see: makerkit printers")
    p.add_argument(
        "--api-key", default=None, metavar="KEY", help="API key ('-': read it from stdin)"
    )
    p.add_argument("--user", default=None, metavar="U", help="user name (PrusaLink: maker)")
    p.add_argument(
        "--password", default=None, metavar="P", help="password ('-': read it from stdin)"
    )
    p.add_argument("--replace", action="store_true", help="replace a printer of the same name")
    p.add_argument(
        "--force",
        action="store_true",
        help="replace it with another address even while it prints (that print is no longer followed)",
    )
    p.set_defaults(func=run_add)

    p = cmds.add_parser("list", parents=[common], help="the printers makerkit knows")
    p.set_defaults(func=run_list)

    p = cmds.add_parser("status", parents=[common], help="ask the printers how they are")
    p.add_argument("name", nargs="?", default=None, help="one printer (default: all)")
    p.set_defaults(func=run_status)

    p = cmds.add_parser("remove", parents=[common], help="forget a printer")
    p.add_argument("name", help="the printer's name")
    p.add_argument(
        "--force",
        action="store_true",
        help="remove it even while it prints (that print is no longer followed)",
    )
    p.set_defaults(func=run_remove)

    p = cmds.add_parser("ready", parents=[common], help="the bed is clear: the next job may start")
    p.add_argument("name", help="the printer's name")
    p.set_defaults(func=run_ready)
    group.set_defaults(func=lambda args: _usage(group))


def _usage(parser) -> Outcome:
    parser.print_help()
    return Outcome(status=2)


def _secret(value: str | None, what: str = "api_key") -> str | None:
    if value != "-":
        return value
    # "-" keeps the secret out of the shell's history and the process list: typed at the
    # keyboard (asked for, not shown), or piped in
    if sys.stdin.isatty():
        import getpass

        from makerkit.i18n import t

        return getpass.getpass(t(f"printing.cli_ask_{what}")).strip() or None
    return sys.stdin.readline().strip() or None


def run_add(args: argparse.Namespace) -> Outcome:
    from makerkit.i18n import t
    from makerkit.printing.registry import add_printer

    printer = add_printer(
        args.name,
        args.kind,
        args.url,
        args.profile,
        api_key=_secret(args.api_key),
        user=args.user,
        password=_secret(args.password, "password"),
        replace=args.replace,
        force=args.force,
    )
    data = {"printer": printer.to_dict(), "printers": _listing()}
    return Outcome(
        data, t("printing.cli_added", name=printer.name, kind=printer.kind, url=printer.url)
    )


def _row(printer, state: str, extra: str = "") -> str:
    from makerkit.i18n import t
    from makerkit.printing.adapters.base import STATES

    word = t(f"printing.printer_state_{state}")
    width = max(len(t(f"printing.printer_state_{s}")) for s in (*STATES, "unknown"))
    return (
        f"  {printer.name:<14} {printer.kind:<10} {printer.profile:<20} {word:<{width}}  "
        f"{printer.url}{extra}"
    )


def _listing() -> list[dict]:
    """The printers with their last known state (no printer is asked)."""
    from makerkit.printing.queue import PrintQueue
    from makerkit.printing.registry import library_printers

    queue = PrintQueue()
    rows = []
    for p in library_printers():
        known = queue.printer_state(p.name)
        state = (known.get("status") or {}).get("state", "unknown")
        rows.append({**p.to_dict(), "state": state, "bed_clear": known.get("bed_clear", True)})
    return rows


def run_list(args: argparse.Namespace) -> Outcome:
    from makerkit.i18n import t
    from makerkit.printing.registry import library_printers

    rows = _listing()
    printers = {p.name: p for p in library_printers()}
    lines = [t("printing.cli_list_title")] + [_row(printers[r["name"]], r["state"]) for r in rows]
    if not rows:
        lines = [t("printing.cli_no_printers")]
    return Outcome({"printers": rows}, "\n".join(lines))


def run_status(args: argparse.Namespace) -> Outcome:
    from makerkit.errors import MakerkitError
    from makerkit.i18n import t
    from makerkit.printing.adapters import PrinterStatus, adapter_for
    from makerkit.printing.queue import PrintQueue
    from makerkit.printing.registry import get_library_printer, library_printers

    queue = PrintQueue()
    printers = [get_library_printer(args.name)] if args.name else library_printers()
    rows, lines = [], [t("printing.cli_status_title")]
    for p in printers:
        try:
            with adapter_for(p) as adapter:
                status = adapter.status()
        except MakerkitError as err:
            status = PrinterStatus("offline", message=str(err))
        bed_clear = queue.printer_state(p.name).get("bed_clear", True)
        rows.append({**p.to_dict(), **status.to_dict(), "bed_clear": bed_clear})
        extra = ""
        if status.progress_percent is not None and status.busy:
            extra += f"  {status.progress_percent:.0f} %"
        if status.message:
            extra += f"  ({status.message})"
        if not bed_clear and not status.busy:
            extra += "\n    " + t("printing.cli_bed_not_clear", name=p.name)
        lines.append(_row(p, status.state, extra))
    if not rows:
        lines = [t("printing.cli_no_printers")]
    return Outcome({"printers": rows}, "\n".join(lines))


def run_remove(args: argparse.Namespace) -> Outcome:
    from makerkit.i18n import t
    from makerkit.printing.registry import remove_printer

    events = remove_printer(args.name, force=args.force)
    data = {"removed": args.name, "events": events, "printers": _listing()}
    lines = [t("printing.cli_removed", name=args.name), *_event_lines(events)]
    return Outcome(data, "\n".join(lines))


def run_ready(args: argparse.Namespace) -> Outcome:
    from makerkit.i18n import t
    from makerkit.printing.queue import PrintQueue

    queue = PrintQueue()
    queue.mark_ready(args.name)
    events = queue.advance()
    return Outcome(
        {"printer": args.name, "bed_clear": True, "events": events, "printers": _listing()},
        "\n".join([t("printing.cli_ready", name=args.name), *_event_lines(events)]),
    )


def _event_lines(events: list[dict]) -> list[str]:
    from makerkit.i18n import t

    return [t(f"printing.event_{e['event']}", **e) for e in events]
