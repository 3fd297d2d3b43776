"""How a run is scored: one function per kind of challenge, and the measures they share.

A scoring function takes the :class:`~makerkit.robot.simulation.Trajectory` and the
challenge's parameters and gives ``(score out of 100, passed, hint key, hint values)``.
The hint key names a message of ``i18n/*/robot.toml`` (``robot.hint.…``).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from makerkit.robot.thymio import thymio_model
from makerkit.robot.trajectory import Trajectory

__all__ = [
    "GROUND_AHEAD_CM",
    "score_line",
    "score_maze",
    "score_obstacles",
    "score_wall",
    "score_park",
    "score_button",
    "score_hand",
    "score_room",
]

# the ground sensors are this far ahead of the wheel axle (7.2 cm)
GROUND_AHEAD_CM = float(thymio_model().ground_sensors[:, 0].mean())


# -- measuring --------------------------------------------------------------------------


def _contacts(traj: Trajectory) -> tuple[int, float | None]:
    """How many times the body touched a wall (touches in a row count once), and the first time."""
    c = traj.contact.astype(np.int8)
    starts = np.flatnonzero(np.diff(np.concatenate([[0], c])) == 1)
    return len(starts), (float(traj.t_s[starts[0]]) if len(starts) else None)


def _blind_contacts(traj: Trajectory) -> int:
    """Touches that began while every proximity sensor read 0: a wall end met with a side
    or a corner of the body, where no sensor looks (on the real Thymio too)."""
    c = traj.contact.astype(np.int8)
    starts = np.flatnonzero(np.diff(np.concatenate([[0], c])) == 1)
    return int(sum(traj.prox_horizontal[k].max() == 0 for k in starts))


def _passed(traj: Trajectory) -> tuple[int, bool, str, dict[str, Any]]:
    return (
        100,
        True,
        "robot.hint.passed",
        {"detail_key": "robot.hint.passed_time", "time_s": round(float(traj.t_s[-1]), 1)},
    )


def _stopped(traj: Trajectory) -> bool:
    last = traj.t_s >= traj.t_s[-1] - 1.0
    return bool(np.hypot(np.ptp(traj.x_cm[last]), np.ptp(traj.y_cm[last])) < 0.5)


def _stopped_since_s(traj: Trajectory) -> float:
    """When the robot stopped for good (s): a robot that parked did it then, not at the end."""
    moved = np.hypot(traj.x_cm - traj.x_cm[-1], traj.y_cm - traj.y_cm[-1]) > 0.05
    last = np.flatnonzero(moved)
    return round(float(traj.t_s[min(last[-1] + 1, len(traj) - 1)] if last.size else 0.0), 1)


def _line_progress(traj: Trajectory, closed: bool) -> tuple[float, np.ndarray]:
    """How far along the arena's line the ground sensors went (cm), following it step by step.

    Returns the progress and, for each sample (every 0.1 s), the progress so far.
    """
    line = traj.arena.line
    n = max(2, int(line.length))
    pts = np.array([line.interpolate(d).coords[0] for d in np.linspace(0, line.length, n)])
    step_cm = line.length / (n - 1)
    rows = np.arange(0, len(traj), 10)
    gx = traj.x_cm[rows] + GROUND_AHEAD_CM * np.cos(traj.heading_rad[rows])
    gy = traj.y_cm[rows] + GROUND_AHEAD_CM * np.sin(traj.heading_rad[rows])
    window = np.arange(-int(8 / step_cm) - 1, int(20 / step_cm) + 2)
    at = int(np.argmin(np.hypot(pts[:, 0] - gx[0], pts[:, 1] - gy[0])))  # unwrapped index
    start = best = at
    history = np.zeros(len(rows))
    for k in range(len(rows)):
        cand = at + window
        idx = cand % (n - 1) if closed else np.clip(cand, 0, n - 1)
        d = np.hypot(pts[idx, 0] - gx[k], pts[idx, 1] - gy[k])
        j = int(np.argmin(d))
        if d[j] < 6.0:
            at = int(cand[j]) if closed else int(idx[j])
            best = max(best, at)
        history[k] = (best - start) * step_cm
    return (best - start) * step_cm, history


def _hint_no_move(traj: Trajectory) -> bool:
    """Neither drove nor turned."""
    turned = float(np.abs(np.diff(traj.heading_rad)).sum())
    return traj.distance_cm < 2.0 and turned < 0.5


def score_line(traj: Trajectory, p: dict[str, Any]):
    closed = p.get("closed", False)
    length = traj.arena.line.length
    progress, history = _line_progress(traj, closed)
    fraction = progress / length
    score = int(min(100, round(100 * fraction)))
    if closed:
        passed = fraction >= 0.99
    else:
        finish = traj.arena.zones["finish"]
        gx = traj.x_cm[-1] + GROUND_AHEAD_CM * np.cos(traj.heading_rad[-1])
        gy = traj.y_cm[-1] + GROUND_AHEAD_CM * np.sin(traj.heading_rad[-1])
        b = finish.bounds
        passed = fraction >= 0.95 and b[0] <= gx <= b[2] and b[1] <= gy <= b[3]
        score = 100 if passed else min(score, 95)
    if passed:
        goal = 0.99 * length if closed else 0.95 * length
        when = float(traj.t_s[min(len(traj) - 1, 10 * int(np.argmax(history >= goal)))])
        if not closed:
            when = float(traj.t_s[-1])
        return (
            score,
            True,
            "robot.hint.passed",
            {
                "detail_key": "robot.hint.passed_time",
                "time_s": round(float(when), 1),
            },
        )
    if _hint_no_move(traj):
        return 0, False, "robot.hint.no_move", {}
    pct = round(float(100 * fraction))
    stuck = np.flatnonzero(history >= progress - 0.5)
    when = round(float(stuck[0] * 0.1), 1) if stuck.size else "0"
    # still on the line at the end but short of the goal: too slow
    if history[-1] - history[max(0, len(history) - 30)] > 3.0:
        return score, False, "robot.hint.too_slow", {"progress": pct}
    key = p.get("where_hint", "robot.hint.left_line" if not closed else "robot.hint.lap_short")
    return score, False, key, {"progress": pct, "time_s": when}


def score_maze(traj: Trajectory, p: dict[str, Any]):
    arena = traj.arena
    info = arena.info
    exit_zone = arena.zones["exit"]
    contacts, _ = _contacts(traj)
    out = traj.x_cm[-1] >= exit_zone.bounds[0]
    if out:
        score = max(60, 100 - 5 * contacts)
        if contacts <= 3:
            return (
                score,
                True,
                "robot.hint.passed",
                {
                    "detail_key": "robot.hint.passed_time",
                    "time_s": round(float(traj.t_s[-1]), 1),
                },
            )
        blind = _blind_contacts(traj)
        if 2 * blind >= contacts:
            return score, False, "robot.hint.maze_blind", {"contacts": contacts, "blind": blind}
        return score, False, "robot.hint.maze_contacts", {"contacts": contacts}
    if _hint_no_move(traj):
        return 0, False, "robot.hint.no_move", {}
    cols, rows = info["cells"]
    size = info["cell_cm"]
    dist = _maze_distances(info)
    c = int(np.clip((traj.x_cm[-1] - 4.0) // size, 0, cols - 1))
    r = int(np.clip((traj.y_cm[-1] - 4.0) // size, 0, rows - 1))
    total = dist[(0, 0)] + 1
    left = dist[(c, r)] + 1
    score = int(round(80 * (1 - left / (total + 1))))
    return score, False, "robot.hint.maze_inside", {"cells": left}


def _maze_distances(info: dict[str, Any]) -> dict[tuple[int, int], int]:
    """Cells to go from each cell to the exit cell (breadth-first search)."""
    cols, rows = info["cells"]
    east, north = info["east"], info["north"]
    goal = (cols - 1, rows - 1)
    dist = {goal: 0}
    queue = [goal]
    while queue:
        c, r = queue.pop(0)
        moves = []
        if c + 1 < cols and not east[c][r]:
            moves.append((c + 1, r))
        if c > 0 and not east[c - 1][r]:
            moves.append((c - 1, r))
        if r + 1 < rows and not north[c][r]:
            moves.append((c, r + 1))
        if r > 0 and not north[c][r - 1]:
            moves.append((c, r - 1))
        for m in moves:
            if m not in dist:
                dist[m] = dist[(c, r)] + 1
                queue.append(m)
    return dist


def score_obstacles(traj: Trajectory, p: dict[str, Any]):
    needed = p["distance_cm"]
    dist = traj.distance_cm
    contacts, first = _contacts(traj)
    score = int(round(50 * min(1.0, dist / needed))) + max(0, 50 - 10 * contacts)
    if _hint_no_move(traj):
        return 0, False, "robot.hint.no_move", {}
    if contacts:
        return (
            score,
            False,
            "robot.hint.obstacle_hit",
            {
                "contacts": contacts,
                "count": contacts,
                "time_s": round(float(first), 1),
            },
        )
    if dist < needed:
        return (
            score,
            False,
            "robot.hint.obstacle_short",
            {
                "distance_cm": round(float(dist)),
                "needed_cm": needed,
            },
        )
    return (
        100,
        True,
        "robot.hint.passed",
        {
            "detail_key": "robot.hint.passed_time",
            "time_s": round(float(traj.t_s[-1]), 1),
        },
    )


def _body_gap_cm(traj: Trajectory) -> float:
    from shapely import affinity

    from makerkit.robot.thymio import thymio_model

    body = affinity.rotate(
        thymio_model().outline(), traj.heading_rad[-1], origin=(0, 0), use_radians=True
    )
    body = affinity.translate(body, traj.x_cm[-1], traj.y_cm[-1])
    return float(body.distance(traj.arena.blocked))


def score_wall(traj: Trajectory, p: dict[str, Any]):
    contacts, first = _contacts(traj)
    if _hint_no_move(traj):
        return 0, False, "robot.hint.no_move", {}
    if contacts:
        return 20, False, "robot.hint.wall_hit", {"time_s": round(float(first), 1)}
    if not _stopped(traj):
        return 40, False, "robot.hint.wall_moving", {}
    gap = _body_gap_cm(traj)
    if gap > 10.0:  # obstacle_ahead() fires at about 9 cm: stopping then is a success
        return 50, False, "robot.hint.wall_far", {"gap_cm": round(float(gap))}
    return (
        100,
        True,
        "robot.hint.passed",
        {
            "detail_key": "robot.hint.passed_time",
            "time_s": _stopped_since_s(traj),
        },
    )


def score_park(traj: Trajectory, p: dict[str, Any]):
    from shapely.geometry import Point

    zone = traj.arena.zones["park"]
    contacts, _ = _contacts(traj)
    if _hint_no_move(traj):
        return 0, False, "robot.hint.no_move", {}
    if contacts:
        return 20, False, "robot.hint.park_hit", {}
    if not _stopped(traj):
        return 40, False, "robot.hint.park_moving", {}
    sensors = traj.ground_sensors_cm()  # where the picture draws them too
    if all(zone.contains(Point(*p)) for p in sensors):
        return (
            100,
            True,
            "robot.hint.passed",
            {
                "detail_key": "robot.hint.passed_time",
                "time_s": _stopped_since_s(traj),
            },
        )
    middle = sensors.mean(axis=0)
    d = float(np.hypot(middle[0] - zone.centroid.x, middle[1] - zone.centroid.y))
    return (
        int(max(0, round(80 - 2 * d))),
        False,
        "robot.hint.park_off",
        {"distance_cm": round(float(d))},
    )


# -- challenges with buttons and things that move -------------------------------------------


def score_button(traj: Trajectory, p: dict[str, Any]):
    """Wait for the forward button, then drive to the finish (the ground sensors in it)."""
    press_s = float(p["press_s"])
    # the wheels take a tenth of a second to get going: a robot that moved more than 3 mm
    # by the press started before it
    before = traj.t_s <= press_s
    moved = np.hypot(traj.x_cm[before] - traj.x_cm[0], traj.y_cm[before] - traj.y_cm[0])
    turned = np.abs(traj.heading_rad[before] - traj.heading_rad[0])
    early = (moved > 0.3) | (turned > 0.03)
    if early.any():
        when = float(traj.t_s[before][np.argmax(early)])
        return 10, False, "robot.hint.button_early", {"time_s": round(when, 1), "press_s": press_s}
    if _hint_no_move(traj):
        return 20, False, "robot.hint.button_no_move", {"press_s": press_s}
    finish = traj.arena.zones["finish"].bounds
    gx = traj.x_cm + GROUND_AHEAD_CM * np.cos(traj.heading_rad)
    gy = traj.y_cm + GROUND_AHEAD_CM * np.sin(traj.heading_rad)
    inside = (gx >= finish[0]) & (gx <= finish[2]) & (gy >= finish[1]) & (gy <= finish[3])
    if inside.any():
        return _passed(traj)
    driven = round(float(np.hypot(traj.x_cm[-1] - traj.x_cm[0], traj.y_cm[-1] - traj.y_cm[0])))
    return 50, False, "robot.hint.button_stopped", {"distance_cm": driven}


def _gap_to(traj: Trajectory, shapes: list, rows: np.ndarray) -> np.ndarray:
    """Distance (cm) from the robot's body to each shape, at the given rows."""
    from shapely import affinity

    from makerkit.robot.thymio import thymio_model

    outline = thymio_model().outline(arc_points=9)
    out = np.full(len(rows), np.inf)
    for j, (k, shape) in enumerate(zip(rows, shapes, strict=True)):
        if shape is None:
            continue
        body = affinity.rotate(outline, traj.heading_rad[k], origin=(0, 0), use_radians=True)
        out[j] = affinity.translate(body, traj.x_cm[k], traj.y_cm[k]).distance(shape)
    return out


