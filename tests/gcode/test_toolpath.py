import numpy as np
import pytest

from makerkit.gcode.toolpath import FEATURES, Toolpath


def square(z=0.2):
    return Toolpath.from_moves(
        [
            (10, 0, z, 0.4, 30, "wall_outer"),
            (10, 10, z, 0.4, 30, "wall_outer"),
            (0, 10, z, 0.4, 30, "wall_outer"),
            (0, 0, z, 0.4, 30, "wall_outer"),
            (5, 5, z + 0.2, 0.0, 150, "travel", 1),
        ],
        start=(0, 0, z),
    )


def test_lengths_and_extrusion():
    tp = square()
    assert np.allclose(tp.lengths_mm[:4], 10)
    assert tp.extrusion_mm == pytest.approx(1.6)
    assert tp.layer_count == 1
    lo, hi = tp.bounds()
    assert np.allclose(lo, [0, 0, 0.2]) and np.allclose(hi, [10, 10, 0.2])


def test_select_keeps_the_start_of_the_first_kept_move():
    tp = square()
    part = tp.select(np.array([False, True, True, False, False]))
    assert part.start == (10.0, 0.0, 0.2)
    assert np.allclose(part.lengths_mm, 10)


def test_concat_and_rows():
    tp = Toolpath.concat([square(), square(0.4)])
    assert len(tp) == 10
    assert tp.to_rows(1)[0]["feature"] == "wall_outer"
    assert "travel" in FEATURES


def test_columns_must_match():
    with pytest.raises(ValueError):
        Toolpath(*(np.zeros(2),) * 7, np.zeros(3))


def test_the_start_sequence_is_not_a_layer():
    purge = Toolpath.from_moves([(60, -3, 0.2, 2.0, 20, "other", -1)], start=(0, -3, 0.2))
    assert Toolpath.concat([purge, square()]).layer_count == 1
