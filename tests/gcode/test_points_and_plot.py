import numpy as np
import pytest

from makerkit.errors import GcodeError
from makerkit.gcode import Drawing, check_gcode, estimate, plot_toolpath, read_gcode, spiral_vase
from makerkit.gcode.writer import write_gcode
from makerkit.i18n import language


def test_a_drawing_is_a_readable_list_of_steps(lang):
    d = Drawing("prusa-mini")
    d.square(70, 70, 20)
    d.repeat_layer(2)
    lines = str(d).splitlines()
    assert len(lines) == 15 and lines[0].startswith("1. ")
    assert ("Travel" in lines[0]) if lang == "en" else ("déplacer" in lines[0])
    tp = d.toolpath()
    assert tp.layer_count == 3
    assert float(tp.lengths_mm[tp.is_extruding].sum()) == pytest.approx(3 * 80)
    assert set(tp.feature_name(i) for i in np.flatnonzero(tp.is_extruding)) == {"drawing"}


def test_a_drawing_goes_through_the_writer_and_the_checker():
    d = Drawing("prusa-mk4")
    d.circle(125, 105, 30)
    d.star(125, 105, 20)
    d.repeat_layer(4)
    report = d.check()
    assert report.ok and report.problems == [], str(report)
    back = read_gcode(d.gcode())
    assert float(back.e[back.e > 0].sum()) >= float(d.toolpath().extrusion_mm)
    assert d.estimate().time_s > 0


def test_a_drawing_off_the_bed_is_refused_by_the_writer():
    d = Drawing("prusa-mini")
    d.square(170, 170, 40)
    with pytest.raises(GcodeError):
        d.gcode()


def test_bad_drawing_values_are_explained():
    with pytest.raises(GcodeError) as err:
        Drawing(layer_height_mm=5)
    assert "layer_height_mm" in str(err.value)
    with pytest.raises(GcodeError):
        spiral_vase(radius_mm=0.1)


def test_spiral_vase_rises_continuously_and_is_safe():
    tp = spiral_vase(
        radius_mm=20, height_mm=20, printer="creality-ender3-v2", wave_mm=1.5, twist_deg=2
    )
    spiral = tp.select(tp.layer >= 1)
    assert (np.diff(spiral.z) >= 0).all() and spiral.z.max() == pytest.approx(20)
    gcode = write_gcode(
        tp, "creality-ender3-v2", "pla", estimate=estimate(tp, "creality-ender3-v2")
    )
    report = check_gcode(gcode, "creality-ender3-v2", "pla")
    assert report.ok and report.problems == [], str(report)


@pytest.mark.parametrize("color_by", ["feature", "speed", "travel"])
@pytest.mark.parametrize("view", ["2d", "3d"])
def test_pictures_have_alt_text(color_by, view):
    tp = read_gcode(
        "G28\nM83\n;LAYER:0\n;TYPE:WALL-OUTER\nG1 Z0.2 F600\nG1 X20 E1 F1200\n;TYPE:FILL\nG1 Y20 E1\n"
        "G0 X5 Y5 F6000\n;LAYER:1\n;TYPE:SKIN\nG1 Z0.4\nG1 X15 E0.5 F1800\n"
    )
    pic = plot_toolpath(
        tp, layer=None if view == "3d" else 0, color_by=color_by, view=view, printer="prusa-mini"
    )
    assert pic.png[:4] == b"\x89PNG"
    assert "mm" in pic.alt and len(pic.alt) > 60
    with language("fr"):
        fr = plot_toolpath(tp, layer=1, color_by=color_by)
    assert "Couche 2" in fr.alt


def test_plot_refuses_bad_choices():
    tp = read_gcode("G1 X1 E1\n")
    with pytest.raises(GcodeError):
        plot_toolpath(tp, color_by="rainbow")
    with pytest.raises(GcodeError):
        plot_toolpath(tp, view="4d")
    assert "nothing" in plot_toolpath(read_gcode("G1 X1\n")).alt
