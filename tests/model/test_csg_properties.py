"""Random combinations of shapes always give closed solids with sensible volumes."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from makerkit.model import box, cone, cylinder, sphere, torus, tube, wedge

size = st.floats(min_value=2.0, max_value=40.0)
offset = st.floats(min_value=-15.0, max_value=15.0)
angle = st.floats(min_value=0.0, max_value=360.0)

shape = st.one_of(
    st.builds(box, size, size, size),
    st.builds(cylinder, size, size),
    st.builds(sphere, size),
    st.builds(cone, size, size),
    st.builds(wedge, size, size, size),
    st.builds(lambda d, h: tube(d + 6, h, 2), size, size),
    st.builds(lambda d: torus(d + 10, 4), size),
)
placed = st.builds(
    lambda s, x, y, z, a: s.rotate(z=a, x=a / 2).move(x, y, z), shape, offset, offset, offset, angle
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(placed, placed, st.sampled_from(["+", "-", "&"]))
def test_any_combination_is_closed_with_a_sensible_volume(a, b, op):
    result = {"+": lambda: a + b, "-": lambda: a - b, "&": lambda: a & b}[op]()
    va, vb, v = a.volume_mm3, b.volume_mm3, result.volume_mm3
    tolerance = 1e-3 * (va + vb) + 1e-6
    if op == "+":
        assert max(va, vb) - tolerance <= v <= va + vb + tolerance
    elif op == "-":
        assert max(0.0, va - vb) - tolerance <= v <= va + tolerance
    else:
        assert -tolerance <= v <= min(va, vb) + tolerance
    assert result.is_closed
    if not result.is_empty:
        mesh = result.to_trimesh()
        assert mesh.is_watertight
        assert mesh.is_winding_consistent
        assert mesh.volume == pytest.approx(v, rel=1e-3, abs=1e-3)


@settings(max_examples=15, deadline=None)
@given(placed, placed, placed)
def test_union_and_difference_add_up(a, b, c):
    # |a ∪ b| = |a| + |b| − |a ∩ b|, and (a − b) and (a ∩ b) split a.
    union, common = a + b, a & b
    assert union.volume_mm3 == pytest.approx(
        a.volume_mm3 + b.volume_mm3 - common.volume_mm3, rel=1e-3, abs=1e-2
    )
    assert (a - b).volume_mm3 + common.volume_mm3 == pytest.approx(a.volume_mm3, rel=1e-3, abs=1e-2)
    assert ((a + b) + c).is_closed
