"""What the robot's sensors see and where its body touches, for many poses at once.

Everything here works on numpy arrays of poses and of wall segments, so one call
answers for a whole run of simulation steps: no shapely and no Python loop per step.

>>> seg = np.array([[10.0, -5.0, 10.0, 5.0]])           # a wall at x = 10
>>> cast_rays(np.array([[0.0, 0.0]]), np.array([[1.0, 0.0]]), seg, 20.0)
array([10.])
>>> distance_to_segments(np.array([[7.0, 0.0]]), seg)
array([[3.]])
"""

from __future__ import annotations

import math

import numpy as np

__all__ = [
    "cast_rays",
    "distance_to_segments",
    "closest_points",
    "segments_near",
    "ground_image",
    "WallsNearby",
    "prox_readings",
    "ground_readings",
]


def segments_near(boxes: np.ndarray, xmin: float, ymin: float, xmax: float, ymax: float):
    """Indices of the segments whose bounding box meets the rectangle."""
    if boxes.shape[0] == 0:
        return np.zeros(0, dtype=np.intp)
    hit = (
        (boxes[:, 0] <= xmax)
        & (boxes[:, 2] >= xmin)
        & (boxes[:, 1] <= ymax)
        & (boxes[:, 3] >= ymin)
    )
    return np.flatnonzero(hit)


def cast_rays(origins: np.ndarray, dirs: np.ndarray, seg: np.ndarray, max_cm: float) -> np.ndarray:
    """Distance along each ray (unit ``dirs``) to the first segment, ``inf`` beyond ``max_cm``."""
    n = origins.shape[0]
    if seg.shape[0] == 0:
        return np.full(n, np.inf)
    ax, ay = seg[:, 0], seg[:, 1]
    ex, ey = seg[:, 2] - ax, seg[:, 3] - ay
    ox, oy = origins[:, 0:1], origins[:, 1:2]
    ux, uy = dirs[:, 0:1], dirs[:, 1:2]
    denom = ux * ey - uy * ex  # (n, m)
    wx, wy = ax - ox, ay - oy
    with np.errstate(divide="ignore", invalid="ignore"):
        t = (wx * ey - wy * ex) / denom
        s = (wx * uy - wy * ux) / denom
    ok = (np.abs(denom) > 1e-12) & (t >= -0.05) & (s >= 0.0) & (s <= 1.0)
    t = np.where(ok, np.maximum(t, 0.0), np.inf)
    d = t.min(axis=1)
    d[d > max_cm] = np.inf
    return d