def score_hand(traj: Trajectory, p: dict[str, Any]):
    """Follow the hand: near it (1 to 15 cm) while it is there, still while it is away."""
    mover, poses, here = traj.movers[0]
    rows = np.arange(0, len(traj), 10)
    settle = int(round(p.get("settle_s", 1.5) / 0.01))
    # a hand just put down is not to be followed at once: judge from settle_s later
    appeared = np.flatnonzero(np.diff(np.concatenate([[False], here])) > 0)
    judged = np.ones(len(traj), dtype=bool)
    for k in appeared:
        judged[k : k + settle] = False
    rows = rows[judged[rows]]
    present = here[rows]
    shapes = [mover.polygon_at(float(traj.t_s[k])) for k in rows]
    gap = _gap_to(traj, shapes, rows)
    near = present & (gap >= 0.5) & (gap <= 15.0)
    step = np.hypot(np.diff(traj.x_cm), np.diff(traj.y_cm))
    still = ~present & (np.concatenate([[0.0], step])[rows] < 0.03)
    score = int(round(100 * (near | still).sum() / max(1, len(rows))))
    if _hint_no_move(traj):
        return 0, False, "robot.hint.no_move", {}
    if score >= p.get("pass_score", 70):
        return (
            max(score, 70),
            True,
            "robot.hint.passed",
            {
                "detail_key": "robot.hint.hand_followed",
                "percent": score,
            },
        )
    touching = int((present & (gap < 0.5)).sum())
    wandering = int((~present & ~still).sum())
    far = int((present & (gap > 15.0)).sum())
    worst = max(touching, wandering, far)
    if worst == touching:
        return score, False, "robot.hint.hand_touch", {"percent": score}
    if worst == wandering:
        return score, False, "robot.hint.hand_wander", {"percent": score}
    return score, False, "robot.hint.hand_far", {"percent": score}


