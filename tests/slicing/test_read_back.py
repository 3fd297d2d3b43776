"""One truth: what `slice --json` says is what `gcode info` reads in the file it wrote."""

from __future__ import annotations

import pytest
import trimesh
from slicing_helpers import box

from makerkit.gcode.reader import read_gcode


@pytest.mark.parametrize(
    ("printer", "model"),
    [("prusa-mk4", "box"), ("creality-ender3-v2", "ring"), ("prusa-mini", "two")],
)
def test_slice_json_and_gcode_info_agree(cli, tmp_path, printer, model):
    mesh = {
        "box": box(20, 20, 3),
        "ring": trimesh.creation.annulus(r_min=5, r_max=12, height=2),
        "two": trimesh.util.concatenate([box(8, 8, 2), box(8, 8, 2).apply_translation((20, 0, 0))]),
    }[model]
    stl = tmp_path / "part.stl"
    mesh.export(stl)
    out = tmp_path / "part.gcode"
    sliced = cli("slice", stl, "--printer", printer, "-o", out, "--json")
    assert sliced.status == 0, sliced.err
    info = cli("gcode", "info", out, "--printer", printer, "--json")
    assert info.status == 0, info.err
    s, i = sliced.json, info.json
    assert s["layers"] == i["layers"]
    assert s["time_s"] == pytest.approx(i["time_s"], abs=0.1)  # the start sequence included
    assert s["filament_mm"] == pytest.approx(i["filament_mm"], abs=0.1)  # the purge line too
    assert s["filament_g"] == pytest.approx(i["filament_g"], abs=0.01)
    assert i["slicer_estimate_s"] == pytest.approx(s["time_s"], abs=1)  # the header says so


def test_the_toolpath_reads_back_move_for_move():
    from makerkit.slicing import slice

    result = slice(box(12, 12, 2), "prusa-mk3s")
    back = read_gcode(result.gcode)
    printed = back.select(back.layer >= 0)
    ours = result.toolpath
    ext_ours, ext_back = ours.is_extruding, printed.is_extruding
    assert ext_ours.sum() == ext_back.sum()
    assert ours.e[ext_ours] == pytest.approx(printed.e[ext_back], abs=1e-5)
    assert ours.x[ext_ours] == pytest.approx(printed.x[ext_back], abs=1e-3)
    assert (ours.e < 0).sum() == (printed.e < 0).sum()  # every retraction written


def _absolute_e(printer_id: str):
    import dataclasses

    from makerkit.printers import get_printer

    p = get_printer(printer_id)
    return dataclasses.replace(p, data={**p.data, "relative_e": False})


@pytest.mark.parametrize(
    ("printer", "material", "settings"),
    [
        ("prusa-mk4", "tpu", {}),  # a bridge with its own fan
        ("prusa-mini", "petg", {"supports": True}),  # M221 in the start sequence, G4 at the end
        ("absolute-e", "pla", {"adhesion": "brim"}),  # M82: G92 E0 at each layer
    ],
)
def test_the_writer_gives_the_moves_of_its_file(printer, material, settings):
    """The estimate runs on the moves the writer says it wrote: they are the file's."""
    import numpy as np

    from makerkit.gcode.simulate import estimate
    from makerkit.gcode.writer import draft_gcode
    from makerkit.slicing import slice

    span = trimesh.util.concatenate(
        [box(4, 10, 6), box(4, 10, 6).apply_translation((16, 0, 0)),
         box(20, 10, 1).apply_translation((8, 0, 6))]
    )  # fmt: skip
    machine = _absolute_e("prusa-mk3s") if printer == "absolute-e" else printer
    result = slice(span, machine, material, **settings)
    draft = draft_gcode(result.toolpath, result.printer, result.material)
    ours = draft.toolpath
    est = estimate(ours, result.printer, result.material)
    back = read_gcode(draft.text(est))
    assert len(ours) == len(back)
    for column in ("x", "y", "z", "e", "speed_mm_s"):
        assert np.abs(getattr(ours, column) - getattr(back, column)).max() < 1e-9, column
    for column in ("feature", "layer", "line"):
        assert (getattr(ours, column) == getattr(back, column)).all(), column
    for key in ("machine_limits", "limit_changes", "commands", "temperatures"):
        assert ours.meta[key] == back.meta[key], key
    again = estimate(back, result.printer, result.material)
    assert est.time_s == pytest.approx(again.time_s, abs=1e-9)
    assert est.time_per_layer_s == pytest.approx(again.time_per_layer_s, abs=1e-9)
    assert est.filament_mm == pytest.approx(again.filament_mm, abs=1e-9)
