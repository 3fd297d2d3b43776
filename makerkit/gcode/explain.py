"""Every G-code line in plain words, in French or English.

The explainer reads lines one by one (it is for people: a few hundred lines at a time),
keeping the machine's modes (absolute or relative, the filament counter) so that it can
say how far the nozzle goes and how much filament it pushes. Sentences come from the
``gcode`` catalogues: ``gcode.say.*`` for sentences with values, ``gcode.cmd.*`` for what a
command does.

>>> rows = explain_gcode("G1 X10 Y20 E0.5 F1800", lang="en")
>>> rows[0].text
'Move the nozzle to X = 10 mm, Y = 20 mm at 30 mm/s while pushing 0.5 mm of filament.'
>>> explain_gcode("M104 S200", lang="fr")[0].text
'Régler la température de la buse à 200 °C et continuer sans attendre.'
"""

from __future__ import annotations

import os
import re
import string
from dataclasses import dataclass
from typing import Any

from makerkit.i18n import catalogue, current_language, language, t

__all__ = ["ExplainedLine", "Explanation", "explain_gcode", "MAX_LINES"]

MAX_LINES = 5000  # a person reads a few hundred lines; beyond that, ask for a range
_WORD = re.compile(r"([A-Za-z])\s*([-+]?(?:\d+\.?\d*|\.\d+)(?:\.\d+)*)?")
_STRING_COMMANDS = {"M117", "M118", "M23", "M28", "M30", "M32", "M0", "M1", "M16", "M550", "M928"}


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


def _num(value: float, decimals: int = 4) -> str:
    """``10``, ``0.5``, ``-3.25`` (``0,5`` in French): as a person writes it."""
    if value != value:
        return "?"
    text = f"{value:.{decimals}f}".rstrip("0").rstrip(".")
    text = "0" if text in ("-0", "") else text
    return text.replace(".", ",") if current_language() == "fr" else text


def _split(raw: str) -> tuple[str, str]:
    """Code and comment of a line (``;`` comments, ``( )`` comments, ``*`` checksums)."""
    code, _, comment = raw.partition(";")
    code = code.split("*", 1)[0]
    parens = re.findall(r"\(([^)]*)\)?", code)
    if parens:
        comment = (comment + " " + " ".join(parens)).strip()
        code = re.sub(r"\([^)]*\)?", " ", code)
    return code.strip(), comment.strip()


def _words(code: str) -> tuple[str, str, dict[str, str | None]]:
    """``(command, rest_text, {letter: value_text})`` of one line's code."""
    text = re.sub(r'"[^"]*"?', lambda m: " " * len(m.group(0)), code)
    found = [(m.group(1).upper(), m.group(2), m.start()) for m in _WORD.finditer(text)]
    found = [f for f in found if f[0] != "N"] if found and found[0][0] == "N" else found
    if not found:
        return "", code, {}
    letter, value, pos = found[0]
    if letter not in "GMT":
        return "", code, {k: v for k, v, _ in found}
    if letter == "T":
        command = "T"
        params: dict[str, str | None] = {"T": value}
        rest = found[1:]
    else:
        command = f"{letter}{_code_number(value)}"
        rest = found[1:]
        params = {}
    end = pos + len(letter) + len(value or "")
    after = code[end:].strip()
    if command in _STRING_COMMANDS:
        return command, after, {}
    for k, v, _ in rest:
        params[k] = v
    return command, after, params


def _code_number(value: str | None) -> str:
    if not value:
        return ""
    try:
        f = float(value)
    except ValueError:
        return value
    return str(int(f)) if f.is_integer() else value.lstrip("0") or "0"


def _f(params: dict[str, str | None], key: str) -> float | None:
    v = params.get(key)
    if v is None:
        return None
    try:
        return float(v)
    except ValueError:
        return None


