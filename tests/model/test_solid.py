"""Solid: primitives, moves, combining, errors."""

from __future__ import annotations

import math

import pytest
import trimesh

from makerkit.errors import MakerkitError, ModelError
from makerkit.model import (
    Solid,
    box,
    cone,
    cylinder,
    extrude,
    prism,
    revolve,
    sphere,
    torus,
    tube,
    wedge,
)


def approx(value, rel=0.02):
    return pytest.approx(value, rel=rel)


@pytest.mark.parametrize(
    "solid, size, volume",
    [
        (box(20, 10, 5), (20, 10, 5), 1000),
        (cylinder(10, 20), (10, 10, 20), math.pi * 25 * 20),
        (sphere(20), (20, 20, 20), 4 / 3 * math.pi * 1000),
        (cone(10, 12), (10, 10, 12), math.pi * 25 * 12 / 3),
        (torus(40, 8), (40, 40, 8), 2 * math.pi**2 * 16 * 16),
        (prism(4, 10, 5), (10, 10, 5), 50 * 5),
        (wedge(20, 10, 6), (20, 10, 6), 600),
        (tube(20, 10, 2), (20, 20, 10), math.pi * (100 - 64) * 10),
        (box(20, 20, 2, radius_mm=5), (20, 20, 2), (400 - (4 - math.pi) * 25) * 2),
    ],
)
def test_primitives_have_their_size_and_volume(solid, size, volume):
    assert solid.is_closed
    assert solid.size_mm == pytest.approx(size, abs=0.01)
    assert solid.volume_mm3 == approx(volume)
    (x0, y0, z0), (x1, y1, _) = solid.bounds_mm
    assert z0 == pytest.approx(0, abs=1e-6), "shapes sit on the bed"
    assert (x0 + x1) / 2 == pytest.approx(0, abs=0.01)
    assert (y0 + y1) / 2 == pytest.approx(0, abs=0.01)


def test_union_difference_intersection():
    a, b = box(20, 20, 20), box(20, 20, 20).move(x=10)
    assert (a + b).volume_mm3 == approx(12000)
    assert (a - b).volume_mm3 == approx(4000)
    assert (a & b).volume_mm3 == approx(4000)
    assert sum([a, b.move(y=40)]).volume_mm3 == approx(16000)
    assert (box(10, 10, 10) - box(20, 20, 20)).is_empty


def test_a_hole_through_a_plate():
    plate = box(40, 40, 3) - cylinder(10, 3)
    assert plate.is_closed
    assert plate.volume_mm3 == approx((1600 - math.pi * 25) * 3)
    assert len(plate.parts) == 1


def test_moves_rotations_and_scaling():
    b = box(30, 10, 5)
    assert b.move(1, 2, 3).bounds_mm[0] == pytest.approx((-14, -3, 3))
    assert b.rotate(z=90).size_mm == pytest.approx((10, 30, 5))
    assert b.rotate(x=90).size_mm == pytest.approx((30, 5, 10))
    assert b.rotate(z=90, around=(15, 0, 0)).centre_mm[:2] == pytest.approx((15, -15))
    assert b.scale(2).size_mm == pytest.approx((60, 20, 10))
    assert b.scale((1, 2, 3)).size_mm == pytest.approx((30, 20, 15))
    assert b.scale(2).bounds_mm[0][2] == 0, "scaling keeps a solid on the bed"
    w = wedge(20, 10, 10)
    mirrored = w.mirror("x")
    assert mirrored.volume_mm3 == approx(w.volume_mm3)
    assert mirrored.bounds_mm == w.bounds_mm
    assert (mirrored & w).volume_mm3 < w.volume_mm3 * 0.6  # the ramp now goes the other way


