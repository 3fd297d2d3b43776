import math
import os
import subprocess
import sys

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from makerkit.errors import GcodeError, InputFileError
from makerkit.gcode.reader import read_gcode
from makerkit.i18n import language


def xyz(tp):
    return [(round(float(a), 4), round(float(b), 4), round(float(c), 4)) for a, b, c in tp.ends]


def test_absolute_and_relative_moves_and_feedrate():
    tp = read_gcode("G90\nG1 X10 Y10 Z1 F600\nG91\nG1 X5 Y-2\nG1 Z0.5 F1200\nG90\nG1 X0\n")
    assert xyz(tp) == [(10, 10, 1), (15, 8, 1), (15, 8, 1.5), (0, 8, 1.5)]
    assert list(tp.speed_mm_s) == [10, 10, 20, 20]
    assert list(tp.line) == [2, 4, 5, 7]


def test_g92_shifts_every_axis_not_only_e():
    # after G92 X0 at X=50 the printer's real position stays 50: X10 is then 60
    tp = read_gcode("G1 X50 Y5\nG92 X0 Y0\nG1 X10 Y10\nG92 Z5\nG1 Z6\n")
    assert xyz(tp) == [(50, 5, 0), (60, 15, 0), (60, 15, 1)]


def test_homing_resets_position_and_shift():
    tp = read_gcode("G1 X50\nG92 X0\nG28 X\nG1 X10\n")
    assert [p[0] for p in xyz(tp)] == [50, 0, 10]


def test_absolute_and_relative_extrusion():
    tp = read_gcode("M82\nG1 X1 E1\nG1 X2 E3\nG92 E0\nG1 X3 E0.5\nM83\nG1 X4 E0.25\nG1 E-1\n")
    assert np.allclose(tp.e, [1, 2, 0.5, 0.25, -1])
    # G91 makes E relative too
    tp = read_gcode("M82\nG91\nG1 X1 E2\nG1 X1 E2\n")
    assert np.allclose(tp.e, [2, 2])


def test_inches():
    tp = read_gcode("G20\nG1 X1 Y2 F60\nG21\nG1 X10\n")
    assert xyz(tp)[0] == (25.4, 50.8, 0)
    assert tp.speed_mm_s[0] == pytest.approx(25.4)
    assert xyz(tp)[1] == (10, 50.8, 0)
    assert tp.meta["units"] == "inch"


def test_arc_with_ij_is_a_half_circle_of_the_right_length():
    tp = read_gcode("G1 X0 Y0\nG2 X20 Y0 I10 J0 E2 F600\n")
    arc = tp.select(tp.line == 2)
    assert len(arc) > 20
    # clockwise from (0,0) around (10,0): goes up through y = +10
    assert arc.y.max() == pytest.approx(10, abs=0.05)
    assert float(arc.lengths_mm.sum()) == pytest.approx(math.pi * 10, rel=1e-3)
    assert float(arc.e.sum()) == pytest.approx(2)
    assert xyz(arc)[-1] == (20, 0, 0)


def test_arc_with_radius_and_full_circle():
    tp = read_gcode("G1 X0 Y0\nG3 X20 Y0 R10\n")
    arc = tp.select(tp.line == 2)
    assert arc.y.min() == pytest.approx(-10, abs=0.05)  # anticlockwise: below
    tp = read_gcode("G1 X10 Y0\nG2 X10 Y0 I-10 J0\n")
    circle = tp.select(tp.line == 2)
    assert float(circle.lengths_mm.sum()) == pytest.approx(2 * math.pi * 10, rel=1e-3)


def test_relative_arc_end_point():
    tp = read_gcode("G1 X5 Y5\nG91\nG2 X10 Y0 I5 J0\n")
    assert xyz(tp)[-1] == (15, 5, 0)


def test_comments_checksums_line_numbers_and_lowercase():
    tp = read_gcode("N1 G1 X5 (go) Y6 *71 ; move\ng1 x7 y8\n(only a comment)\n; another\n")
    assert xyz(tp) == [(5, 6, 0), (7, 8, 0)]
    assert tp.meta["warnings"] == []


