"""Everything a file says besides its moves: the commands and their values, temperatures,
machine limits, commands makerkit does not know, and the warnings met while reading.

>>> command_name(ord("M"), 862.3), command_name(ord("G"), 1.0)
('M862.3', 'G1')
"""

from __future__ import annotations

from typing import Any

import numpy as np

from makerkit.gcode.flavours import CUTTING, known_commands
from makerkit.gcode.lexer import EXTENDED, VALUE_BAD, VALUE_MISSING, Words
from makerkit.gcode.state import distinct
from makerkit.gcode.toolpath import Toolpath
from makerkit.gcode.words import one_of

__all__ = ["Notes", "Collector", "command_name", "MAX_WARNINGS_PER_KIND"]

MAX_WARNINGS_PER_KIND = 20
# frequent commands that are summed up elsewhere rather than listed one by one in
# ``meta["commands"]`` (limits are in ``limit_changes``; progress and fan are not needed)
FREQUENT_COMMANDS = frozenset({"M73", "M105", "M106", "M107", "M204", "M205"})
MAX_LISTED = 10_000
_HEATERS = {
    "M104": ("hotend", False),
    "M109": ("hotend", True),
    "M140": ("bed", False),
    "M190": ("bed", True),
    "M141": ("chamber", False),
    "M191": ("chamber", True),
}
# RepRapFirmware sets a tool's temperatures with G10 P<tool> S<active> R<standby> and M568
_RRF_HEATERS = {"G10": ("hotend", False), "M568": ("hotend", False)}


def command_name(letter: int, number: float) -> str:
    """``G1``, ``M862.3``, ``T`` (tool changes share one name) from a command word."""
    if letter == ord("T"):
        return "T"
    if not np.isfinite(number):
        return chr(letter)
    if float(number).is_integer():
        return f"{chr(letter)}{int(number)}"
    return f"{chr(letter)}{float(number):.3f}".rstrip("0")


def _is_motion(letter: np.ndarray, value: np.ndarray) -> np.ndarray:
    return (letter == ord("G")) & one_of(value, (0.0, 1.0, 2.0, 3.0))


class Notes:
    """Warnings met while reading, with their line numbers (a few of each kind kept)."""

    def __init__(self) -> None:
        self.items: list[dict[str, Any]] = []
        self.counts: dict[str, int] = {}

    def add(self, line: int, key: str, **values: Any) -> None:
        n = self.counts.get(key, 0)
        self.counts[key] = n + 1
        if n < MAX_WARNINGS_PER_KIND:
            self.items.append({"line": int(line) + 1, "key": key, "values": values})

    def render(self) -> list[dict[str, Any]]:
        from makerkit.i18n import t

        out = []
        for item in sorted(self.items, key=lambda i: i["line"]):
            code = item["key"].split(".", 1)[1].removeprefix("warn_")
            out.append(
                {
                    "line": item["line"],
                    "code": code,
                    "message": t(item["key"], line=item["line"], **item["values"]),
                }
            )
        for key, n in self.counts.items():
            if n > MAX_WARNINGS_PER_KIND:
                code = key.split(".", 1)[1].removeprefix("warn_")
                out.append(
                    {
                        "line": 0,
                        "code": code,
                        "message": t("gcode.warn_more", count=n - MAX_WARNINGS_PER_KIND, code=code),
                    }
                )
        return out


