"""Every G-code line in plain words, in French or English.

The explainer reads the file through makerkit's one reader
(:func:`makerkit.gcode.reader.read_lines`): the same words, modes (absolute or relative,
inches), flavour and filament as ``info``, ``plot`` and ``check``; it only turns each
line's rows into a sentence. Sentences come from the ``gcode`` catalogues:
``gcode.say.*`` for sentences with values, ``gcode.cmd.*`` (and ``gcode.cmd_<flavour>.*``
for a firmware's own meaning) for what a command does.

>>> rows = explain_gcode("G1 X10 Y20 E0.5 F1800", lang="en")
>>> rows[0].text
'Move the nozzle to X = 10 mm, Y = 20 mm at 30 mm/s while pushing 0.5 mm of filament.'
>>> explain_gcode("M104 S200", lang="fr")[0].text
'Régler la température de la buse à 200 °C et continuer sans attendre.'
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from typing import Any

from makerkit.gcode.explain_commands import (
    Machine,
    command_sentence,
    command_text,
    move_sentence,
    pen_move_sentence,
    unknown_sentence,
)
from makerkit.gcode.explain_comments import comment_sentence, foreign
from makerkit.gcode.toolpath import FEATURE_CODES
from makerkit.i18n import current_language, language, t

__all__ = ["ExplainedLine", "Explanation", "explain_gcode", "MAX_LINES"]

MAX_LINES = 5000  # a person reads a few hundred lines; beyond that, ask for a range


@dataclass
class ExplainedLine:
    """One line: its number, its G-code (without the comment), the command and the sentence."""

    line: int
    code: str
    text: str
    command: str = ""
    known: bool = True

    def to_dict(self) -> dict[str, Any]:
        return {
            "line": self.line,
            "code": self.code,
            "command": self.command,
            "text": self.text,
            "known": self.known,
        }


class Explanation(list):
    """The explained lines (a list), shown as a table in a notebook."""

    truncated: bool = False

    def to_dicts(self) -> list[dict[str, Any]]:
        return [row.to_dict() for row in self]

    def __str__(self) -> str:
        width = max((len(r.code) for r in self), default=0)
        width = min(width, 40)
        return "\n".join(f"{r.line:>6}  {r.code:<{width}}  {r.text}" for r in self)

    def _repr_html_(self) -> str:
        from html import escape

        from makerkit.display import is_large_print

        size = "1.3em" if is_large_print() else "1em"
        head = (
            f"<tr><th>{escape(t('gcode.col_line'))}</th><th>G-code</th>"
            f"<th>{escape(t('gcode.col_text'))}</th></tr>"
        )
        unknown = ' style="color:#D55E00"'
        body = "".join(
            f"<tr><td>{r.line}</td><td><code>{escape(r.code)}</code></td>"
            f"<td{'' if r.known else unknown}>{escape(r.text)}</td></tr>"
            for r in self
        )
        return (
            f'<table class="makerkit-gcode" style="font-size:{size};text-align:left">'
            f"<thead>{head}</thead><tbody>{body}</tbody></table>"
        )


def _split(raw: str) -> tuple[str, str]:
    """Code and comment of a line, for showing (``;`` comments, ``( )`` comments, ``*`` checksums)."""
    code, _, comment = raw.partition(";")
    code = code.split("*", 1)[0]
    if "(" in code:
        parens = re.findall(r"\(([^)]*)\)?", code)
        comment = (comment + " " + " ".join(parens)).strip()
        code = re.sub(r"\([^)]*\)?", " ", code)
    return code.strip(), comment.strip()


def _params_of(w, first: int, last: int, cmd_word: int, inch: bool) -> dict[str, float | None]:
    """``{letter: value}`` of a line's words (words ``first`` to ``last``), but its command;
    lengths after G20 are given in millimetres."""
    params: dict[str, float | None] = {}
    for i in range(first, last):
        if i == cmd_word:
            continue
        letter = chr(int(w.letter[i]))
        if letter == "G":
            continue  # more G words on the line: said after the sentence
        v = float(w.value[i])
        if v != v:
            params[letter] = None
            continue
        if inch and letter in "XYZEIJRF":
            v *= 25.4
        params[letter] = v
    return params


def explain_gcode(
    gcode: str | bytes | os.PathLike,
    lang: str | None = None,
    start: int | None = None,
    end: int | None = None,
    flavour: str | None = None,
) -> Explanation:
    """Explain G-code lines ``start`` to ``end`` (1-based, both included) in plain words.

    Returns an :class:`Explanation`: a list of rows (``line``, ``code``, ``text``) that shows
    itself as a table in a notebook. Blank lines are skipped; comments are said to be notes
    for people; commands makerkit does not know are said to be unknown (and specific to a
    vendor's firmware when the file is written for one). ``flavour`` is read from the file
    when not given (see :mod:`makerkit.gcode.flavours`).

    >>> [r.text for r in explain_gcode("G28\\nM999999", lang="en")]
    ['Home: move to the end stops to find where the axes are.', 'M999999: makerkit does not know this command; the printer may ignore it or do something unexpected.']
    >>> explain_gcode("G20\\nG0 X 1", lang="en")[1].text
    'Travel without printing to X = 25.4 mm.'
    """
    import numpy as np

    from makerkit.gcode.describe import command_name
    from makerkit.gcode.flavours import known_commands
    from makerkit.gcode.lexer import EXTENDED
    from makerkit.gcode.reader import _extended_name, read_lines

    reading = read_lines(gcode, flavour)
    tp, flav = reading.toolpath, reading.flavour
    first = max(1, int(start or 1))
    last = min(int(end) if end is not None else reading.n_lines, reading.n_lines)
    out = Explanation()
    if last > first - 1 + MAX_LINES:
        last, out.truncated = first - 1 + MAX_LINES, True
    lines0 = np.arange(first - 1, max(first - 1, last))
    w, chunk = reading.words(first - 1, max(first - 1, last))  # line i of w: line first + i
    relative = reading.modes.at("relative", lines0)
    inch = reading.modes.at("inch", lines0)
    arc_abs = reading.modes.at("arc_absolute", lines0)
    local = lines0 - (first - 1)
    lo, count = w.spans(local)
    hi = lo + count
    r_lo = np.searchsorted(tp.line, lines0 + 1, side="left")
    r_hi = np.searchsorted(tp.line, lines0 + 1, side="right")
    known = known_commands(flav)
    cutting = tp.meta.get("machine") in ("laser", "cnc")
    drawing = bool((tp.feature == FEATURE_CODES["pen"]).any())  # a pen plotter's file
    with language(lang or current_language()):
        for k, li in enumerate(lines0.tolist()):
            number = li + 1
            raw = reading.line_text(number)
            code, comment = _split(raw)
            if not code:
                if comment:
                    out.append(ExplainedLine(number, raw.strip(), comment_sentence(comment)))
                continue
            here = li - (first - 1)  # the line in w
            letter = int(w.cmd_letter[here])
            if letter == EXTENDED:
                command = _extended_name(chunk, w, here)
            elif letter == 0 and not (cutting and r_hi[k] > r_lo[k]):
                out.append(ExplainedLine(number, code, t("gcode.say.no_command"), "", False))
                continue
            elif letter == 0:  # a CNC's bare coordinates: the last motion goes on
                command = "G1"
            else:
                command = command_name(letter, float(w.cmd_number[here]))
            params = _params_of(w, int(lo[k]), int(hi[k]), int(w.cmd_word[here]), bool(inch[k]))
            if letter == ord("T"):
                params["T"] = float(w.cmd_number[here])
            machine = Machine(bool(relative[k]), bool(inch[k]), flav, bool(arc_abs[k]))
            rows = slice(int(r_lo[k]), int(r_hi[k]))
            pushed = float(tp.e[rows].sum()) if "E" in params else None
            if command in ("G0", "G1", "G2", "G3"):
                cut = cutting and bool((tp.feature[rows] == FEATURE_CODES["cut"]).any())
                sentence = move_sentence(command, params, machine, pushed, cutting, cut)
                if drawing and command in ("G0", "G1"):
                    down = bool((tp.feature[rows] == FEATURE_CODES["pen"]).any())
                    sentence = pen_move_sentence(params, machine, down) or sentence
            elif command in known:
                rest = code.split(None, 1)[1] if " " in code else ""
                sentence = command_sentence(command, params, rest, machine)
            else:
                out.append(
                    ExplainedLine(number, code, unknown_sentence(command, flav), command, False)
                )
                continue
            extra = [
                command_text(command_name(ord("G"), v), flav) or command_name(ord("G"), v)
                for key, v in _extra_g(w, int(lo[k]), int(hi[k]), int(w.cmd_word[here]))
            ]
            if extra:
                sentence += " " + t("gcode.say.also", what="; ".join(extra))
            sentence += _unreadable(w, int(lo[k]), int(hi[k]), raw)
            if comment and not foreign(comment):  # the command is already explained
                sentence += " " + t("gcode.say.with_comment", text=comment)
            out.append(ExplainedLine(number, code, sentence, command))
        return out


def _unreadable(w, first: int, last: int, raw: str) -> str:
    """A value of the line that could not be read (``E1,3``): said, with the likely fix."""
    from makerkit.gcode.lexer import VALUE_BAD

    bad = [chr(int(w.letter[i])) for i in range(first, last) if w.flag[i] == VALUE_BAD]
    if not bad:
        return ""
    found = re.search(rf"{bad[0]}\s*(-?\d+),(\d+)", raw.split(";")[0], flags=re.IGNORECASE)
    if found:
        good = f"{bad[0]}{found[1]}.{found[2]}"
        return " " + t("gcode.say.decimal_comma", bad=found[0], good=good)
    return " " + t("gcode.say.bad_value", letter=bad[0])


def _extra_g(w, first: int, last: int, cmd_word: int):
    """The G words of a line after its command (``G20 G40 G90``: G40 and G90)."""
    for i in range(first, last):
        if i != cmd_word and w.letter[i] == ord("G") and w.value[i] == w.value[i]:
            yield "G", float(w.value[i])
