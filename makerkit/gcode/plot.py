"""Pictures of any nozzle path: from above (one layer or all) or in 3D, with alt text.

Lines are coloured by what they print (feature), by the speed asked for, or as printing
versus travelling, always in colour-blind-safe colours (Okabe–Ito, and the ``cividis``
scale for speeds). Each picture carries a sentence that says what it shows.

>>> from makerkit.gcode.toolpath import Toolpath
>>> tp = Toolpath.from_moves([(10, 0, 0.2, 0.4, 30, "wall_outer"), (10, 10, 0.2, 0.4, 30, "infill")])
>>> pic = plot_toolpath(tp, layer=0)
>>> pic.alt.startswith("Layer 1 of 1, seen from above")
True
"""

from __future__ import annotations

from typing import Any

import numpy as np

from makerkit.display import FEATURE_COLOURS, PALETTE, Picture, font_size, new_figure, to_picture
from makerkit.gcode.state import distinct
from makerkit.gcode.toolpath import FEATURES, Toolpath
from makerkit.i18n import t

__all__ = ["plot_toolpath", "FEATURE_COLOURS", "COLOR_BY", "VIEWS"]

COLOR_BY = ("feature", "speed", "travel")
VIEWS = ("2d", "3d")
MAX_SEGMENTS_3D = 150_000  # beyond this the 3D view keeps one move in n (the picture is the same)


def _fmt(v: float) -> str:
    from makerkit.i18n import number

    return number(v, 0 if abs(v) >= 10 else 1)


def _feature_name(name: str) -> str:
    return t(f"slicing.feature_{name}")


def plot_toolpath(
    toolpath: Toolpath,
    layer: int | None = None,
    color_by: str = "feature",
    view: str = "2d",
    printer: Any = None,
    show_travel: bool = True,
    title: str | None = None,
) -> Picture:
    """A picture of ``toolpath`` with its alt text.

    ``layer``: one layer (``0`` is the first), or ``None`` for the whole print;
    ``color_by``: ``"feature"`` (walls, infill …), ``"speed"`` or ``"travel"`` (printing
    or not); ``view``: ``"2d"`` (from above) or ``"3d"``; ``printer``: draws its bed.

    >>> from makerkit.gcode.reader import read_gcode
    >>> pic = plot_toolpath(read_gcode("G28\\nG1 Z0.2\\nG1 X20 E1\\nG1 Y20 E1\\n"), view="3d")
    >>> "3D" in pic.alt
    True
    """
    from makerkit.errors import GcodeError

    if color_by not in COLOR_BY:
        raise GcodeError(
            "gcode.plot_bad_choice", name="color_by", value=color_by, valid=", ".join(COLOR_BY)
        )
    if view not in VIEWS:
        raise GcodeError("gcode.plot_bad_choice", name="view", value=view, valid=", ".join(VIEWS))
    layers = distinct(toolpath.layer[toolpath.is_working]) if len(toolpath) else np.zeros(0, int)
    count = int((layers >= 0).sum())
    tp = toolpath
    if layer is not None:
        if count and not int(layers.min()) <= int(layer) <= int(layers.max()):
            raise GcodeError(
                "gcode.plot_no_layer",
                layer=int(layer),
                first=max(0, int(layers.min())),  # -1, the start sequence, is no layer
                last=int(layers.max()),
            )
        tp = toolpath.layer_moves(int(layer))
    elif count:
        tp = toolpath.select(toolpath.layer >= 0)  # the object, without the start sequence
    starts, ends = tp.starts, tp.ends
    extruding = tp.is_working
    moving = tp.lengths_mm > 0
    travel = moving & ~extruding
    keep = extruding | (travel if show_travel else np.zeros(len(tp), bool))
    if view == "3d" and layer is None:
        keep = extruding  # a whole print's travel moves hide the object in 3D
    idx = np.flatnonzero(keep)
    if view == "3d" and len(idx) > MAX_SEGMENTS_3D:
        idx = idx[:: int(np.ceil(len(idx) / MAX_SEGMENTS_3D))]

    fig = new_figure(6.5, 5.5)
    if view == "3d":
        ax = fig.add_subplot(1, 1, 1, projection="3d")
    else:
        ax = fig.add_subplot(1, 1, 1)
        ax.set_aspect("equal")
    segs = np.stack([starts[idx], ends[idx]], axis=1)
    if view == "2d":
        segs = segs[:, :, :2]
    colour_info = _draw(ax, segs, tp, idx, extruding, color_by, view)
    _frame(ax, tp, extruding, view, printer)
    if view == "2d" and extruding.any() and printer is None:
        _shape_like_the_part(fig, ax, segs[extruding[idx]])

    z_text = ""
    if layer is not None and extruding.any():
        z_text = _fmt(float(np.median(tp.z[extruding])))
    number = int(layer) + 1 if layer is not None else 0
    strokes = _pen_strokes(tp, extruding)
    if title is None:
        if strokes and layer is None:  # a pen drawing has strokes, not layers
            title = t("gcode.plot_title_pen" + ("_one" if strokes == 1 else ""), strokes=strokes)
        elif layer is not None:
            title = t("gcode.plot_title_layer", layer=number, count=max(count, 1), z=z_text or "0")
        else:
            title = t("gcode.plot_title_all", count=count)
    ax.set_title(title, fontsize=font_size(11))
    alt = _alt(tp, extruding, travel, layer is not None, number, count, z_text, view, colour_info)
    return to_picture(fig, alt)


