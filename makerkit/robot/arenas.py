"""Ready-made arenas: line tracks, mazes, obstacle fields, walls, a room (all in cm).

Lines are black tape 4 cm wide on white paper, as for a real Thymio: wider than the
2.3 cm between its two ground sensors, so both see black when the robot is centred.
Every arena made from a seed is the same for the same seed.

>>> sorted(ARENAS)[:5]
['empty', 'figure_eight', 'gap_track', 'hand', 'maze']
>>> maze(seed=1).segments.shape == maze(seed=1).segments.shape
True
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable

import numpy as np

from makerkit.robot.arena import Arena, Pose

__all__ = [
    "ARENAS",
    "LINE_WIDTH_CM",
    "empty",
    "oval",
    "figure_eight",
    "s_track",
    "gap_track",
    "maze",
    "obstacles",
    "wall",
    "parking",
    "hand",
    "start_line",
    "room",
]

LINE_WIDTH_CM = 4.0
GREY = 0.5  # reflectance of a grey zone: the ground sensors read about 495


def _tape(line, width_cm: float = LINE_WIDTH_CM):
    return line.buffer(width_cm / 2, cap_style="flat", quad_segs=8)


def _heading_at(line, distance_cm: float) -> float:
    a = line.interpolate(distance_cm)
    b = line.interpolate(distance_cm + 1.0)
    return math.degrees(math.atan2(b.y - a.y, b.x - a.x))


def _start_on(line, distance_cm: float, back_cm: float = 7.2) -> Pose:
    """A pose whose ground sensors sit on the line at ``distance_cm``."""
    p = line.interpolate(distance_cm)
    h = _heading_at(line, distance_cm)
    r = math.radians(h)
    return Pose(p.x - back_cm * math.cos(r), p.y - back_cm * math.sin(r), h)


def empty(seed: int = 0) -> Arena:
    """A white floor 150 × 150 cm with a border."""
    return Arena(150, 150, start=Pose(75, 75, 90), name="empty")


def oval(seed: int = 0) -> Arena:
    """An oval line: two half circles (radius 35 cm) joined by 70 cm straights."""
    from shapely.geometry import LineString

    r, straight, cx, cy = 35.0, 70.0, 80.0, 55.0
    pts = [(cx - straight / 2 + straight * i / 20, cy - r) for i in range(21)]
    pts += [
        (cx + straight / 2 + r * math.sin(a), cy - r * math.cos(a))
        for a in np.linspace(0, math.pi, 40)[1:]
    ]
    pts += [(cx + straight / 2 - straight * i / 20, cy + r) for i in range(1, 21)]
    pts += [
        (cx - straight / 2 - r * math.sin(a), cy + r * math.cos(a))
        for a in np.linspace(0, math.pi, 40)[1:]
    ]
    line = LineString(pts + [pts[0]])
    return Arena(
        160, 110, floor=[(_tape(line), 0.0)], start=_start_on(line, 20.0), name="oval", line=line
    )


def figure_eight(seed: int = 0) -> Arena:
    """A figure-eight line (a lemniscate 150 cm long) that crosses itself in the middle."""
    from shapely.geometry import LineString

    a, cx, cy = 75.0, 90.0, 45.0
    t = np.linspace(-math.pi / 2, 3 * math.pi / 2, 400)
    den = 1 + np.sin(t) ** 2
    pts = np.column_stack([cx + a * np.cos(t) / den, cy + a * np.sin(t) * np.cos(t) / den])
    line = LineString(pts)
    # tape each half separately so the crossing stays black
    tape = _tape(LineString(pts[:201])).union(_tape(LineString(pts[199:])))
    return Arena(
        180, 90, floor=[(tape, 0.0)], start=_start_on(line, 50.0), name="figure_eight", line=line
    )


def _wave(x0: float = 25.0, length_cm: float = 160.0, cy: float = 60.0, amp: float = 30.0):
    from shapely.geometry import LineString

    x = np.linspace(x0, x0 + length_cm, 200)
    y = cy + amp * np.sin(2 * math.pi * (x - x0) / length_cm)
    return LineString(np.column_stack([x, y]))


def s_track(seed: int = 0) -> Arena:
    """An S-shaped line from left to right that ends: follow it to its end."""
    from shapely.geometry import box

    line = _wave()
    end = line.coords[-1]
    finish = box(end[0] - 2, end[1] - 12, end[0] + 14, end[1] + 12)
    return Arena(
        210,
        120,
        floor=[(_tape(line), 0.0)],
        zones={"finish": finish},
        start=_start_on(line, 3.0),
        name="s_track",
        line=line,
    )


def gap_track(seed: int = 0) -> Arena:
    """The S line with a 6 cm gap in it and a line across it: go straight over both."""
    from shapely.geometry import LineString, box
    from shapely.ops import substring

    line = _wave()
    mid = line.length / 2
    before, after = substring(line, 0, mid - 3), substring(line, mid + 3, line.length)
    cross_at = line.interpolate(line.length / 4)
    across = LineString([(cross_at.x, cross_at.y - 25), (cross_at.x, cross_at.y + 25)])
    end = line.coords[-1]
    finish = box(end[0] - 2, end[1] - 12, end[0] + 14, end[1] + 12)
    tape = _tape(before).union(_tape(after)).union(_tape(across))
    return Arena(
        210,
        120,
        floor=[(tape, 0.0)],
        zones={"finish": finish},
        start=_start_on(line, 3.0),
        name="gap_track",
        line=line,
    )


def maze(seed: int = 0, cells: tuple[int, int] = (4, 4), cell_cm: float = 32.0) -> Arena:
    """A maze drawn from ``seed`` (every cell reachable), entry bottom left, exit on the right."""
    from shapely import unary_union
    from shapely.geometry import LineString, box

    cols, rows = cells
    rng = random.Random(seed)
    # walls between cells: True = standing; carve a spanning tree by depth-first search
    east = [[True] * rows for _ in range(cols)]
    north = [[True] * rows for _ in range(cols)]
    seen = {(0, 0)}
    stack = [(0, 0)]
    while stack:
        c, r = stack[-1]
        options = [
            (c + dc, r + dr)
            for dc, dr in ((1, 0), (-1, 0), (0, 1), (0, -1))
            if 0 <= c + dc < cols and 0 <= r + dr < rows and (c + dc, r + dr) not in seen
        ]
        if not options:
            stack.pop()
            continue
        nc, nr = rng.choice(options)
        if nc != c:
            east[min(c, nc)][r] = False
        else:
            north[c][min(r, nr)] = False
        seen.add((nc, nr))
        stack.append((nc, nr))
    x0 = y0 = 4.0
    lines = []
    w, h = cols * cell_cm, rows * cell_cm
    exit_row = rows - 1
    lines.append(LineString([(x0, y0), (x0 + w, y0)]))
    lines.append(LineString([(x0, y0 + h), (x0 + w, y0 + h)]))
    lines.append(LineString([(x0, y0), (x0, y0 + h)]))
    lines.append(LineString([(x0 + w, y0), (x0 + w, y0 + exit_row * cell_cm)]))
    for c in range(cols):
        for r in range(rows):
            x, y = x0 + c * cell_cm, y0 + r * cell_cm
            if c < cols - 1 and east[c][r]:
                lines.append(LineString([(x + cell_cm, y), (x + cell_cm, y + cell_cm)]))
            if r < rows - 1 and north[c][r]:
                lines.append(LineString([(x, y + cell_cm), (x + cell_cm, y + cell_cm)]))
    walls = unary_union([ln.buffer(0.6, cap_style="square", join_style="mitre") for ln in lines])
    walls = walls.simplify(0.01)
    width = x0 + w + 40
    return Arena(
        width,
        y0 + h + 4,
        walls=[walls],
        zones={"exit": box(x0 + w + 8, y0, width, y0 + h + 4)},
        start=Pose(x0 + cell_cm / 2, y0 + cell_cm / 2, 90),
        name="maze",
        info={"seed": seed, "cells": cells, "cell_cm": cell_cm, "east": east, "north": north},
    )


def obstacles(seed: int = 0, count: int = 9) -> Arena:
    """A 200 × 150 cm walled field with ``count`` pots and boxes placed from ``seed``."""
    from shapely.geometry import Point, box

    rng = random.Random(seed)
    width, height = 200.0, 150.0
    start = Pose(30.0, 75.0, 0.0)
    border = box(0, 0, width, height).exterior
    placed: list = []
    tries = 0
    while len(placed) < count and tries < 2000:
        tries += 1
        x, y = rng.uniform(20, width - 20), rng.uniform(20, height - 20)
        if rng.random() < 0.5:
            shape = Point(x, y).buffer(rng.uniform(4, 7), quad_segs=4)
        else:
            s = rng.uniform(8, 14)
            shape = box(x - s / 2, y - s / 2, x + s / 2, y + s / 2)
        if shape.distance(Point(start.x_cm, start.y_cm)) < 25:
            continue
        if any(shape.distance(other) < 24 for other in placed):
            continue
        if shape.distance(border) < 22:  # leave a passage wider than the robot along walls
            continue
        placed.append(shape)
    # pots and boxes of all colours: the robot sees a white one from about 15 cm, a black
    # one only from 3 or 4 cm
    colours = [_COLOURS[k % len(_COLOURS)] for k in range(len(placed))]
    rng.shuffle(colours)
    return Arena(
        width,
        height,
        walls=list(zip(placed, colours, strict=True)),
        start=start,
        name="obstacles",
        info={"seed": seed},
    )


_COLOURS = (1.0, 0.0, 1.0, GREY, 1.0, 0.0, GREY, 1.0, 1.0)


def wall(seed: int = 0) -> Arena:
    """A 150 × 60 cm corridor with a wall across it 80 cm ahead of the robot."""
    from shapely.geometry import box

    return Arena(
        150,
        60,
        walls=[box(110, 0, 112, 60)],
        start=Pose(30, 30, 0),
        name="wall",
    )


def parking(seed: int = 0) -> Arena:
    """A 150 × 80 cm floor with a grey parking square (20 × 20 cm) and a wall behind it."""
    from shapely.geometry import box

    spot = box(100, 30, 120, 50)
    return Arena(
        150,
        80,
        walls=[box(135, 0, 137, 80)],
        floor=[(spot, GREY)],
        zones={"park": spot},
        start=Pose(25, 40, 0),
        name="parking",
    )


def hand(seed: int = 0) -> Arena:
    """A 200 × 200 cm floor; a hand comes in front of the robot, moves, is lifted away for
    a few seconds and put back, then moves on."""
    from makerkit.robot.movers import hand as a_hand

    path = [
        (0.0, 60.0, 100.0, 0.0),
        (2.0, 60.0, 100.0, 0.0),
        (11.0, 110.0, 100.0, 0.0),
        (16.0, 135.0, 130.0, 50.0),
        (22.0, 135.0, 130.0, 50.0),
        (30.0, 105.0, 160.0, 150.0),
        (36.0, 70.0, 150.0, 200.0),
        (40.0, 70.0, 150.0, 200.0),
    ]
    present = [(1.0, 18.0), (22.0, 40.0)]
    return Arena(
        200,
        200,
        start=Pose(40, 100, 0),
        name="hand",
        movers=[a_hand(path, present)],
        info={"present": present},
    )


def start_line(seed: int = 0) -> Arena:
    """A 160 × 60 cm corridor: the robot waits at the start, the finish is 80 cm ahead."""
    from shapely.geometry import box

    finish = box(110, 0, 140, 60)
    return Arena(
        160,
        60,
        floor=[(finish, GREY)],
        zones={"finish": finish},
        start=Pose(25, 30, 0),
        name="start_line",
    )


def room(seed: int = 0) -> Arena:
    """A 240 × 180 cm room to clean: a black sofa, a grey table's four legs, a white
    bookcase, and a second robot driving round and round."""
    from shapely.geometry import Point, box

    from makerkit.robot.movers import robot_on_loop

    sofa = box(70, 150, 170, 180)
    bookcase = box(215, 40, 240, 120)
    legs = [Point(x, y).buffer(2.0, quad_segs=2) for x in (40, 90) for y in (40, 80)]
    loop = [(130, 40), (190, 40), (190, 130), (130, 130)]
    other = robot_on_loop(loop, speed_cm_s=8.0, seconds=300.0, start_s=0.0)
    return Arena(
        240,
        180,
        walls=[(sofa, 0.0), (bookcase, 1.0), *[(leg, GREY) for leg in legs]],
        start=Pose(30, 140, -30),
        name="room",
        movers=[other],
    )


ARENAS: dict[str, Callable[..., Arena]] = {
    "empty": empty,
    "oval": oval,
    "figure_eight": figure_eight,
    "s_track": s_track,
    "gap_track": gap_track,
    "maze": maze,
    "obstacles": obstacles,
    "wall": wall,
    "parking": parking,
    "hand": hand,
    "start_line": start_line,
    "room": room,
}
