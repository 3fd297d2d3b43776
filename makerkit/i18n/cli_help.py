"""The command line's help and usage errors in the reader's language.

The help texts are written in English in ``makerkit/cli/*.py``; ``help/<lang>.toml`` beside
this file gives each one in another language, like a gettext catalogue (the English text
is the key), and the words argparse adds itself ("usage:", "options", its error messages).
``makerkit --lang fr --help`` and ``MAKERKIT_LANG=fr makerkit --help`` read French.

>>> translated("print one JSON object", "fr")
'écrire un seul objet JSON'
>>> translated_error("the following arguments are required: text", "fr")
'il manque ces arguments : text'
"""

from __future__ import annotations

import argparse
import re
import tomllib
from functools import cache
from pathlib import Path

__all__ = ["translate_parser", "translated", "translated_error", "help_texts", "language_in"]

_HERE = Path(__file__).parent / "help"


@cache
def _table(lang: str) -> dict[str, dict[str, str]]:
    path = _HERE / f"{lang}.toml"
    if not path.is_file():
        return {}
    with path.open("rb") as f:
        return tomllib.load(f)


def translated(text: str, lang: str) -> str:
    """``text`` (an English help text) in ``lang``; itself if there is no translation."""
    table = _table(lang)
    return table.get("help", {}).get(text) or table.get("argparse", {}).get(text) or text


def translated_error(message: str, lang: str) -> str:
    """An argparse usage error in ``lang`` (its English when no pattern knows it)."""
    for pattern, text in _table(lang).get("errors", {}).items():
        found = re.fullmatch(pattern, message)
        if found:
            return text.format(None, *found.groups())
    return message


def language_in(argv: list[str]) -> str | None:
    """The language asked with ``--lang X`` or ``--lang=X`` in ``argv``, if any."""
    for i, word in enumerate(argv):
        if word == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if word.startswith("--lang="):
            return word.split("=", 1)[1]
    return None


def help_texts(parser: argparse.ArgumentParser) -> list[str]:
    """Every help text and description of ``parser`` and its sub-commands, in order."""
    found: list[str] = []

    def add(text: str | None) -> None:
        if text and text is not argparse.SUPPRESS and text not in found:
            found.append(text)

    def walk(p: argparse.ArgumentParser) -> None:
        add(p.description)
        for action in p._actions:
            add(action.help)
            if isinstance(action, argparse._SubParsersAction):
                for choice in action._choices_actions:
                    add(choice.help)
                for sub in action.choices.values():
                    walk(sub)

    walk(parser)
    return found


def translate_parser(parser: argparse.ArgumentParser, lang: str) -> None:
    """Put ``parser``'s help, usage and section titles into ``lang`` (in place)."""
    if lang == "en" or not _table(lang):
        return

    class Formatter(argparse.HelpFormatter):
        def add_usage(self, usage, actions, groups, prefix=None):
            prefix = prefix or translated("usage: ", lang)
            return super().add_usage(usage, actions, groups, prefix)

    def walk(p: argparse.ArgumentParser) -> None:
        p.formatter_class = Formatter
        if p.description:
            p.description = translated(p.description, lang)
        p._positionals.title = translated("positional arguments", lang)
        p._optionals.title = translated("options", lang)
        for action in p._actions:
            if action.help and action.help is not argparse.SUPPRESS:
                action.help = translated(action.help, lang)
            if isinstance(action, argparse._SubParsersAction):
                for choice in action._choices_actions:
                    choice.help = translated(choice.help, lang) if choice.help else choice.help
                for sub in action.choices.values():
                    walk(sub)

    walk(parser)
