"""Every figure makerkit draws writes the numbers on its axes as its reader does: in
French with a decimal comma (« 2,5 »), never « 2.5 » (makerkit.display.localise_ticks)."""

from __future__ import annotations

import re
from types import SimpleNamespace

import pytest
from matplotlib.category import StrCategoryFormatter
from matplotlib.figure import Figure
from matplotlib.ticker import FixedFormatter, FuncFormatter, NullFormatter

import makerkit as mk
from makerkit.i18n import language
from makerkit.model.preview import top_view

DOT_DECIMAL = re.compile(r"\d\.\d")
COMMA_DECIMAL = re.compile(r"\d,\d")


@pytest.fixture
def drawn(monkeypatch):
    """What every figure saved during the test shows on its axes: the tick label texts, and
    each numeric axis' formatter."""
    seen = SimpleNamespace(labels=[], formatters=[])
    save = Figure.savefig

    def savefig(fig, *args, **kwargs):
        result = save(fig, *args, **kwargs)  # drawn: the labels hold their texts now
        for ax in fig.axes:
            for axis in (ax.xaxis, ax.yaxis, getattr(ax, "zaxis", None)):
                if axis is None:
                    continue
                texts = [label.get_text() for label in axis.get_ticklabels()]
                seen.labels += [
                    text for text in [*texts, axis.get_offset_text().get_text()] if text
                ]
                formatter = axis.get_major_formatter()
                if not isinstance(
                    formatter, FixedFormatter | FuncFormatter | StrCategoryFormatter | NullFormatter
                ):
                    seen.formatters.append(formatter)
        return result

    monkeypatch.setattr(Figure, "savefig", savefig)
    return seen


def _square(side_mm: float):
    from makerkit.gcode.reader import read_gcode

    s = side_mm
    return read_gcode(f"G28\nG1 Z0.2\nG1 X{s} E1\nG1 Y{s} E1\nG1 X0 E1\nG1 Y0 E1\n")


def _sliced():
    return mk.slice(mk.box(15, 12, 0.6), printer="prusa-mk4", adhesion="none")


def _plate():
    from makerkit.printing.plate import plate_picture

    return plate_picture([], [], (0.0, 0.0), SimpleNamespace(name="lab"), (3.0, 2.5, 2.0))


def _arena():
    from makerkit.robot.arena import Arena
    from makerkit.robot.drawing import arena_picture

    return arena_picture(Arena(width_cm=3.0, height_cm=2.5, border=False))


def _sensors():
    from makerkit.robot.run import run_program

    return run_program("def step(robot):\n    robot.forward()\n", "oval", seconds=0.2).sensor_bars()


def _class_chart(tmp_path):
    from makerkit.kits.grade import CellResult, ClassResult, LearnerResult
    from makerkit.kits.report import class_chart

    learners = [LearnerResult("fox", [CellResult("t1", "Étape 1", 2, 3)])]
    return class_chart(ClassResult("kite", "fr", "Cerf-volant", learners, [], tmp_path))


# Sizes chosen so that matplotlib puts ticks between whole numbers.
BETWEEN_WHOLE_NUMBERS = {
    "model top view": lambda: top_view(mk.box(3, 2, 1)),
    "G-code plot": lambda: mk.plot_toolpath(_square(2.5)),
    "G-code plot 3D": lambda: mk.plot_toolpath(_square(2.5), view="3d"),
    "G-code plot by speed (colour bar)": lambda: mk.plot_toolpath(_square(2.5), color_by="speed"),
    "layer picture": lambda: _sliced().preview(0),
    "layers stacked": lambda: _sliced().stack_view(),
    "arm": lambda: mk.Arm(l1_mm=1.0, l2_mm=0.6).reach_picture(),
    "arena": _arena,
}


@pytest.mark.parametrize("name", list(BETWEEN_WHOLE_NUMBERS))
def test_french_figures_write_decimal_commas(name, drawn):
    with language("fr"):
        BETWEEN_WHOLE_NUMBERS[name]()
    assert drawn.labels, f"{name}: no tick labels"
    assert not [text for text in drawn.labels if DOT_DECIMAL.search(text)], drawn.labels
    assert [text for text in drawn.labels if COMMA_DECIMAL.search(text)], drawn.labels


@pytest.mark.parametrize("draw", [_sensors, _plate, _class_chart])
def test_french_figures_with_whole_numbers_would_write_commas(draw, drawn, tmp_path):
    """Sensor readings and points are whole numbers: their axes' formatters still write
    « 0,5 » (and the class chart is in its class's language, whatever the current one)."""
    with language("en" if draw is _class_chart else "fr"):
        draw(*([tmp_path] if draw is _class_chart else []))
    assert drawn.formatters
    for formatter in drawn.formatters:
        formatter.set_locs([0.0, 0.5, 1.0])
        assert formatter(0.5) == "0,5", type(formatter)


def test_english_figures_keep_the_decimal_point(drawn):
    with language("en"):
        mk.plot_toolpath(_square(2.5))
    assert [text for text in drawn.labels if DOT_DECIMAL.search(text)], drawn.labels
    assert not [text for text in drawn.labels if COMMA_DECIMAL.search(text)], drawn.labels
