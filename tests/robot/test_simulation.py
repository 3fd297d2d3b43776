"""The simulated Thymio: sensors, motion, collisions, determinism."""

from __future__ import annotations

import math

import numpy as np
import pytest
from shapely.geometry import LineString, box

from makerkit.robot.arena import Arena, Pose
from makerkit.robot.run import run_program
from makerkit.robot.simulation import Simulation
from makerkit.robot.thymio import thymio_model


def test_every_sensor_sits_on_or_inside_the_body():
    model = thymio_model()
    body = model.outline().buffer(0.02)
    from shapely.geometry import Point

    for x, y, _ in model.prox_sensors:
        assert body.contains(Point(x, y))
    for x, y in model.ground_sensors:
        assert body.contains(Point(x, y))
    minx, miny, maxx, maxy = model.outline().bounds
    assert 10.5 < maxx - minx < 11.5 and 10.5 < maxy - miny < 11.5  # about 11 × 11 cm


def test_prox_reading_grows_as_the_wall_comes_closer():
    readings = []
    for gap_cm in (1.0, 3.0, 6.0, 9.0, 12.0, 20.0):
        # front sensor at x = 7.95 cm ahead of the axle
        arena = Arena(100, 40, walls=[box(60, 0, 62, 40)], border=False)
        sim = Simulation(arena, pose=Pose(60 - 7.95 - gap_cm, 20, 0), seconds=0.01)
        readings.append(sim.prox_now()[2])
    assert readings == sorted(readings, reverse=True)
    assert readings[0] > 4000 and readings[-1] == 0
    assert 1500 < readings[3] < 2600  # about 2100 at 9 cm


def test_side_and_back_sensors_see_their_own_side():
    arena = Arena(100, 100, walls=[box(0, 0, 100, 2)], border=False)  # wall on the right
    sim = Simulation(arena, pose=Pose(50, 2 + 7.5, 0), seconds=0.01)
    prox = sim.prox_now()
    assert prox[4] > prox[0] and prox[0] == 0
    sim = Simulation(Arena(100, 100, walls=[box(0, 0, 2, 100)], border=False), pose=Pose(6, 50, 0))
    prox = sim.prox_now()
    assert prox[5] > 3000 and prox[6] > 3000 and max(prox[:5]) == 0


def test_ground_sensors_read_white_black_and_grey():
    assert Simulation(Arena.named("empty")).ground_now() == [880, 880]
    line = Arena.named("s_track")
    assert Simulation(line).ground_now() == [110, 110]
    park = Arena.named("parking")
    on_grey = Simulation(park, pose=Pose(110 - 7.2, 40, 0)).ground_now()
    assert all(450 < g < 550 for g in on_grey)


def test_motor_500_is_about_20_cm_per_second():
    sim = Simulation(Arena(400, 100, border=False, start=Pose(10, 50, 0)), seconds=3)
    sim.set_motors(500, 500)
    sim.advance(300)
    speed = (sim.x_cm[300] - sim.x_cm[200]) / 1.0
    assert speed == pytest.approx(20.0, rel=0.02)
    assert abs(sim.y_cm[300] - 50) < 1e-9


def test_turning_on_the_spot_keeps_the_axle_in_place():
    sim = Simulation(Arena.named("empty"), seconds=2)
    sim.set_motors(-200, 200)
    sim.advance(200)
    assert math.hypot(sim.x_cm[200] - 75, sim.y_cm[200] - 75) < 1e-6
    # wheel speed 8 cm/s, 9.4 cm apart: about 1.7 rad/s (with the motor lag)
    assert 2.8 < sim.th[200] - sim.th[0] < 3.4


@pytest.mark.parametrize("heading_deg", [0, 20, 45, 70, 89])
def test_no_tunnelling_through_a_thin_wall_at_full_speed(heading_deg):
    thin = LineString([(60, -1000), (60, 1000)])  # a wall of zero thickness
    arena = Arena(120, 100, walls=[thin], border=False, start=Pose(30, 20, heading_deg))
    sim = Simulation(arena, seconds=10)
    sim.set_motors(500, 500)
    sim.advance(1000)
    assert sim.x_cm.max() < 60, "the robot went through the wall"
    assert heading_deg == 89 or sim.contact.any()


def test_no_sinking_into_walls_in_a_maze():
    """Drive with changing wheel speeds: no disc of the body ever overlaps a wall."""
    arena = Arena.named("maze", seed=2)
    sim = Simulation(arena, seconds=40)
    rng = np.random.default_rng(0)
    while not sim.done:
        sim.set_motors(*rng.integers(-200, 500, size=2))
        sim.advance(50)
    model = thymio_model()
    from shapely import affinity

    walls = arena.blocked
    outline = model.outline(arc_points=41)
    worst = 0.0
    for k in range(0, len(sim.z), 7):
        body = affinity.rotate(outline, sim.th[k], origin=(0, 0), use_radians=True)
        body = affinity.translate(body, sim.z[k].real, sim.z[k].imag)
        worst = max(worst, body.intersection(walls).area)
    assert worst < 1e-3  # cm²: the arc drawn with straight pieces may graze a wall
    assert sim.contact.any()  # it did bump into walls


