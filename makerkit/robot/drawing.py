"""Pictures of the robot's world: the arena and the path, the sensors as bars, an animation.

Pictures are :class:`~makerkit.display.Picture` objects with an alt text; the animation is
a small self-contained HTML page (a canvas and a few lines of JavaScript, no internet)
that plays inside a notebook. Colours are Okabe–Ito (:data:`makerkit.display.PALETTE`).
"""

from __future__ import annotations

import html
import json
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from makerkit.display import PALETTE, Picture, font_size, new_figure, to_picture
from makerkit.i18n import number

__all__ = ["arena_picture", "path_picture", "sensor_bars", "animation", "Animation"]


def _draw_arena(ax, arena) -> None:
    from matplotlib.patches import PathPatch
    from matplotlib.path import Path as MplPath

    ax.imshow(
        arena.reflectance,
        cmap="gray",
        vmin=0,
        vmax=1,
        origin="lower",
        extent=(0, arena.width_cm, 0, arena.height_cm),
        interpolation="nearest",
    )
    for shape in arena.walls:
        for poly in _polygons(shape.buffer(0.5) if shape.geom_type.endswith("String") else shape):
            ax.add_patch(
                PathPatch(
                    _path(poly, MplPath), facecolor=PALETTE["grey"], edgecolor=PALETTE["black"]
                )
            )
    for zone in arena.zones.values():
        x, y = zone.exterior.xy
        ax.plot(x, y, color=PALETTE["blue"], lw=2, ls="--")
    ax.set_xlim(0, arena.width_cm)
    ax.set_ylim(0, arena.height_cm)
    ax.set_aspect("equal")
    ax.set_xlabel("x (cm)", fontsize=font_size(9))
    ax.set_ylabel("y (cm)", fontsize=font_size(9))


def _polygons(shape) -> list:
    if shape.geom_type == "Polygon":
        return [shape]
    return [g for g in getattr(shape, "geoms", []) if g.geom_type == "Polygon"]


def _path(poly, MplPath):
    verts, codes = [], []
    for ring in [poly.exterior, *poly.interiors]:
        pts = np.asarray(ring.coords)
        verts += pts.tolist()
        codes += [MplPath.MOVETO] + [MplPath.LINETO] * (len(pts) - 2) + [MplPath.CLOSEPOLY]
    return MplPath(verts, codes)


def _robot_outline(x: float, y: float, heading_rad: float) -> np.ndarray:
    from makerkit.robot.thymio import thymio_model

    pts = np.asarray(thymio_model().outline().exterior.coords)
    c, s = np.cos(heading_rad), np.sin(heading_rad)
    return np.column_stack([x + c * pts[:, 0] - s * pts[:, 1], y + s * pts[:, 0] + c * pts[:, 1]])


def arena_picture(arena, pose=None) -> Picture:
    """The arena seen from above, with the robot at ``pose`` (default: the start)."""
    from makerkit.i18n import t

    fig = new_figure(6, 6 * arena.height_cm / arena.width_cm + 0.6)
    ax = fig.add_subplot()
    _draw_arena(ax, arena)
    p = pose or arena.start
    outline = _robot_outline(p.x_cm, p.y_cm, np.radians(p.heading_deg))
    ax.fill(outline[:, 0], outline[:, 1], color=PALETTE["orange"], alpha=0.8)
    return to_picture(fig, t("robot.arena_alt", **_arena_values(arena)))


def _arena_values(arena) -> dict[str, Any]:
    return {
        "name": arena.name,
        "width_cm": number(arena.width_cm, 1),
        "height_cm": number(arena.height_cm, 1),
        "walls": len(arena.walls),
        "count": len(arena.walls),
    }


def path_picture(traj, title: str | None = None) -> Picture:
    """The arena, the robot's path (blue), where it started (green) and ended (orange)."""
    from makerkit.i18n import t

    arena = traj.arena
    fig = new_figure(6, 6 * arena.height_cm / arena.width_cm + 0.8)
    ax = fig.add_subplot()
    _draw_arena(ax, arena)
    ax.plot(traj.x_cm, traj.y_cm, color=PALETTE["blue"], lw=2)
    ax.plot(traj.x_cm[:1], traj.y_cm[:1], "o", color=PALETTE["green"], ms=9)
    outline = _robot_outline(traj.x_cm[-1], traj.y_cm[-1], traj.heading_rad[-1])
    ax.fill(outline[:, 0], outline[:, 1], color=PALETTE["orange"], alpha=0.85)
    sensors = traj.ground_sensors_cm()  # the same final pose a score on the floor reads
    ax.plot(*sensors.T, "o", color=PALETTE["black"], mec="white", mew=1, ms=5)
    _draw_movers(ax, traj)
    hits = np.flatnonzero(traj.contact)
    if hits.size:
        ax.plot(traj.x_cm[hits], traj.y_cm[hits], "x", color=PALETTE["vermillion"], ms=8)
    if title:
        ax.set_title(title, fontsize=font_size(11))
    contacts = traj.contacts
    alt = t(
        "robot.path_alt",
        name=arena.name,
        time_s=round(float(traj.t_s[-1]), 1),
        distance_cm=round(float(traj.distance_cm)),
        contacts=contacts,
        count=contacts,
    )
    if arena.zones:
        from shapely.geometry import Point

        inside = any(all(z.contains(Point(*p)) for p in sensors) for z in arena.zones.values())
        alt += " " + t("robot.path_alt_zone")
        alt += " " + t("robot.path_alt_ground_in" if inside else "robot.path_alt_ground_out")
    if traj.movers:
        alt += " " + t("robot.path_alt_movers")
    if title:
        alt = f"{title}. {alt}"
    return to_picture(fig, alt)