def test_text_commands_keep_their_text_out_of_the_parameters():
    tp = read_gcode("M117 Hello X100 E55\nG1 X1\n")
    assert xyz(tp) == [(1, 0, 0)]
    assert tp.meta["commands"][0] == {"line": 1, "code": "M117", "params": {}}


def test_features_and_layers_from_slicer_comments():
    text = (
        "M83\n;LAYER:0\n;TYPE:WALL-OUTER\nG1 X1 E1\n;TYPE:FILL\nG1 X2 E1\nG0 X5\n"
        ";LAYER:1\n;TYPE:SKIN\nG1 Z0.4 X6 E1\n"
    )
    tp = read_gcode(text)
    assert [tp.feature_name(i) for i in range(len(tp))] == [
        "wall_outer",
        "infill",
        "travel",
        "skin",
    ]
    assert list(tp.layer) == [0, 0, 0, 1]
    tp = read_gcode("M83\n; FEATURE: Outer wall\nG1 X1 E1\n; FEATURE: Sparse infill\nG1 X2 E1\n")
    assert [tp.feature_name(i) for i in range(2)] == ["wall_outer", "infill"]


def test_layers_from_heights_when_there_are_no_comments():
    tp = read_gcode("M83\nG1 Z0.2\nG1 X5 E1\nG1 X0 E1\nG1 Z0.4\nG1 X5 E1\nG1 Z0.6\nG1 X0 E1\n")
    assert tp.layer_count == 3
    assert tp.meta["layer_z"] == [0.2, 0.4, 0.6]


def test_machine_limits_temperatures_and_unknown_commands():
    text = (
        "M201 X1000 Y900 Z200 E5000\nM203 X200 Y200 Z12 E120\nM204 P1250 R1000 T1500\n"
        "M205 X8 Y8 Z0.4 E4.5 S0 T0\nM104 S215\nM190 S60\nM4242 X1\nG1 X10 E1\nM204 S800\n"
    )
    tp = read_gcode(text)
    lim = tp.meta["machine_limits"]
    assert lim["max_accel_y_mm_s2"] == 900 and lim["max_feedrate_z_mm_s"] == 12
    assert lim["accel_print_mm_s2"] == 1250 and lim["accel_travel_mm_s2"] == 1500
    assert lim["accel_retract_mm_s2"] == 1000 and lim["jerk_e_mm_s"] == 4.5
    changes = tp.meta["limit_changes"]["accel_print_mm_s2"]
    assert changes == {"rows": [0, 1], "lines": [3, 9], "values": [1250.0, 800.0]}
    assert tp.meta["limit_changes"]["accel_travel_mm_s2"]["values"] == [1500.0, 800.0]
    temps = tp.meta["temperatures"]
    assert [(t["heater"], t["target_c"], t["wait"]) for t in temps] == [
        ("hotend", 215.0, False),
        ("bed", 60.0, True),
    ]
    assert tp.meta["unknown_commands"] == [{"line": 7, "code": "M4242"}]


def test_known_commands_are_the_whole_catalogues_gcode_commands():
    # they are read from en/gcode.toml alone: no other file of the catalogue may add one
    from makerkit.gcode.flavours import FLAVOURS, known_commands
    from makerkit.i18n import catalogue

    for flavour in (None, *FLAVOURS):
        whole = set()
        for prefix in ("gcode.cmd.", f"gcode.cmd_{flavour}."):
            whole |= {k[len(prefix) :] for k in catalogue("en") if k.startswith(prefix)}
        assert known_commands(flavour) == whole and {"G1", "M104"} <= whole
    assert "M3" in known_commands("laser") and "M3" not in known_commands("marlin")


def test_the_garbage_collector_is_as_it_was_after_a_read():
    import gc

    assert gc.isenabled()
    read_gcode("G1 X1 E1\n")
    assert gc.isenabled()
    gc.disable()
    try:
        read_gcode("G1 X1 E1\n")
        assert not gc.isenabled()  # a caller's choice stays
    finally:
        gc.enable()


def test_reads_a_file_path(tmp_path):
    p = tmp_path / "a.gcode"
    p.write_text("G28\nG1 X3\n")
    assert len(read_gcode(p)) == 2
    assert len(read_gcode(str(p))) == 2


