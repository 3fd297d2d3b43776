"""Slicing previews: a layer seen from above, the stacked layers, a slider, an animation.

Each line is coloured by what it prints, in colour-blind-safe colours (Okabe–Ito), with a
legend and an alt text that says, in words, what the picture shows. Works on any
:class:`~makerkit.gcode.toolpath.Toolpath`, so makerkit's slice and a PrusaSlicer or
CuraEngine file are drawn the same way.

>>> from makerkit.gcode.toolpath import Toolpath
>>> tp = Toolpath.from_moves([(0, 0, 0.2, 0, 100, "travel"), (10, 0, 0.2, 0.4, 30, "wall_outer")])
>>> pic = toolpath_layer_picture(tp, 0)
>>> pic.alt.startswith("Layer 1 of 1")
True
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Any

import numpy as np

from makerkit.display import FEATURE_COLOURS, PALETTE, Picture, font_size, new_figure, to_picture
from makerkit.gcode.toolpath import FEATURES, Toolpath
from makerkit.i18n import t

__all__ = [
    "FEATURE_COLOURS",
    "toolpath_layer_picture",
    "layer_picture",
    "stack_picture",
    "layer_slider",
    "layer_animation",
    "Animation",
]


def _segments(tp: Toolpath) -> tuple[np.ndarray, np.ndarray]:
    starts, ends = tp.starts[:, :2], tp.ends[:, :2]
    return np.stack([starts, ends], axis=1), tp.feature


def _fmt(v: float) -> str:
    from makerkit.i18n import number

    return number(v, 0 if abs(v) >= 10 else 1)


def toolpath_layer_picture(
    tp: Toolpath, layer: int, title: str | None = None, show_travel: bool = True
) -> Picture:
    """Layer ``layer`` of any toolpath, from above, coloured by feature, with its alt text
    (the one layer picture of makerkit: :func:`makerkit.gcode.plot.plot_toolpath`)."""
    from makerkit.gcode.plot import plot_toolpath

    return plot_toolpath(tp, layer=layer, title=title, show_travel=show_travel)


def layer_picture(result: Any, layer: int | None = None) -> Picture:
    """Layer ``layer`` (default: the middle one) of a slice result."""
    n = len(result.layer_tops_mm)
    layer = n // 2 if layer is None else int(layer)
    if layer < 0:
        layer += n
    if not 0 <= layer < n:
        from makerkit.errors import SliceError

        raise SliceError("slicing.no_such_layer", layer=layer, count=n)
    return toolpath_layer_picture(result.toolpath, layer)


def stack_picture(result: Any, max_layers: int = 80) -> Picture:
    """The outer walls of the layers stacked up in 3D, coloured from bottom to top."""
    from matplotlib import colormaps
    from mpl_toolkits.mplot3d.art3d import Line3DCollection

    tp = result.toolpath if hasattr(result, "toolpath") else result
    walls = tp.select(
        (tp.feature == FEATURES.index("wall_outer")) & tp.is_extruding
        | ((tp.feature == FEATURES.index("drawing")) & tp.is_extruding)
    )
    layers = np.unique(walls.layer)
    step = max(1, int(np.ceil(len(layers) / max_layers)))
    keep = np.isin(walls.layer, layers[::step])
    segs = np.stack([walls.starts[keep], walls.ends[keep]], axis=1)
    fig = new_figure(6.0, 5.5)
    ax = fig.add_subplot(1, 1, 1, projection="3d")
    if len(segs):
        zs = segs[:, 1, 2]
        top = float(zs.max()) or 1.0
        colours = colormaps["cividis"](zs / top)
        ax.add_collection3d(Line3DCollection(segs, colors=colours, linewidths=0.8))
        lo, hi = segs.reshape(-1, 3).min(axis=0), segs.reshape(-1, 3).max(axis=0)
        span = float((hi - lo)[:2].max())
        mid = (lo + hi) / 2
        ax.set_xlim(mid[0] - span / 2, mid[0] + span / 2)
        ax.set_ylim(mid[1] - span / 2, mid[1] + span / 2)
        ax.set_zlim(0, max(top, 1.0))
    else:
        top = 0.0
    ax.set_xlabel("X (mm)")
    ax.set_ylabel("Y (mm)")
    ax.set_zlabel("Z (mm)")
    count = len(layers)
    ax.set_title(t("slicing.stack_title", count=count), fontsize=font_size(11))
    return to_picture(fig, t("slicing.stack_alt", count=count, height=round(top, 1)))


def layer_slider(result: Any):
    """An ipywidgets slider that shows the chosen layer's picture (in a notebook)."""
    import ipywidgets as widgets

    n = len(result.layer_tops_mm)
    slider = widgets.IntSlider(
        value=n // 2, min=0, max=max(n - 1, 0), description=t("slicing.slider_layer")
    )
    image = widgets.Image(format="png")
    caption = widgets.HTML()

    def show(change: Any = None) -> None:
        pic = layer_picture(result, slider.value)
        image.value = pic.png
        caption.value = f"<p>{html.escape(pic.alt)}</p>"

    slider.observe(show, names="value")
    show()
    return widgets.VBox([slider, image, caption])


