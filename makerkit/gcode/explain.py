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
import string
from dataclasses import dataclass
from typing import Any

from makerkit.gcode.toolpath import FEATURE_CODES
from makerkit.i18n import catalogue, current_language, language, looks_english, number, t

__all__ = ["ExplainedLine", "Explanation", "explain_gcode", "MAX_LINES"]

MAX_LINES = 5000  # a person reads a few hundred lines; beyond that, ask for a range
_VENDORS = {
    "prusa": "Prusa-Firmware",
    "klipper": "Klipper",
    "reprapfirmware": "RepRapFirmware",
    "bambu": "Bambu Lab",
    "laser": "GRBL",
    "cnc": "LinuxCNC",
}


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
    return number(value, decimals)


def _split(raw: str) -> tuple[str, str]:
    """Code and comment of a line, for showing (``;`` comments, ``( )`` comments, ``*`` checksums)."""
    code, _, comment = raw.partition(";")
    code = code.split("*", 1)[0]
    if "(" in code:
        parens = re.findall(r"\(([^)]*)\)?", code)
        comment = (comment + " " + " ".join(parens)).strip()
        code = re.sub(r"\([^)]*\)?", " ", code)
    return code.strip(), comment.strip()


def _f(params: dict[str, float | None], key: str) -> float | None:
    v = params.get(key)
    return None if v is None or v != v else float(v)


class _Machine:
    """The modes a line's meaning depends on, as the reader found them."""

    def __init__(self, relative: bool, inch: bool, flavour: str, arc_absolute: bool) -> None:
        self.arc_absolute = arc_absolute
        self.relative = relative
        self.inches = inch
        self.flavour = flavour


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


def _pen_move(params, machine: _Machine, down: bool) -> str:
    """A move of a pen drawing: a line drawn with the pen down, or a move with it up."""
    axes = _axes_text(params, "XY")
    if not axes:
        return ""
    feed = _f(params, "F")
    speed = (
        t("gcode.say.part_speed", speed=_num(feed / 60.0, 1))
        if feed is not None and feed > 0
        else ""
    )
    where = t("gcode.say.part_by" if machine.relative else "gcode.say.part_to", axes=axes)
    return t("gcode.say.pen_down" if down else "gcode.say.pen_up", where=where, speed=speed)


def _move(command, params, machine: _Machine, pushed, cutting: bool = False, cut: bool = False):
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
    turn = around = ""
    if command in ("G2", "G3"):
        turn = t("gcode.say.part_clockwise" if command == "G2" else "gcode.say.part_anticlockwise")
        r = _f(params, "R")
        around = (
            t("gcode.say.part_radius", r=_num(r))
            if r is not None
            else t(
                "gcode.say.part_centre_at" if machine.arc_absolute else "gcode.say.part_centre",
                i=_num(_f(params, "I") or 0.0),
                j=_num(_f(params, "J") or 0.0),
            )
        )
        if not cutting:
            return t(
                "gcode.say.arc",
                turn=turn,
                where=where,
                around=around,
                speed=speed,
                filament=filament,
            )
    if cutting and axes:
        key = "cut" if cut else "rapid"
        if command in ("G2", "G3"):
            return t("gcode.say.arc_" + key, turn=turn, where=where, around=around, speed=speed)
        return t(f"gcode.say.{key}", where=where, speed=speed)
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
    if command in ("M106", "M107"):
        return _fan(command, params, machine.flavour)
    if command == "M108" and s is not None:
        return t("gcode.say.M108_S", S=_num(s))
    if command in ("M3", "M4") and machine.flavour in ("laser", "cnc"):
        power = t("gcode.say.power", value=_num(s)) if s is not None else ""
        return (_command_text(command, machine.flavour) or command) + power + "."
    if command in ("M117", "M118"):
        return _say(command, message=rest) or t(f"gcode.cmd.{command}")
    if command == "M862.3":
        model = rest.split('"')[1] if rest.count('"') >= 2 else rest
        return _say(command, model=model.strip()) or t(f"gcode.cmd.{command}")
    if command == "M115" and "U" in params:
        found = re.search(r"U\s*([\w.]+)", rest)
        return _say("M115_U", version=found.group(1) if found else "?") or t("gcode.cmd.M115")
    if command == "T":
        tool = _f(params, "T")
        return _say("T", tool=_num(tool) if tool is not None else "?") or t("gcode.cmd.T")
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
    generic = _command_text(command, machine.flavour) or command
    if values:
        listing = ", ".join(f"{k} = {v}" for k, v in values.items())
        generic += t("gcode.say.values", values=listing)
    return generic + "."


def _command_text(command: str, flavour: str) -> str | None:
    """What ``command`` does on this flavour's firmware (its own meaning first)."""
    lang = current_language()
    for key in (f"gcode.cmd_{flavour}.{command}", f"gcode.cmd.{command}"):
        text = catalogue(lang).get(key) or catalogue("en").get(key)
        if text is not None:
            return text
    return None


def _unknown(command: str, flavour: str) -> str:
    vendor = _VENDORS.get(flavour)
    if vendor:
        return t("gcode.say.unknown_vendor", code=command, vendor=vendor)
    return t("gcode.say.unknown", code=command)