def test_same_seed_same_trajectory_with_noise(program):
    a = run_program(program("obstacle_avoider"), "obstacles", seconds=20, seed=3, noise=True)
    b = run_program(program("obstacle_avoider"), "obstacles", seconds=20, seed=3, noise=True)
    c = run_program(program("obstacle_avoider"), "obstacles", seconds=20, seed=4, noise=True)
    for name in ("x_cm", "y_cm", "heading_rad", "prox_horizontal", "prox_ground_delta"):
        assert np.array_equal(getattr(a.trajectory, name), getattr(b.trajectory, name))
    assert not np.array_equal(a.trajectory.x_cm, c.trajectory.x_cm)


def test_trajectory_records_every_step(program):
    run = run_program(program("line_follower"), "oval", seconds=5)
    traj = run.trajectory
    assert len(traj) == 501
    assert traj.prox_horizontal.shape == (501, 7) and traj.prox_ground_delta.shape == (501, 2)
    assert np.allclose(np.diff(traj.t_s), 0.01)


def _reading(wall, pose: Pose, reflectance: float = 1.0) -> list[int]:
    arena = Arena(200, 100, walls=[(wall, reflectance)], border=False)
    return Simulation(arena, pose=pose, seconds=0.01).prox_now()


def test_white_walls_are_seen_to_about_15_cm_black_ones_only_close():
    wall = box(100, 0, 102, 100)
    front = 100 - 7.95  # the middle sensor looks straight at the wall from this x
    white = {d: _reading(wall, Pose(front - d, 50, 0))[2] for d in (0.1, 9, 14, 17)}
    assert white[0.1] > 4400 and 1800 < white[9] < 2200 and 900 < white[14] < 1300
    assert white[17] == 0
    black = {d: _reading(wall, Pose(front - d, 50, 0), 0.0)[2] for d in (0.1, 3, 6)}
    assert 3000 < black[0.1] < 3300 and black[3] < 700 and black[6] < 200
    grey = _reading(wall, Pose(front - 3, 50, 0), 0.5)[2]
    assert black[3] < grey < _reading(wall, Pose(front - 3, 50, 0))[2]


def test_the_body_is_the_thymios_published_outline():
    model = thymio_model()
    outline = model.outline(arc_points=101)
    assert outline.bounds == pytest.approx((-3.0, -5.5, 8.0, 5.5), abs=1e-6)
    # the front is an arc of 8 cm around the middle of the axle, to the straight sides
    ring = np.asarray(outline.exterior.coords)
    arc = ring[ring[:, 0] > 5.81]
    assert np.allclose(np.hypot(arc[:, 0], arc[:, 1]), 8.0)
    assert model.corners.tolist()[2:] == [complex(-3, 5.5), complex(-3, -5.5)]


def test_a_wall_end_touching_the_front_is_always_seen():
    """Wherever a wall (or only its end) touches the front arc, between the outermost
    sensors, at any angle, some sensor reads it: no thin wall slips between the rays."""
    from makerkit.robot.sensors import WallsNearby, prox_readings

    model = thymio_model()
    for touch_deg in range(-38, 39, 4):
        contact = 8.0005 * np.exp(1j * np.radians(touch_deg))
        for wall_deg in range(0, 180, 10):
            end = contact + 25 * np.exp(1j * np.radians(touch_deg + wall_deg - 90))
            seg = np.array([[contact.real, contact.imag, end.real, end.imag]])
            boxes = np.hstack(
                [np.minimum(seg[:, :2], seg[:, 2:]), np.maximum(seg[:, :2], seg[:, 2:])]
            )
            walls = WallsNearby(seg, boxes, 30.0)
            walls.around(np.array([0j]))
            prox = prox_readings(np.array([0j]), np.array([1 + 0j]), model, walls)
            assert prox.max() > 0, (touch_deg, wall_deg)


def test_noise_makes_the_wheels_differ_like_a_real_robots():
    def drive(noise: bool, seed: int) -> float:
        arena = Arena(120, 30, border=False, start=Pose(10, 15, 0))
        sim = Simulation(arena, seed=seed, noise=noise, seconds=6)
        sim.set_motors(300, 300)
        sim.advance(600)
        return float(sim.y_cm[-1] - 15)

    assert drive(False, 0) == 0.0
    drifts = [drive(True, seed) for seed in range(4)]
    assert all(abs(d) > 0.5 for d in drifts)  # a steady curve, not only jitter
    assert drive(True, 2) == drifts[2]