class _Machine:
    """The modes a line's meaning depends on."""

    def __init__(self) -> None:
        self.relative = False
        self.relative_e = False
        self.inches = False
        self.e = 0.0

    def follow(self, command: str, params: dict[str, str | None]) -> float | None:
        """Update the modes; returns the filament pushed by a move (mm) when there is E."""
        if command == "G90":
            self.relative = False
        elif command == "G91":
            self.relative = True
        elif command == "M82":
            self.relative_e = False
        elif command == "M83":
            self.relative_e = True
        elif command == "G20":
            self.inches = True
        elif command == "G21":
            self.inches = False
        elif command == "G92":
            e = _f(params, "E")
            if e is not None:
                self.e = e
        elif command in ("G0", "G1", "G2", "G3"):
            e = _f(params, "E")
            if e is None:
                return None
            if self.relative or self.relative_e:
                return e
            pushed, self.e = e - self.e, e
            return pushed
        return None


def _fields(text: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(text) if f}


def _say(key: str, **values: Any) -> str | None:
    """The sentence ``gcode.say.<key>`` if it exists and every value it needs is given."""
    full = f"gcode.say.{key}"
    text = catalogue(current_language()).get(full) or catalogue("en").get(full)
    if text is None or not _fields(text) <= set(values):
        return None
    return t(full, **values)


def _axes_text(params: dict[str, str | None], letters: str, unit: str = "mm") -> str:
    parts = []
    for a in letters:
        v = _f(params, a)
        if v is not None:
            parts.append(f"{a} = {_num(v)} {unit}")
    return ", ".join(parts)


def _move(command: str, params: dict[str, str | None], machine: _Machine, pushed) -> str:
    axes = _axes_text(params, "XYZ")
    feed = _f(params, "F")
    speed = (
        t("gcode.say.part_speed", speed=_num(feed / 60.0, 1))
        if feed is not None and feed > 0
        else ""
    )
    if axes:
        where = t("gcode.say.part_by" if machine.relative else "gcode.say.part_to", axes=axes)
    else:
        where = ""
    filament = ""
    if pushed is not None and axes:
        if pushed > 0:
            filament = t("gcode.say.part_pushing", e=_num(pushed))
        elif pushed < 0:
            filament = t("gcode.say.part_pulling", e=_num(-pushed))
    if command in ("G2", "G3"):
        turn = t("gcode.say.part_clockwise" if command == "G2" else "gcode.say.part_anticlockwise")
        r = _f(params, "R")
        around = (
            t("gcode.say.part_radius", r=_num(r))
            if r is not None
            else t(
                "gcode.say.part_centre",
                i=_num(_f(params, "I") or 0.0),
                j=_num(_f(params, "J") or 0.0),
            )
        )
        return t(
            "gcode.say.arc", turn=turn, where=where, around=around, speed=speed, filament=filament
        )
    if not axes:
        if pushed is not None and pushed > 0:
            return t("gcode.say.push", e=_num(pushed), speed=speed)
        if pushed is not None and pushed < 0:
            return t("gcode.say.retract", e=_num(-pushed), speed=speed)
        if feed is not None:
            return t("gcode.say.feed_only", speed=_num(feed / 60.0, 1))
        return t("gcode.say.no_move")
    if filament or (pushed is not None and pushed > 0):
        return t("gcode.say.move", where=where, speed=speed, filament=filament)
    return t("gcode.say.travel", where=where, speed=speed)


