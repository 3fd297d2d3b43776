"""Helpers for the slicing tests: small shapes and an independent G-code reader (gcodeparser)."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import trimesh

PRINTERS = ["prusa-mk4", "prusa-mk3s", "prusa-mini", "creality-ender3-v2"]


def box(x: float, y: float, z: float) -> trimesh.Trimesh:
    return trimesh.creation.box((x, y, z))


def t_shape() -> trimesh.Trimesh:
    """A 'T': a 6 mm post under a 30 mm bar, the bar overhangs on both sides."""
    post = trimesh.creation.box((6, 6, 10))
    post.apply_translation((0, 0, 5))
    bar = trimesh.creation.box((30, 6, 3))
    bar.apply_translation((0, 0, 11.5))
    return trimesh.util.concatenate([post, bar])


@dataclass
class ReadBack:
    """What an independent reader (gcodeparser) finds in a G-code file."""

    extrusions: np.ndarray  # (n, 4): x0, y0, x1, y1 of every extruding XY move
    extruding_z: np.ndarray
    hotend_at_extrusion: np.ndarray
    targets: list[tuple[str, float]] = field(default_factory=list)  # (M104/M109/M140/M190, S)
    net_e_mm: float = 0.0
    final_hotend_c: float = -1.0
    final_bed_c: float = -1.0
    last_extrusion_line: int = 0
    heaters_off_line: int = 0


def read_back(text: str) -> ReadBack:
    """Follow the G-code with gcodeparser's parsed lines (absolute XYZ, M82/M83 extrusion)."""
    from gcodeparser import parse_gcode_lines

    x = y = z = 0.0
    e_abs = 0.0
    relative_e = False
    hotend = bed = 0.0
    ext, zs, temps_at = [], [], []
    targets = []
    net_e = 0.0
    last_ext_line = 0
    off_line = 0
    for i, line in enumerate(parse_gcode_lines(text)):
        letter, number = line.command
        p = line.params
        if letter == "M" and number == 83:
            relative_e = True
        elif letter == "M" and number == 82:
            relative_e = False
        elif letter == "M" and number in (104, 109, 140, 190):
            s = float(p.get("S", p.get("R", 0)))
            targets.append((f"M{number}", s))
            if number in (104, 109):
                hotend = s
            else:
                bed = s
            if hotend == 0 and bed == 0:
                off_line = i
        elif letter == "G" and number == 92:
            if "E" in p:
                e_abs = float(p["E"])
        elif letter == "G" and number in (0, 1):
            nx, ny, nz = float(p.get("X", x)), float(p.get("Y", y)), float(p.get("Z", z))
            de = 0.0
            if "E" in p:
                de = float(p["E"]) if relative_e else float(p["E"]) - e_abs
                e_abs = e_abs + de if relative_e else float(p["E"])
            net_e += de
            if de > 0 and (nx != x or ny != y):
                ext.append((x, y, nx, ny))
                zs.append(nz)
                temps_at.append(hotend)
                last_ext_line = i
            x, y, z = nx, ny, nz
    return ReadBack(
        np.array(ext).reshape(-1, 4),
        np.array(zs),
        np.array(temps_at),
        targets,
        net_e,
        hotend,
        bed,
        last_ext_line,
        off_line,
    )