# --- bad input ----------------------------------------------------------------------------


def test_empty_and_binary_and_missing(lang, tmp_path):
    with pytest.raises(GcodeError) as err:
        read_gcode("  \n\n")
    assert err.value.key == "gcode.empty"
    with pytest.raises(GcodeError) as err:
        read_gcode(bytes(range(256)) * 100)
    assert err.value.key == "gcode.not_text" and str(err.value)
    with pytest.raises(GcodeError) as err:
        read_gcode(b"GCDE\x01\x00\x00\x00junk")
    assert err.value.key == "gcode.binary_gcode"
    with pytest.raises(InputFileError):
        read_gcode(tmp_path / "missing.gcode")


@pytest.mark.parametrize(
    ("text", "code", "line"),
    [
        ("G28\nG1 X1.2.3 Y4\n", "bad_number", 2),
        ("G28\nG1 X Y4\n", "missing_value", 2),
        ("G28\nG1 XNaN\n", "missing_value", 2),
        ("G28\nG1 Xinf\n", "missing_value", 2),
        ("G28\nX10 Y10\n", "no_command", 2),
        ("G28\nG1 10 Y5\n", "stray_number", 2),
        ("G28\nG1 X0 Y{machine_depth}\n", "placeholder", 2),
        ("G28\nG\n", "bad_command", 2),
    ],
)
def test_bad_values_are_warnings_with_line_numbers(text, code, line):
    for lang in ("en", "fr"):
        with language(lang):
            tp = read_gcode(text)
        found = [w for w in tp.meta["warnings"] if w["code"] == code]
        assert found and found[0]["line"] == line
        assert str(line) in found[0]["message"]
        if lang == "fr":
            assert "Ligne" in found[0]["message"] or "ligne" in found[0]["message"]


def test_nan_and_inf_never_reach_the_moves():
    tp = read_gcode("G1 X10\nG1 X" + "9" * 400 + "\nG1 Xnan Yinf\n")
    assert np.isfinite(tp.ends).all()


def test_a_ten_megabyte_line_is_read_quickly_with_a_warning():
    big = "G1 X1 " + "Y2 " * 3_500_000 + "\nG1 X5\n"
    tp = read_gcode(big)
    assert xyz(tp)[-1] == (5, 2, 0)
    assert any(w["code"] == "long_line" and w["line"] == 1 for w in tp.meta["warnings"])
    junk = "G1 X" + "7" * 10_000_000 + "\n"
    tp = read_gcode(junk)
    assert np.isfinite(tp.ends).all()


def test_warnings_are_capped():
    tp = read_gcode("G1 X1.2.3\n" * 500)
    codes = [w["code"] for w in tp.meta["warnings"]]
    assert codes.count("bad_number") <= 21


# --- fuzz -----------------------------------------------------------------------------

SAMPLE = (
    "G28\nM104 S200\nM109 S200\nG92 E0\nG1 Z0.2 F600\n;TYPE:WALL-OUTER\nG1 X10 Y10 E1 F1200\n"
    "G2 X20 Y10 I5 J0 E1\nG3 X10 Y10 R5\nG91\nG1 X-5 E0.5\nG90\nM83\nG1 E-1\nM117 done\n"
)


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_random_bytes_never_crash(data):
    try:
        tp = read_gcode(data)
    except GcodeError:
        return
    assert np.isfinite(tp.ends).all() or len(tp) == 0


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.tuples(
            st.integers(0, len(SAMPLE) - 1),
            st.sampled_from(list('GMXYZEFIJRSTN;*()"{}.-+ \n0123456789eE') + ["\x00", "é"]),
        ),
        max_size=30,
    )
)
def test_mutated_gcode_never_crashes(edits):
    text = list(SAMPLE)
    for pos, ch in edits:
        text[pos] = ch
    tp = read_gcode("".join(text).encode("utf-8", "replace"))
    assert len(tp.x) == len(tp.line)


