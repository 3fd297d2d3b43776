"""`makerkit robot`: list the challenges, run a learner's program on one."""

from __future__ import annotations

import argparse

from makerkit.cli import Outcome, decimal


def register(sub, common) -> None:
    """Add ``robot challenges`` and ``robot run``."""
    group = sub.add_parser("robot", parents=[common], help="robot challenges in the simulator")
    commands = group.add_subparsers(dest="robot_command", metavar="COMMAND")
    listing = commands.add_parser("challenges", parents=[common], help="list the challenges")
    listing.set_defaults(func=run_challenges)
    runner = commands.add_parser("run", parents=[common], help="run a program on a challenge")
    runner.add_argument("challenge", help="challenge id (see: makerkit robot challenges)")
    runner.add_argument("program", help="the robot program, a .py file")
    runner.add_argument("--seconds", type=decimal, default=None, help="simulated time limit")
    runner.add_argument("--seed", type=int, default=0, help="maze or obstacles layout, noise")
    runner.add_argument(
        "--noise",
        action="store_true",
        help="small random errors of a real robot (sensors, wheels that differ), from --seed",
    )
    runner.set_defaults(func=run_program)
    group.set_defaults(func=lambda args: _usage(group))


def _usage(parser: argparse.ArgumentParser) -> Outcome:
    parser.print_help()
    return Outcome({}, "", 2)


def run_challenges(args: argparse.Namespace) -> Outcome:
    from makerkit.i18n import t
    from makerkit.robot.challenges import challenges

    items = [
        {"id": c.id, "title": c.title, "goal": c.goal(), "seconds": c.seconds} for c in challenges()
    ]
    lines = [t("robot.cli.challenges_title")]
    width = max((len(c["id"]) for c in items), default=0)
    lines += [f"  {c['id']:<{width}}  {c['title']}" for c in items]
    return Outcome({"challenges": items}, "\n".join(lines))


def run_program(args: argparse.Namespace) -> Outcome:
    from pathlib import Path

    from makerkit.files import existing_file
    from makerkit.robot.challenges import get_challenge, run_challenge

    get_challenge(args.challenge)
    path = existing_file(Path(args.program))
    result = run_challenge(
        args.challenge, path, seed=args.seed, seconds=args.seconds, noise=args.noise
    )
    return Outcome(result.as_dict(), result.text(), 0 if result.passed else 1)
