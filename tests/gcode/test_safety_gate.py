"""The safety gate never crashes, never passes on a crash, and refuses every danger."""

import tracemalloc
import warnings

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from makerkit.errors import MakerkitError
from makerkit.gcode import safety
from makerkit.gcode.reader import read_gcode
from makerkit.gcode.safety import RULES, SafetyReport, check_gcode
from makerkit.gcode.simulate import estimate
from makerkit.i18n import language

START = "G90\nM83\nM104 S215\nM140 S60\nM190 S60\nM109 S215\nG28\nG1 Z0.2 F600\n"
PRINT = "G1 X50 Y50 F6000\nG1 X80 Y50 E1.5 F1800\nG1 X80 Y80 E1.5\n"
END = "G1 Z10 F600\nM104 S0\nM140 S0\nM107\nM84\n"


@pytest.mark.parametrize("probe", ["G29", "G80"])
@pytest.mark.parametrize("after", ["", "G1 X10 Y10 F3000\n", "G1 X10 Y10 E1 F600\n"])
def test_bed_probing_without_z_change_after_is_checked_not_crashed(probe, after):
    report = check_gcode(f"M104 S215\nM109 S215\nG28\n{probe}\n{after}M104 S0\n", "prusa-mk3s")
    assert isinstance(report, SafetyReport)
    assert "could_not_check" not in [p.code for p in report.problems]


# issue 16.4: every one of these passed before; each must now make the file unsafe
DANGERS = {
    "M109 S300 with PLA": (START.replace("M109 S215", "M109 S300"), "prusa-mk3s", "pla"),
    "M104 S300 with PLA": (START.replace("M104 S215", "M104 S300"), "prusa-mk3s", "pla"),
    "M104 S300, material unknown": (START.replace("M104 S215", "M104 S300"), "prusa-mk3s", None),
    "M104 S290 with PLA": (START.replace("M104 S215", "M104 S290"), "prusa-mk4", "pla"),
    "F100000": (START + "G1 X100 Y100 F100000\n", "prusa-mk3s", "pla"),
    "Z at F6000": (START + "G1 Z5 F6000\n", "prusa-mk3s", "pla"),
    "M303 autotune": (START + "M303 E0 S300 C8\n", "prusa-mk3s", "pla"),
    "M997": (START + "M997\n", "prusa-mk3s", "pla"),
    "bare M302": ("M302\n" + START, "prusa-mk3s", "pla"),
    "M302 S0": ("M302 S0\n" + START, "prusa-mk3s", "pla"),
    "M92": ("M92 E1000\n" + START, "prusa-mk3s", "pla"),
    "M206": ("M206 Z5\n" + START, "prusa-mk3s", "pla"),
    "M220 S1000": (START + "M220 S1000\n", "prusa-mk3s", "pla"),
    "M221 S1000": (START + "M221 S1000\n", "prusa-mk3s", "pla"),
    "G28 X then XY": (START.replace("G28", "G28 X"), "prusa-mk3s", "pla"),
    "M851 Z-5": (START + "M851 Z-5\n", "prusa-mk3s", "pla"),
    "M502 then M500": (START + "M502\nM500\n", "prusa-mk3s", "pla"),
    "heaters left on": (START + PRINT, "prusa-mk3s", "pla"),
}


@pytest.mark.parametrize("name", sorted(DANGERS))
def test_each_danger_is_an_error(name):
    text, printer, material = DANGERS[name]
    if name != "heaters left on":
        text = text + PRINT + END
    report = check_gcode(text, printer, material)
    assert not report.ok, f"{name}: {report}"


def test_z_speed_a_printers_own_slicer_profile_asks_for_is_not_a_mistake():
    # PrusaSlicer's Creality bundle moves Z at the travel speed (F9000); the MK3S's at F720
    text = START + PRINT + "G1 Z0.4 F9000\n" + PRINT + END
    assert check_gcode(text, "creality-ender3-v2", "pla").ok
    assert [p.code for p in check_gcode(text, "prusa-mk3s", "pla").errors] == ["too_fast"]


def test_a_rule_that_crashes_refuses_the_file(monkeypatch):
    def broken(facts):
        raise IndexError("index 0 is out of bounds")

    monkeypatch.setattr(safety, "RULES", [safety.Rule("no_homing", "error", broken), *RULES])
    clean = START + PRINT + END
    for lang, word in (("en", "could not finish"), ("fr", "n'a pas pu")):
        with language(lang):
            report = check_gcode(clean, "prusa-mk3s", "pla")
        assert not report.ok
        assert [p.code for p in report.errors] == ["could_not_check"]
        assert word in report.errors[0].message and "IndexError" in report.errors[0].message


def test_a_reader_that_crashes_refuses_the_file(monkeypatch):
    import makerkit.gcode.reader as reader

    def broken(source):
        raise MemoryError("no memory left")

    monkeypatch.setattr(reader, "read_gcode", broken)
    report = check_gcode(START + PRINT + END, "prusa-mk3s")
    assert not report.ok and report.problems[0].code == "could_not_check"


def test_not_gcode_at_all_is_a_clear_error_not_a_report():
    with pytest.raises(MakerkitError):
        check_gcode("", "prusa-mk3s")


def test_report_shows_its_counts_in_both_languages():
    report = check_gcode(START + PRINT, "prusa-mk3s", "pla")
    with language("en"):
        assert repr(report) == "<SafetyReport prusa-mk3s: safe: no, 1 error, 0 warnings>"
    with language("fr"):
        assert "sûr : non, 1 erreur" in repr(report) and "Gravité" in report._repr_html_()


# --- fuzz: random lines of real and broken G-code ---------------------------------------

_WORDS = st.sampled_from(
    [
        "G0",
        "G1",
        "G2",
        "G3",
        "G4",
        "G28",
        "G29",
        "G80",
        "G90",
        "G91",
        "G92",
        "G20",
        "G21",
        "M82",
        "M83",
        "M84",
        "M104",
        "M109",
        "M140",
        "M190",
        "M106",
        "M107",
        "M201",
        "M203",
        "M204",
        "M205",
        "M211",
        "M220",
        "M221",
        "M302",
        "M500",
        "M502",
        "T0",
        "T1",
        "X",
        "Y",
        "Z",
        "E",
        "F",
        "I",
        "J",
        "R",
        "S",
        "P",
        "(",
        ")",
        ";",
        "*",
        "N",
        "-",
    ]
)
_NUMBERS = st.one_of(
    st.integers(-1000, 100000).map(str),
    st.floats(-1e6, 1e6, allow_nan=False).map(lambda v: f"{v:.3f}"),
    st.sampled_from(["", "nan", "inf", "1e400", "--1", "1.2.3", "0x10"]),
)
_LINE = st.lists(st.tuples(_WORDS, _NUMBERS).map("".join), min_size=0, max_size=8).map(" ".join)


@pytest.mark.timeout(300)
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_LINE, min_size=1, max_size=40))
def test_the_checker_never_crashes_on_random_gcode(lines):
    text = "\n".join(lines)
    tracemalloc.start()
    try:
        with warnings.catch_warnings():  # no raw numpy warnings on a learner's screen
            warnings.simplefilter("error")
            report = check_gcode(text, "prusa-mk3s", "pla")
            estimate(read_gcode(text), "prusa-mk3s")
    except MakerkitError:  # empty or not text: a clear message
        return
    finally:
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    assert "could_not_check" not in [p.code for p in report.problems], str(report)
    assert peak < 200e6
