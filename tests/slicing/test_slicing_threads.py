"""Shape work done on two threads gives exactly what one thread gives."""

from __future__ import annotations

import numpy as np
import shapely
import trimesh

from makerkit.slicing import parallel, slice


def test_two_threads_write_the_same_gcode_as_one(monkeypatch):
    # a part with holes, bridges and 60 layers: every threaded step has work to do
    plate = trimesh.creation.box((40, 30, 12))
    hole = trimesh.creation.cylinder(radius=4, height=8, sections=32)
    part = trimesh.boolean.difference([plate, hole], engine="manifold")
    monkeypatch.setenv("MAKERKIT_THREADS", "2")
    assert parallel.threads() == 2
    two = slice(part, "prusa-mk4").gcode
    monkeypatch.setenv("MAKERKIT_THREADS", "1")
    assert parallel.threads() == 1
    one = slice(part, "prusa-mk4").gcode
    assert two == one


def test_a_shared_geometry_stays_in_one_half(monkeypatch):
    """With ``apart``, the cut falls where the value changes: a prepared geometry standing in
    several elements is used by one thread only."""
    monkeypatch.setenv("MAKERKIT_THREADS", "2")
    areas = np.array([shapely.box(0, 0, k + 1, k + 1) for k in range(3)], dtype=object)
    shapely.prepare(areas)
    layer = np.repeat([0, 1, 2], [10, 50, 40])  # the middle (50) falls inside layer 1
    points = shapely.points(np.full((100, 2), 0.5))
    seen = []

    def covered(p, a):
        seen.append({id(g) for g in a})
        return shapely.covered_by(p, a)

    got = parallel.each(covered, points, areas[layer], apart=layer)
    assert got.all() and len(got) == 100
    assert len(seen) == 2 and not (seen[0] & seen[1])  # no geometry in both halves
