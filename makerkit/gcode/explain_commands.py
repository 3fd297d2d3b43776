"""What a G-code command does, in a sentence: a move (where, how fast, the plastic pushed or
pulled), a temperature, a fan, a pause, a firmware's own command. Sentences come from the
``gcode`` catalogues: ``gcode.say.*`` for sentences with values, ``gcode.cmd.*`` (and
``gcode.cmd_<flavour>.*`` for a firmware's own meaning) for what a command does; the
explainer (:mod:`makerkit.gcode.explain`) gives each the line's values.

>>> from makerkit.i18n import language
>>> with language("en"):
...     command_sentence("M140", {"S": 60.0}, "", Machine(False, False, "marlin", False))
'Set the bed temperature to 60 °C and go on without waiting.'
"""

from __future__ import annotations

import re
import string
from typing import Any

from makerkit.i18n import catalogue, current_language, number, t

__all__ = ["Machine", "say_number", "param", "move_sentence", "pen_move_sentence"]
__all__ += ["command_sentence", "command_text", "unknown_sentence"]

_VENDORS = {
    "prusa": "Prusa-Firmware",
    "klipper": "Klipper",
    "reprapfirmware": "RepRapFirmware",
    "bambu": "Bambu Lab",
    "laser": "GRBL",
    "cnc": "LinuxCNC",
}


def say_number(value: float, decimals: int = 4) -> str:
    """``10``, ``0.5``, ``-3.25`` (``0,5`` in French): as a person writes it."""
    return number(value, decimals)


def param(params: dict[str, float | None], key: str) -> float | None:
    """The value of ``key`` among a line's ``params`` (``None`` when absent or unreadable)."""
    v = params.get(key)
    return None if v is None or v != v else float(v)


class Machine:
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
        v = param(params, a)
        if v is not None:
            parts.append(f"{a} = {say_number(v)} {unit}")
    return ", ".join(parts)


def pen_move_sentence(params: dict[str, float | None], machine: Machine, down: bool) -> str:
    """A move of a pen drawing: a line drawn with the pen down, or a move with it up."""
    axes = _axes_text(params, "XY")
    if not axes:
        return ""
    feed = param(params, "F")
    speed = (
        t("gcode.say.part_speed", speed=say_number(feed / 60.0, 1))
        if feed is not None and feed > 0
        else ""
    )
    where = t("gcode.say.part_by" if machine.relative else "gcode.say.part_to", axes=axes)
    return t("gcode.say.pen_down" if down else "gcode.say.pen_up", where=where, speed=speed)