def _draw(ax, segs, tp, idx, extruding, color_by, view) -> dict[str, Any]:
    """Draw the lines; returns what the colours mean, for the alt text."""
    if view == "3d":
        from mpl_toolkits.mplot3d.art3d import Line3DCollection as Lines
    else:
        from matplotlib.collections import LineCollection as Lines
    ext = extruding[idx]
    info: dict[str, Any] = {"color_by": color_by}
    if color_by == "speed":
        speed = tp.speed_mm_s[idx]
        coll = Lines(segs, cmap="cividis", linewidths=np.where(ext, 1.2, 0.5))
        coll.set_array(speed)
        ax.add_collection(coll)
        cbar = ax.figure.colorbar(coll, ax=ax, shrink=0.8)
        cbar.set_label(t("gcode.plot_speed_label"), fontsize=font_size(9))
        if len(speed):
            info["slow"], info["fast"] = float(speed.min()), float(speed.max())
        return info
    if color_by == "travel":
        groups = [
            ("print", ext, PALETTE["blue"], "-", 1.2),
            ("travel", ~ext, PALETTE["vermillion"], ":", 0.7),
        ]
        for key, mask, colour, style, width in groups:
            if mask.any():
                ax.add_collection(
                    Lines(
                        segs[mask],
                        colors=colour,
                        linestyles=style,
                        linewidths=width,
                        label=t(f"gcode.plot_{key}"),
                    )
                )
        ax.legend(fontsize=font_size(8), loc="upper right", framealpha=0.85)
        return info
    feats = np.where(ext, tp.feature[idx], FEATURES.index("travel"))
    shown = []
    for code, name in enumerate(FEATURES):
        mask = feats == code
        if not mask.any():
            continue
        style = {"linestyles": ":", "linewidths": 0.5} if name == "travel" else {"linewidths": 1.2}
        ax.add_collection(
            Lines(segs[mask], colors=FEATURE_COLOURS[name], label=_feature_name(name), **style)
        )
        shown.append(name)
    if shown and view == "3d":
        ax.legend(
            title=t("slicing.legend_title"),
            fontsize=font_size(8),
            title_fontsize=font_size(8),
            loc="upper right",
            framealpha=0.85,
        )
    elif shown:  # below the drawing, never over the part
        ax.figure.set_layout_engine("constrained")
        ax.figure.legend(
            *ax.get_legend_handles_labels(),
            title=t("slicing.legend_title"),
            fontsize=font_size(8),
            title_fontsize=font_size(8),
            loc="outside lower center",
            ncols=3,
        )
    return info


def _pen_strokes(tp: Toolpath, working: np.ndarray) -> int:
    """How many strokes a pen drawing has (runs of pen-down moves); 0 for anything else."""
    pen = tp.feature == FEATURES.index("pen")
    if not working.any() or not (pen | ~working).all():
        return 0
    return int(np.count_nonzero(np.diff(np.r_[0, (pen & working).astype(np.int8)]) == 1))


def _shape_like_the_part(fig, ax, segs: np.ndarray) -> None:
    """A figure shaped like what it shows (a long name tag gets a wide picture, not empty
    space), the view framed on the printed lines."""
    if len(segs) == 0:
        return
    pts = segs.reshape(-1, 2)
    lo, hi = pts.min(axis=0), pts.max(axis=0)
    pad = max(2.0, 0.05 * float((hi - lo).max()))
    ax.set_xlim(lo[0] - pad, hi[0] + pad)
    ax.set_ylim(lo[1] - pad, hi[1] + pad)
    width_in, _ = fig.get_size_inches()
    ratio = float((hi[1] - lo[1] + 2 * pad) / (hi[0] - lo[0] + 2 * pad))
    fig.set_size_inches(width_in, min(max(width_in * ratio + 1.8 * font_size(1.0), 3.0), 7.5))


