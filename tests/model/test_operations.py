"""Operations Tinkercad and OpenSCAD users look for: properties that hold for any size."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from makerkit.errors import MakerkitError
from makerkit.model import (
    box,
    circle,
    cone,
    cylinder,
    heart,
    hull,
    minkowski,
    polygon,
    rectangle,
    regular_polygon,
    sphere,
    star,
    svg_shape,
)

sizes = st.floats(min_value=5, max_value=60)
quick = settings(max_examples=25, deadline=None)


@quick
@given(w=sizes, d=sizes, grow=st.floats(min_value=0.2, max_value=4))
def test_offset_grows_a_rectangle_by_its_border(w, d, grow):
    grown = rectangle(w, d).offset(grow, round=False)
    assert grown.size_mm == pytest.approx((w + 2 * grow, d + 2 * grow), abs=1e-4)
    rounded = rectangle(w, d).offset(grow)
    exact = w * d + 2 * grow * (w + d) + math.pi * grow**2
    assert rounded.area_mm2 == pytest.approx(exact, rel=0.01)
    assert rectangle(w, d).offset(grow).offset(-grow).area_mm2 == pytest.approx(w * d, rel=0.01)


@quick
@given(diameter=st.floats(min_value=20, max_value=80), wall=st.floats(min_value=0.8, max_value=3))
def test_a_cookie_cutter_wall_has_the_width_asked(diameter, wall):
    outline = star(5, diameter)
    band = outline.offset(wall) - outline
    cutter = band.extrude(12)
    assert cutter.is_closed and len(cutter.parts) == 1
    # the band's area is its length times its width (a little more at the tips' outside)
    ring_length = sum(
        math.dist(a, b)
        for ring in outline.points()
        for a, b in zip(ring, [*ring[1:], ring[0]], strict=True)
    )
    assert band.area_mm2 == pytest.approx(ring_length * wall, rel=0.15)
    assert cutter.volume_mm3 == pytest.approx(band.area_mm2 * 12, rel=1e-3)


@quick
@given(w=sizes, d=sizes, h=sizes, t=st.floats(min_value=0.8, max_value=2.5))
def test_shell_of_a_box_leaves_a_hollow_inside(w, d, h, t):
    if min(w, d, h) <= 2 * t * 1.06 + 0.5:
        return
    shelled = box(w, d, h).shell(t)
    assert shelled.is_closed
    # walls at least t and at most 6 % thicker
    hollow = w * d * h - shelled.volume_mm3
    most = (w - 2 * t) * (d - 2 * t) * (h - 2 * t)
    least = (w - 2.12 * t) * (d - 2.12 * t) * (h - 2.12 * t)
    assert least * (1 - 1e-5) <= hollow <= most * (1 + 1e-5)  # manifold works in float32
    cup = box(w, d, h).shell(t, open_top=True)
    assert cup.is_closed and cup.volume_mm3 < shelled.volume_mm3
    assert cup.size_mm == pytest.approx((w, d, h), abs=1e-4)


def test_shell_too_thick_says_so(lang):
    with pytest.raises(MakerkitError) as caught:
        box(10, 10, 10).shell(6)
    assert caught.value.key == "model.shell_too_thick"


@quick
@given(n=st.integers(1, 12), step=st.floats(min_value=6, max_value=20))
def test_repeat_joins_copies_in_a_row(n, step):
    row = cylinder(5, 3).repeat(n, x_mm=step)
    assert row.is_closed and len(row.parts) == n
    assert row.volume_mm3 == pytest.approx(n * cylinder(5, 3).volume_mm3, rel=1e-6)
    assert row.size_mm[0] == pytest.approx(5 + (n - 1) * step)


@quick
@given(n=st.integers(2, 24), radius=st.floats(min_value=20, max_value=40))
def test_repeat_around_spaces_copies_evenly(n, radius):
    ring = box(3, 3, 3).move(x=radius).repeat_around(n)
    chord = 2 * radius * math.sin(math.pi / n)
    assert ring.is_closed
    assert len(ring.parts) == (n if chord > 3 * math.sqrt(2) + 0.01 else len(ring.parts))
    assert ring.volume_mm3 <= n * 27 + 1e-6


@quick
@given(points=st.lists(st.tuples(sizes, sizes, sizes), min_size=4, max_size=12, unique=True))
def test_hull_contains_every_solid_and_is_convex(points):
    balls = [sphere(4).move(*p) for p in points]
    wrapped = hull(*balls)
    assert wrapped.is_closed
    assert wrapped.volume_mm3 >= max(b.volume_mm3 for b in balls) - 1e-6
    assert hull(wrapped).volume_mm3 == pytest.approx(wrapped.volume_mm3, rel=1e-6)
    assert (wrapped - sum(balls[1:], balls[0])).volume_mm3 >= -1e-6


def test_minkowski_with_a_ball_rounds_a_box():
    rounded = minkowski(box(20, 20, 10), sphere(4, segments=32).centred(z=True))
    assert rounded.size_mm == pytest.approx((24, 24, 14), abs=1e-3)
    assert 20 * 20 * 10 < rounded.volume_mm3 < 24 * 24 * 14


@pytest.mark.parametrize("radius", [1, 2, 3.5])
def test_rounded_and_chamfered_boxes_and_cylinders(radius):
    dice = box(16, 16, 16, rounded_mm=radius)
    core = 16 - 2 * radius
    exact = core**3 + 6 * radius * core**2 + 3 * math.pi * radius**2 * core
    exact += 4 / 3 * math.pi * radius**3
    assert dice.volume_mm3 == pytest.approx(exact, rel=0.01)
    cut = box(16, 16, 16, chamfer_mm=radius)
    assert cut.volume_mm3 < 16**3 - 12 * (radius**2 / 2) * (16 - 2 * radius) + 1e-6
    disc = cylinder(30, 8, rounded_mm=radius)
    assert disc.size_mm == pytest.approx((30, 30, 8), abs=1e-3)
    assert disc.volume_mm3 < cylinder(30, 8).volume_mm3
    assert cylinder(30, 8, chamfer_mm=radius).is_closed


def test_resize_keeps_proportions_unless_asked():
    part = box(20, 10, 5)
    assert part.resize(z_mm=10).size_mm == (40.0, 20.0, 10.0)
    assert part.resize(y_mm=30, keep_proportions=False).size_mm == (20.0, 30.0, 5.0)
    assert part.resize(x_mm=10, y_mm=10).size_mm == (10.0, 10.0, 5.0)
    with pytest.raises(MakerkitError):
        part.resize()


@pytest.mark.parametrize("face", ["top", "bottom", "front", "back", "left", "right"])
def test_on_face_puts_the_bottom_against_the_face(face):
    base = box(40, 30, 20)
    peg = cylinder(6, 5).on_face(base, face)
    assert (peg & base).volume_mm3 == pytest.approx(0, abs=1e-6)  # touching, not inside
    joined = base + peg
    assert len(joined.parts) == 1
    assert joined.volume_mm3 == pytest.approx(base.volume_mm3 + peg.volume_mm3, rel=1e-6)
    lo, hi = peg.bounds_mm
    depth = {"top": hi[2] - lo[2], "bottom": hi[2] - lo[2], "front": hi[1] - lo[1]}
    assert depth.get(face, 5.0) == pytest.approx(5.0)


def test_two_d_shapes():
    assert polygon([(0, 0), (30, 0), (0, 40)]).area_mm2 == pytest.approx(600)
    hexagon = regular_polygon(6, 20)
    assert hexagon.area_mm2 == pytest.approx(3 * math.sqrt(3) / 2 * 100)
    assert len(star(7, 30).points()[0]) == 14
    h = heart(30)
    assert h.size_mm[0] == pytest.approx(30) and len(h.points()) == 1
    ring = circle(20) - circle(10)
    assert ring.extrude(2).is_closed and len(ring.points()) == 2
    assert (circle(10) + circle(10).move(x=20)).hull().size_mm == pytest.approx((30, 10))


def test_openscad_spellings_are_accepted_or_answered(lang):
    assert cylinder(r=5, h=10).size_mm == (10.0, 10.0, 10.0)
    assert cylinder(d=8, h=2).size_mm == (8.0, 8.0, 2.0)
    assert sphere(r=5).size_mm == (10.0, 10.0, 10.0)
    assert cone(r1=10, r2=5, h=10).size_mm == (20.0, 20.0, 10.0)
    for call, key in [
        (lambda: cylinder(r1=5, r2=3, h=10), "model.openscad_cone"),
        (lambda: cylinder(10, 10, center=True), "model.openscad_center"),
        (lambda: box(size=[10, 10, 10]), "model.openscad_size"),
        (lambda: cylinder(radius=5), "model.unknown_setting"),
        (lambda: cylinder(r=5, diameter_mm=10), "model.setting_twice"),
        (lambda: box(1, 2, 3, 4), "model.bad_call"),
        (lambda: box(10, 10, 10).translate([1, 2, 3]), "model.other_name"),
    ]:
        with pytest.raises(MakerkitError) as caught:
            call()
        assert caught.value.key == key
        assert "model." not in str(caught.value)


def test_svg_drawing_with_units_becomes_a_shape_with_holes(tmp_path):
    drawing = (
        '<svg xmlns="http://www.w3.org/2000/svg" width="60mm" height="30mm" viewBox="0 0 120 60">'
        '<path d="M 0 0 L 120 0 L 120 60 L 0 60 Z M 20 20 L 40 20 L 40 40 L 20 40 Z"/>'
        '<g transform="translate(60,0)"><circle cx="30" cy="30" r="10"/></g></svg>'
    )
    path = tmp_path / "plate.svg"
    path.write_text(drawing)
    shape = svg_shape(path)
    assert shape.size_mm == pytest.approx((60, 30), abs=1e-6)
    hole, disc = 10 * 10, math.pi * 5**2  # in mm: half the drawing's numbers
    assert shape.area_mm2 == pytest.approx(60 * 30 - hole - disc, rel=0.01)
    pixels = tmp_path / "px.svg"
    pixels.write_text(drawing.replace(' width="60mm" height="30mm"', ""))
    assert svg_shape(pixels).size_mm[0] == pytest.approx(120 * 25.4 / 96, abs=1e-6)
    assert svg_shape(pixels, unit="mm").size_mm[0] == pytest.approx(120)


def test_svg_with_only_text_says_to_make_paths(tmp_path, lang):
    path = tmp_path / "t.svg"
    path.write_text('<svg xmlns="http://www.w3.org/2000/svg"><text>Hi</text></svg>')
    with pytest.raises(MakerkitError) as caught:
        svg_shape(path)
    assert caught.value.key == "model.svg_text_only"