def closest_points(points: np.ndarray, seg: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For each point and segment, the closest point of the segment: ``(qx, qy)`` of shape (P, M)."""
    ax, ay = seg[:, 0], seg[:, 1]
    ex, ey = seg[:, 2] - ax, seg[:, 3] - ay
    length2 = ex * ex + ey * ey
    px, py = points[:, 0:1], points[:, 1:2]
    u = np.clip(((px - ax) * ex + (py - ay) * ey) / length2, 0.0, 1.0)
    return ax + u * ex, ay + u * ey


def distance_to_segments(points: np.ndarray, seg: np.ndarray) -> np.ndarray:
    """Distance from each point to each segment, shape (P, M)."""
    if seg.shape[0] == 0:
        return np.zeros((points.shape[0], 0))
    qx, qy = closest_points(points, seg)
    return np.hypot(points[:, 0:1] - qx, points[:, 1:2] - qy)


def ground_image(reflectance: np.ndarray, pixel_cm: float, spot_cm: float, model) -> np.ndarray:
    """The floor as the values a ground sensor reads, blurred over the sensor's spot."""
    from scipy.ndimage import uniform_filter

    size = max(1, int(round(spot_cm / pixel_cm)))
    blurred = uniform_filter(reflectance, size=size, mode="nearest")
    values = model.ground_value(blurred).astype(np.float32)
    pad = int(round(GROUND_MARGIN_CM / pixel_cm))
    return np.pad(values, pad)


class WallsNearby:
    """The wall segments around a place, reused while the robot stays near it.

    Held as arrays ready for ray casting: segment starts ``a`` and vectors ``e``
    (complex, cm), and ``clear_cm``, the distance from ``centre`` to the nearest one.
    """

    def __init__(
        self,
        seg: np.ndarray,
        boxes: np.ndarray,
        margin_cm: float,
        offsets: np.ndarray | None = None,
    ) -> None:
        self.seg, self.boxes, self.margin = seg, boxes, margin_cm
        # per segment: where its surface's row starts in the reading table (its colour)
        self.offsets = offsets if offsets is not None else np.zeros(len(seg), dtype=np.intp)
        self.radius = margin_cm + 12.0
        self.centre = complex(np.inf, np.inf)
        self.a = self.e = np.zeros(0, dtype=complex)
        self.off = np.zeros(0, dtype=np.intp)
        self.uniform = True
        self.clear_cm = np.inf

    def around(self, z: np.ndarray) -> float:
        """Hold every segment within ``margin_cm`` of the points ``z``; returns the distance
        from the points to the nearest wall, or a lower bound of it."""
        c = self.centre
        spread = float(np.abs(z - c).max())
        if spread > self.radius - self.margin:
            lo = complex(z.real.min(), z.imag.min())
            hi = complex(z.real.max(), z.imag.max())
            self.centre = c = 0.5 * (lo + hi)
            rad = self.radius + abs(hi - lo)
            near = segments_near(self.boxes, c.real - rad, c.imag - rad, c.real + rad, c.imag + rad)
            s = self.seg[near]
            self.off = self.offsets[near]
            self.uniform = bool(self.off.size == 0 or (self.off == self.off[0]).all())
            self.a = s[:, 0] + 1j * s[:, 1]
            self.e = (s[:, 2] - s[:, 0]) + 1j * (s[:, 3] - s[:, 1])
            self.len2 = (self.e * self.e.conjugate()).real
            self.e_perp = np.vstack([self.e.imag, -self.e.real])  # cross(p, e) = p @ e_perp
            self.a_xy = np.column_stack([self.a.real, self.a.imag])
            self.cross_ae = self.a.real * self.e.imag - self.a.imag * self.e.real
            # cross(u, e) = e_perp_t @ u, cross(a, u) = a_perp_t @ u
            self.e_perp_t = np.ascontiguousarray(self.e_perp.T)
            self.a_perp_t = np.column_stack([-self.a.imag, self.a.real])
            self.clear_cm = float(self.distances(np.array([c])).min()) if s.size else np.inf
            spread = float(np.abs(z - c).max())
        return self.clear_cm - spread

    def distances(self, p: np.ndarray, near: np.ndarray | None = None) -> np.ndarray:
        """Distance from each point ``p`` (complex, shape (n,)) to each held segment, (n, m);
        with ``near`` (indices), to those segments only."""
        a, e, len2 = self.a, self.e, self.len2
        if near is not None:
            a, e, len2 = a[near], e[near], len2[near]
        w = p[:, None] - a
        u = (w * e.conjugate()).real / len2
        u = np.minimum(np.maximum(u, 0.0), 1.0)
        return np.abs(w - u * e)

    def local(self, z: np.ndarray) -> tuple[np.ndarray, float]:
        """Distance from ``z[0]`` to each held segment, and the farthest of the points ``z``
        from ``z[0]``: a segment farther than ``d + spread`` from every point is out of reach."""
        w = z[0] - self.a
        u = (w * self.e.conjugate()).real / self.len2
        u = np.minimum(np.maximum(u, 0.0), 1.0)
        return np.abs(w - u * self.e), float(np.abs(z - z[0]).max())

    def nearest(self, p: np.ndarray, near: np.ndarray) -> np.ndarray:
        """Distance from each point ``p`` (complex, (n,)) to the nearest of the held segments
        ``near`` (indices)."""
        a, e = self.a[near, None], self.e[near, None]
        w = p - a
        u = (w * e.conjugate()).real / self.len2[near, None]
        u = np.minimum(np.maximum(u, 0.0), 1.0)
        return np.abs(w - u * e).min(axis=0)

    def rays(
        self, o: np.ndarray, u: np.ndarray, max_cm: float, near: np.ndarray | None = None
    ) -> tuple[np.ndarray, np.ndarray]:
        """Distance along rays from ``o`` in unit directions ``u`` ((n, 2) arrays) to the first
        segment, at most ``max_cm``, and that segment's table offset (its colour).
        ``near``: indices of the only held segments that can be in reach."""
        e_perp, cross_ae, a_perp, off = self.e_perp_t, self.cross_ae, self.a_perp_t, self.off
        if near is not None:
            e_perp, cross_ae, a_perp, off = e_perp[near], cross_ae[near], a_perp[near], off[near]
        # one row per segment, one column per ray: the minimum runs along whole rows
        ut, ot = u.T, o.T
        denom = e_perp @ ut  # cross(u, e)
        denom[denom == 0.0] = 1e-300  # a ray parallel to a wall: it meets it far away, or not
        inv = 1.0 / denom
        t = cross_ae[:, None] - e_perp @ ot  # cross(a - o, e) / cross(u, e)
        t *= inv
        s = a_perp @ ut  # cross(a - o, u) / cross(u, e)
        s -= o[:, 0] * u[:, 1] - o[:, 1] * u[:, 0]
        s *= inv
        t[~((t >= -0.05) & (s >= 0.0) & (s <= 1.0))] = max_cm
        if self.uniform:  # all walls of one colour: only the distance matters
            return np.minimum(t.min(axis=0), max_cm), np.full(t.shape[1], off[0] if off.size else 0)
        first = t.argmin(axis=0)
        d = t[first, np.arange(t.shape[1])]
        return np.minimum(d, max_cm), off[first]


def prox_readings(
    z: np.ndarray,
    rot: np.ndarray,
    model,
    walls: WallsNearby,
    near: np.ndarray | None = None,
    moving: tuple | None = None,
) -> np.ndarray:
    """``prox_horizontal`` for poses ``z`` (complex, cm) with ``rot = exp(i heading)``, (k, 7).

    Each sensor sees a cone (± the half aperture): along three rays (its middle and its
    edges, which find long walls and what hides what) and, so that nothing thin slips
    between the rays, at every wall end and every wall's nearest point inside the cone.
    A reading is the table value for that distance and surface, less off the middle of
    the cone (the edges weigh ``side_weight``). ``near``: indices of the held wall
    segments that can be in reach (default: all of them). ``moving``: edges that differ
    at each pose (moving things): starts and vectors (k, q) and their table offsets (q,).
    """
    k = z.shape[0]
    origins, dirs = _rays_of(model)  # (3, 1, 7): middle, left and right ray of each sensor
    zc, rc = z[:, None], rot[:, None]
    o = zc + rc * origins  # (3, k, 7)
    u = rc * dirs
    a, e, off = walls.a, walls.e, walls.off
    if near is not None:
        a, e, off = a[near], e[near], off[near]
    if a.size:
        d, offset = walls.rays(
            o.ravel().view(np.float64).reshape(-1, 2),
            u.ravel().view(np.float64).reshape(-1, 2),
            model.prox_range_cm,
            near,
        )
        d, offset = d.reshape(3, k, 7), offset.reshape(3, k, 7)
    else:
        d = np.full((3, k, 7), model.prox_range_cm)
        offset = np.zeros((3, k, 7), dtype=np.intp)
    if moving is not None:
        dm, offm = _rays_each(o, u, moving, model.prox_range_cm)
        closer = dm < d
        d, offset = np.where(closer, dm, d), np.where(closer, offm, offset)
    # A wall found just behind a ray's start (the body touching it) is at distance 0, not
    # negative: a negative index would wrap round to the far end of the table and read 0.
    index = (np.maximum(d, 0.0) * model.table_steps_per_cm).astype(np.intp)
    index += offset
    values = model.prox_table[index]
    values *= model.ray_weights[:, None, None]
    best = values.max(axis=0)
    # wall ends and nearest points, in each sensor's own frame (x along its middle ray)
    look = (rc * dirs[0]).conj()[:, :, None]  # (k, 7, 1)
    here = o[0][:, :, None]
    sets = [(a, e, off)] if moving is None else [(a, e, off), moving]
    for starts, vectors, offsets in sets:
        if not starts.size:
            continue
        if starts.ndim == 2:  # one set of edges per pose
            starts, vectors = starts[:, None, :], vectors[:, None, :]
        start = (starts - here) * look  # (k, 7, m)
        along = vectors * look
        len2 = (along * along.conj()).real
        u_near = np.minimum(np.maximum(-(start * along.conj()).real / len2, 0.0), 1.0)
        points = np.concatenate([start, start + along, start + u_near * along], axis=2)
        _best_in_cone(best, points, offsets, model)
    return best


def _rays_each(o: np.ndarray, u: np.ndarray, moving: tuple, max_cm: float):
    """Rays ``o + t u`` ((3, k, 7), complex) against edges that differ per pose ((k, q)):
    the distance to the first one (at most ``max_cm``) and its table offset, (3, k, 7)."""
    a, e, off = moving
    a, e = a[None, :, None, :], e[None, :, None, :]
    oo, uu = o[..., None], u[..., None]
    w = a - oo
    denom = (uu.conj() * e).imag  # cross(u, e)
    with np.errstate(divide="ignore", invalid="ignore"):
        t = (w.conj() * e).imag / denom  # cross(a - o, e) / cross(u, e)
        s = (w.conj() * uu).imag / denom  # cross(a - o, u) / cross(u, e)
    t = np.where((t >= -0.05) & (s >= 0.0) & (s <= 1.0), t, max_cm)
    first = t.argmin(axis=-1)
    d = np.take_along_axis(t, first[..., None], axis=-1)[..., 0]
    return np.minimum(d, max_cm), off[first]


def _best_in_cone(best: np.ndarray, p: np.ndarray, off: np.ndarray, model) -> None:
    """Raise ``best`` ((k, 7) readings) to what the points ``p`` (sensor frame, (k, 7, n))
    inside each sensor's cone read; ``off``: the table offsets of the walls, repeated
    along the points (n is a multiple of their number)."""
    n = p.shape[2]
    flat = p.reshape(-1, n)
    x, y = flat.real, np.abs(flat.imag)
    # within the cone, and nearer than the range along its middle
    inside = (y <= x * _cone_of(model)) & (x < model.prox_range_cm)
    pose_sensor, which = np.nonzero(inside)
    if not pose_sensor.size:
        return
    xs, ys = x[pose_sensor, which], y[pose_sensor, which]
    dist = np.sqrt(xs * xs + ys * ys)
    index = np.minimum(dist * model.table_steps_per_cm, model.prox_table_row - 1).astype(np.intp)
    value = model.prox_table[index + off[which % off.size]]
    tan_half = _cone_of(model)
    # weaker off the middle of the cone, down to side_weight at its edge
    ratio = np.divide(ys, xs * tan_half, out=np.zeros_like(ys), where=xs > 0.0)
    value *= 1.0 - (1.0 - model.ray_weights[1]) * ratio
    np.maximum.at(best.reshape(-1), pose_sensor, value)


def _cone_of(model) -> float:
    """The tangent of a sensor's half aperture."""
    return math.tan(float(model.ray_angles[1]))


def _rays_of(model) -> tuple[np.ndarray, np.ndarray]:
    """Where the 3 rays of each of the 7 sensors start and where they look (complex, robot
    frame), shape (3, 1, 7), computed once per model."""
    found = _RAYS.get(id(model))
    if found is None or found[0] is not model:
        origins = np.broadcast_to(model.prox_origin, (3, 7)).reshape(3, 1, 7).copy()
        dirs = model.prox_rays.reshape(7, 3).T.reshape(3, 1, 7).copy()
        found = _RAYS[id(model)] = (model, origins, dirs)
    return found[1], found[2]


_RAYS: dict[int, tuple[object, np.ndarray, np.ndarray]] = {}


def ground_readings(z: np.ndarray, rot: np.ndarray, model, image: np.ndarray, pixel_cm: float):
    """``prox_ground_delta`` for poses ``z`` with ``rot = exp(i heading)``, (k, 2).

    ``image`` has a margin of ``GROUND_MARGIN_CM`` around the floor, reading 0.
    """
    p = (z[:, None] + rot[:, None] * model.ground_origin) * (1.0 / pixel_cm) + GROUND_MARGIN_PX
    idx = p.imag.astype(np.intp) * image.shape[1] + p.real.astype(np.intp)
    return image.take(idx, mode="clip")


GROUND_MARGIN_CM = 20.0
GROUND_MARGIN_PX = complex(100, 100)  # GROUND_MARGIN_CM / PIXEL_CM, in x and y
