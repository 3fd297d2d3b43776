"""The Thymio II's body, motors and sensors, as numbers the simulator uses.

The numbers live in ``data/thymio2.toml`` with their sources. What a learner sees:

* ``prox_horizontal``: 7 values, 0 (nothing within about 14 cm) up to about 4500
  (touching); 0–4 look forward from left to right, 5 and 6 look backward.
* ``prox_ground_delta``: 2 values (left, right), about 880 on white, about 110 on black tape.
* ``motor_left_target``, ``motor_right_target``: −500 … 500; 500 is about 20 cm/s.

>>> model = thymio_model()
>>> [int(v) for v in model.prox_value(np.array([0.0, 2.0, 5.0, 10.0, 15.0]))]
[4505, 4270, 3355, 1900, 0]
>>> int(model.ground_value(1.0)), int(model.ground_value(0.0))
(880, 110)
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path
from typing import Any

import numpy as np

__all__ = ["ThymioModel", "thymio_model", "DT_S"]

# The simulation advances in steps of 10 ms, the rate of the Thymio's own motor loop.
DT_S = 0.01


@dataclass(frozen=True)
class ThymioModel:
    """The simulated Thymio II (lengths in cm, angles in radians)."""

    wheel_distance_cm: float
    discs: np.ndarray  # (D, 3): x, y, radius in the robot frame
    reach_cm: float  # farthest point of the body from the axle centre
    cm_s_per_unit: float
    motor_limit: int
    motor_time_constant_s: float
    motor_noise: float
    prox_sensors: np.ndarray  # (7, 3): x, y, direction
    prox_max: float
    prox_c: float
    prox_fade_start_cm: float
    prox_range_cm: float
    ray_angles: np.ndarray  # (3,)
    ray_weights: np.ndarray  # (3,)
    prox_noise_sd: float
    ground_sensors: np.ndarray  # (2, 2)
    ground_white: float
    ground_black: float
    ground_spot_cm: float
    ground_noise_sd: float
    event_hz: dict[str, float]

    @cached_property
    def prox_origin(self) -> np.ndarray:
        """Where the 7 proximity sensors are (complex, robot frame)."""
        return self.prox_sensors[:, 0] + 1j * self.prox_sensors[:, 1]

    @cached_property
    def prox_rays(self) -> np.ndarray:
        """The 7 × 3 ray directions (complex unit numbers, robot frame), flattened."""
        return np.exp(1j * (self.prox_sensors[:, 2:3] + self.ray_angles)).ravel()

    table_steps_per_cm = 20

    @property
    def prox_reach_cm(self) -> float:
        """Beyond this distance from the axle centre, no wall changes a proximity reading."""
        return float(np.abs(self.prox_origin).max()) + self.prox_range_cm

    @cached_property
    def prox_table(self) -> np.ndarray:
        """``prox_value`` tabulated every 0.5 mm from 0 to the range (the last entry reads 0)."""
        d = (
            np.arange(int(self.prox_range_cm * self.table_steps_per_cm) + 1)
            / self.table_steps_per_cm
        )
        return self.prox_value(d)

    @cached_property
    def ground_origin(self) -> np.ndarray:
        return self.ground_sensors[:, 0] + 1j * self.ground_sensors[:, 1]

    @cached_property
    def disc_origin(self) -> np.ndarray:
        return self.discs[:, 0] + 1j * self.discs[:, 1]

    def prox_value(self, distance_cm: np.ndarray) -> np.ndarray:
        """What a proximity sensor reads for an obstacle ``distance_cm`` away."""
        d = np.maximum(np.asarray(distance_cm, dtype=np.float64), 0.0)
        value = (self.prox_max * self.prox_c) / (d * d + self.prox_c)
        fade = (self.prox_range_cm - d) * (1.0 / (self.prox_range_cm - self.prox_fade_start_cm))
        return value * np.minimum(np.maximum(fade, 0.0), 1.0)

    def ground_value(self, reflectance: Any) -> Any:
        """What a ground sensor reads over a floor of ``reflectance`` (0 black … 1 white)."""
        return self.ground_black + (self.ground_white - self.ground_black) * reflectance

    def outline(self) -> Any:
        """The body as a shapely polygon in the robot frame (cm)."""
        from shapely import unary_union
        from shapely.geometry import Point

        return unary_union([Point(x, y).buffer(r, quad_segs=12) for x, y, r in self.discs])


@cache
def thymio_model() -> ThymioModel:
    """The Thymio II model read from ``data/thymio2.toml`` (read once)."""
    data = tomllib.loads((Path(__file__).parent / "data" / "thymio2.toml").read_text("utf-8"))
    body, motors, prox, ground = data["body"], data["motors"], data["prox"], data["ground"]
    discs = np.array(body["discs"], dtype=np.float64)
    sensors = np.array(prox["sensors"], dtype=np.float64)
    sensors[:, 2] = np.radians(sensors[:, 2])
    half = np.radians(prox["half_aperture_deg"])
    side = prox["side_weight"]
    return ThymioModel(
        wheel_distance_cm=body["wheel_distance_cm"],
        discs=discs,
        reach_cm=float(np.max(np.hypot(discs[:, 0], discs[:, 1]) + discs[:, 2])),
        cm_s_per_unit=motors["cm_s_per_unit"],
        motor_limit=int(motors["limit"]),
        motor_time_constant_s=motors["time_constant_s"],
        motor_noise=motors["noise_fraction"],
        prox_sensors=sensors,
        prox_max=float(prox["max_value"]),
        prox_c=float(prox["c_cm2"]),
        prox_fade_start_cm=float(prox["fade_start_cm"]),
        prox_range_cm=float(prox["range_cm"]),
        ray_angles=np.array([0.0, half, -half]),
        ray_weights=np.array([1.0, side, side]),
        prox_noise_sd=float(prox["noise_sd"]),
        ground_sensors=np.array(ground["sensors"], dtype=np.float64),
        ground_white=float(ground["white"]),
        ground_black=float(ground["black"]),
        ground_spot_cm=float(ground["spot_cm"]),
        ground_noise_sd=float(ground["noise_sd"]),
        event_hz={k: float(v) for k, v in data["events"].items()},
    )
