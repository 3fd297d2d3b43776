"""`makerkit print FILE --to NAME` and `print queue|approve|refuse|plate|serve`: the print queue.

(This module is not called `print.py`: as an attribute of `makerkit.cli` it would hide `print`.)

``print FILE`` and the sub-commands share one word, so the words after ``print`` are read
here: a first word that names a sub-command runs it, anything else is a file to send.
"""

from __future__ import annotations

import argparse
import sys

from makerkit.cli import Outcome, _Parser, common_options, decimal

SUBCOMMANDS = ("queue", "approve", "refuse", "plate", "serve", "restore")


def register(sub, common) -> None:
    p = sub.add_parser(
        "print",
        parents=[common],
        help="send a file to a library printer; the queue and its approval",
        usage="makerkit print FILE --to NAME [--learner P] [--material ID] [--json]\n"
        "       makerkit print queue|approve ID…|refuse ID --why TEXT|plate ID… --to NAME|serve|restore",
    )
    p.add_argument("words", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
    p.set_defaults(func=run)


def _parsers() -> dict[str, argparse.ArgumentParser]:
    common = common_options()
    send = _Parser(prog="makerkit print", parents=[common])
    send.add_argument("file", help="a G-code file, or a model file (STL, 3MF, OBJ) to slice")
    send.add_argument(
        "--to", required=True, metavar="NAME", help="the printer (makerkit printer list)"
    )
    send.add_argument("--learner", default=None, metavar="PSEUDONYM", help="whose print it is")
    send.add_argument("--material", default=None, metavar="ID", help="material id: pla, petg, tpu")

    queue = _Parser(prog="makerkit print queue", parents=[common])
    queue.add_argument("--printer", default=None, metavar="NAME", help="only this printer's jobs")
    queue.add_argument(
        "--learner", default=None, metavar="PSEUDONYM", help="only this learner's jobs"
    )
    queue.add_argument(
        "--no-advance", action="store_true", help="only show, do not ask the printers"
    )
    queue.add_argument("--all", action="store_true", help="also jobs ended over 12 h ago")

    approve = _Parser(prog="makerkit print approve", parents=[common])
    approve.add_argument("ids", nargs="+", type=int, metavar="ID", help="job numbers")

    refuse = _Parser(prog="makerkit print refuse", parents=[common])
    refuse.add_argument("id", type=int, metavar="ID", help="job number")
    refuse.add_argument("--why", required=True, metavar="TEXT", help="the learner reads it")

    plate = _Parser(prog="makerkit print plate", parents=[common])
    plate.add_argument("ids", nargs="+", type=int, metavar="ID", help="job numbers")
    plate.add_argument(
        "--to", required=True, metavar="NAME", help="the printer (makerkit printer list)"
    )
    plate.add_argument(
        "--picture", default=None, metavar="OUT.png", help="save the plate's picture"
    )

    serve = _Parser(prog="makerkit print serve", parents=[common])
    serve.add_argument(
        "--interval", type=decimal, default=5.0, metavar="S", help="seconds between two rounds"
    )
    serve.add_argument("--rounds", type=int, default=None, metavar="N", help="stop after N rounds")

    restore = _Parser(prog="makerkit print restore", parents=[common])
    parsers = {
        "send": send,
        "queue": queue,
        "approve": approve,
        "refuse": refuse,
        "plate": plate,
        "serve": serve,
        "restore": restore,
    }
    from makerkit.i18n import current_language
    from makerkit.i18n.cli_help import translate_parser

    for parser in parsers.values():
        translate_parser(parser, current_language())
    return parsers


def run(args: argparse.Namespace) -> Outcome:
    from makerkit.i18n import set_language

    words = list(args.words)
    command = words[0] if words and words[0] in SUBCOMMANDS else "send"
    if command != "send":
        words = words[1:]
    sub = _parsers()[command].parse_args(words)
    # options given after the words count as if given before them
    args.json = sub.json = args.json or getattr(sub, "json", False)
    if getattr(sub, "lang", None):
        set_language(sub.lang)
    return _COMMANDS[command](sub)


def _queue():
    from makerkit.printing.queue import PrintQueue

    return PrintQueue()


def run_send(args: argparse.Namespace) -> Outcome:
    submission = _queue().submit(args.file, args.to, learner=args.learner, material=args.material)
    return Outcome(submission.to_dict(), submission.message(), 0 if submission.accepted else 1)


def _duration(seconds: float | None) -> str:
    from makerkit.printing.notebook import _duration as fmt

    return fmt(seconds) or "—"


def _job_table(jobs: list) -> list[str]:
    """The jobs as aligned columns, under a header in the current language."""
    from makerkit.i18n import number, t

    keys = ("col_id", "col_learner", "col_printer", "col_time", "col_grams", "col_state")
    rows = [[t(f"printing.{k}") for k in keys]]
    for job in jobs:
        est = job.estimate or {}
        grams = f"{number(est['filament_g'], 1)} g" if est.get("filament_g") is not None else "—"
        time = _duration(est.get("time_s"))
        rows.append([str(job.id), job.learner or "—", job.printer, time, grams, job.describe()])
    widths = [max(len(r[k]) for r in rows) for k in range(len(keys) - 1)]
    right = (True, False, False, True, True)
    return [
        "  "
        + "  ".join(
            cell.rjust(w) if r else cell.ljust(w)
            for cell, w, r in zip(row, widths, right, strict=False)
        )
        + "  "
        + row[-1]
        for row in rows
    ]


def _event_lines(events: list[dict]) -> list[str]:
    from makerkit.cli.printer import _event_lines as lines

    return lines(events)


def run_queue(args: argparse.Namespace) -> Outcome:
    from makerkit.i18n import t

    queue = _queue()
    events = [] if args.no_advance else queue.advance()
    jobs = queue.jobs(learner=args.learner, printer=args.printer)
    if not args.all:
        jobs = [j for j in jobs if j.recent()]
    lines = [*_event_lines(events)]
    if jobs:
        lines += _job_table(jobs)
    else:
        lines.append(t("printing.cli_queue_empty"))
    if not args.no_advance:
        lines += _silent_printers(queue, jobs)
    return Outcome({"jobs": [j.to_dict() for j in jobs], "events": events}, "\n".join(lines))


def _silent_printers(queue, jobs: list) -> list[str]:
    """Approved jobs that wait for a printer that did not answer: say so, and why."""
    from makerkit.i18n import t

    waiting: dict[str, list[int]] = {}
    for job in jobs:
        if job.state == "approved":
            waiting.setdefault(job.printer, []).append(job.id)
    lines = []
    for name, ids in waiting.items():
        status = queue.printer_state(name).get("status") or {}
        if status.get("state") == "offline":
            lines.append(
                t(
                    "printing.cli_waiting_offline",
                    printer=name,
                    jobs=", ".join(str(i) for i in ids),
                    count=len(ids),
                )
            )
    return lines


def run_approve(args: argparse.Namespace) -> Outcome:
    from makerkit.i18n import t

    queue = _queue()
    approved = [queue.approve(i, by="cli") for i in args.ids]
    events = queue.advance()
    jobs = [queue.job(j.id) for j in approved]
    lines = [t("printing.cli_approved", id=j.id) for j in approved] + _event_lines(events)
    lines += _silent_printers(queue, jobs)
    data = {"job": jobs[0].to_dict(), "jobs": [j.to_dict() for j in jobs], "events": events}
    return Outcome(data, "\n".join(lines))


def run_refuse(args: argparse.Namespace) -> Outcome:
    from makerkit.i18n import t

    job = _queue().refuse(args.id, args.why)
    return Outcome({"job": job.to_dict()}, t("printing.cli_refused", id=job.id))


def run_plate(args: argparse.Namespace) -> Outcome:
    from makerkit.printing.plate import make_plate

    plate = make_plate(_queue(), args.ids, args.to)
    data = plate.submission.to_dict()
    data["plate"] = plate.to_dict()
    lines = [plate.submission.message()]
    if args.picture and plate.picture is not None:
        saved = plate.picture.save(args.picture)
        data["picture"] = str(saved)
        lines.append(plate.picture.alt)
    return Outcome(data, "\n".join(lines), 0 if plate.submission.accepted else 1)


def run_serve(args: argparse.Namespace) -> Outcome:
    from makerkit.i18n import t

    # with --json, stdout holds the one JSON object: what is said for people goes to stderr
    out = sys.stderr if args.json else sys.stdout
    print(t("printing.cli_serving", interval=args.interval), file=out, flush=True)
    _queue().serve(
        interval_s=args.interval,
        rounds=args.rounds,
        say=lambda message: print(f"makerkit: {message}", file=sys.stderr, flush=True),
    )
    return Outcome({"stopped": True}, "")


def run_restore(args: argparse.Namespace) -> Outcome:
    """A damaged queue or printers file: back to its last good copy (see PrintQueue.restore)."""
    import time

    from makerkit.i18n import t

    queue = _queue()
    report = queue.restore()
    lines = []
    for done in report["restored"]:
        if done["from"]:
            when = time.strftime("%H:%M:%S", time.localtime(done["saved_at"]))
            lines.append(
                t("printing.cli_restored", file=done["file"], kept=done["kept"], time=when)
            )
        else:
            lines.append(t("printing.cli_restored_empty", file=done["file"], kept=done["kept"]))
            if done["file"].endswith("printers.json"):
                lines.append(t("printing.cli_restored_add_printers"))
        if done["file"].endswith("queue.json"):
            lines.append(t("printing.cli_restored_queue"))
    if report["missing"]:
        ids = ", ".join(map(str, report["missing"]))
        folder = str(queue.store.path("files"))
        lines.append(
            t("printing.cli_restored_missing", count=len(report["missing"]), ids=ids, folder=folder)
        )
    return Outcome(report, "\n".join(lines or [t("printing.cli_restore_nothing")]))


_COMMANDS = {
    "send": run_send,
    "queue": run_queue,
    "approve": run_approve,
    "refuse": run_refuse,
    "plate": run_plate,
    "serve": run_serve,
    "restore": run_restore,
}
