"""G-code made by the real PrusaSlicer and CuraEngine, once per test session."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

import real_slicers  # noqa: E402

# (slicer, printer id, model, scale to millimetres)
REAL_JOBS = [
    ("prusa", "prusa-mk3s", "20mm-xyz-cube.stl", 1.0),
    ("prusa", "creality-ender3-v2", "20mm-xyz-cube.stl", 1.0),
    ("prusa", "prusa-mk3s", "idler_riser.stl", 25.4),
    ("cura", "creality-ender3-v2", "20mm-xyz-cube.stl", 1.0),
    ("cura", "prusa-mk3s", "featuretype.stl", 12.7),
]


@pytest.fixture(scope="session")
def real_gcode(tmp_path_factory, models):
    """``{(slicer, printer, model): path}`` of G-code made by the real slicers."""
    out = tmp_path_factory.mktemp("real-gcode")
    made = {}
    for slicer, printer, model, scale in REAL_JOBS:
        target = out / f"{slicer}-{printer}-{Path(model).stem}.gcode"
        if slicer == "prusa":
            if shutil.which("prusa-slicer") is None:
                continue
            real_slicers.prusa_slice(
                models / model,
                target,
                printer,
                scale=scale,
                machine_limits_usage="emit_to_gcode",
                support_material=1 if model == "idler_riser.stl" else 0,
                brim_width=3 if model == "idler_riser.stl" else 0,
            )
        else:
            if shutil.which("CuraEngine") is None or real_slicers.cura_definitions() is None:
                continue
            real_slicers.cura_slice(
                models / model,
                target,
                printer,
                scale=scale,
                support_enable="true" if model == "featuretype.stl" else "false",
                retraction_enable="true",
                acceleration_enabled="true",
                jerk_enabled="true",
            )
        made[(slicer, printer, Path(model).stem)] = target
    if not made:
        pytest.skip("neither PrusaSlicer nor CuraEngine (with its definitions) is installed")
    return made
