"""Fast pictures of a solid, each with an alt text made from its geometry.

The picture is drawn as flat shaded triangles in one call to matplotlib's Agg renderer,
seen from the front-left and above. Faces turned away are skipped and very large meshes
are simplified to about a pixel's detail for display, so a name tag draws in a blink and a 200,000-face model in well
under a second. Problem faces are shown in orange; if most of them face down (an
overhang), the model is seen from below.

>>> from makerkit.model import box
>>> picture = preview(box(20, 10, 5))
>>> picture.png[:4] == b"\\x89PNG"
True
>>> picture.alt
'A solid of 20 × 10 × 5 mm.'
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from matplotlib.artist import Artist

from makerkit.display import PALETTE, Picture, font_size, new_figure, to_picture
from makerkit.model.solid import Solid
from makerkit.model.words import number

__all__ = ["preview", "top_view", "DISPLAY_FACES"]

DISPLAY_FACES = 30_000  # bigger meshes are simplified for display (about a pixel's detail)
_BODY = np.array([0x56, 0xB4, 0xE9]) / 255  # PALETTE["sky"]
_HIGHLIGHT = np.array([0xE6, 0x9F, 0x00]) / 255  # PALETTE["orange"]


class _FlatTriangles(Artist):
    """Many filled triangles drawn in one call to the renderer, in the order given.

    Agg's Gouraud triangles with the same colour at the three corners are flat
    triangles, drawn far faster than a ``PolyCollection`` of as many polygons.
    """

    def __init__(self, triangles_2d: np.ndarray, rgb: np.ndarray) -> None:
        super().__init__()
        self._triangles = np.ascontiguousarray(triangles_2d, dtype=np.float64)
        rgba = np.concatenate([rgb, np.ones((len(rgb), 1))], axis=1)
        self._colours = np.ascontiguousarray(np.repeat(rgba[:, None, :], 3, axis=1))

    def draw(self, renderer) -> None:
        if not len(self._triangles):
            return
        gc = renderer.new_gc()
        if self.axes is not None:
            gc.set_clip_rectangle(self.axes.bbox)
        renderer.draw_gouraud_triangles(gc, self._triangles, self._colours, self.get_transform())
        gc.restore()


def _simplified(vertices: np.ndarray, faces: np.ndarray, marked: np.ndarray):
    """Merge vertices closer than a display pixel (vertex clustering) when there are many faces."""
    if len(faces) <= DISPLAY_FACES:
        return vertices, faces, marked
    # The surface area, from a sample of faces (enough to choose a cell size).
    sample = faces[:: max(1, len(faces) // 20_000)]
    tri = vertices[sample]
    area = (
        0.5 * np.linalg.norm(np.cross(tri[:, 1] - tri[:, 0], tri[:, 2] - tri[:, 0]), axis=1).sum()
    )
    area *= len(faces) / len(sample)
    cell = np.sqrt(2.0 * area / DISPLAY_FACES)
    keys = np.floor((vertices - vertices.min(axis=0)) / cell).astype(np.int64)
    span = keys.max(axis=0) + 1
    packed = keys[:, 0] + span[0] * (keys[:, 1] + span[1] * keys[:, 2])  # one number per cell
    _, cluster = np.unique(packed, return_inverse=True)
    counts = np.bincount(cluster)
    merged = (
        np.stack([np.bincount(cluster, vertices[:, i]) for i in range(3)], axis=1) / counts[:, None]
    )
    new_faces = cluster[faces]
    keep = (
        (new_faces[:, 0] != new_faces[:, 1])
        & (new_faces[:, 1] != new_faces[:, 2])
        & (new_faces[:, 0] != new_faces[:, 2])
    )
    return merged, new_faces[keep], marked[keep] | False


def _view_axes(
    azimuth_deg: float, elevation_deg: float
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Right, up and towards-the-viewer unit vectors of a camera turned around the model."""
    az, el = np.radians(azimuth_deg), np.radians(elevation_deg)
    towards = np.array([np.cos(el) * np.cos(az), np.cos(el) * np.sin(az), np.sin(el)])
    right = np.array([-np.sin(az), np.cos(az), 0.0])
    up = np.cross(towards, right)
    return right, up, towards


def _face_heights(tri: np.ndarray, normals: np.ndarray) -> np.ndarray:
    """The height of each triangle's flat face: the mean height of all the triangles lying
    in the same plane (the two halves of a roof side get the same shade).

    >>> roof = np.array([[[0, 0, 0], [10, 0, 5], [0, 10, 0]], [[10, 0, 5], [10, 10, 5], [0, 10, 0]]])
    >>> n = np.array([[-0.447, 0, 0.894], [-0.447, 0, 0.894]])
    >>> _face_heights(roof.astype(float), n).tolist()
    [2.5, 2.5]
    """
    offsets = np.einsum("ij,ij->i", normals, tri[:, 0])
    planes = np.c_[np.round(normals * 1000), np.round(offsets * 100)]
    _, plane = np.unique(planes, axis=0, return_inverse=True)
    plane = plane.ravel()
    heights = tri[:, :, 2].mean(axis=1)
    return (np.bincount(plane, heights) / np.bincount(plane))[plane]


def _shade(
    normals: np.ndarray, base: np.ndarray, light: np.ndarray, marked: np.ndarray
) -> np.ndarray:
    lambert = np.clip(normals @ light, 0.0, 1.0)
    # Problem faces stay bright orange even in the shade, so they can be seen.
    ambient = np.where(marked, 0.75, 0.42)
    return np.clip(base * (ambient + (1 - ambient) * lambert)[:, None], 0, 1)


