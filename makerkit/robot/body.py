"""Where the Thymio's body touches walls: the exact outline of the real robot, seen from above.

The body (``data/thymio2.toml``, after Enki's Thymio2 hull) is the part of a disc of
radius 8 cm around the middle of the axle that lies within the straight sides
(|y| ≤ 5.5 cm) and in front of the straight back (x ≥ −3 cm). A wall segment touches it
when, clipped to the sides and the back, it comes closer to the axle than the radius:
:func:`body_hits` answers that for many poses and walls at once. :func:`push_out` gives
the shortest move that takes the body out of one wall (separating axes), used step by
step while the robot rubs along a wall.

>>> from makerkit.robot.thymio import thymio_model
>>> m = thymio_model()
>>> wall_a, wall_e = np.array([10 - 5j]), np.array([10j])       # a wall at x = 10
>>> body_hits(m, np.array([0j, 2.5 + 0j]), np.array([1 + 0j, 1 + 0j]), wall_a, wall_e).tolist()
[False, True]
>>> depth, direction = push_out(m, 7.5 - 5j, 10j)   # robot frame: 5 mm into the front
>>> round(depth, 3), direction
(0.5, (-1+0j))
"""

from __future__ import annotations

import math

import numpy as np

__all__ = ["body_hits", "push_out"]

_EPS = 1e-6


def body_hits(model, z: np.ndarray, rot: np.ndarray, a: np.ndarray, e: np.ndarray) -> np.ndarray:
    """For each pose (``z`` the axle centre, ``rot = exp(i heading)``, complex, shape (k,)),
    whether the body overlaps one of the segments starting at ``a`` along ``e`` (complex, (m,))."""
    if not a.size:
        return np.zeros(z.shape[0], dtype=bool)
    back = rot.conjugate()[:, None]
    A = (a[None, :] - z[:, None]) * back  # segment starts in the robot frame, (k, m)
    E = e[None, :] * back
    ax, ay, ex, ey = A.real, A.imag, E.real, E.imag
    t0 = np.zeros(A.shape)
    t1 = np.ones(A.shape)
    empty = np.zeros(A.shape, dtype=bool)
    h = model.half_width_cm - _EPS
    # keep the part of each segment with x >= -back, y <= h and y >= -h (Liang-Barsky)
    with np.errstate(divide="ignore", invalid="ignore"):
        for p, q in ((-ex, ax + (model.back_cm - _EPS)), (ey, h - ay), (-ey, h + ay)):
            ratio = q / p
            t0 = np.where(p < 0, np.maximum(t0, ratio), t0)
            t1 = np.where(p > 0, np.minimum(t1, ratio), t1)
            empty |= (p == 0) & (q < 0)
    keep = ~empty & (t0 <= t1)
    # the kept part comes within the front radius of the axle?
    p0x, p0y = ax + t0 * ex, ay + t0 * ey
    dx, dy = (t1 - t0) * ex, (t1 - t0) * ey
    length2 = dx * dx + dy * dy
    with np.errstate(divide="ignore", invalid="ignore"):
        u = np.where(length2 > 0, -(p0x * dx + p0y * dy) / length2, 0.0)
    u = np.minimum(np.maximum(u, 0.0), 1.0)
    cx, cy = p0x + u * dx, p0y + u * dy
    r = model.front_radius_cm - _EPS
    near = cx * cx + cy * cy < r * r
    return (keep & near).any(axis=1)


def _support(shape: tuple, nx: float, ny: float) -> float:
    """How far the body reaches along the unit direction (nx, ny) (robot frame)."""
    front, back, half, radius, cos_arc = shape
    best = (front * nx if nx > 0.0 else -back * nx) + half * abs(ny)
    if nx >= cos_arc:  # the direction points into the front arc
        best = max(best, radius)
    return best


def push_out(model, A: complex, E: complex) -> tuple[float, complex] | None:
    """The body (robot frame, axle at 0) and the segment from ``A`` along ``E``: None if they
    do not overlap, else ``(depth, direction)``, the shortest move (a unit direction in the
    robot frame and its length in cm) that takes the body out of the segment."""
    shape = model.body_shape
    ax, ay, ex, ey = A.real, A.imag, E.real, E.imag
    bx, by = ax + ex, ay + ey
    length2 = ex * ex + ey * ey
    length = math.sqrt(length2)
    # the point of the segment nearest the axle: the front arc pushes away from it
    u = min(1.0, max(0.0, -(ax * ex + ay * ey) / length2))
    qx, qy = ax + u * ex, ay + u * ey
    q = math.hypot(qx, qy)
    if q >= shape[3] - _EPS:  # the whole body lies within the front radius of the axle
        return None
    axes = [(-1.0, 0.0), (0.0, 1.0), (0.0, -1.0), (-ey / length, ex / length)]
    if q > _EPS:
        axes.append((qx / q, qy / q))
    best: tuple[float, complex] | None = None
    for nx, ny in axes:
        pa, pb = ax * nx + ay * ny, bx * nx + by * ny
        smin, smax = (pa, pb) if pa < pb else (pb, pa)
        ahead = _support(shape, nx, ny) - smin  # move back along n by this much …
        behind = smax + _support(shape, -nx, -ny)  # … or forward along n by this much
        depth = ahead if ahead < behind else behind
        if depth <= _EPS:
            return None  # a gap along this direction: no overlap
        if best is None or depth < best[0]:
            best = (depth, complex(-nx, -ny) if ahead < behind else complex(nx, ny))
    return best
