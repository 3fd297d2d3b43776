"""Real PrusaSlicer and CuraEngine beside makerkit, with the same settings."""

from __future__ import annotations

import shutil

import pytest
from slicing_helpers import box

from makerkit.errors import SliceError
from makerkit.slicing import external, slice


def _need(program: str) -> None:
    if shutil.which(program) is None:
        pytest.skip(f"{program} is not installed (make test installs it with apt-get when it can)")


@pytest.mark.slow
@pytest.mark.parametrize("printer", ["prusa-mk4", "creality-ender3-v2"])
def test_filament_within_ten_percent_of_prusaslicer(models, printer):
    _need("prusa-slicer")
    cube = models / "20mm-xyz-cube.stl"
    ours = slice(cube, printer)
    theirs = external.prusaslicer_slice(cube, printer)
    assert theirs.layers == len(ours.layers) == 100
    assert ours.filament_mm == pytest.approx(theirs.filament_mm, rel=0.10)
    # both are drawn by the same code and estimated by the same simulator
    assert theirs.preview().png[:4] == b"\x89PNG"
    assert theirs.time_s and theirs.time_s > 0
    lo, hi = theirs.toolpath.bounds()
    assert abs((lo[0] + hi[0]) / 2 - ours.printer.bed_mm[0] / 2) < 2  # same place on the bed


@pytest.mark.slow
def test_curaengine_with_our_settings():
    _need("CuraEngine")
    try:
        external.cura_definitions()
    except SliceError:
        pytest.skip("Cura's definitions (fdmprinter.def.json) are not on this machine")
    part = box(20, 20, 10)
    theirs = external.curaengine_slice(part, "creality-ender3-v2", infill_percent=20)
    ours = slice(part, "creality-ender3-v2")
    assert theirs.layers == len(ours.layers)
    assert theirs.time_s and theirs.time_s > 60
    assert ours.filament_mm == pytest.approx(theirs.filament_mm, rel=0.25)


def test_settings_are_mapped_to_theirs():
    from makerkit.printers import get_material, get_printer
    from makerkit.slicing import SliceSettings

    s = SliceSettings(walls=3, infill_percent=25, infill_pattern="triangles", adhesion="brim")
    p, m = get_printer("prusa-mini"), get_material("petg")
    ps = external.prusaslicer_config(p, m, s)
    assert ps["perimeters"] == "3" and ps["fill_density"] == "25%"
    assert ps["fill_pattern"] == "triangles" and ps["skirts"] == "0" and float(ps["brim_width"]) > 0
    assert ps["temperature"] == "240.0" and ps["retract_length"] == "1.0"
    cura = external.curaengine_settings(p, m, s)
    assert cura["wall_line_count"] == "3" and cura["adhesion_type"] == "brim"
    # CuraEngine reads only leaf values: the line distance is given, not just the density
    assert float(cura["infill_line_distance"]) == pytest.approx(3 * 0.45 * 100 / 25)


def test_missing_program_names_the_debian_package(monkeypatch, lang):
    monkeypatch.setattr(external.shutil, "which", lambda name: None)
    with pytest.raises(SliceError) as err:
        external.prusaslicer_slice(box(10, 10, 10))
    assert "apt-get install prusa-slicer" in str(err.value)
    with pytest.raises(SliceError) as err:
        external.external_slice(box(10, 10, 10), slicer="any")
    assert "cura-engine" in str(err.value)
    with pytest.raises(SliceError) as err:
        external.external_slice(box(10, 10, 10), slicer="simplify3d")
    assert "prusaslicer" in str(err.value)