def preview(
    solid: Solid,
    highlight: Sequence[int] | np.ndarray | None = None,
    *,
    width_in: float = 5.0,
    height_in: float = 3.6,
) -> Picture:
    """A shaded picture of ``solid``; ``highlight`` face numbers are drawn in orange."""
    from makerkit.i18n import t

    fig = new_figure(width_in, height_in)
    vertices, faces = solid.triangles()
    marked = np.zeros(len(faces), dtype=bool)
    if highlight is not None and len(highlight):
        marked[np.asarray(highlight, dtype=np.int64)] = True
    count = int(marked.sum())
    vertices, faces, marked = _simplified(vertices, faces, marked)
    if len(faces):
        tri = vertices[faces]
        cross = np.cross(tri[:, 1] - tri[:, 0], tri[:, 2] - tri[:, 0])
        normals = cross / np.maximum(np.linalg.norm(cross, axis=1), 1e-12)[:, None]
        elevation = 28.0
        if marked.any() and np.mean(normals[marked, 2] < -0.3) > 0.5:
            elevation = -28.0  # the problem is underneath: look from below
        right, up, towards = _view_axes(-60.0, elevation)
        facing = normals @ towards
        keep = facing > 0 if solid.is_closed else np.ones(len(faces), dtype=bool)
        keep &= np.linalg.norm(cross, axis=1) > 0
        idx = np.flatnonzero(keep)
        depth = tri[idx].mean(axis=1) @ towards
        idx = idx[np.argsort(depth)]  # far ones first, near ones painted over them
        flat = np.stack([tri[idx] @ right, tri[idx] @ up], axis=-1)
        # Higher parts are paler, so raised letters stand out from the plate they sit on;
        # each flat face (one plane) gets one tint, so it shows as one flat face.
        heights = _face_heights(tri[idx], normals[idx])
        z_low, z_high = vertices[:, 2].min(), vertices[:, 2].max()
        tint = ((heights - z_low) / max(z_high - z_low, 1e-9)) ** 2
        body = _BODY + (1.0 - _BODY) * (0.55 * tint)[:, None]
        colours = np.where(marked[idx, None], _HIGHLIGHT, body)
        light = towards + 0.6 * up - 0.4 * right  # over the viewer's left shoulder
        shaded = _shade(
            normals[idx] * np.sign(facing[idx])[:, None],
            colours,
            light / np.linalg.norm(light),
            marked[idx],
        )
        # No axes (they cost time and say nothing here): millimetres straight to the
        # figure's pixels, same scale both ways, centred above the size line.
        from matplotlib.transforms import Affine2D

        lo, hi = flat.reshape(-1, 2).min(axis=0), flat.reshape(-1, 2).max(axis=0)
        width_px, height_px = fig.bbox.width, fig.bbox.height * 0.92
        scale = 0.94 * min(
            width_px / max(hi[0] - lo[0], 1e-9), height_px / max(hi[1] - lo[1], 1e-9)
        )
        centre = (lo + hi) / 2
        to_pixels = Affine2D().translate(-centre[0], -centre[1]).scale(scale)
        to_pixels = to_pixels.translate(fig.bbox.width / 2, fig.bbox.height * 0.08 + height_px / 2)
        triangles = _FlatTriangles(flat, shaded)
        triangles.set_transform(to_pixels)
        fig.add_artist(triangles)
    x, y, z = (number(v) for v in solid.size_mm)
    fig.text(0.02, 0.02, f"{x} × {y} × {z} mm", fontsize=font_size(10), color=PALETTE["black"])
    alt = solid.about
    if count:
        alt = f"{alt} {t('model.alt_highlight', count=count)}"
    return to_picture(fig, alt)


def top_view(solid: Solid, *, width_in: float = 5.0, height_in: float = 4.0) -> Picture:
    """The solid seen from straight above, coloured by height, with millimetre axes."""
    from makerkit.i18n import t

    fig = new_figure(width_in, height_in)
    ax = fig.add_subplot()
    ax.set_aspect("equal")
    vertices, faces = solid.triangles()
    vertices, faces, _ = _simplified(vertices, faces, np.zeros(len(faces), dtype=bool))
    if len(faces):
        tri = vertices[faces]
        cross = np.cross(tri[:, 1] - tri[:, 0], tri[:, 2] - tri[:, 0])
        idx = np.flatnonzero(cross[:, 2] > 0) if solid.is_closed else np.arange(len(faces))
        heights = tri[idx, :, 2].max(axis=1)
        idx, heights = idx[np.argsort(heights)], np.sort(heights)
        lo, hi = heights.min(), heights.max()
        from matplotlib import colormaps

        colours = colormaps["cividis"](0.15 + 0.8 * (heights - lo) / max(hi - lo, 1e-9))[:, :3]
        triangles = _FlatTriangles(tri[idx, :, :2], colours)
        ax.add_artist(triangles)
        triangles.set_transform(ax.transData)
        (x0, y0, _), (x1, y1, _) = solid.bounds_mm
        pad = 0.05 * max(x1 - x0, y1 - y0)
        ax.set_xlim(x0 - pad, x1 + pad)
        ax.set_ylim(y0 - pad, y1 + pad)
    ax.set_xlabel("x (mm)", fontsize=font_size(10))
    ax.set_ylabel("y (mm)", fontsize=font_size(10))
    ax.tick_params(labelsize=font_size(9))
    fig.tight_layout()
    x, y, z = (number(v) for v in solid.size_mm)
    alt = t("model.alt_top", x=x, y=y, z=z, what=solid.about)
    return to_picture(fig, alt)
