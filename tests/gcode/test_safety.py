"""The safety checker: one test per hazard, a clean file, real slicers' output."""

import pytest

from makerkit.gcode.safety import HAZARDS, RULES, check_gcode
from makerkit.i18n import language

# A file that is fine on a Prusa MK3S: every hazard below is this file with one mistake.
START = "G90\nM83\nM104 S215\nM140 S60\nM190 S60\nM109 S215\nG28\nG1 Z0.2 F600\n"
PRINT = "G1 X50 Y50 F6000\nG1 X80 Y50 E1.5 F1800\nG1 X80 Y80 E1.5\nG1 Z0.4 F600\nG1 X50 Y80 E1.5 F1800\n"
END = "G1 Z10 F600\nM104 S0\nM140 S0\nM107\nM84\n"
CLEAN = START + PRINT + END

# code -> (G-code with that hazard, printer, material, line where it happens)
CORPUS = {
    "out_of_bounds": (START + "G1 X300 Y50 F6000\n" + END, "prusa-mk3s", None, 9),
    "too_high": (START + PRINT + "G1 Z250 F600\n" + END, "prusa-mk3s", None, 14),
    "below_bed": (START + "G91\nG1 Z-1 F600\nG90\n" + PRINT + END, "prusa-mk3s", None, 10),
    "nozzle_on_bed": (START + "G1 Z0\nG1 X80 Y50 E3 F1800\n" + END, "prusa-mk3s", None, 10),
    "hotend_too_hot": (
        START.replace("M104 S215", "M104 S320") + PRINT + END,
        "prusa-mk3s",
        None,
        3,
    ),
    "bed_too_hot": (START.replace("M140 S60", "M140 S130") + PRINT + END, "prusa-mk3s", None, 4),
    "cold_extrusion": (
        START.replace("M104 S215\n", "").replace("M109 S215\n", "") + PRINT + END,
        "prusa-mk3s",
        None,
        8,
    ),
    "no_homing": ("G1 X10 Y10 F3000\n" + CLEAN, "prusa-mk3s", None, 1),
    "partial_homing": (START.replace("G28", "G28 X") + PRINT + END, "prusa-mk3s", None, 8),
    "limits_too_high": ("M203 X900 Y900\n" + CLEAN, "prusa-mk3s", None, 1),
    "cold_extrusion_allowed": ("M302\n" + CLEAN, "prusa-mk3s", None, 1),
    "endstops_off": ("M211 S0\n" + CLEAN, "prusa-mk3s", None, 1),
    "huge_extrusion": (START + "G1 X80 Y50 E200 F1800\n" + END, "prusa-mk3s", None, 9),
    "bad_speed": (START + "G1 X60 Y50 E1 F0\n" + END, "prusa-mk3s", None, 9),
    "motors_off_then_move": (START + "M84\n" + PRINT + END, "prusa-mk3s", None, 10),
    "too_fast": (START + "G1 X100 Y100 F100000\n" + PRINT + END, "prusa-mk3s", None, 9),
    "no_wait_for_heat": (START.replace("M109 S215\n", "") + PRINT + END, "prusa-mk3s", None, 9),
    "material_too_hot": (
        START.replace("M104 S215", "M104 S290") + PRINT + END,
        "prusa-mk4",
        "pla",
        3,
    ),
    "material_too_cold": (START.replace("S215", "S175") + PRINT + END, "prusa-mk3s", "pla", 3),
    "material_bed_too_hot": (
        START.replace("S60", "S100") + PRINT + END,
        "prusa-mk3s",
        "pla",
        4,
    ),
    "heaters_left_on": (START + PRINT + "M107\n", "prusa-mk3s", None, 6),
    "huge_retraction": (START + PRINT + "G1 E-40 F2400\n" + END, "prusa-mk3s", None, 14),
    "steps_changed": ("M92 E400\n" + CLEAN, "prusa-mk3s", None, 1),
    "home_offset_changed": ("M206 Z-2\n" + CLEAN, "prusa-mk3s", None, 1),
    "probe_offset_changed": ("M851 Z-5\n" + CLEAN, "prusa-mk3s", None, 1),
    "speed_factor": (START + "M220 S1000\n" + PRINT + END, "prusa-mk3s", None, 9),
    "flow_factor": (START + "M221 S1000\n" + PRINT + END, "prusa-mk3s", None, 9),
    "pid_autotune": ("M303 E0 S300 C8\n" + CLEAN, "prusa-mk3s", None, 1),
    "firmware_update": (CLEAN + "M997\n", "prusa-mk3s", None, 19),
    "factory_reset": (CLEAN + "M502\n", "prusa-mk3s", None, 19),
    "saves_settings": ("M92 E400\n" + CLEAN + "M500\n", "prusa-mk3s", None, 20),
    "long_pause": (START + "G4 S3600\n" + PRINT + END, "prusa-mk3s", None, 9),
    "emergency_stop": (START + PRINT + "M112\n" + END, "prusa-mk3s", None, 14),
    "unknown_printer_command": (START + "M4242 S1\n" + PRINT + END, "prusa-mk3s", None, 9),
    "unreadable_line": (START + "G1 X5O Y50 F6000\n" + PRINT + END, "prusa-mk3s", None, 9),
    "line_too_long": (START + "G1 X50" + " Y50" * 80 + "\n" + PRINT + END, "prusa-mk3s", None, 9),
    "wrong_machine": ("G21\nG90\nM3 S800\nG1 X10 Y10 F600\nM5\n", "prusa-mk3s", None, 4),
    # pen drawings: a plastic printer's start in a plotter file, a drawing sent to a printer
    "plotter_heater": (START + "G1 X50 Y50 F3000\n", "pen-plotter", None, 3),
    "drawing_on_printer": (
        START + ";TYPE:PEN\n" + "G1 X60 Y60 F1200\n" + END,
        "prusa-mk3s",
        None,
        10,
    ),
}