def _sentence(command: str, params: dict[str, str | None], rest: str, machine: _Machine) -> str:
    """The sentence for one command (motion is handled by :func:`_move`)."""
    s = _f(params, "S")
    p = _f(params, "P")
    r = _f(params, "R")
    values = {k: _num(v) for k in params if (v := _f(params, k)) is not None}
    heater = {"M104": "hotend", "M109": "hotend", "M140": "bed", "M190": "bed"}.get(command)
    if heater:
        target = s if s is not None else r
        if target is None:
            return t(f"gcode.cmd.{command}")
        if target == 0:
            return t(f"gcode.say.{heater}_off")
        return _say(command, temp=_num(target)) or t(f"gcode.cmd.{command}")
    if command == "G4":
        if p is not None:
            return t("gcode.say.G4", seconds=_num(p / 1000.0))
        if s is not None:
            return t("gcode.say.G4", seconds=_num(s))
        return t("gcode.say.G4_sync")
    if command in ("G28", "M84", "M18"):
        letters = [a for a in "XYZE" if a in params]
        if letters:
            return _say(f"{command}_axes", axes=", ".join(letters)) or t(f"gcode.cmd.{command}")
    if command == "G92":
        axes = _axes_text(params, "XYZ")
        e = _f(params, "E")
        parts = []
        if axes:
            parts.append(t("gcode.say.G92_axes", axes=axes))
        if e is not None:
            parts.append(t("gcode.say.G92_e", e=_num(e)))
        if parts:
            return " ".join(parts)
    if command == "M106":
        percent = 100.0 if s is None else max(0.0, min(100.0, s / 255.0 * 100.0))
        return t("gcode.say.M106", percent=f"{percent:.0f}")
    if command in ("M117", "M118"):
        return _say(command, message=rest) or t(f"gcode.cmd.{command}")
    if command == "M862.3":
        model = rest.split('"')[1] if rest.count('"') >= 2 else rest
        return _say(command, model=model.strip()) or t(f"gcode.cmd.{command}")
    if command == "M115" and "U" in params:
        return _say("M115_U", version=params["U"] or "?") or t("gcode.cmd.M115")
    if command == "T":
        return _say("T", tool=params.get("T") or "?") or t("gcode.cmd.T")
    if command == "M204":
        parts = []
        for key, name in (("S", "any"), ("P", "print"), ("R", "retract"), ("T", "travel")):
            if key in values:
                parts.append(t(f"gcode.say.accel_{name}", value=values[key]))
        if parts:
            return t("gcode.say.M204", parts=", ".join(parts))
    if command in ("M302", "M211", "M220", "M221", "M900", "M73", "M862.1", "M300"):
        sentence = _say(command, **values)
        if sentence:
            return sentence
    generic = t(f"gcode.cmd.{command}")
    if values:
        listing = ", ".join(f"{k} = {v}" for k, v in values.items())
        generic += t("gcode.say.values", values=listing)
    return generic + "."


def explain_gcode(
    gcode: str | bytes | os.PathLike,
    lang: str | None = None,
    start: int | None = None,
    end: int | None = None,
) -> Explanation:
    """Explain G-code lines ``start`` to ``end`` (1-based, both included) in plain words.

    Returns an :class:`Explanation`: a list of rows (``line``, ``code``, ``text``) that shows
    itself as a table in a notebook. Blank lines are skipped; comments are said to be notes
    for people; commands makerkit does not know are said to be unknown.

    >>> [r.text for r in explain_gcode("G28\\nM999999", lang="en")]
    ['Home: move to the end stops to find where the axes are.', 'M999999: makerkit does not know this command; the printer may ignore it or do something unexpected.']
    """
    from makerkit.gcode.reader import known_commands, load_gcode_bytes

    data = load_gcode_bytes(gcode)
    text = data.decode("utf-8", errors="replace")
    first = max(1, int(start or 1))
    last = int(end) if end is not None else None
    with language(lang or current_language()):
        out = Explanation()
        machine = _Machine()
        known = known_commands()
        for number, raw in enumerate(text.splitlines(), start=1):
            if last is not None and number > last:
                break
            code, comment = _split(raw)
            command, rest, params = _words(code) if code else ("", "", {})
            pushed = machine.follow(command, params)
            if number < first:
                continue
            if len(out) >= MAX_LINES:
                out.truncated = True
                break
            if not code:
                if comment:
                    out.append(
                        ExplainedLine(number, raw.strip(), t("gcode.say.comment", text=comment))
                    )
                continue
            if not command:
                out.append(ExplainedLine(number, code, t("gcode.say.no_command"), "", False))
                continue
            if command in ("G0", "G1", "G2", "G3"):
                sentence = _move(command, params, machine, pushed)
            elif command in known:
                sentence = _sentence(command, params, rest, machine)
            else:
                out.append(
                    ExplainedLine(
                        number, code, t("gcode.say.unknown", code=command), command, False
                    )
                )
                continue
            if comment:
                sentence += " " + t("gcode.say.with_comment", text=comment)
            out.append(ExplainedLine(number, code, sentence, command))
        return out