def _draw_movers(ax, traj) -> None:
    """Each moving thing's track (dotted) and where it was at the end (purple)."""
    for mover, poses, here in traj.movers:
        track = np.where(here, poses[:, 0], np.nan), np.where(here, poses[:, 1], np.nan)
        ax.plot(*track, color=PALETTE["purple"], lw=1, ls=":")
        shape = mover.polygon_at(float(traj.t_s[-1]))
        if shape is not None:
            x, y = shape.exterior.xy
            ax.fill(x, y, color=PALETTE["purple"], alpha=0.8)


def sensor_bars(traj, t_s: float | None = None) -> Picture:
    """What the 7 proximity and 2 ground sensors read at ``t_s``, as bars."""
    from makerkit.i18n import t

    i = len(traj) - 1 if t_s is None else int(np.clip(round(t_s / 0.01), 0, len(traj) - 1))
    prox = [int(v) for v in traj.prox_horizontal[i]]
    ground = [int(v) for v in traj.prox_ground_delta[i]]
    fig = new_figure(7, 3)
    ax1, ax2 = fig.subplots(1, 2, gridspec_kw={"width_ratios": [7, 2]})
    ax1.bar(range(7), prox, color=[PALETTE["blue"]] * 5 + [PALETTE["sky"]] * 2)
    ax1.set_ylim(0, 4600)
    ax1.set_xticks(range(7), [str(k) for k in range(7)])
    ax1.set_title(t("robot.sensors_prox"), fontsize=font_size(10))
    ax2.bar([0, 1], ground, color=PALETTE["orange"])
    ax2.set_ylim(0, 1023)
    ax2.set_xticks([0, 1], ["0", "1"])
    ax2.set_title(t("robot.sensors_ground"), fontsize=font_size(10))
    for ax, values in ((ax1, prox), (ax2, ground)):
        for k, v in enumerate(values):
            ax.text(k, v, str(v), ha="center", va="bottom", fontsize=font_size(8))
    fig.tight_layout()
    alt = t("robot.sensors_alt", time_s=round(float(traj.t_s[i]), 1), prox=prox, ground=ground)
    return to_picture(fig, alt)


@dataclass(frozen=True)
class Animation:
    """A self-contained HTML animation (plays offline): shows itself in a notebook."""

    html: str
    alt: str

    def _repr_html_(self) -> str:
        return self.html

    def save(self, path: str | Path) -> Path:
        """Write the animation as a standalone HTML page."""
        from makerkit.files import write_text

        page = f'<!doctype html><html><head><meta charset="utf-8"><title>{html.escape(self.alt)}</title></head><body>{self.html}</body></html>'
        return write_text(path, page)


def animation(traj, seconds_per_frame: float = 0.1) -> Animation:
    """The run as an animation: a canvas, play/pause, a time slider and the sensor values."""
    from makerkit.i18n import current_language, t

    arena = traj.arena
    every = max(1, int(round(seconds_per_frame / 0.01)))
    idx = np.arange(0, len(traj), every)
    walls = []
    for shape in arena.walls:
        for poly in _polygons(shape.buffer(0.5) if shape.geom_type.endswith("String") else shape):
            walls.append(
                [
                    np.round(np.asarray(r.coords), 1).tolist()
                    for r in [poly.exterior, *poly.interiors]
                ]
            )
    floor = []
    for shape, value in arena.floor:
        for poly in _polygons(shape):
            floor.append(
                {
                    "v": value,
                    "rings": [
                        np.round(np.asarray(r.coords), 1).tolist()
                        for r in [poly.exterior, *poly.interiors]
                    ],
                }
            )
    from makerkit.robot.thymio import thymio_model

    body = np.round(np.asarray(thymio_model().outline().exterior.coords), 2).tolist()
    data = {
        "w": arena.width_cm,
        "h": arena.height_cm,
        "walls": walls,
        "floor": floor,
        "zones": [
            np.round(np.asarray(z.exterior.coords), 1).tolist() for z in arena.zones.values()
        ],
        "body": body,
        "t": np.round(traj.t_s[idx], 2).tolist(),
        "x": np.round(traj.x_cm[idx], 2).tolist(),
        "y": np.round(traj.y_cm[idx], 2).tolist(),
        "a": np.round(traj.heading_rad[idx], 3).tolist(),
        "p": traj.prox_horizontal[idx].tolist(),
        "g": traj.prox_ground_delta[idx].tolist(),
        "dt": seconds_per_frame,
        "decimal": "," if current_language() == "fr" else ".",
        "colors": PALETTE,
        "movers": [
            {
                "shape": np.round(np.asarray(mv.shape.exterior.coords), 2).tolist(),
                "x": np.round(poses[idx, 0], 2).tolist(),
                "y": np.round(poses[idx, 1], 2).tolist(),
                "a": np.round(poses[idx, 2], 3).tolist(),
                "here": here[idx].astype(int).tolist(),
            }
            for mv, poses, here in traj.movers
        ],
    }
    alt = t("robot.animation_title", name=arena.name, time_s=round(float(traj.t_s[-1]), 1))
    uid = "mk" + uuid.uuid4().hex[:10]
    page = (
        _TEMPLATE.replace("UID", uid)
        .replace("DATA", json.dumps(data))
        .replace("ALT", html.escape(alt))
        .replace("PLAYPAUSE", html.escape(t("robot.animation_play")))
        .replace("TIMELABEL", html.escape(t("robot.animation_time")))
        .replace("FRONTLABEL", html.escape(t("robot.animation_front")))
        .replace("GROUNDLABEL", html.escape(t("robot.animation_ground")))
    )
    return Animation(page, alt)


_TEMPLATE = (Path(__file__).parent / "data" / "animation.html").read_text("utf-8")
