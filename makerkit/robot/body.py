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
from collections.abc import Callable

import numpy as np

__all__ = ["body_hits", "push_out", "pusher", "grown_boxes", "slide"]

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
    h = model.half_width_cm - _EPS
    # keep the part of each segment with x >= -back, y <= h and y >= -h (Liang-Barsky), the
    # three edges at once: t0 the largest entering ratio (or 0), t1 the smallest leaving (or 1)
    p = np.array([-ex, ey, -ey])
    q = np.array([ax + (model.back_cm - _EPS), h - ay, h + ay])
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = q / p
        t0 = np.where(p < 0, ratio, 0.0).max(axis=0)
        t1 = np.where(p > 0, ratio, 1.0).min(axis=0)
        keep = (t0 <= t1) & ~((p == 0) & (q < 0)).any(axis=0)
        # the kept part comes within the front radius of the axle?
        p0x, p0y = ax + t0 * ex, ay + t0 * ey
        span = t1 - t0
        dx, dy = span * ex, span * ey
        length2 = dx * dx + dy * dy
        u = -(p0x * dx + p0y * dy) / length2
    u[~(length2 > 0)] = 0.0
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
    found = pusher(model)(A, E)
    return None if found is None else found[:2]


def pusher(model) -> Callable[[complex, complex], tuple[float, complex, bool] | None]:
    """:func:`push_out` for one body, made once: the simulator calls it for every wall near
    the robot at every step it rubs one, so it is written for speed (plain floats, the
    three fixed axes of the body's outline worked out ahead). It also says whether the move
    is along an axis that moving the body does not turn (all but the last one below): after
    that move, the body and that segment no longer overlap.

    The separating axes, in this order (the first of equal depths wins): the back's normal,
    the two sides' normals, the segment's normal, and the line from the axle to the
    segment's nearest point (the front arc's normal there).
    """
    found = _PUSHERS.get(id(model))
    if found is not None and found[0] is model:
        return found[1]
    shape = model.body_shape
    front, back, half, radius, cos_arc = shape
    # how far the body reaches along each fixed axis and the opposite way; the move out
    # along it, ``-n`` (moving back along n) or ``n``
    back_ahead, back_behind = _support(shape, -1.0, 0.0), _support(shape, 1.0, -0.0)
    left_ahead, left_behind = _support(shape, 0.0, 1.0), _support(shape, -0.0, -1.0)
    right_ahead, right_behind = _support(shape, 0.0, -1.0), _support(shape, -0.0, 1.0)
    back_out, back_in = complex(1.0, -0.0), complex(-1.0, 0.0)
    left_out, left_in = complex(-0.0, -1.0), complex(0.0, 1.0)
    right_out, right_in = complex(-0.0, 1.0), complex(0.0, -1.0)
    touch = radius - _EPS
    sqrt, hypot = math.sqrt, math.hypot

    def push(A: complex, E: complex) -> tuple[float, complex] | None:
        ax, ay, ex, ey = A.real, A.imag, E.real, E.imag
        length2 = ex * ex + ey * ey
        # the point of the segment nearest the axle: the front arc pushes away from it
        u = -(ax * ex + ay * ey) / length2
        u = (u if u < 1.0 else 1.0) if u > 0.0 else 0.0  # as min(1, max(0, u)), to the bit
        qx, qy = ax + u * ex, ay + u * ey
        q = hypot(qx, qy)
        if q >= touch:  # the whole body lies within the front radius of the axle
            return None
        bx, by = ax + ex, ay + ey
        # the back (axis -x): ahead = back - min(-ax, -bx), behind = max(-ax, -bx) + radius
        if ax > bx:
            ahead, behind = back_ahead + ax, back_behind - bx
        else:
            ahead, behind = back_ahead + bx, back_behind - ax
        if ahead < behind:
            if ahead <= _EPS:
                return None
            depth, way = ahead, back_out
        else:
            if behind <= _EPS:
                return None
            depth, way = behind, back_in
        fixed = True
        # the left side (axis +y)
        smin, smax = (ay, by) if ay < by else (by, ay)
        ahead, behind = left_ahead - smin, smax + left_behind
        if ahead < behind:
            if ahead <= _EPS:
                return None
            if ahead < depth:
                depth, way = ahead, left_out
        else:
            if behind <= _EPS:
                return None
            if behind < depth:
                depth, way = behind, left_in
        # the right side (axis -y)
        smin, smax = (-ay, -by) if -ay < -by else (-by, -ay)
        ahead, behind = right_ahead - smin, smax + right_behind
        if ahead < behind:
            if ahead <= _EPS:
                return None
            if ahead < depth:
                depth, way = ahead, right_out
        else:
            if behind <= _EPS:
                return None
            if behind < depth:
                depth, way = behind, right_in
        # the segment's normal, then the arc's normal at the nearest point
        length = sqrt(length2)
        normal = (-ey / length, ex / length)
        axes = (normal, (qx / q, qy / q)) if q > _EPS else (normal,)
        for n, (nx, ny) in enumerate(axes):
            pa, pb = ax * nx + ay * ny, bx * nx + by * ny
            smin, smax = (pa, pb) if pa < pb else (pb, pa)
            reach = (front * nx if nx > 0.0 else -back * nx) + half * abs(ny)
            if nx >= cos_arc and radius > reach:
                reach = radius
            ahead = reach - smin
            reach = (front * -nx if -nx > 0.0 else -back * -nx) + half * abs(-ny)
            if -nx >= cos_arc and radius > reach:
                reach = radius
            behind = smax + reach
            if ahead < behind:
                if ahead <= _EPS:
                    return None
                if ahead < depth:
                    depth, way, fixed = ahead, complex(-nx, -ny), n == 0
            else:
                if behind <= _EPS:
                    return None
                if behind < depth:
                    depth, way, fixed = behind, complex(nx, ny), n == 0
        return depth, way, fixed

    _PUSHERS[id(model)] = (model, push)
    return push


