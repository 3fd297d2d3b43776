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

    def __init__(self, seg: np.ndarray, boxes: np.ndarray, margin_cm: float) -> None:
        self.seg, self.boxes, self.margin = seg, boxes, margin_cm
        self.radius = margin_cm + 12.0
        self.centre = complex(np.inf, np.inf)
        self.a = self.e = np.zeros(0, dtype=complex)
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
    ) -> np.ndarray:
        """Distance along rays from ``o`` in unit directions ``u`` ((n, 2) arrays) to a segment,
        at most ``max_cm``. ``near``: indices of the only held segments that can be in reach."""
        e_perp, cross_ae, a_perp = self.e_perp_t, self.cross_ae, self.a_perp_t
        if near is not None:
            e_perp, cross_ae, a_perp = e_perp[near], cross_ae[near], a_perp[near]
        # one row per segment, one column per ray: the minimum runs along whole rows
        ut, ot = u.T, o.T
        denom = e_perp @ ut  # cross(u, e)
        with np.errstate(divide="ignore", invalid="ignore"):
            t = (cross_ae[:, None] - e_perp @ ot) / denom  # cross(a - o, e) / cross(u, e)
            # cross(a - o, u) / cross(u, e)
            s = a_perp @ ut
            s -= o[:, 0] * u[:, 1] - o[:, 1] * u[:, 0]
            s /= denom
        t[(t < -0.05) | (s < 0.0) | (s > 1.0)] = max_cm
        return np.minimum(t.min(axis=0), max_cm)


def prox_readings(
    z: np.ndarray, rot: np.ndarray, model, walls: WallsNearby, near: np.ndarray | None = None
) -> np.ndarray:
    """``prox_horizontal`` for poses ``z`` (complex, cm) with ``rot = exp(i heading)``, (k, 7).

    ``near``: indices of the held wall segments that can be in reach (default: all of them).
    """
    k = z.shape[0]
    origins, dirs = _rays_of(model)  # (3, 1, 7): middle, left and right ray of each sensor
    zc, rc = z[:, None], rot[:, None]
    o = (zc + rc * origins).ravel()  # (3, k, 7)
    u = (rc * dirs).ravel()
    d = walls.rays(
        o.view(np.float64).reshape(-1, 2),
        u.view(np.float64).reshape(-1, 2),
        model.prox_range_cm,
        near,
    )
    # A wall found just behind a ray's start (the body touching it) is at distance 0, not
    # negative: a negative index would wrap round to the far end of the table and read 0.
    index = (np.maximum(d, 0.0) * model.table_steps_per_cm).astype(np.intp)
    values = model.prox_table[index].reshape(3, k, 7)
    values *= model.ray_weights[:, None, None]
    return values.max(axis=0)


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
