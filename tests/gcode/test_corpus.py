"""Real files written by other programs (tests/data/gcode, licences there): read, explained,
plotted and checked through the one parser, with what each file is known to hold."""

from pathlib import Path

import numpy as np
import pytest

from makerkit.gcode.explain import explain_gcode
from makerkit.gcode.plot import plot_toolpath
from makerkit.gcode.reader import read_gcode
from makerkit.gcode.safety import check_gcode
from makerkit.gcode.simulate import estimate

CORPUS = Path(__file__).parents[1] / "data" / "gcode"
FILES = sorted(p.name for p in CORPUS.glob("*.gcode"))


@pytest.fixture(scope="module")
def read():
    cache = {}

    def get(name):
        if name not in cache:
            cache[name] = read_gcode(CORPUS / name)
        return cache[name]

    return get


def test_the_corpus_is_there_with_its_licences():
    notes = (CORPUS / "README.md").read_text(encoding="utf-8")
    assert len(FILES) >= 6
    for name in FILES:
        assert f"`{name}`" in notes


@pytest.mark.parametrize("name", FILES)
def test_each_file_is_read_explained_plotted_and_checked(name, read):
    tp = read(name)
    assert len(tp) > 50 and tp.layer_count >= 1 and np.isfinite(tp.ends).all()
    rows = explain_gcode(CORPUS / name, lang="fr", end=400)
    assert len(rows) > 20 and all(r.text for r in rows)
    middle = sorted(set(tp.layer[tp.is_working].tolist()))[tp.layer_count // 2]
    pic = plot_toolpath(tp, layer=middle)
    assert pic.png[:4] == b"\x89PNG" and pic.alt
    report = check_gcode(tp, "creality-ender3-v2")
    assert "could_not_check" not in [p.code for p in report.problems]


def test_what_each_file_is_known_to_hold(read):
    cura = read("cura-2.3-reprap-puzzle.gcode")
    assert cura.meta["slicer"] == "Cura" and cura.meta["slicer_estimate_s"] == 3485
    assert cura.meta["flavour"] == "marlin" and cura.meta["layer_markers"] == ";LAYER:"

    vase = read("fullcontrol-ripple-vase.gcode")  # no layer comments: a spiral by its height
    assert vase.meta["layer_markers"] == "spiral"
    steps = np.diff(vase.meta["layer_z"])
    assert np.allclose(steps, np.median(steps), atol=0.02)

    arcs = read("prusaslicer-2.4-arcwelder-m486.gcode")
    assert arcs.meta["flavour"] == "klipper"
    codes = {c["code"] for c in arcs.meta["commands"]}
    assert {"PRINT_START", "PRINT_END", "M486"} <= codes  # Klipper's own commands: known
    assert {c["code"] for c in arcs.meta["unknown_commands"]} == {"TIMELAPSE_TAKE_FRAME"}
    assert arcs.filament_mm == pytest.approx(arcs.meta["slicer_filament_mm"], rel=0.01)
    arc_lines = sum(
        1
        for line in (CORPUS / "prusaslicer-2.4-arcwelder-m486.gcode").open()
        if line[:3] in ("G2 ", "G3 ")
    )
    assert arc_lines > 100 and len(arcs) > arc_lines  # each arc drawn with several moves

    kiss = read("kisslicer-2.0.gcode")
    assert kiss.meta["slicer"] == "KISSlicer"
    assert kiss.filament_mm == pytest.approx(kiss.meta["slicer_filament_mm"], rel=0.01)
    assert estimate(kiss).time_s == pytest.approx(kiss.meta["slicer_estimate_s"], rel=0.25)

    plasma = read("mach3-plasma.gcode")  # inches, R arcs, torch on and off
    assert plasma.meta["machine"] == "cnc" and plasma.meta["units"] == "inch"
    lo, hi = plasma.bounds()
    assert 20 < hi[0] - lo[0] < 200  # a few inches, in millimetres
    assert plasma.feature_name(int(np.flatnonzero(plasma.is_working)[0])) == "cut"


@pytest.mark.parametrize(
    "name", ["prusaslicer-2.4-arcwelder-m486.gcode", "cura-2.3-reprap-puzzle.gcode"]
)
def test_reading_in_parts_gives_the_same_toolpath(name, read, monkeypatch):
    import makerkit.gcode.reader as reader

    whole = read(name)
    monkeypatch.setattr(reader, "READ_CHUNK_BYTES", 20_000)  # many parts, cut anywhere
    parts = read_gcode(CORPUS / name)
    for column in ("x", "y", "z", "e", "speed_mm_s", "feature", "layer", "line"):
        # relative moves are summed part by part: the same to the last few digits
        assert np.allclose(getattr(parts, column), getattr(whole, column), atol=1e-9), column
    for key in ("commands", "temperatures", "unknown_commands", "machine_limits", "layer_z"):
        assert parts.meta[key] == whole.meta[key], key
