"""The Thymio II's body, motors and sensors, as numbers the simulator uses.

The numbers live in ``data/thymio2.toml`` with their sources. What a learner sees:

* ``prox_horizontal``: 7 values, 0 (nothing within about 15 cm) up to about 4500
  (touching a white wall; a black one reads less and only when very close); 0–4 look
  forward from left to right, 5 and 6 look backward.
* ``prox_ground_delta``: 2 values (left, right), about 880 on white, about 110 on black tape.
* ``motor_left_target``, ``motor_right_target``: −500 … 500; 500 is about 20 cm/s.

>>> model = thymio_model()
>>> [int(v) for v in model.prox_value(np.array([0.0, 2.0, 9.0, 14.0, 17.0]))]
[4505, 4243, 2005, 1121, 0]
>>> [int(v) for v in model.prox_value(np.array([0.0, 3.0, 6.0]), reflectance=0.0)]
[3200, 581, 168]
>>> int(model.ground_value(1.0)), int(model.ground_value(0.0))
(880, 110)
"""

from __future__ import annotations

import math
import tomllib
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path
from typing import Any

import numpy as np

__all__ = ["ThymioModel", "thymio_model", "DT_S", "SURFACE_LEVELS"]

# The simulation advances in steps of 10 ms, the rate of the Thymio's own motor loop.
DT_S = 0.01


# Wall colours are rounded to tenths of reflectance (0 black … 1 white) for the reading tables.
SURFACE_LEVELS = 11


@dataclass(frozen=True)
class ThymioModel:
    """The simulated Thymio II (lengths in cm, angles in radians)."""

    wheel_distance_cm: float
    front_radius_cm: float  # the front is an arc of this radius around the axle centre
    half_width_cm: float
    back_cm: float
    cm_s_per_unit: float
    motor_limit: int
    motor_time_constant_s: float
    motor_noise: float
    motor_mismatch: float
    prox_sensors: np.ndarray  # (7, 3): x, y, direction
    prox_white: tuple[float, float]  # max value, c (cm²) for a white surface
    prox_black: tuple[float, float]  # the same for a black one
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

    @cached_property
    def corners(self) -> np.ndarray:
        """The 4 corners of the body (complex, robot frame): front left and right, where the
        arc meets the sides, then back left and right."""
        h, r = self.half_width_cm, self.front_radius_cm
        front = math.sqrt(r * r - h * h)
        return np.array(
            [
                complex(front, h),
                complex(front, -h),
                complex(-self.back_cm, h),
                complex(-self.back_cm, -h),
            ]
        )

    @property
    def arc_half_angle(self) -> float:
        """The front arc spans ± this angle (radians) around straight ahead."""
        return math.asin(self.half_width_cm / self.front_radius_cm)

    @cached_property
    def body_shape(self) -> tuple[float, float, float, float, float]:
        """The body in five numbers for quick tests: the front corners' x, the back, the
        half width, the front radius and the cosine of the arc's half angle."""
        return (
            float(self.corners[0].real),
            self.back_cm,
            self.half_width_cm,
            self.front_radius_cm,
            math.cos(self.arc_half_angle),
        )

    @cached_property
    def reach_cm(self) -> float:
        """The farthest point of the body from the axle centre."""
        return float(max(self.front_radius_cm, np.abs(self.corners).max()))

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
        """``prox_value`` tabulated every 0.5 mm from 0 to the range (the last entry reads 0),
        one row per surface level (reflectance 0, 0.1 … 1), flattened row after row."""
        d = (
            np.arange(int(self.prox_range_cm * self.table_steps_per_cm) + 1)
            / self.table_steps_per_cm
        )
        levels = np.linspace(0.0, 1.0, SURFACE_LEVELS)
        return np.concatenate([self.prox_value(d, r) for r in levels])

    @property
    def prox_table_row(self) -> int:
        """Entries in one row of :attr:`prox_table`."""
        return int(self.prox_range_cm * self.table_steps_per_cm) + 1

    @cached_property
    def ground_origin(self) -> np.ndarray:
        return self.ground_sensors[:, 0] + 1j * self.ground_sensors[:, 1]

    def prox_value(self, distance_cm: np.ndarray, reflectance: float = 1.0) -> np.ndarray:
        """What a proximity sensor reads for an obstacle ``distance_cm`` away whose surface
        has ``reflectance`` (0 black … 1 white)."""
        (w_max, w_c), (b_max, b_c) = self.prox_white, self.prox_black
        r = min(max(float(reflectance), 0.0), 1.0)
        top = b_max + (w_max - b_max) * r
        c = b_c * (w_c / b_c) ** r
        d = np.maximum(np.asarray(distance_cm, dtype=np.float64), 0.0)
        value = (top * c) / (d * d + c)
        fade = (self.prox_range_cm - d) * (1.0 / (self.prox_range_cm - self.prox_fade_start_cm))
        return value * np.minimum(np.maximum(fade, 0.0), 1.0)

    def ground_value(self, reflectance: Any) -> Any:
        """What a ground sensor reads over a floor of ``reflectance`` (0 black … 1 white)."""
        return self.ground_black + (self.ground_white - self.ground_black) * reflectance

    def outline(self, arc_points: int = 25) -> Any:
        """The body as a shapely polygon in the robot frame (cm).

        >>> [round(v, 2) for v in thymio_model().outline().bounds]
        [-3.0, -5.5, 8.0, 5.5]
        """
        from shapely.geometry import Polygon

        a = self.arc_half_angle
        arc = self.front_radius_cm * np.exp(1j * np.linspace(-a, a, arc_points))
        ring = np.concatenate([arc, self.corners[[2, 3]]])
        return Polygon(np.column_stack([ring.real, ring.imag]))


@cache
def thymio_model() -> ThymioModel:
    """The Thymio II model read from ``data/thymio2.toml`` (read once)."""
    data = tomllib.loads((Path(__file__).parent / "data" / "thymio2.toml").read_text("utf-8"))
    body, motors, prox, ground = data["body"], data["motors"], data["prox"], data["ground"]
    sensors = np.array(prox["sensors"], dtype=np.float64)
    sensors[:, 2] = np.radians(sensors[:, 2])
    half = np.radians(prox["half_aperture_deg"])
    side = prox["side_weight"]
    return ThymioModel(
        wheel_distance_cm=body["wheel_distance_cm"],
        front_radius_cm=float(body["front_radius_cm"]),
        half_width_cm=float(body["half_width_cm"]),
        back_cm=float(body["back_cm"]),
        cm_s_per_unit=motors["cm_s_per_unit"],
        motor_limit=int(motors["limit"]),
        motor_time_constant_s=motors["time_constant_s"],
        motor_noise=motors["noise_fraction"],
        motor_mismatch=motors["mismatch_fraction"],
        prox_sensors=sensors,
        prox_white=(float(prox["max_value"]), float(prox["c_cm2"])),
        prox_black=(float(prox["black_max_value"]), float(prox["black_c_cm2"])),
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
    )