def _free_cells(arena, cell_cm: float) -> tuple[np.ndarray, np.ndarray]:
    """Centres of the floor cells the robot's axle can reach (5.5 cm from every wall)."""
    xs = np.arange(cell_cm / 2, arena.width_cm, cell_cm)
    ys = np.arange(cell_cm / 2, arena.height_cm, cell_cm)
    gx, gy = np.meshgrid(xs, ys)
    from makerkit.robot.sensors import distance_to_segments

    centres = np.column_stack([gx.ravel(), gy.ravel()])
    free = distance_to_segments(centres, arena.segments).min(axis=1) >= 5.5
    return centres, free


def score_room(traj: Trajectory, p: dict[str, Any]):
    """Clean the room: the share of the free floor the robot went over, few touches."""
    cell = 5.0
    centres, free = _free_cells(traj.arena, cell)
    covered = np.zeros(len(centres), dtype=bool)
    ix = np.floor(traj.x_cm[::5] / cell).astype(int)
    iy = np.floor(traj.y_cm[::5] / cell).astype(int)
    cols = int(np.ceil(traj.arena.width_cm / cell))
    rows = int(np.ceil(traj.arena.height_cm / cell))
    for dx in (-1, 0, 1):  # the body is about 11 cm wide: the cell and its neighbours
        for dy in (-1, 0, 1):
            cx, cy = ix + dx, iy + dy
            ok = (cx >= 0) & (cx < cols) & (cy >= 0) & (cy < rows)
            covered[cy[ok] * cols + cx[ok]] = True
    percent = round(float(100 * (covered & free).sum() / max(1, free.sum())))
    contacts, first = _contacts(traj)
    needed = int(p["percent"])
    score = int(min(100, round(100 * percent / needed))) - 10 * contacts
    score = max(0, min(score, 100))
    if _hint_no_move(traj):
        return 0, False, "robot.hint.no_move", {}
    if contacts > p.get("contacts", 2):
        return (
            min(score, 60),
            False,
            "robot.hint.room_contacts",
            {
                "contacts": contacts,
                "time_s": round(float(first), 1),
                "percent": percent,
            },
        )
    if percent < needed:
        return (
            min(score, 90),
            False,
            "robot.hint.room_small",
            {
                "percent": percent,
                "needed": needed,
            },
        )
    return (
        100,
        True,
        "robot.hint.passed",
        {
            "detail_key": "robot.hint.room_done",
            "percent": percent,
        },
    )
