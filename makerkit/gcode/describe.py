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
from makerkit.gcode.toolpath import Toolpath

__all__ = ["Notes", "describe", "command_name", "MAX_WARNINGS_PER_KIND"]

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
    return (letter == ord("G")) & np.isin(value, (0.0, 1.0, 2.0, 3.0))


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


def describe(
    w: Words,
    tp: Toolpath,
    working: np.ndarray,
    notes: Notes,
    flavour: str,
    extended_names: list[str],
) -> dict[str, Any]:
    """Everything but the moves: temperatures, limits, commands, unknowns, warnings.

    ``extended_names`` are the names of the extended-command lines (Klipper), in order."""
    meta: dict[str, Any] = {"lines": int(w.n_lines)}
    letter, number = w.cmd_letter, w.cmd_number
    # bad numbers, missing values
    bad = np.flatnonzero(w.flag == VALUE_BAD)
    if len(bad):  # version strings (M115 U3.11.0, M862.4 P3.12) are not numbers
        cmd = letter[w.line[bad]] * 100000.0 + np.floor(number[w.line[bad]])
        bad = bad[(cmd != ord("M") * 100000.0 + 115) & (cmd != ord("M") * 100000.0 + 862)]
    for i in bad[: MAX_WARNINGS_PER_KIND + 1]:
        notes.add(int(w.line[i]), "gcode.warn_bad_number", letter=chr(w.letter[i]))
    for _ in bad[MAX_WARNINGS_PER_KIND + 1 :]:
        notes.counts["gcode.warn_bad_number"] += 1
    motion = (letter == ord("G")) & (number >= 0) & (number <= 3) & (number == np.floor(number))
    missing = np.flatnonzero((w.flag == VALUE_MISSING) & motion[w.line])
    missing = missing[w.cmd_word[w.line[missing]] != missing]
    for i in missing[:MAX_WARNINGS_PER_KIND]:
        notes.add(int(w.line[i]), "gcode.warn_missing_value", letter=chr(w.letter[i]))
    notes.counts["gcode.warn_missing_value"] = len(missing) if len(missing) else 0
    for li in w.long_lines[:MAX_WARNINGS_PER_KIND]:
        notes.add(int(li), "gcode.warn_long_line")
    for li in np.unique(w.placeholders)[:MAX_WARNINGS_PER_KIND]:
        notes.add(int(li), "gcode.warn_placeholder")
    for li in np.unique(w.stray_numbers)[:MAX_WARNINGS_PER_KIND]:
        notes.add(int(li), "gcode.warn_stray_number")
    # lines with words but no command (on a CNC, X10 Y10 alone goes on with the last move)
    has_words = np.zeros(w.n_lines, bool)
    has_words[w.line] = True
    no_cmd = np.flatnonzero(has_words & (letter == 0)) if flavour not in CUTTING else []
    for li in no_cmd[:MAX_WARNINGS_PER_KIND]:
        notes.add(int(li), "gcode.warn_no_command")
    bad_cmd = np.flatnonzero(
        (letter != 0) & (letter != EXTENDED) & (letter != ord("T")) & np.isnan(number)
    )
    for li in bad_cmd[:MAX_WARNINGS_PER_KIND]:
        notes.add(int(li), "gcode.warn_bad_command", letter=chr(letter[li]))

    # commands other than moves: every G and M word (G21 G90 on one line are two), T, names
    is_cmd = ((w.letter == ord("G")) | (w.letter == ord("M"))) & (w.flag == 0)
    is_cmd[w.cmd_word[w.cmd_word >= 0]] = True
    cmd_w = np.flatnonzero(is_cmd)
    cmd_w = cmd_w[~_is_motion(w.letter[cmd_w], w.value[cmd_w])]
    keys = w.letter[cmd_w].astype(np.int64) * 10_000_000 + np.round(
        np.nan_to_num(w.value[cmd_w], nan=-1.0) * 1000
    ).astype(np.int64)
    order = np.argsort(keys, kind="stable")
    sorted_keys = keys[order]
    new = np.concatenate(([True], sorted_keys[1:] != sorted_keys[:-1])) if len(keys) else []
    first = order[np.flatnonzero(new)] if len(keys) else np.zeros(0, np.int64)
    inverse = np.empty(len(keys), np.int64)
    inverse[order] = np.cumsum(new) - 1 if len(keys) else []
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
    name_of = np.array(names_all + [""], dtype=object)
    name_arr = name_of[code] if len(code) else np.zeros(0, object)
    known = known_commands(flavour)
    unknown = np.array([n not in known and n != "T" for n in names_all] + [False], bool)[code]
    meta["unknown_commands"] = [
        {"line": int(li) + 1, "code": str(n)}
        for li, n in zip(
            lines[unknown][:MAX_LISTED].tolist(), name_arr[unknown][:MAX_LISTED], strict=True
        )
    ]
    frequent = np.array([n in FREQUENT_COMMANDS for n in names_all] + [False], bool)[code]
    meta["commands"] = _command_table(w, lines[~frequent], name_arr[~frequent])
    limit_sel = np.array([n in _LIMIT_LETTERS for n in names_all] + [False], bool)[code]
    limits, changes = _limit_changes(w, lines[limit_sel], name_arr[limit_sel], tp, working)
    meta["machine_limits"] = limits
    meta["limit_changes"] = changes
    heaters = dict(_HEATERS, **(_RRF_HEATERS if flavour == "reprapfirmware" else {}))
    meta["temperatures"] = [
        {
            "line": c["line"],
            "code": c["code"],
            "target_c": c["params"].get("S", c["params"].get("R")),
            "heater": heaters[c["code"]][0],
            "wait": heaters[c["code"]][1],
            "tool": c["params"].get("T", c["params"].get("P") if c["code"] == "G10" else None),
        }
        for c in meta["commands"]
        if c["code"] in heaters and (c["code"] != "G10" or "S" in c["params"])
    ]
    layer_z = []
    if working.any():
        lay = tp.layer[working]
        zs = tp.z[working]
        order = np.unique(lay, return_index=True)[1]
        layer_z = [round(float(v), 4) for v in zs[order]]
    meta["layer_z"] = layer_z
    meta["warnings"] = notes.render()
    return meta