class Collector:
    """What the reader learns besides the moves, gathered chunk by chunk of the file, then
    put together (:meth:`finish`) once the moves are known."""

    def __init__(self, flavour: str) -> None:
        self.flavour = flavour
        self.notes = Notes()
        self.n_lines = 0
        self.commands: list[dict[str, Any]] = []
        self.unknown: list[dict[str, Any]] = []
        self.limit_events: dict[str, tuple[list[np.ndarray], list[np.ndarray]]] = {}
        self.known = known_commands(flavour)

    def add(self, w: Words, line0: int, extended_names: list[str]) -> None:
        """The words of one chunk, whose first line is ``line0`` (0-based) of the file."""
        self.n_lines += int(w.n_lines)
        self._warnings(w, line0)
        self._commands(w, line0, extended_names)

    def _warnings(self, w: Words, line0: int) -> None:
        notes = self.notes
        letter, number = w.cmd_letter, w.cmd_number
        if np.count_nonzero(w.flag):  # words whose number is bad or missing (few files)
            self._number_warnings(w, line0)
        _note_many(notes, "gcode.warn_long_line", w.long_lines + line0)
        _note_many(notes, "gcode.warn_placeholder", distinct(w.placeholders) + line0)
        _note_many(notes, "gcode.warn_stray_number", distinct(w.stray_numbers) + line0)
        if self.flavour not in CUTTING:  # on a CNC, X10 Y10 alone goes on with the last move
            no_cmd = np.flatnonzero(letter == 0)  # then: those with words (words are by line)
            no_cmd = no_cmd[w.spans(no_cmd)[1] > 0]
            _note_many(notes, "gcode.warn_no_command", no_cmd + line0)
        bad_cmd = np.flatnonzero(
            (letter != 0) & (letter != EXTENDED) & (letter != ord("T")) & np.isnan(number)
        )
        _note_many(notes, "gcode.warn_bad_command", bad_cmd + line0, letters=letter[bad_cmd])

    def _number_warnings(self, w: Words, line0: int) -> None:
        letter, number = w.cmd_letter, w.cmd_number
        bad = np.flatnonzero(w.flag == VALUE_BAD)
        if len(bad):  # version strings (M115 U3.11.0, M862.4 P3.12) are not numbers
            cmd = letter[w.line[bad]] * 100000.0 + np.floor(number[w.line[bad]])
            bad = bad[(cmd != ord("M") * 100000.0 + 115) & (cmd != ord("M") * 100000.0 + 862)]
        notes = self.notes
        _note_many(notes, "gcode.warn_bad_number", w.line[bad] + line0, letters=w.letter[bad])
        motion = (letter == ord("G")) & one_of(number, (0.0, 1.0, 2.0, 3.0))
        missing = np.flatnonzero(w.flag == VALUE_MISSING)
        missing = missing[motion[w.line[missing]]]
        missing = missing[w.cmd_word[w.line[missing]] != missing]
        _note_many(
            notes, "gcode.warn_missing_value", w.line[missing] + line0, letters=w.letter[missing]
        )

    def _commands(self, w: Words, line0: int, extended_names: list[str]) -> None:
        """Every G and M word that is not a move (G21 G90 on one line are two), T, names."""
        # the lines' commands, and the G and M words beside them that have a number
        cmd_w = np.flatnonzero(w.cmd_letter > EXTENDED)
        cmd_w = w.cmd_word[cmd_w[~_is_motion(w.cmd_letter[cmd_w], w.cmd_number[cmd_w])]]
        extra = w.extra_commands
        extra = extra[(w.letter[extra] != ord("T")) & (w.flag[extra] == 0)]
        extra = extra[~_is_motion(w.letter[extra], w.value[extra])]
        if len(extra):
            cmd_w = np.sort(np.concatenate((cmd_w, extra)))
        keys = w.letter[cmd_w].astype(np.int64) * 10_000_000 + np.round(
            np.nan_to_num(w.value[cmd_w], nan=-1.0) * 1000
        ).astype(np.int64)
        uniq, first, inverse = _unique(keys)
        names = [command_name(int(w.letter[cmd_w[i]]), float(w.value[cmd_w[i]])) for i in first]
        ext = np.flatnonzero(w.cmd_letter == EXTENDED)
        ext_names = sorted(set(extended_names))
        names_all = names + ext_names
        code = np.concatenate([inverse, len(names) + np.searchsorted(ext_names, extended_names)])
        code = code.astype(np.int64)
        lines = np.concatenate([w.line[cmd_w].astype(np.int64), ext])
        if len(ext):  # Klipper's START_PRINT …: named by the reader, listed with the others
            order = np.argsort(lines, kind="stable")
            lines, code = lines[order], code[order]
        if len(code) == 0:
            return
        name_arr = np.array(names_all, dtype=object)[code]
        unknown = np.array([n not in self.known and n != "T" for n in names_all], bool)[code]
        room = MAX_LISTED - len(self.unknown)
        if room > 0 and unknown.any():
            self.unknown += [
                {"line": int(li) + line0 + 1, "code": str(n)}
                for li, n in zip(
                    lines[unknown][:room].tolist(), name_arr[unknown][:room], strict=True
                )
            ]
        frequent = np.array([n in FREQUENT_COMMANDS for n in names_all], bool)[code]
        self.commands += _command_table(w, lines[~frequent], name_arr[~frequent], line0)
        limit_sel = np.array([n in _LIMIT_LETTERS for n in names_all], bool)[code]
        if limit_sel.any():
            _limit_events(w, lines[limit_sel], name_arr[limit_sel], line0, self.limit_events)

    def finish(self, tp: Toolpath, working: np.ndarray) -> dict[str, Any]:
        """Everything but the moves: temperatures, limits, commands, unknowns, warnings."""
        meta: dict[str, Any] = {"lines": self.n_lines}
        meta["unknown_commands"] = self.unknown
        meta["commands"] = self.commands
        limits, changes = _limits(self.limit_events, tp, working)
        meta["machine_limits"] = limits
        meta["limit_changes"] = changes
        rrf = self.flavour == "reprapfirmware"
        heaters = dict(_HEATERS, **(_RRF_HEATERS if rrf else {}))
        meta["temperatures"] = [
            {
                "line": c["line"],
                "code": c["code"],
                "target_c": c["params"].get("S", c["params"].get("R")),
                "heater": heaters[c["code"]][0],
                "wait": heaters[c["code"]][1],
                "tool": c["params"].get("T", c["params"].get("P") if c["code"] == "G10" else None),
            }
            for c in self.commands
            if c["code"] in heaters and (c["code"] != "G10" or "S" in c["params"])
        ]
        for c in self.commands:  # Klipper's own command turns every heater off
            if c["code"] == "TURN_OFF_HEATERS":
                meta["temperatures"] += [
                    {"line": c["line"], "code": c["code"], "target_c": 0.0, "heater": heater,
                     "wait": False, "tool": None}
                    for heater in ("hotend", "bed")
                ]  # fmt: skip
        meta["temperatures"].sort(key=lambda t: t["line"])
        layer_z = []
        rows = np.flatnonzero(working)
        if len(rows):
            lay = tp.layer[rows]
            firsts = rows[np.flatnonzero(np.concatenate(([True], lay[1:] != lay[:-1])))]
            seen: dict[int, float] = {}
            for layer, z in zip(tp.layer[firsts].tolist(), tp.z[firsts].tolist(), strict=True):
                seen.setdefault(layer, round(z, 4))
            layer_z = [seen[k] for k in sorted(seen)]
        meta["layer_z"] = layer_z
        meta["warnings"] = self.notes.render()
        return meta


