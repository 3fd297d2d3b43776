"""`makerkit model` commands: make a name tag, check a model."""

from __future__ import annotations

import argparse
import sys
import warnings
from collections.abc import Iterator
from contextlib import contextmanager

from makerkit.cli import Outcome, decimal


@contextmanager
def plain_notes() -> Iterator[None]:
    """Show warnings raised inside (a file kept as a backup…) as plain lines on stderr."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        yield
    for note in caught:
        sys.stderr.write(f"makerkit: {note.message}\n")


def register(sub, common) -> None:
    """Add ``model nametag`` and ``model check`` to the parser."""
    group = sub.add_parser("model", parents=[common], help="3D models: name tags, printability")
    commands = group.add_subparsers(dest="model_command", metavar="COMMAND")

    tag = commands.add_parser("nametag", parents=[common], help="a name-tag keychain")
    tag.add_argument("text", help="the name to write")
    tag.add_argument("-o", "--output", required=True, help="file to write (.stl, .3mf, .obj)")
    tag.add_argument("--braille", action="store_true", help="add the name in braille")
    tag.add_argument("--printer", default=None, help="printer id: the tag must fit its bed")
    tag.add_argument("--letter-mm", type=decimal, default=8.0, help="height of capital letters")
    tag.set_defaults(func=run_nametag)

    chk = commands.add_parser("check", parents=[common], help="will this model print?")
    chk.add_argument("file", help="3D model file (.stl, .3mf, .obj)")
    chk.add_argument("--printer", default="prusa-mk4", help="printer id (see: makerkit printers)")
    chk.add_argument("--picture", default=None, help="write a PNG with the problem faces in orange")
    chk.add_argument(
        "--unit", default="mm", help="unit the file was drawn in: mm, cm, m, inch or auto"
    )
    chk.set_defaults(func=run_check)
    group.set_defaults(func=lambda args: _usage(group))


def _usage(parser: argparse.ArgumentParser) -> Outcome:
    parser.print_help()
    return Outcome({}, "", 2)


def run_nametag(args: argparse.Namespace) -> Outcome:
    from makerkit.i18n import t
    from makerkit.model import nametag

    lang = getattr(args, "lang", None)
    tag = nametag(
        args.text, braille=args.braille, printer=args.printer, letter_mm=args.letter_mm, lang=lang
    )
    with plain_notes():
        path = tag.save(args.output)
    size = [round(v, 2) for v in tag.size_mm]
    data = {
        "file": str(path),
        "size_mm": size,
        "faces": tag.faces,
        "closed": tag.is_closed,
        "volume_mm3": round(tag.volume_mm3, 1),
        "alt": tag.about,
    }
    text = t(
        "model.cli_nametag_done",
        file=path,
        x=size[0],
        y=size[1],
        z=size[2],
        faces=tag.faces,
        closed=t("core.yes" if tag.is_closed else "core.no"),
    )
    return Outcome(data, text)


def run_check(args: argparse.Namespace) -> Outcome:
    from makerkit.i18n import t
    from makerkit.model import check

    report = check(args.file, printer=args.printer, unit=args.unit)
    data = {"file": args.file, **report.to_dict()}
    lines = [t("model.cli_check_file", file=args.file), report.summary()]
    # the fixes speak Python (solid.scale(25.4)); on the command line, the unit is an option
    units = {p.values.get("unit") for p in report.problems if p.code == "too_small"}
    for unit in sorted(units & {"cm", "m", "inch"}):
        lines.append(t("model.cli_unit_hint", unit=unit, unit_name=t(f"model.unit_name_{unit}")))
    if args.picture:
        with plain_notes():
            data["picture"] = str(report.picture().save(args.picture))
        lines.append(t("model.cli_picture_written", path=data["picture"]))
    return Outcome(data, "\n".join(lines), 0 if report.ok else 1)