@settings(max_examples=60)
@given(st.text(alphabet="GMXYZEIJRF0123456789.- \n;", max_size=400))
def test_random_gcode_like_text_never_crashes(text):
    try:
        read_gcode(text + "\nG1 X1\n")
    except GcodeError as err:
        assert err.key in {"gcode.empty", "gcode.not_text"}


def test_huge_arcs_are_bounded_in_rows_and_warned():
    from makerkit.gcode.arcs import MAX_ARC_ROWS

    text = "G28\n" + "G2 X1 Y0 I50000 J0 E0\n" * 10_000
    tp = read_gcode(text)
    assert len(tp) <= MAX_ARC_ROWS + 10_001
    assert any(w["code"] == "arc_huge" for w in tp.meta["warnings"])


def test_parenthesised_comments_are_read_in_linear_time():
    # 100,000 lines with a ( comment, and one line full of "(": read as words, quickly
    tp = read_gcode("G28\n" + "G1 X10 Y10 (move)\n" * 100_000 + "G1 X20 " + "(" * 200_000 + "\n")
    assert len(tp) == 100_002 and tp.x[-1] == 20
    placeholder = read_gcode("G1 X10 {fill_me} Y5\n")
    assert placeholder.meta["warnings"][0]["code"] == "placeholder"


@pytest.mark.parametrize("asked", [None, "2"])
def test_makerkit_starts_numpy_with_one_blas_thread_unless_asked(asked):
    """OpenBLAS's thread pool costs a fresh process 40-50 ms of CPU as numpy is imported
    (a third of the imports of `makerkit gcode info`); a user's own setting wins."""
    env = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    if asked:
        env["OPENBLAS_NUM_THREADS"] = asked
    code = "import makerkit, numpy, os; print(os.environ['OPENBLAS_NUM_THREADS'])"
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60
    )
    assert out.stdout.strip() == (asked or "1"), out.stderr


def test_shifts_and_modes_carried_from_line_to_line_when_read_in_parts(monkeypatch):
    """Each line its own part: G92 shifts at a part's first line, modes and positions
    handed from part to part give the toolpath of the whole file read at once."""
    import makerkit.gcode.reader as reader

    text = (
        "G28\nG1 Z0.2 F600\nG1 X10 E1\nG92 E0\nG1 X20 E2\nG92 X0 E0\nG1 X5 E1\nG91\n"
        "G1 X1 E1\nG90\nM83\nG1 X2 E0.5\nG92 E0\nM82\nG1 X3 E4\nG20\nG1 X1 F10\nG21\nG1 Y2\n"
    )
    whole = read_gcode(text)
    monkeypatch.setattr(reader, "READ_CHUNK_BYTES", 1)
    parts = read_gcode(text)
    assert [p[0] for p in xyz(whole)[3:9]] == [20, 25, 26, 22, 23, 45.4]  # G92 X0 at X20
    assert whole.speed_mm_s[-2] == pytest.approx(25.4 * 10 / 60)  # F10 in inches a minute
    for column in ("x", "y", "z", "e", "speed_mm_s", "line"):
        assert np.array_equal(getattr(parts, column), getattr(whole, column)), column


_COMMENT_LINES = [
    b"G1 X1 E2", b";TYPE:WALL-OUTER", b"; FEATURE: Inner wall", b";LAYER:3", b";LAYER_CHANGE",
    b"; CHANGE_LAYER", b"G1 X1 ; move ;TYPE:FILL ; more", b";TYPE:SKIN ;LAYER:4", b";;",
    b"; feature skirt", b";TIME_ELAPSED:12.5", b"M117 ;TYPE:x",
]  # fmt: skip


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_COMMENT_LINES), max_size=60), st.integers(0, 3000))
def test_comment_notes_found_by_semicolon_as_by_the_expression(lines, dense):
    """Slicer comments are found at each semicolon; the same matches as the regular
    expression's own scan, also past the share of semicolons where it scans itself."""
    from makerkit.gcode.slicer_notes import _NOTES, _notes

    data = b"\n".join(lines) + b"\n" + b";c\n" * dense
    expected = [(m.start(), m.end(), m.groups()) for m in _NOTES.finditer(data)]
    assert [(m.start(), m.end(), m.groups()) for m in _notes(data)] == expected