def _note_many(notes: Notes, key: str, lines: np.ndarray, letters: Any = None) -> None:
    """A warning on each of ``lines`` (0-based, of the file); only a few are kept."""
    lines = np.asarray(lines)
    if len(lines) == 0:
        return
    room = max(0, MAX_WARNINGS_PER_KIND - notes.counts.get(key, 0))
    for k, li in enumerate(lines[:room].tolist()):
        if letters is None:
            notes.add(int(li), key)
        else:
            notes.add(int(li), key, letter=chr(int(letters[k])))
    notes.counts[key] = notes.counts.get(key, 0) + len(lines) - min(room, len(lines))


def _unique(keys: np.ndarray):
    """``(distinct keys, index of each one's first, inverse)`` through one stable sort."""
    if len(keys) == 0:
        empty = np.zeros(0, np.int64)
        return empty, empty, empty
    order = np.argsort(keys, kind="stable")
    sorted_keys = keys[order]
    new = np.concatenate(([True], sorted_keys[1:] != sorted_keys[:-1]))
    first = order[np.flatnonzero(new)]
    inverse = np.empty(len(keys), np.int64)
    inverse[order] = np.cumsum(new) - 1
    return sorted_keys[new], first, inverse


def _command_table(w: Words, lines: np.ndarray, names, line0: int) -> list[dict[str, Any]]:
    """``[{line, code, params}]`` for ``lines`` (0-based in the chunk, sorted): plain values."""
    params: dict[int, dict[str, float | None]] = {int(li): {} for li in lines.tolist()}
    if len(lines):  # the words of those lines (words are by line), but their commands
        listed = distinct(lines, is_sorted=True)
        first, count = w.spans(listed)
        sel = np.repeat(first - (np.cumsum(count) - count), count) + np.arange(int(count.sum()))
        sel = sel[w.cmd_word[w.line[sel]] != sel]
        for li, c, v in zip(
            w.line[sel].tolist(), w.letter[sel].tolist(), w.value[sel].tolist(), strict=True
        ):
            params[li][chr(c)] = None if v != v else v
    return [
        {"line": li + line0 + 1, "code": str(n), "params": params[li]}
        for li, n in zip(lines.tolist(), names, strict=True)
    ]