def _frame(ax, tp, extruding, view, printer) -> None:
    pts = np.vstack([tp.starts[extruding], tp.ends[extruding]]) if extruding.any() else tp.ends
    if printer is not None:
        from makerkit.printers import get_printer

        prn = get_printer(printer)
        w, d = prn.bed_mm[0], prn.bed_mm[1]
        if view == "2d":
            ax.plot([0, w, w, 0, 0], [0, 0, d, d, 0], color=PALETTE["grey"], linewidth=0.8)
            pts = (
                np.vstack([pts, [[0, 0, 0], [w, d, 0]]])
                if len(pts)
                else np.array([[0, 0, 0], [w, d, 0]])
            )
    if len(pts):
        lo, hi = pts.min(axis=0), pts.max(axis=0)
        pad = max(2.0, 0.05 * float((hi[:2] - lo[:2]).max()))
        ax.set_xlim(lo[0] - pad, hi[0] + pad)
        ax.set_ylim(lo[1] - pad, hi[1] + pad)
        if view == "3d":
            ax.set_zlim(min(0.0, lo[2]), max(hi[2], lo[2] + 1.0))
            span = np.maximum(hi - lo, 1e-3)
            ax.set_box_aspect(
                (span[0] + 2 * pad, span[1] + 2 * pad, max(span[2], 0.05 * span[:2].max()))
            )
    ax.set_xlabel("X (mm)", fontsize=font_size())
    ax.set_ylabel("Y (mm)", fontsize=font_size())
    if view == "3d":
        ax.set_zlabel("Z (mm)", fontsize=font_size())


def _alt(tp, extruding, travel, one_layer, number, count, z_text, view, info) -> str:
    """The sentence that says what the picture shows."""
    if not extruding.any():
        return t("gcode.plot_alt_empty")
    pts = np.vstack([tp.starts[extruding], tp.ends[extruding]])
    lo, hi = pts.min(axis=0), pts.max(axis=0)
    printed_m = float(tp.lengths_mm[extruding].sum())
    travel_m = float(tp.lengths_mm[travel].sum())
    strokes = _pen_strokes(tp, extruding)
    pen = "_pen" if strokes else ""  # a drawing: the pen, the sheet; no print, no height
    where = t(
        f"gcode.plot_alt{pen}_where",
        x0=_fmt(lo[0]),
        x1=_fmt(hi[0]),
        y0=_fmt(lo[1]),
        y1=_fmt(hi[1]),
        z1=_fmt(hi[2]),
    )
    if strokes:
        what = t("gcode.plot_alt_pen_lengths", drawn=_fmt(printed_m), travel=_fmt(travel_m))
    else:
        what = t("gcode.plot_alt_lengths", printed=_fmt(printed_m), travel=_fmt(travel_m))
    if info["color_by"] == "feature":
        lengths = np.bincount(
            tp.feature[extruding], weights=tp.lengths_mm[extruding], minlength=len(FEATURES)
        )
        total = lengths.sum() or 1.0
        parts = [
            t(
                "gcode.plot_alt_part",
                percent=f"{100 * v / total:.0f}",
                feature=_feature_name(FEATURES[i]),
            )
            for i, v in sorted(enumerate(lengths), key=lambda kv: -kv[1])
            if v > 0
        ]
        colours = t(f"gcode.plot_alt{pen}_by_feature", parts=", ".join(parts[:6]))
    elif info["color_by"] == "speed":
        colours = t(
            "gcode.plot_alt_by_speed",
            slow=_fmt(info.get("slow", 0.0)),
            fast=_fmt(info.get("fast", 0.0)),
        )
    else:
        colours = t(f"gcode.plot_alt{pen}_by_travel")
    if strokes and not one_layer:
        head = t("gcode.plot_alt_pen" + ("_one" if strokes == 1 else ""), strokes=strokes)
    elif one_layer:
        key = "gcode.plot_alt_layer_3d" if view == "3d" else "gcode.plot_alt_layer"
        head = t(key, layer=number, count=count, z=z_text)
    elif view == "3d":
        head = t("gcode.plot_alt_3d", count=count)
    else:
        head = t("gcode.plot_alt_top", count=count)
    return f"{head} {what} {colours} {where}"