def test_placing_on_the_bed_and_on_top():
    base = box(40, 40, 10)
    ball = sphere(10).move(x=50, z=40)
    assert ball.on_bed().bounds_mm[0][2] == pytest.approx(0)
    top = cylinder(10, 5).move(x=30).on_top_of(base)
    assert top.bounds_mm[0][2] == pytest.approx(10)
    assert top.centre_mm[:2] == pytest.approx((0, 0))
    assert cylinder(10, 5).move(x=30).on_top_of(base, centred=False).centre_mm[0] == pytest.approx(
        30
    )
    assert box(10, 10, 10).centred().centre_mm == pytest.approx((0, 0, 5))
    right = box(10, 10, 10).align(base, x="max", y="min")
    assert right.bounds_mm[1][0] == pytest.approx(20)
    assert right.bounds_mm[0][1] == pytest.approx(-20)


def test_trimesh_round_trip_and_inside_out_meshes():
    mesh = trimesh.creation.box((10, 20, 30))
    solid = Solid.from_trimesh(mesh)
    assert solid.is_closed and solid.volume_mm3 == approx(6000)
    back = solid.to_trimesh()
    assert back.is_watertight and back.volume == approx(6000)
    mesh.invert()  # every face turned inside out
    assert Solid.from_trimesh(mesh).volume_mm3 == approx(6000)


def test_open_meshes_stay_open_and_can_be_repaired():
    mesh = trimesh.creation.box((10, 10, 10))
    mesh.update_faces([i for i in range(len(mesh.faces)) if i != 3])
    solid = Solid.from_trimesh(mesh)
    assert not solid.is_closed
    with pytest.raises(ModelError):
        solid + box()
    fixed = solid.repaired()
    assert fixed.is_closed and fixed.volume_mm3 == approx(1000)


def test_extrude_and_revolve():
    square_with_hole = [[(0, 0), (10, 0), (10, 10), (0, 10)], [(3, 3), (7, 3), (7, 7), (3, 7)]]
    assert extrude(square_with_hole, 2).volume_mm3 == approx((100 - 16) * 2)
    from shapely.geometry import Polygon

    poly = Polygon([(0, 0), (10, 0), (10, 10), (0, 10)], [[(3, 3), (7, 3), (7, 7), (3, 7)]])
    assert extrude(poly, 2).volume_mm3 == approx((100 - 16) * 2)
    twisted = extrude([(-5, -5), (5, -5), (5, 5), (-5, 5)], 20, twist_deg=90, top_scale=0.5)
    assert twisted.is_closed and twisted.size_mm[2] == approx(20)
    cup = revolve([(0, 0), (20, 0), (20, 30), (18, 30), (18, 2), (0, 2)])
    assert cup.is_closed
    assert cup.volume_mm3 == approx(math.pi * (400 * 30 - 324 * 28), rel=0.03)


@pytest.mark.parametrize(
    "make",
    [
        lambda: box(-1, 10, 10),
        lambda: box("big", 10, 10),
        lambda: box(10, 10, 10, radius_mm=6),
        lambda: cylinder(0, 10),
        lambda: torus(10, 6),
        lambda: prism(2),
        lambda: tube(10, 10, 5),
        lambda: extrude([(0, 0), (1, 1)], 3),
        lambda: box().scale(0),
        lambda: box().mirror("w"),
        lambda: box().align(box(), x="left"),
        lambda: box() + 3,
        lambda: cylinder(float("nan"), 3),
        lambda: box().move(x="ten"),
        lambda: box().rotate(z=None),
        lambda: box().scale("big"),
        lambda: box().move(y=float("inf")),
    ],
)
def test_bad_shape_arguments_say_why_in_both_languages(make, lang):
    with pytest.raises(MakerkitError) as caught:
        make()
    message = str(caught.value)
    assert message and not message.startswith("model.")
    other = "fr" if lang == "en" else "en"
    assert caught.value.message(other) != message


def test_repr_and_description():
    assert "20 × 10 × 5 mm" in repr(box(20, 10, 5))
    assert box(20, 10, 5).described("a brick").about.startswith("a brick")