# what each M201/M203/M204/M205 letter sets (later pairs win on the same line)
_LIMIT_LETTERS = {
    "M201": [(a, f"max_accel_{a.lower()}_mm_s2") for a in "XYZE"],
    "M203": [(a, f"max_feedrate_{a.lower()}_mm_s") for a in "XYZE"],
    "M204": [
        ("S", "accel_print_mm_s2"),
        ("S", "accel_travel_mm_s2"),
        ("P", "accel_print_mm_s2"),
        ("R", "accel_retract_mm_s2"),
        ("T", "accel_travel_mm_s2"),
    ],
    "M205": [(a, f"jerk_{a.lower()}_mm_s") for a in "XYZE"]
    + [
        ("J", "junction_deviation_mm"),
        ("S", "min_feedrate_mm_s"),
        ("T", "min_travel_feedrate_mm_s"),
    ],
}


def _limit_events(w: Words, lines: np.ndarray, names, line0: int, events) -> None:
    """Add each limit set by M201/M203/M204/M205 on ``lines`` to ``events`` (1-based lines)."""
    every = w.params("XYZEPRSTJ", lines)
    for code, pairs in _LIMIT_LETTERS.items():
        mask = np.asarray(names == code, bool)
        sel = lines[mask]
        if len(sel) == 0:
            continue
        prm = {k: v[mask] for k, v in every.items()}
        chosen: dict[str, np.ndarray] = {}
        for letter, key in pairs:
            v = prm[letter]
            ok = np.isfinite(v) & (v >= 0)
            chosen[key] = np.where(ok, v, chosen.get(key, np.full(len(sel), np.nan)))
        for key, v in chosen.items():
            ok = ~np.isnan(v)
            if ok.any():
                ls, vs = events.setdefault(key, ([], []))
                ls.append(sel[ok] + line0 + 1)
                vs.append(v[ok])


def _limits(events, tp: Toolpath, working: np.ndarray):
    """Machine limits set before printing starts, and every change, per limit name.

    Changes are ``{name: {"rows": [...], "lines": [...], "values": [...]}}``: the value holds
    from move ``rows[i]`` on (moves are rows of the toolpath).
    """
    first_print = np.flatnonzero(working)
    first_line = int(tp.line[first_print[0]]) if len(first_print) else 1 << 30
    limits: dict[str, float] = {}
    changes: dict[str, dict[str, list]] = {}
    for key, (ls, vs) in events.items():
        ln = np.concatenate(ls)
        vv = np.concatenate(vs)
        order = np.argsort(ln, kind="stable")
        ln, vv = ln[order], vv[order]
        before = ln < first_line
        if before.any():
            limits[key] = float(vv[before][-1])
        rows = np.searchsorted(tp.line, ln.astype(tp.line.dtype))
        changes[key] = {"rows": rows.tolist(), "lines": ln.tolist(), "values": vv.tolist()}
    return limits, changes
