"""The ``makerkit`` command line: parses, calls the package, prints.

Each command group lives in its own module here (``model``, ``slicing``, ``gcode`` …) with a
``register(subparsers)`` function; a command's function takes the parsed arguments and
returns an :class:`Outcome`. ``--json`` prints exactly one JSON object on stdout.

Exit status: 0 done or ok, 1 the check found problems, 2 bad input or usage.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

__all__ = ["main", "Outcome", "common_options", "decimal"]

GROUPS = (
    "demo",
    "printers",
    "model",
    "slicing",
    "gcode",
    "robot",
    "workshop",
    "kit",
    "printer",
    "printing",
    "hub",
)


@dataclass
class Outcome:
    """What a command reports: ``data`` for ``--json``, ``text`` for people, an exit ``status``."""

    data: dict[str, Any] = field(default_factory=dict)
    text: str = ""
    status: int = 0


class UsageError(SystemExit):
    """A mistake in the command's words: exit 2, like a MakerkitError; ``message`` says it."""

    def __init__(self, message: str) -> None:
        super().__init__(2)
        self.message = message


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:
        from makerkit.i18n import current_language
        from makerkit.i18n.cli_help import translated_error

        said = translated_error(message, current_language())
        self.print_usage(sys.stderr)
        sys.stderr.write(f"makerkit: {said}\n")
        raise UsageError(said)


def decimal(text: str) -> float:
    """A number typed on the command line, with a decimal point or a decimal comma.

    >>> decimal("0,2"), decimal("0.2"), decimal("15")
    (0.2, 0.2, 15.0)
    """
    return float(text.strip().replace(",", "."))


def common_options() -> argparse.ArgumentParser:
    """Options every command takes, after its name as well as before."""
    p = argparse.ArgumentParser(add_help=False)
    p.add_argument(
        "--json", action="store_true", default=argparse.SUPPRESS, help="print one JSON object"
    )
    p.add_argument(
        "--debug", action="store_true", default=argparse.SUPPRESS, help="show tracebacks of bugs"
    )
    p.add_argument(
        "--lang", choices=("fr", "en"), default=argparse.SUPPRESS, help="language of messages"
    )
    return p


def build_parser() -> argparse.ArgumentParser:
    from makerkit import __version__

    parser = _Parser(
        prog="makerkit", description="makerkit: 3D printing, G-code and robots for fablabs."
    )
    parser.add_argument("--version", action="version", version=f"makerkit {__version__}")
    parser.add_argument("--json", action="store_true", default=False, help="print one JSON object")
    parser.add_argument(
        "--debug", action="store_true", default=False, help="show tracebacks of bugs"
    )
    parser.add_argument("--lang", choices=("fr", "en"), default=None, help="language of messages")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for group in GROUPS:
        module = importlib.import_module(f"makerkit.cli.{group}")
        module.register(sub, common_options())
    return parser


def _chosen(parser: argparse.ArgumentParser, args: argparse.Namespace) -> argparse.ArgumentParser:
    """The deepest command parser that ``args`` chose (``makerkit kit`` → ``kit``'s)."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            name = getattr(args, action.dest, None)
            if name in action.choices:
                return _chosen(action.choices[name], args)
    return parser


def _emit(outcome: Outcome, as_json: bool) -> None:
    if as_json:
        print(json.dumps(outcome.data, ensure_ascii=False, default=_jsonable))
    elif outcome.text:
        print(outcome.text)


def _jsonable(value: Any) -> Any:
    import numpy as np

    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, np.ndarray):
        return value.tolist()
    return str(value)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (also used by ``python -m makerkit``)."""
    from makerkit.errors import MakerkitError
    from makerkit.i18n import set_language, t

    argv = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in argv
    try:
        from makerkit.i18n import current_language
        from makerkit.i18n.cli_help import language_in, translate_parser

        asked = language_in(argv)
        if asked in ("fr", "en"):
            set_language(asked)  # before the help is written, so that it is in that language
        parser = build_parser()
        translate_parser(parser, current_language())
        args = parser.parse_args(argv)
        if args.lang:
            set_language(args.lang)
        func: Callable[[argparse.Namespace], Outcome] | None = getattr(args, "func", None)
        if func is None:  # a command group without its action: the group's own help
            _chosen(parser, args).print_help()
            return 2
        outcome = func(args)
        _emit(outcome, args.json)
        return outcome.status
    except MakerkitError as err:
        if "--json" in argv:
            print(json.dumps({"error": err.key, "message": str(err)}, ensure_ascii=False))
        sys.stderr.write(f"makerkit: {err}\n")
        return 2
    except KeyboardInterrupt:
        sys.stderr.write(f"makerkit: {t('core.interrupted')}\n")
        return 130
    except BrokenPipeError:  # the reader left (`makerkit … | head`): nothing more to say
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except UsageError as exc:
        if "--json" in argv:
            print(json.dumps({"error": "cli.usage", "message": exc.message}, ensure_ascii=False))
        return 2
    except SystemExit as exc:
        return int(exc.code or 0) if not isinstance(exc.code, str) else 2
    except Exception as exc:  # a bug: say so briefly, details with --debug
        if debug:
            traceback.print_exc()
        sys.stderr.write(f"makerkit: {t('core.bug', error=f'{type(exc).__name__}: {exc}')}\n")
        return 3