_PUSHERS: dict[int, tuple[object, Callable]] = {}


def grown_boxes(a: np.ndarray, e: np.ndarray, grow: float) -> list[tuple]:
    """For each segment (starts ``a``, vectors ``e``, complex): its bounding box grown by
    ``grow`` (x0, x1, y0, y1), its start and its vector, as plain numbers. A segment can only
    touch the body if the axle centre is inside its box grown by the body's reach."""
    boxes = []
    for start, vector in zip(a.tolist(), e.tolist(), strict=True):
        x0, x1 = sorted((start.real, start.real + vector.real))
        y0, y1 = sorted((start.imag, start.imag + vector.imag))
        boxes.append((x0 - grow, x1 + grow, y0 - grow, y1 + grow, start, vector))
    return boxes


def slide(
    model,
    z: np.ndarray,
    dz: np.ndarray,
    rot: np.ndarray,
    first: int,
    prev: complex,
    boxes: list[tuple],
    moving: tuple | None = None,
) -> list[int]:
    """Steps ``first`` … of a stretch one by one (``z`` positions, ``dz`` moves, ``rot`` =
    exp(i heading)), each pushed out of the walls it overlaps (``boxes`` from
    :func:`grown_boxes`; ``moving``: edges that differ at each step, (k, q) starts and
    vectors). ``z`` is changed in place; returns the steps where the body touched.

    >>> from makerkit.robot.thymio import thymio_model
    >>> m = thymio_model()
    >>> wall = grown_boxes(np.array([10 - 20j]), np.array([40j]), m.reach_cm + 0.01)
    >>> z = np.array([1.5 + 0j, 2.5 + 0j, 3.5 + 0j])     # driving at a wall at x = 10
    >>> slide(m, z, np.full(3, 1 + 0j), np.ones(3, complex), 0, 0.5 + 0j, wall)
    [1, 2]
    >>> [round(v.real, 3) for v in z.tolist()]             # stopped where the front touches
    [1.5, 2.0, 2.0]
    """
    push = pusher(model)
    grow = model.reach_cm + 0.01
    touched = []
    steps = zip(range(first, len(z)), dz[first:].tolist(), rot[first:].tolist(), strict=True)
    for k, step, rk in steps:
        zk = prev + step
        back = rk.conjugate()
        # the wall just pushed out of along an axis that does not turn: clear of it now
        clear = None
        for _ in range(6):
            x, y = zk.real, zk.imag
            worst: tuple[float, complex, bool] | None = None
            for box in boxes:
                x0, x1, y0, y1, a, e = box
                if x0 <= x <= x1 and y0 <= y <= y1 and box is not clear:
                    found = push((a - zk) * back, e * back)
                    if found is not None and (worst is None or found[0] > worst[0]):
                        worst, worst_box = found, box
            if moving is not None:
                for a, e in zip(moving[0][k], moving[1][k], strict=True):
                    if abs(a - zk) > grow + abs(e):
                        continue
                    found = push((complex(a) - zk) * back, complex(e) * back)
                    if found is not None and (worst is None or found[0] > worst[0]):
                        worst, worst_box = found, None
            if worst is None:
                break
            zk += rk * worst[1] * (worst[0] + 1e-4)
            clear = worst_box if worst[2] else None
            touched.append(k)
        z[k] = zk
        prev = zk
    return touched
