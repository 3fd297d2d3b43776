"""`makerkit kit build WORKSHOP|all [--lang] -o DIR` and `makerkit kit grade KIT SUBMISSIONS`."""

from __future__ import annotations

import argparse

from makerkit.cli import Outcome


def register(sub, common) -> None:
    """Add ``kit build`` and ``kit grade`` to the parser."""
    p = sub.add_parser("kit", parents=[common], help="build facilitator kits and grade a class")
    group = p.add_subparsers(dest="kit_command", metavar="ACTION")

    b = group.add_parser("build", parents=[common], help="build the kit zip(s) of a workshop")
    b.add_argument("workshop", help="a workshop slug, its folder, or 'all'")
    b.add_argument("-o", "--out", default="kits", help="folder for the zips (default: kits)")
    b.add_argument("--dir", default=None, help="the workshops folder (default: ./workshops)")
    b.add_argument(
        "--pdf", action="store_true", help="also print handout.pdf (needs Chromium installed)"
    )
    b.set_defaults(func=run_build)

    g = group.add_parser("grade", parents=[common], help="grade a class's notebooks with a kit")
    g.add_argument("kit", help="the kit zip (or its unpacked folder)")
    g.add_argument("submissions", help="a folder or zip with one sub-folder per learner")
    g.add_argument("-o", "--out", default=None, help="folder for the results (default: beside)")
    g.add_argument("--timeout", type=int, default=None, help="seconds a cell may run (default: 20)")
    g.add_argument("--workers", type=int, default=None, help="notebooks graded at once")
    g.set_defaults(func=run_grade)


def run_build(args: argparse.Namespace) -> Outcome:
    from makerkit.i18n import t
    from makerkit.kits.build import build_kits

    kits = build_kits(args.workshop, args.out, lang=args.lang, workshops_dir=args.dir, pdf=args.pdf)
    lines = [t("kits.built", count=len(kits), path=args.out)]
    lines += [f"  {k['zip']}" for k in kits]
    return Outcome({"kits": kits}, "\n".join(lines))


def run_grade(args: argparse.Namespace) -> Outcome:
    import sys

    from makerkit.kits.grade import grade_class

    result = grade_class(
        args.kit,
        args.submissions,
        out_dir=args.out,
        cell_timeout_s=args.timeout,
        workers=args.workers,
    )
    warning = result.sandbox_warning()
    if warning:
        sys.stderr.write(warning + "\n")
    # Exit 1 when someone was not graded (refused or failed): a script must not take a
    # partial class for a whole one. The JSON still lists everyone graded.
    return Outcome(result.as_dict(), result.summary_text(), 1 if result.rejected else 0)