@dataclass(frozen=True)
class Animation:
    """An animation as self-contained HTML (frames embedded, no network) and its alt text."""

    html: str
    alt: str

    def _repr_html_(self) -> str:
        return f'<figure role="img" aria-label="{html.escape(self.alt)}">{self.html}</figure>'

    def save(self, path: Any):
        """Write the animation as an HTML page that plays offline."""
        from makerkit.files import write_text

        page = (
            f'<!doctype html><html><head><meta charset="utf-8"><title>{html.escape(self.alt)}'
            f"</title></head><body>{self._repr_html_()}<p>{html.escape(self.alt)}</p></body></html>"
        )
        return write_text(path, page)


_PLAYER = """<div class="makerkit-animation" id="{uid}">
<img alt="{alt}" src="{first}" style="max-width:100%"/><br/>
<button type="button">{play}</button>
<input type="range" min="0" max="{last}" value="0" aria-label="{alt}"/>
<script>(function() {{
  var root = document.getElementById("{uid}"), frames = {frames};
  var img = root.querySelector("img"), btn = root.querySelector("button");
  var range = root.querySelector("input"), i = 0, timer = null;
  function show(k) {{ i = k; img.src = frames[k]; range.value = k; }}
  function stop() {{ clearInterval(timer); timer = null; btn.textContent = "{play}"; }}
  btn.onclick = function() {{
    if (timer) {{ stop(); return; }}
    if (i >= frames.length - 1) show(0);
    btn.textContent = "{pause}";
    timer = setInterval(function() {{ if (i >= frames.length - 1) stop(); else show(i + 1); }}, {ms});
  }};
  range.oninput = function() {{ stop(); show(parseInt(range.value)); }};
}})();</script></div>"""


def layer_animation(result: Any, layer: int | None = None, frames: int = 30) -> Animation:
    """The nozzle drawing one layer, frame by frame, as self-contained HTML (no network).

    The frames are PNG pictures embedded in the page; a small script plays them.
    """
    import base64
    import json
    import uuid

    from matplotlib.collections import LineCollection

    tp = result.toolpath if hasattr(result, "toolpath") else result
    n = len(np.unique(tp.layer[tp.is_extruding]))
    layer = (n // 2 if layer is None else int(layer)) if n else 0
    moves = tp.layer_moves(layer)
    segs, feats = _segments(moves)
    extruding = moves.is_extruding
    colours = [
        FEATURE_COLOURS.get(FEATURES[f], PALETTE["black"]) if ex else PALETTE["grey"]
        for f, ex in zip(feats, extruding, strict=True)
    ]
    fig = new_figure(5.0, 5.0, dpi=72)
    ax = fig.add_subplot(1, 1, 1)
    ax.set_aspect("equal")
    if len(segs):
        pts = segs.reshape(-1, 2)
        lo, hi = pts.min(axis=0), pts.max(axis=0)
        ax.set_xlim(lo[0] - 2, hi[0] + 2)
        ax.set_ylim(lo[1] - 2, hi[1] + 2)
    lines = LineCollection([], linewidths=1.2)
    ax.add_collection(lines)
    (nozzle,) = ax.plot([], [], "o", color=PALETTE["black"], markersize=6)
    z = float(np.median(moves.z[extruding])) if extruding.any() else 0.0
    ax.set_title(
        t("slicing.layer_title", layer=layer + 1, count=max(n, 1), z=round(z, 2)),
        fontsize=font_size(10),
    )
    total = len(segs)
    cuts = np.unique(np.linspace(0, total, frames + 1).astype(int)[1:])
    alt = t("slicing.animation_alt", layer=layer + 1, count=max(n, 1), moves=total)
    images = []
    for k in cuts:
        lines.set_segments(segs[:k])
        lines.set_color(colours[:k])
        if k:
            nozzle.set_data([segs[k - 1, 1, 0]], [segs[k - 1, 1, 1]])
        png = to_picture(fig, alt).png
        images.append("data:image/png;base64," + base64.b64encode(png).decode("ascii"))
    if not images:
        images = ["data:image/png;base64," + base64.b64encode(to_picture(fig, alt).png).decode()]
    page = _PLAYER.format(
        uid=f"mk-{uuid.uuid4().hex[:8]}",
        alt=html.escape(alt, quote=True),
        first=images[0],
        last=len(images) - 1,
        frames=json.dumps(images),
        play="▶",
        pause="⏸",
        ms=150,
    )
    return Animation(page, alt)