def _fan(command: str, params: dict[str, float | None], flavour: str) -> str:
    """M106 / M107 with their fan index (P) and speed (S)."""
    s, index = _f(params, "S"), _f(params, "P")
    index = int(index) if index is not None else (1 if flavour == "bambu" else 0)
    if flavour == "bambu":
        fan = {1: "fan_part", 2: "fan_aux", 3: "fan_chamber"}.get(index)
    else:
        fan = "fan_part" if index == 0 else None
    name = t(f"gcode.say.{fan}") if fan else t("gcode.say.fan_number", index=index)
    if command == "M107" or (s is not None and s <= 0):
        return t("gcode.say.fan_off", fan=name)
    percent = 100.0 if s is None else max(0.0, min(100.0, s / 255.0 * 100.0))
    return t("gcode.say.fan_on", fan=name, percent=f"{percent:.0f}")


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
    lo = np.searchsorted(w.line, local, side="left")
    hi = np.searchsorted(w.line, local, side="right")
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
                    out.append(ExplainedLine(number, raw.strip(), _comment_sentence(comment)))
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
            machine = _Machine(bool(relative[k]), bool(inch[k]), flav, bool(arc_abs[k]))
            rows = slice(int(r_lo[k]), int(r_hi[k]))
            pushed = float(tp.e[rows].sum()) if "E" in params else None
            if command in ("G0", "G1", "G2", "G3"):
                cut = cutting and bool((tp.feature[rows] == FEATURE_CODES["cut"]).any())
                sentence = _move(command, params, machine, pushed, cutting, cut)
                if drawing and command in ("G0", "G1"):
                    down = bool((tp.feature[rows] == FEATURE_CODES["pen"]).any())
                    sentence = _pen_move(params, machine, down) or sentence
            elif command in known:
                rest = code.split(None, 1)[1] if " " in code else ""
                sentence = _sentence(command, params, rest, machine)
            else:
                out.append(ExplainedLine(number, code, _unknown(command, flav), command, False))
                continue
            extra = [
                _command_text(command_name(ord("G"), v), flav) or command_name(ord("G"), v)
                for key, v in _extra_g(w, int(lo[k]), int(hi[k]), int(w.cmd_word[here]))
            ]
            if extra:
                sentence += " " + t("gcode.say.also", what="; ".join(extra))
            sentence += _unreadable(w, int(lo[k]), int(hi[k]), raw)
            if comment and not _foreign(comment):  # the command is already explained
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


# a slicer's own mark in capitals (PRINTING_ID: 2, TIME_ELAPSED:346.28, BEFORE_LAYER_CHANGE)
_CAPITALS = re.compile(r"^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\s*(?::.*)?$")


def _foreign(comment: str) -> bool:
    """A slicer's English note, in a text that is not English: explained, not quoted."""
    if current_language() == "en":
        return False
    return looks_english(comment) or bool(_CAPITALS.match(comment.strip()))


_MARKER = re.compile(
    r"^(LAYER_CHANGE|Z|HEIGHT|WIDTH|LAYER|TYPE|TIME|LAYER_COUNT|FLAVOR)\s*(?::\s*(.*))?$",
    re.IGNORECASE,
)
# a slicer's setting written down (PrusaSlicer's ``; layer_height = 0.2``, makerkit's
# ``; setting walls = 2``): a name that is code, not English to quote
_SETTING = re.compile(r"^(?:setting\s+)?([a-z][a-z0-9_]*)\s*=\s*(.*)$")


def _comment_sentence(comment: str) -> str:
    """A comment line in the reader's words; a slicer's markers (``;Z:0.2``) are explained."""
    marker = _MARKER.match(comment.strip())
    if marker:
        key, value = marker[1].upper(), (marker[2] or "").strip()
        try:
            amount = number(float(value), 3)
        except ValueError:
            amount = value
        if key == "TYPE":
            amount = t(f"slicing.feature_{_slicer_type(value)}")
        elif key == "TIME":
            try:
                minutes = round(float(value) / 60)
            except ValueError:
                return t("gcode.say.comment", text=comment)
            amount = (
                f"{minutes // 60} h {minutes % 60:02d} min" if minutes >= 60 else f"{minutes} min"
            )
        return t(f"gcode.say.marker_{key.lower()}", value=amount)
    setting = _SETTING.match(comment.strip())
    if setting:
        name, value = setting[1], setting[2].strip()
        try:
            value = number(float(value), 3)
        except ValueError:
            value = {"True": t("core.yes"), "False": t("core.no"), "None": "—"}.get(value, value)
        return t("gcode.say.setting", name=name, value=value or "—")
    if _foreign(comment):
        return t("gcode.say.comment_foreign")
    try:  # a number alone (PrusaSlicer's height after ;Z:) reads as the reader writes it
        return t("gcode.say.comment", text=number(float(comment), 3))
    except ValueError:
        return t("gcode.say.comment", text=comment)


def _slicer_type(value: str) -> str:
    """A slicer's ``;TYPE:`` name as a feature of makerkit (``other`` when unknown)."""
    from makerkit.gcode.toolpath import FEATURES

    words = value.lower().replace("-", "_").replace(" ", "_")
    aliases = {
        "external_perimeter": "wall_outer",
        "outer_wall": "wall_outer",
        "wall_outer": "wall_outer",
        "perimeter": "wall_inner",
        "inner_wall": "wall_inner",
        "wall_inner": "wall_inner",
        "solid_infill": "skin",
        "top_solid_infill": "skin",
        "bottom_surface": "skin",
        "top_surface": "skin",
        "skin": "skin",
        "internal_infill": "infill",
        "sparse_infill": "infill",
        "fill": "infill",
        "infill": "infill",
        "skirt": "skirt",
        "skirt/brim": "skirt",
        "skirt_brim": "skirt",
        "brim": "skirt",
        "support": "support",
        "support_material": "support",
        "bridge_infill": "bridge",
        "bridge": "bridge",
    }
    found = aliases.get(words, "other")
    return found if found in FEATURES else "other"


def _extra_g(w, first: int, last: int, cmd_word: int):
    """The G words of a line after its command (``G20 G40 G90``: G40 and G90)."""
    for i in range(first, last):
        if i != cmd_word and w.letter[i] == ord("G") and w.value[i] == w.value[i]:
            yield "G", float(w.value[i])
