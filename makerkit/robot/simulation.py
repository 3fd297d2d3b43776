"""The simulated Thymio moving in an arena, step by step (10 ms a step).

A :class:`Simulation` keeps the robot's state and records every step: pose, wheel
speeds, the 7 proximity and 2 ground readings, contacts, LEDs. Between two calls of
the learner's program the motor targets do not change, so a whole stretch of steps is
computed at once with numpy (motion, collisions, all sensors); only a step where the
body touches a wall is resolved on its own. Same seed, same program: same trajectory.

Nothing the robot does depends on what its sensors read, only the program does: so
without noise and moving things the readings are worked out when something asks for
them (the program, at the steps it runs; the trajectory), for all the steps since the
last ask at once, in batches of up to a second of steps — far fewer numpy calls per step
than sensing every stretch of motion as it is made, and the same readings.

>>> from makerkit.robot.arena import Arena, Pose
>>> sim = Simulation(Arena(100, 50, start=Pose(20, 25, 0)), seconds=2.0)
>>> sim.set_motors(250, 250)
>>> sim.advance(100)
100
>>> round(float(sim.x_cm[100]), 1)   # from 20 cm: 1 s at about 10 cm/s, with the motor lag
29.0
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from makerkit.robot.arena import PIXEL_CM, Arena, Pose
from makerkit.robot.body import body_hits, grown_boxes, pusher, slide
from makerkit.robot.sensors import WallsNearby, ground_image, ground_readings, prox_readings
from makerkit.robot.thymio import DT_S, SURFACE_LEVELS, thymio_model
from makerkit.robot.trajectory import Trajectory

__all__ = ["Simulation", "Trajectory"]

_CHUNK = 50  # at most this many steps are computed together
_SENSE_BATCH = 100  # at most this many steps sensed together (later, see above)


class Simulation:
    """One simulated Thymio in ``arena`` for at most ``seconds`` (steps of 10 ms)."""

    def __init__(
        self,
        arena: Arena,
        pose: Pose | None = None,
        seed: int = 0,
        noise: bool = False,
        seconds: float = 60.0,
    ) -> None:
        self.arena = arena
        self.model = m = thymio_model()
        self.noise = noise
        self.rng = np.random.default_rng(seed)
        # no two real wheels turn at quite the same speed: a steady mismatch per wheel
        self.mismatch = (1.0 + m.motor_mismatch * self.rng.standard_normal(2)) if noise else None
        self.seg = arena.segments
        self.boxes = arena.segment_boxes
        self.ground = ground_image(arena.reflectance, PIXEL_CM, m.ground_spot_cm, m)
        self.n_max = int(round(seconds / DT_S))
        n = self.n_max + 1
        self.z = np.zeros(n, dtype=complex)  # position x + iy (cm)
        self.th = np.zeros(n)
        self._prox = np.zeros((n, 7), dtype=np.int16)
        self._ground = np.zeros((n, 2), dtype=np.int16)
        self._rot = np.zeros(n, dtype=complex)  # exp(i heading), kept for sensing later
        self.targets = np.zeros((n, 2), dtype=np.int16)
        self.contact = np.zeros(n, dtype=bool)
        self.leds = np.zeros((n, 3), dtype=np.int8)
        self.i = 0
        self.target_left = self.target_right = 0
        self.speed_left = self.speed_right = 0.0
        self.leds_top = [0, 0, 0]
        # the five buttons, 1 while pressed (set by the run from the presses it makes)
        self.buttons = {
            f"button_{b}": 0 for b in ("center", "forward", "backward", "left", "right")
        }
        self._powers = math.exp(-DT_S / m.motor_time_constant_s) ** np.arange(1, _CHUNK + 1)
        self._no_prox = np.zeros((max(_CHUNK, _SENSE_BATCH), 7))
        self._prox_reach = m.prox_reach_cm
        self._v_scale = 0.5 * m.cm_s_per_unit * DT_S
        self._w_scale = m.cm_s_per_unit * DT_S / m.wheel_distance_cm
        levels = np.rint(arena.segment_reflectance * (SURFACE_LEVELS - 1)).astype(np.intp)
        self.walls = WallsNearby(
            self.seg, self.boxes, m.reach_cm + m.prox_range_cm + 1.0, levels * m.prox_table_row
        )
        # sensing later (see above) holds its own walls, so the motion's stay as they are;
        # noise draws from the same random numbers as the motion, step by step: sensed at once
        self._later = not noise and not arena.movers
        self._sense_walls = WallsNearby(
            self.seg, self.boxes, m.reach_cm + m.prox_range_cm + 1.0, levels * m.prox_table_row
        )
        self._sensed = 0
        self._stretch: tuple | None = None
        self._grown: tuple[Any, list] = (None, [])
        p = pose or arena.start
        th = math.radians(p.heading_deg)
        z, rot = complex(p.x_cm, p.y_cm), complex(math.cos(th), math.sin(th))
        z = self._push_out(z, rot, z)
        self.z[0], self.th[0], self._rot[0] = z, th, rot
        clear = self.walls.around(np.array([z]))
        self._sense(slice(0, 1), np.array([z]), np.array([rot]), clear)

    # -- what the program sets and reads ----------------------------------------------

    def set_motors(self, left: float, right: float) -> None:
        """Set the motor targets (clamped to −500 … 500)."""
        lim = self.model.motor_limit
        self.target_left = int(max(-lim, min(lim, int(left))))
        self.target_right = int(max(-lim, min(lim, int(right))))

    @property
    def x_cm(self) -> np.ndarray:
        return self.z.real

    @property
    def y_cm(self) -> np.ndarray:
        return self.z.imag

    @property
    def time_s(self) -> float:
        return self.i * DT_S

    @property
    def done(self) -> bool:
        return self.i >= self.n_max

    @property
    def prox(self) -> np.ndarray:
        """``prox_horizontal`` at every step so far (row 0 = the start), (n_max + 1, 7)."""
        self._sense_until(self.i)
        return self._prox

    @property
    def ground_delta(self) -> np.ndarray:
        """``prox_ground_delta`` at every step so far, (n_max + 1, 2)."""
        self._sense_until(self.i)
        return self._ground

    def prox_now(self) -> list[int]:
        self._sense_until(self.i)
        return self._prox[self.i].tolist()

    def ground_now(self) -> list[int]:
        self._sense_until(self.i)
        return self._ground[self.i].tolist()

    # -- stepping ---------------------------------------------------------------------

    def advance(self, steps: int) -> int:
        """Simulate ``steps`` steps (fewer at the end of the time); returns how many were done."""
        steps = min(int(steps), self.n_max - self.i)
        done = 0
        while done < steps:
            done += self._chunk(min(steps - done, _CHUNK))
        return done

    def _chunk(self, k: int) -> int:
        m, i = self.model, self.i
        # wheel speeds follow their targets with a first-order lag
        powers = self._powers[:k]
        tl, tr = self.target_left, self.target_right
        vl = tl + (self.speed_left - tl) * powers
        vr = tr + (self.speed_right - tr) * powers
        el, er = vl, vr
        if self.noise:
            left, right = self.mismatch
            el = vl * (left + m.motor_noise * self.rng.standard_normal(k))
            er = vr * (right + m.motor_noise * self.rng.standard_normal(k))
        w = (er - el) * self._w_scale
        th = np.cumsum(w)
        th += self.th[i]
        dz = (el + er) * np.exp(1j * (th - 0.5 * w))
        dz *= self._v_scale
        z = np.cumsum(dz)
        z += self.z[i]
        used = k
        rot = np.exp(1j * th)
        walls = self.walls
        moving = self._movers_near(i, k, z) if self.arena.movers else None
        clear = walls.around(z)
        hit = None
        walled = clear <= self._prox_reach and walls.a.size
        if walled:
            # the walls within reach of this stretch, and how far the nearest one is
            d0, spread = walls.local(z)
            clear = float(d0.min()) - spread
            if clear <= m.reach_cm:
                hit = self._first_contact(z, rot, (d0 <= m.reach_cm + spread + 1.0).nonzero()[0])
        if moving is not None:
            hits = body_hits(m, z, rot, moving[0], moving[1]).nonzero()[0]
            if hits.size and (hit is None or hits[0] < hit):
                hit = int(hits[0])
        if hit is not None:
            # motion does not depend on where the robot is, only on its heading: from
            # the first contact on, move step by step and slide out of the walls
            self._slide(z, dz, rot, hit, i, moving)
        rows = slice(i + 1, i + 1 + used)
        self.z[rows], self.th[rows], self._rot[rows] = z, th, rot
        self.targets[rows] = (tl, tr)
        self.leds[rows] = self.leds_top
        self.speed_left, self.speed_right = float(vl[used - 1]), float(vr[used - 1])
        # what sensing this stretch needs (the walls near it are held now)
        self._stretch = (rows, z, rot, clear, (d0, spread) if walled else None, hit, moving)
        self.i += used
        if not self._later:
            self._sense_stretch()
        return used

    def _movers_near(self, i: int, k: int, z: np.ndarray) -> tuple | None:
        """The edges of the arena's moving things at steps ``i + 1`` … ``i + k`` (starts,
        vectors, shape (k, edges), and table offsets), or None if all are out of reach."""
        t = (i + 1 + np.arange(k)) * DT_S
        starts, vectors, offsets = [], [], []
        for mover in self.arena.movers:
            a, e = mover.edges_at(t)
            starts.append(a)
            vectors.append(e)
            level = int(round(mover.reflectance * (SURFACE_LEVELS - 1)))
            offsets.append(np.full(a.shape[1], level * self.model.prox_table_row, dtype=np.intp))
        a, e = np.concatenate(starts, axis=1), np.concatenate(vectors, axis=1)
        longest = float(np.abs(e).max())
        if float(np.abs(a - z[:, None]).min()) > self._prox_reach + longest:
            return None
        return a, e, np.concatenate(offsets)

    def _first_contact(self, z: np.ndarray, rot: np.ndarray, near: np.ndarray) -> int | None:
        """The first step (index into the chunk) where the body overlaps one of the held walls
        ``near`` (indices), if any."""
        if not near.size:
            return None
        walls = self.walls
        hits = body_hits(self.model, z, rot, walls.a[near], walls.e[near]).nonzero()[0]
        return int(hits[0]) if hits.size else None

    def _slide(
        self,
        z: np.ndarray,
        dz: np.ndarray,
        rot: np.ndarray,
        hit: int,
        i: int,
        moving: tuple | None = None,
    ) -> None:
        """Steps ``hit`` … of the chunk one by one, each pushed out of the walls (and moving
        things) it overlaps."""
        walls, model = self.walls, self.model
        lo, hi = z[hit:].real, z[hit:].imag
        x_lo, x_hi, y_lo, y_hi = lo.min(), lo.max(), hi.min(), hi.max()
        near = np.flatnonzero(
            walls.distances(np.array([0.5 * complex(x_lo + x_hi, y_lo + y_hi)]))[0]
            <= model.reach_cm + 1.0 + 0.5 * abs(complex(x_hi - x_lo, y_hi - y_lo))
        )
        if self._grown[0] is not walls.a:  # boxes of the walls held now
            self._grown = (walls.a, grown_boxes(walls.a, walls.e, model.reach_cm + 0.01))
        boxes = [self._grown[1][j] for j in near.tolist()]
        prev = complex(self.z[i] if hit == 0 else z[hit - 1])
        touched = slide(model, z, dz, rot, hit, prev, boxes, moving)
        if touched:
            self.contact[i + 1 + np.array(touched)] = True

    def _push_out(self, z: complex, rot: complex, prev: complex) -> complex:
        """Move the body (without turning it) out of the walls it overlaps."""
        walls, model = self.walls, self.model
        if walls.around(np.array([z])) > model.reach_cm:
            return z
        back = rot.conjugate()
        push = pusher(model)
        for _ in range(50):
            worst: tuple[float, complex] | None = None
            for a, e in zip(walls.a, walls.e, strict=True):
                found = push((complex(a) - z) * back, complex(e) * back)
                if found is not None and (worst is None or found[0] > worst[0]):
                    worst = found
            if worst is None:
                break
            z += rot * worst[1] * (worst[0] + 1e-4)
        return complex(z)

    def _sense_stretch(self) -> None:
        """Sense the stretch of steps just computed, with the walls held for its motion."""
        rows, z, rot, clear, local, hit, moving = self._stretch
        near = None
        if local is not None:
            d0, spread = local
            if hit is not None:  # the body slid: the stretch is not where it was first computed
                d0, spread = self.walls.local(z)
                clear = float(d0.min()) - spread
            near = (d0 <= self._prox_reach + spread + 1.0).nonzero()[0]
        self._sense(rows, z, rot, clear, near, moving)
        self._sensed = rows.stop - 1

    def _sense_until(self, last: int) -> None:
        """Work out the readings of the steps not sensed yet, up to row ``last``."""
        if self._sensed >= last:
            return
        rows = self._stretch[0] if self._stretch else None
        if rows is not None and self._sensed + 1 == rows.start and last == rows.stop - 1:
            self._sense_stretch()  # asked after each stretch (a program reading its sensors)
            return
        walls, reach = self._sense_walls, self._prox_reach
        while self._sensed < last:
            first = self._sensed + 1
            rows = slice(first, min(last, first + _SENSE_BATCH - 1) + 1)
            z, rot = self.z[rows], self._rot[rows]
            clear, near = walls.around(z), None
            if clear <= reach and walls.a.size:
                d0, spread = walls.local(z)
                clear = float(d0.min()) - spread
                near = (d0 <= reach + spread + 1.0).nonzero()[0]
            self._sense(rows, z, rot, clear, near, walls=walls)
            self._sensed = rows.stop - 1

    def _sense(
        self,
        rows: slice,
        z: np.ndarray,
        rot: np.ndarray,
        clear: float,
        near: Any = None,
        moving: tuple | None = None,
        walls: WallsNearby | None = None,
    ) -> None:
        m = self.model
        walls = self.walls if walls is None else walls
        static = clear <= self._prox_reach and walls.a.size
        if not static and moving is None:
            prox = self._no_prox[: z.shape[0]]
        else:
            prox = prox_readings(z, rot, m, walls, near if static else np.zeros(0, np.intp), moving)
        ground = ground_readings(z, rot, m, self.ground, PIXEL_CM)
        if self.noise:
            prox = prox + (prox > 0) * m.prox_noise_sd * self.rng.standard_normal(prox.shape)
            prox = np.minimum(np.maximum(prox, 0.0), m.prox_white[0])
            ground = np.maximum(
                ground + m.ground_noise_sd * self.rng.standard_normal(ground.shape), 0
            )
        self._prox[rows] = prox
        self._ground[rows] = ground

    def trajectory(self, **info: Any) -> Trajectory:
        """What happened so far."""
        n = self.i + 1
        self._sense_until(self.i)
        return Trajectory(
            arena=self.arena,
            t_s=np.arange(n) * DT_S,
            x_cm=self.z[:n].real.copy(),
            y_cm=self.z[:n].imag.copy(),
            heading_rad=self.th[:n].copy(),
            prox_horizontal=self._prox[:n].copy(),
            prox_ground_delta=self._ground[:n].copy(),
            motor_target=self.targets[:n].copy(),
            contact=self.contact[:n].copy(),
            leds_top=self.leds[:n].copy(),
            info=info,
            movers=[
                (mv, mv.pose_at(np.arange(n) * DT_S), mv.here_at(np.arange(n) * DT_S))
                for mv in self.arena.movers
            ],
        )