def move_sentence(
    command: str,
    params: dict[str, float | None],
    machine: Machine,
    pushed: float | None,
    cutting: bool = False,
    cut: bool = False,
) -> str:
    """A move (G0-G3) in words: where to, how fast, the plastic ``pushed`` (mm, negative:
    pulled back); on a laser or a CNC (``cutting``) a cut or a rapid move."""
    axes = _axes_text(params, "XYZ")
    feed = param(params, "F")
    speed = (
        t("gcode.say.part_speed", speed=say_number(feed / 60.0, 1))
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
            filament = t("gcode.say.part_pushing", e=say_number(pushed))
        elif pushed < 0:
            filament = t("gcode.say.part_pulling", e=say_number(-pushed))
    turn = around = ""
    if command in ("G2", "G3"):
        turn = t("gcode.say.part_clockwise" if command == "G2" else "gcode.say.part_anticlockwise")
        r = param(params, "R")
        around = (
            t("gcode.say.part_radius", r=say_number(r))
            if r is not None
            else t(
                "gcode.say.part_centre_at" if machine.arc_absolute else "gcode.say.part_centre",
                i=say_number(param(params, "I") or 0.0),
                j=say_number(param(params, "J") or 0.0),
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
            return t("gcode.say.push", e=say_number(pushed), speed=speed)
        if pushed is not None and pushed < 0:
            return t("gcode.say.retract", e=say_number(-pushed), speed=speed)
        if feed is not None:
            return t("gcode.say.feed_only", speed=say_number(feed / 60.0, 1))
        return t("gcode.say.no_move")
    if filament or (pushed is not None and pushed > 0):
        return t("gcode.say.move", where=where, speed=speed, filament=filament)
    return t("gcode.say.travel", where=where, speed=speed)


def command_sentence(
    command: str, params: dict[str, float | None], rest: str, machine: Machine
) -> str:
    """The sentence for one command that is not a move (moves: :func:`move_sentence`)."""
    s = param(params, "S")
    p = param(params, "P")
    r = param(params, "R")
    values = {k: say_number(v) for k in params if (v := param(params, k)) is not None}
    heater = {"M104": "hotend", "M109": "hotend", "M140": "bed", "M190": "bed"}.get(command)
    if heater:
        target = s if s is not None else r
        if target is None:
            return t(f"gcode.cmd.{command}")
        if target == 0:
            return t(f"gcode.say.{heater}_off")
        return _say(command, temp=say_number(target)) or t(f"gcode.cmd.{command}")
    if command == "G4":
        if p is not None:
            return t("gcode.say.G4", seconds=say_number(p / 1000.0))
        if s is not None:
            return t("gcode.say.G4", seconds=say_number(s))
        return t("gcode.say.G4_sync")
    if command in ("G28", "M84", "M18"):
        letters = [a for a in "XYZE" if a in params]
        if letters:
            return _say(f"{command}_axes", axes=", ".join(letters)) or t(f"gcode.cmd.{command}")
    if command == "G92":
        axes = _axes_text(params, "XYZ")
        e = param(params, "E")
        parts = []
        if axes:
            parts.append(t("gcode.say.G92_axes", axes=axes))
        if e is not None:
            parts.append(t("gcode.say.G92_e", e=say_number(e)))
        if parts:
            return " ".join(parts)
    if command in ("M106", "M107"):
        return _fan(command, params, machine.flavour)
    if command == "M108" and s is not None:
        return t("gcode.say.M108_S", S=say_number(s))
    if command in ("M3", "M4") and machine.flavour in ("laser", "cnc"):
        power = t("gcode.say.power", value=say_number(s)) if s is not None else ""
        return (command_text(command, machine.flavour) or command) + power + "."
    if command in ("M117", "M118"):
        return _say(command, message=rest) or t(f"gcode.cmd.{command}")
    if command == "M862.3":
        model = rest.split('"')[1] if rest.count('"') >= 2 else rest
        return _say(command, model=model.strip()) or t(f"gcode.cmd.{command}")
    if command == "M115" and "U" in params:
        found = re.search(r"U\s*([\w.]+)", rest)
        return _say("M115_U", version=found.group(1) if found else "?") or t("gcode.cmd.M115")
    if command == "T":
        tool = param(params, "T")
        return _say("T", tool=say_number(tool) if tool is not None else "?") or t("gcode.cmd.T")
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
    generic = command_text(command, machine.flavour) or command
    if values:
        listing = ", ".join(f"{k} = {v}" for k, v in values.items())
        generic += t("gcode.say.values", values=listing)
    return generic + "."


def command_text(command: str, flavour: str) -> str | None:
    """What ``command`` does on this flavour's firmware (its own meaning first)."""
    lang = current_language()
    for key in (f"gcode.cmd_{flavour}.{command}", f"gcode.cmd.{command}"):
        text = catalogue(lang).get(key) or catalogue("en").get(key)
        if text is not None:
            return text
    return None


def unknown_sentence(command: str, flavour: str) -> str:
    """A command makerkit does not know, said so (a vendor's own when the file is for one)."""
    vendor = _VENDORS.get(flavour)
    if vendor:
        return t("gcode.say.unknown_vendor", code=command, vendor=vendor)
    return t("gcode.say.unknown", code=command)


def _fan(command: str, params: dict[str, float | None], flavour: str) -> str:
    """M106 / M107 with their fan index (P) and speed (S)."""
    s, index = param(params, "S"), param(params, "P")
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
