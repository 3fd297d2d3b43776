"""`makerkit workshop list | new SLUG | check [SLUG] | assets SLUG`: write and check workshops."""

from __future__ import annotations

import argparse

from makerkit.cli import Outcome


def register(sub, common) -> None:
    """Add ``workshop list``, ``workshop new`` and ``workshop check`` to the parser."""
    p = sub.add_parser("workshop", parents=[common], help="write and check workshops")
    group = p.add_subparsers(dest="workshop_command", metavar="ACTION")
    where = argparse.ArgumentParser(add_help=False)
    where.add_argument("--dir", default=None, help="the workshops folder (default: ./workshops)")

    p_list = group.add_parser("list", parents=[common, where], help="list the workshops")
    p_list.set_defaults(func=run_list)
    p_new = group.add_parser(
        "new", parents=[common, where], help="start a workshop from the template"
    )
    p_new.add_argument("slug", help="short name: lowercase letters, digits, dashes")
    p_new.add_argument("--title", default=None, help="the title (both languages, edit later)")
    p_new.set_defaults(func=run_new)
    p_check = group.add_parser("check", parents=[common, where], help="check one or every workshop")
    p_check.add_argument("slug", nargs="?", default=None, help="a workshop (default: all)")
    p_check.add_argument(
        "--run",
        action="store_true",
        help="also run the notebooks: answers pass every test, a blank copy passes none",
    )
    p_check.set_defaults(func=run_check)
    p_assets = group.add_parser(
        "assets",
        parents=[common, where],
        help="draw the pictures the guides show, from the notebooks ([[assets]] in workshop.toml)",
    )
    p_assets.add_argument("slug", help="a workshop")
    p_assets.add_argument("--only", default=None, choices=["fr", "en"], help="one language only")
    p_assets.set_defaults(func=run_assets)


def run_list(args: argparse.Namespace) -> Outcome:
    from makerkit.i18n import current_language, t
    from makerkit.kits.workshop import find_workshops_dir, list_workshops

    workshops = list_workshops(args.dir)
    lang = current_language()
    data = {"workshops": [w.summary() for w in workshops]}
    if not workshops:
        return Outcome(data, t("kits.list_empty", path=str(find_workshops_dir(args.dir))))
    lines = [t("kits.list_title")]
    for w in workshops:
        ages = "–".join(str(a) for a in w.ages)
        shown = lang if lang in w.languages else (w.languages or [lang])[0]
        title = w.title(shown)
        lines.append(
            f"  {w.slug:<22} {ages:>6}  {w.minutes:>3} min  {'/'.join(w.languages):<6} {title}"
        )
    return Outcome(data, "\n".join(lines))


def run_new(args: argparse.Namespace) -> Outcome:
    from makerkit.i18n import t
    from makerkit.kits.authoring import new_workshop

    ws = new_workshop(args.slug, args.dir, title=args.title)
    data = {"slug": ws.slug, "folder": str(ws.folder), "workshops": [ws.summary()]}
    command = f"makerkit workshop check {ws.slug}"
    if args.dir:  # the check must look where the workshop was made
        import shlex

        command += f" --dir {shlex.quote(str(args.dir))}"
    return Outcome(data, t("kits.new_done", slug=ws.slug, path=str(ws.folder), command=command))


def run_check(args: argparse.Namespace) -> Outcome:
    from makerkit.i18n import t
    from makerkit.kits.check import check_workshop, run_workshop
    from makerkit.kits.notebooks import read_notebook, total_points
    from makerkit.kits.workshop import get_workshop, list_workshops

    workshops = [get_workshop(args.slug, args.dir)] if args.slug else list_workshops(args.dir)
    report, lines, status = [], [], 0
    for ws in workshops:
        problems = check_workshop(ws)
        errors = [p for p in problems if p.severity == "error"]
        if args.run and not errors:
            problems += run_workshop(ws)
            errors = [p for p in problems if p.severity == "error"]
        report.append(
            {"slug": ws.slug, "ok": not errors, "problems": [p.as_dict() for p in problems]}
        )
        if errors:
            status = 1
        if problems:
            lines.append(t("kits.check_problems", slug=ws.slug, count=len(problems)))
            lines += [f"  - [{p.where}] {p.message}" for p in problems]
        if not errors:
            points = total_points(read_notebook(ws.notebook(ws.languages[0])))
            lines.append(
                t(
                    "kits.check_ok",
                    slug=ws.slug,
                    languages="/".join(ws.languages),
                    points=points,
                    count=points,
                )
            )
    data = {"ok": status == 0, "workshops": report}
    return Outcome(data, "\n".join(lines), status)


def run_assets(args: argparse.Namespace) -> Outcome:
    from makerkit.i18n import t
    from makerkit.kits.assets import make_assets
    from makerkit.kits.workshop import get_workshop

    ws = get_workshop(args.slug, args.dir)
    made = make_assets(ws, args.only)
    data = {"slug": ws.slug, "files": [str(p) for p in made]}
    lines = [t("kits.assets_done", count=len(made), slug=ws.slug)]
    lines += [f"  {p.relative_to(ws.folder)}" for p in made]
    return Outcome(data, "\n".join(lines))
