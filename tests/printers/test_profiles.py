"""Printer and material profiles: values from the vendors' own profile bundles."""

from __future__ import annotations

import pytest

from makerkit.errors import PrinterError
from makerkit.printers import get_material, get_printer, list_materials, list_printers

PRINTERS = ["prusa-mk4", "prusa-mk3s", "prusa-mini", "creality-ender3-v2"]


def test_four_printers_and_three_materials():
    assert {p.id for p in list_printers()} >= set(PRINTERS)
    assert {m.id for m in list_materials()} >= {"pla", "petg", "tpu"}


@pytest.mark.parametrize("pid", PRINTERS)
def test_profile_is_complete(pid):
    p = get_printer(pid)
    assert "PrusaSlicer" in p.source
    assert p.nozzle_mm == 0.4
    assert p.area_x_mm[1] >= p.bed_mm[0] - 5 and p.height_mm > 100
    assert set(p.max_feedrate_mm_s) >= {"x", "y", "z", "e"}
    assert p.max_acceleration_mm_s2["extruding"] > 0 and p.jerk_mm_s["x"] > 0
    assert p.retraction["length_mm"] >= 0 and p.relative_e
    assert "{first_layer_temperature_c}" in p.start_gcode
    assert "M104 S0" in p.end_gcode and "M140 S0" in p.end_gcode


@pytest.mark.parametrize("pid,y", [("prusa-mk4", -4), ("prusa-mk3s", -3), ("prusa-mini", -2)])
def test_purge_line_is_inside_the_area(pid, y):
    p = get_printer(pid)
    assert p.can_reach(50, y)
    assert not p.can_reach(50, y - 1.5)


def test_values_from_the_vendor_bundle():
    mk3 = get_printer("prusa-mk3s")
    assert mk3.max_feedrate_mm_s["x"] == 200 and mk3.retraction["length_mm"] == 0.8
    ender = get_printer("creality-ender3-v2")
    assert ender.retraction["length_mm"] == 5 and ender.bed_mm == (220, 220, 250)


def test_materials():
    pla, petg, tpu = get_material("pla"), get_material("petg"), get_material("tpu")
    lo, hi = pla.temperature_range_c
    assert lo <= pla.temperature_c <= hi and lo <= pla.first_layer_temperature_c <= hi
    assert petg.bed_temperature_c > pla.bed_temperature_c
    assert tpu.retraction_length_mm == 0
    assert 1.0 < pla.density_g_cm3 < 1.5 and pla.price_per_kg > 0


def test_unknown_names_list_the_valid_ones(lang):
    with pytest.raises(PrinterError) as err:
        get_printer("ender-9")
    assert "prusa-mk4" in str(err.value)
    with pytest.raises(PrinterError) as err:
        get_material("wood")
    assert "petg" in str(err.value)