def test_the_corpus_covers_every_rule_and_more_than_thirty():
    assert set(CORPUS) == {r.code for r in RULES}
    assert set(HAZARDS) == set(CORPUS) | {"could_not_check"}
    assert len(CORPUS) >= 30


def test_the_clean_file_has_no_problem():
    report = check_gcode(CLEAN, "prusa-mk3s", "pla")
    assert report.ok and report.problems == [], str(report)


@pytest.mark.parametrize("code", sorted(CORPUS))
def test_each_hazard_is_found_on_its_line(code, lang):
    text, printer, material, line = CORPUS[code]
    report = check_gcode(text, printer, material)
    found = [p for p in report.problems if p.code == code]
    assert found, f"{code} not found in {report}"
    assert found[0].line == line
    assert str(line) in found[0].message
    if HAZARDS[code] == "error":
        assert not report.ok
    assert report.to_dict()["problems"][0]["code"] in HAZARDS


def test_position_is_tracked_through_g92_shifts():
    # G92 X0 at X=200 then X100: the nozzle is really at X=300, outside the MK3S bed
    text = START + "G1 X200 Y50 F6000\nG92 X0\nG1 X100\n" + END
    report = check_gcode(text, "prusa-mk3s")
    assert [p.code for p in report.problems] == ["out_of_bounds"]
    assert report.problems[0].line == 11


def test_position_is_tracked_through_arcs():
    # both ends are on the bed, but the clockwise half circle around (150, 170) rises to
    # Y = 220, beyond the MK3S's 210 mm
    text = START + "G1 X100 Y170 F6000\nG2 X200 Y170 I50 J0 E5\n" + END
    report = check_gcode(text, "prusa-mk3s")
    assert [p.code for p in report.problems] == ["out_of_bounds"]
    assert report.problems[0].line == 10


def test_prusa_purge_line_below_zero_is_normal_on_a_prusa_only():
    text = START + "G1 Y-3 F1000\nG1 X60 E9 F1000\nG1 X100 E12.5\n" + PRINT + END
    assert check_gcode(text, "prusa-mk3s").ok
    report = check_gcode(text, "creality-ender3-v2")
    assert [p.code for p in report.problems] == ["out_of_bounds"]


def test_report_reads_in_both_languages():
    text, printer, material, _ = CORPUS["cold_extrusion"]
    with language("fr"):
        fr = str(check_gcode(text, printer, material))
    with language("en"):
        en = str(check_gcode(text, printer, material))
    assert "PAS sûr" in fr and "NOT safe" in en
    assert "<table>" in check_gcode(text, printer)._repr_html_()


@pytest.mark.slow
def test_real_slicer_output_raises_no_problem(real_gcode):
    for (slicer, printer, model), path in real_gcode.items():
        report = check_gcode(path, printer, "pla")
        assert report.problems == [], f"{slicer} {printer} {model}: {report}"
