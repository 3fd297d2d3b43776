"""The lexer's fast path (plain lines, numbers eight characters at a time) gives exactly
the words of its general path, on real files and on any mix of plain and odd lines."""

from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from makerkit.gcode import lexer
from makerkit.gcode.lexer_any import lex_any
from makerkit.gcode.numbers import PAD, decode_any, decode_plain

CORPUS = Path(__file__).parents[1] / "data" / "gcode"
COLUMNS = ("n_lines", "line_end", "line", "letter", "value", "flag")
COLUMNS += ("cmd_letter", "cmd_number", "cmd_word", "long_lines", "stray_numbers")


def general(data: bytes) -> lexer.Words:
    """Every line through the general path (what the lexer gave before its fast path)."""
    if not data.endswith(b"\n"):
        data += b"\n"
    data, placeholders = lexer._mask_specials(data)
    words = lexer.Words(*lex_any(np.frombuffer(data, np.uint8), 0, 0))
    words.placeholders = np.asarray(placeholders, np.int64)
    return words


def assert_same_words(data: bytes) -> None:
    fast, slow = lexer.lex(data), general(data)
    for name in (*COLUMNS, "placeholders", "extra_commands"):
        a, b = np.asarray(getattr(fast, name)), np.asarray(getattr(slow, name))
        assert a.dtype == b.dtype or a.dtype.kind == b.dtype.kind == "i", name
        assert np.array_equal(a, b, equal_nan=True), name
        if a.dtype.kind == "f":  # -0.0 stays -0.0
            assert np.array_equal(np.signbit(a), np.signbit(b)), name


@pytest.mark.parametrize("name", sorted(p.name for p in CORPUS.glob("*.gcode")))
def test_real_files_give_the_same_words(name, monkeypatch):
    data = (CORPUS / name).read_bytes()
    assert_same_words(data)
    monkeypatch.setattr(lexer, "CHUNK_BYTES", 3000)  # many chunks, odd lines at their ends
    assert_same_words(data)


def test_real_slicer_files_give_the_same_words(real_gcode):
    for path in real_gcode.values():
        assert_same_words(path.read_bytes())


_PLAIN = st.builds(
    lambda cmd, words, tail: cmd + "".join(words) + tail,
    st.sampled_from(["G1", "G0", "M104", "g1", "G92", "M83", "T0", "N12 G1"]),
    st.lists(
        st.builds(
            lambda letter, number: f" {letter}{number}",
            st.sampled_from("XYZEFSIJxy"),
            st.one_of(
                st.floats(-1e6, 1e6, allow_nan=False).map(lambda v: f"{v:.5f}".rstrip("0")),
                st.integers(-(10**16), 10**16).map(str),
                st.from_regex(r"[-+]?[0-9]{0,9}\.?[0-9]{0,9}", fullmatch=True),
            ),
        ),
        max_size=6,
    ),
    st.sampled_from(["", " ; comment", ";TYPE:WALL-OUTER", "*71", "\r", " (note) "]),
)
_ODD = st.sampled_from(
    [
        "G28 X Y",
        "G1 X 10 Y 2",
        "10 G1",
        "START_PRINT EXTRUDER_TEMP=210",
        "M117 Hello 12",
        "M117 X12 Y3",
        "M28 E5",
        "M862.3 P MK3S",
        "G1 X1:5",
        "G1 X1.2.3 Y--4",
        "G1 {speed}",
        'M118 "a; b"',
        "G1 X5 é",
        "G21 G90 G0 X1",
        "  G1 X1",
        "",
        ";only a comment",
        "X5 Y5",
    ]
)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(_PLAIN, _PLAIN, _PLAIN, _ODD), min_size=1, max_size=40), st.booleans())
@example(["G1 X-.5 E.03521 F1800", "G1 X3621.63662 Y1234567.1234567"], False)
def test_any_mix_of_lines_gives_the_same_words(lines, final_newline):
    text = "\n".join(lines) + ("\n" if final_newline else "")
    share = lexer.ODD_SHARE
    try:  # odd lines merged into the fast path's words, and a chunk all read the general way
        for lexer.ODD_SHARE in (1.0, 0.0):
            assert_same_words(text.encode("utf-8"))
    finally:
        lexer.ODD_SHARE = share


@settings(max_examples=300)
@given(st.lists(st.from_regex(r"[-+.0-9]{0,20}", fullmatch=True), min_size=1, max_size=50))
def test_both_number_decoders_agree(texts):
    data = b"".join(b"X" + t.encode() + b" " for t in texts) + b"\n"
    starts = np.cumsum([0] + [len(t) + 2 for t in texts[:-1]]) + 1
    ends = starts + np.array([len(t) for t in texts])
    b = np.frombuffer(data, np.uint8)
    value, ok = decode_any(b, starts, ends)
    padded = np.frombuffer(bytes(PAD) + data + bytes(PAD), np.uint8)
    value2, ok2 = decode_plain(padded, starts + PAD, ends + PAD)
    assert ok.tolist() == ok2.tolist()
    assert np.array_equal(value, value2, equal_nan=True)
    for text, v, good in zip(texts, value, ok, strict=True):
        if len(text) <= 12:  # longer ones are Python's float() already
            try:
                expected = float(text)
            except ValueError:
                expected = None
            assert (expected is not None) == bool(good), text
            if good:
                assert v == expected and np.signbit(v) == np.signbit(expected), text