def _command_table(w: Words, lines: np.ndarray, names) -> list[dict[str, Any]]:
    """``[{line, code, params}]`` for ``lines`` (0-based, sorted): plain values."""
    params: dict[int, dict[str, float | None]] = {int(li): {} for li in lines.tolist()}
    if len(lines):
        listed = np.zeros(w.n_lines, bool)
        listed[lines] = True
        sel = listed[w.line]
        sel[w.cmd_word[w.cmd_word >= 0]] = False
        for li, c, v in zip(
            w.line[sel].tolist(), w.letter[sel].tolist(), w.value[sel].tolist(), strict=True
        ):
            params[li][chr(c)] = None if v != v else v
    return [
        {"line": li + 1, "code": str(n), "params": params[li]}
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


def _limit_changes(w: Words, lines: np.ndarray, names, tp: Toolpath, working: np.ndarray):
    """Machine limits set before printing starts, and every change, per limit name.

    Changes are ``{name: {"rows": [...], "lines": [...], "values": [...]}}``: the value holds
    from move ``rows[i]`` on (moves are rows of the toolpath).
    """
    first_print = np.flatnonzero(working)
    first_line = int(tp.line[first_print[0]]) if len(first_print) else 1 << 30
    events: dict[str, tuple[list[np.ndarray], list[np.ndarray]]] = {}
    every = w.params("XYZEPRSTJ", lines) if len(lines) else {}
    for code, pairs in _LIMIT_LETTERS.items():
        mask = np.asarray(names == code, bool) if len(lines) else np.zeros(0, bool)
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
                ls.append(sel[ok] + 1)
                vs.append(v[ok])
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
        rows = np.searchsorted(tp.line, ln)
        changes[key] = {"rows": rows.tolist(), "lines": ln.tolist(), "values": vv.tolist()}
    return limits, changes
