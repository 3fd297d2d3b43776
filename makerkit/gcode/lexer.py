"""G-code bytes → words, with numpy, without a Python loop per line.

A G-code line is words (a letter and a number: ``G1``, ``X10.5``), then maybe a checksum
(``*71``) and a comment (``; …`` or ``( … )``). This module finds every word of a file at
once, in chunks of 256 kB cut at line ends (memory stays small, and a chunk's
columns stay in the processor's cache while they are worked on).

Almost every line a slicer writes is *plain*: letters each followed by a number, spaces,
maybe a comment. For those the fast path looks at each byte only in a few whole-chunk
operations: a 256-entry class table (``bytes.translate``), the newlines, the comments
(blanked), and the edges of the runs of number characters (each run after a letter is a
word); the numbers are decoded eight characters at a time (:mod:`makerkit.gcode.numbers`).
The other lines (a letter without a number, ``X 10``, stray numbers, names such as
``START_PRINT``, ``M117`` text, characters that are in no number) are found on the way and
read by the general path (:mod:`makerkit.gcode.lexer_any`), then put back in their place:
both paths give the same words.

>>> w = lex(b"G1 X10.5 Y-2 ; go\\nM104 S200\\n")
>>> w.n_lines, [chr(c) for c in w.cmd_letter], w.cmd_number.tolist()
(2, ['G', 'M'], [1.0, 104.0])
>>> [(chr(c), float(v)) for c, v in zip(w.letter, w.value)]
[('G', 1.0), ('X', 10.5), ('Y', -2.0), ('M', 104.0), ('S', 200.0)]
"""

from __future__ import annotations

import re

import numpy as np

from makerkit.gcode.lexer_any import lex_any
from makerkit.gcode.numbers import PAD, decode_plain
from makerkit.gcode.words import (
    EXTENDED,
    MAX_LINE_CHARS,
    STRING_COMMANDS,
    VALUE_BAD,
    VALUE_MISSING,
    VALUE_OK,
    Words,
)

__all__ = ["Words", "lex", "STRING_COMMANDS", "MAX_LINE_CHARS", "EXTENDED"]
__all__ += ["VALUE_OK", "VALUE_MISSING", "VALUE_BAD"]

CHUNK_BYTES = 1 << 18
# a chunk with more odd lines than this share is read by the general path as a whole
ODD_SHARE = 0.125

# Byte classes of the fast path: number characters first, so that one comparison finds them;
# letters and the characters that belong to no word last, counted together the same way.
_DIGIT, _DOT, _MINUS, _PLUS, _SPACE, _NEWLINE, _CUT, _LETTER, _OTHER = range(9)
_NUMBER_MAX = _PLUS
_table = bytearray([_OTHER]) * 256
_table[ord("0") : ord("9") + 1] = bytes([_DIGIT]) * 10
_table[ord(".")], _table[ord("-")], _table[ord("+")] = _DOT, _MINUS, _PLUS
for _c in b" \t\r\v\f":
    _table[_c] = _SPACE
_table[ord("A") : ord("Z") + 1] = bytes([_LETTER]) * 26
_table[ord("a") : ord("z") + 1] = bytes([_LETTER]) * 26
_table[ord("\n")], _table[ord(";")], _table[ord("*")] = _NEWLINE, _CUT, _CUT
_CLASSES = bytes(_table)
_PADDING = b" " * PAD
_TEXT = frozenset(n for _, n in STRING_COMMANDS)
_G, _M, _T = ord("G"), ord("M"), ord("T")


def lex(data: bytes) -> Words:
    """Find every word in G-code ``data`` (bytes). Never fails on junk: bad numbers are flagged.

    Time and memory grow in proportion to the file, whatever it holds (a line full of
    ``(``, a line of a million characters).
    """
    if not data.endswith(b"\n"):
        data = data + b"\n"
    data, placeholders = _mask_specials(data)
    parts = []
    first_line = 0
    view = memoryview(data)
    for start, stop in _chunks(data):
        part = _lex_chunk(view[start:stop], start, first_line)
        first_line += part[0]
        parts.append(part)
    words = _join(parts)
    words.placeholders = np.asarray(placeholders, np.int64)
    return words


def _lex_chunk(data: memoryview, byte0: int, line0: int):
    """The columns of :class:`Words` for one chunk (whole lines) starting at byte ``byte0``
    and line ``line0`` of the file."""
    chunk = b"".join((_PADDING, data, _PADDING))  # room around the numbers for 8-byte loads
    padded = np.frombuffer(chunk, np.uint8)
    b = padded[:-PAD]
    cls = np.frombuffer(chunk.translate(_CLASSES), np.uint8)[:-PAD].copy()
    nl = np.flatnonzero(cls == _NEWLINE)
    n_lines = len(nl)
    line_start = np.empty(n_lines, np.int64)
    line_start[0] = PAD
    line_start[1:] = nl[:-1] + 1
    # comments: from the first ';' or '*' of a line to its end, blanked
    code_end = nl.copy()
    cuts = np.flatnonzero(cls == _CUT)
    if len(cuts):
        cut_line = np.searchsorted(nl, cuts)
        first = np.ones(len(cuts), bool)
        first[1:] = cut_line[1:] != cut_line[:-1]
        cuts, cut_line = cuts[first], cut_line[first]
        code_end[cut_line] = cuts
        _fill(cls, cuts, nl[cut_line], _SPACE)
    # each run of number characters is a number; it is a word when a letter precedes it
    is_number = cls <= _NUMBER_MAX
    edges = np.flatnonzero(is_number[1:] != is_number[:-1])
    edges += 1
    start, end = edges[0::2], edges[1::2]
    at_letter = start - 1
    worded = cls[at_letter] == _LETTER
    odd = [] if worded.all() else [start[~worded]]  # numbers after no letter
    # letters and other characters: one per number when each letter has its number
    if odd or np.count_nonzero(cls >= _LETTER) != len(start):
        if np.count_nonzero(cls == _LETTER) != len(start) - (len(odd[0]) if odd else 0):
            letters = np.flatnonzero(cls == _LETTER)  # letters with no number right after
            odd.append(letters[~is_number[letters + 1]])
        if np.count_nonzero(cls == _OTHER):  # characters that belong to no word
            odd.append(np.flatnonzero(cls == _OTHER))
    if odd:
        start, end, at_letter = start[worded], end[worded], at_letter[worded]
    # the words before each newline, so the line of each word
    before = np.searchsorted(start, nl)
    counts = np.empty_like(before)
    counts[0] = before[0]
    np.subtract(before[1:], before[:-1], out=counts[1:])
    word_line = np.repeat(np.arange(n_lines, dtype=np.int32), counts)
    letter = b[at_letter] & np.uint8(0xDF)  # upper case
    signs = np.count_nonzero(np.subtract(cls, np.uint8(_MINUS)) <= _PLUS - _MINUS)
    value, ok = decode_plain(padded, start, end, signs)
    flag = np.where(ok, np.uint8(VALUE_OK), np.uint8(VALUE_BAD))
    cmd_letter, cmd_number, cmd_word, extra = _first_word_commands(before, counts, letter, value)
    if cmd_letter is None:  # a G, M or T word that is not its line's first (N12 G1, G21 G90)
        cmd_letter, cmd_number, cmd_word, extra = _commands(n_lines, word_line, letter, value)
    m_lines = np.flatnonzero(cmd_letter == _M)
    text = [
        i for i, n in zip(m_lines.tolist(), cmd_number[m_lines].tolist(), strict=True) if n in _TEXT
    ]
    text_lines = np.array(text, np.int64)
    odd_lines = np.zeros(0, np.int64)
    if odd or len(text_lines):
        odd_lines = np.searchsorted(nl, np.concatenate(odd)) if odd else odd_lines
        odd_lines = np.union1d(odd_lines, text_lines)
    code_len = code_end - line_start  # comments do not count
    long_lines = np.flatnonzero(code_len > MAX_LINE_CHARS) + line0
    columns = [word_line, letter, value, flag]
    stray = np.zeros(0, np.int64)
    if len(odd_lines):
        if len(odd_lines) > ODD_SHARE * n_lines:  # mostly odd: the general path for all
            return (*lex_any(b[PAD:], byte0, line0), None)
        columns, cmd, stray = _with_odd_lines(chunk, columns, odd_lines, line_start, nl)
        cmd_letter[odd_lines], cmd_number[odd_lines] = cmd
        cmd_word = _command_words(n_lines, columns[0], columns[4])
        columns, extra = columns[:4], None
    word_line, letter, value, flag = columns
    return (
        n_lines,
        nl + (byte0 - PAD),
        word_line + np.int32(line0),
        letter,
        value,
        flag,
        cmd_letter,
        cmd_number,
        cmd_word,
        long_lines,
        stray + line0,
        extra,
    )


def _fill(a: np.ndarray, start: np.ndarray, stop: np.ndarray, value: int) -> None:
    """``a[start[i]:stop[i]] = value`` for every span, at once."""
    length = stop - start
    total = int(length.sum())
    if total == 0:
        return
    shift = np.repeat(start - (np.cumsum(length) - length), length)
    shift += np.arange(total)
    a[shift] = value


def _commands(n_lines: int, word_line: np.ndarray, letter: np.ndarray, value: np.ndarray):
    """Each line's command: its first G, M or T word (letter, number, word index), and
    the other G, M and T words."""
    idx = np.flatnonzero((letter == _G) | (letter == _M) | (letter == _T))
    lines = word_line[idx]
    extra = idx[:0]
    if len(idx) > 1:
        first = np.empty(len(idx), bool)
        first[0] = True
        np.not_equal(lines[1:], lines[:-1], out=first[1:])
        if not first.all():
            extra = idx[~first]
            idx, lines = idx[first], lines[first]
    cmd_letter = np.zeros(n_lines, np.uint8)
    cmd_number = np.full(n_lines, np.nan)
    cmd_word = np.full(n_lines, -1, np.int64)
    cmd_letter[lines] = letter[idx]
    cmd_number[lines] = value[idx]
    cmd_word[lines] = idx
    return cmd_letter, cmd_number, cmd_word, extra


def _first_word_commands(before: np.ndarray, counts: np.ndarray, letter, value):
    """:func:`_commands` where every G, M and T word is the first of its line (a slicer's
    lines): from each line's first word (``before``: the words before each line's end,
    ``counts``: each line's words), without looking for them among all the words. All
    None otherwise (or without words)."""
    if len(letter) == 0:
        return None, None, None, None
    is_command = letter == _G
    is_command |= letter == _M
    is_command |= letter == _T
    first = np.empty_like(before)
    first[0] = 0
    first[1:] = before[:-1]
    at = np.take(letter, first, mode="clip")  # (a line without words: masked below)
    on_line = at == _G
    on_line |= at == _M
    on_line |= at == _T
    on_line &= counts > 0
    if np.count_nonzero(on_line) != np.count_nonzero(is_command):
        return None, None, None, None
    cmd_letter = np.where(on_line, at, np.uint8(0))
    cmd_number = np.where(on_line, np.take(value, first, mode="clip"), np.nan)
    cmd_word = np.where(on_line, first, -1)
    return cmd_letter, cmd_number, cmd_word, first[:0]


def _command_words(n_lines: int, word_line: np.ndarray, is_cmd: np.ndarray) -> np.ndarray:
    cmd_word = np.full(n_lines, -1, np.int64)
    idx = np.flatnonzero(is_cmd)
    cmd_word[word_line[idx]] = idx
    return cmd_word


def _with_odd_lines(data: bytes, columns, odd_lines, line_start, line_end):
    """The fast path's words without those of ``odd_lines``, and the general path's words
    of those lines put in their place; plus a mark on each command word, the odd lines'
    commands, and their stray numbers (lines of the chunk)."""
    word_line, letter, value, flag = columns
    is_odd = np.zeros(len(line_start), bool)
    is_odd[odd_lines] = True
    keep = ~is_odd[word_line]
    word_line, letter, value, flag = word_line[keep], letter[keep], value[keep], flag[keep]
    is_cmd = np.zeros(len(word_line), bool)
    cmd_letter, _, cmd_word, _ = _commands(len(line_start), word_line, letter, value)
    is_cmd[cmd_word[cmd_word >= 0]] = True
    spans = [
        data[s : e + 1]
        for s, e in zip(line_start[odd_lines].tolist(), line_end[odd_lines].tolist(), strict=True)
    ]
    n, _, o_line, o_letter, o_value, o_flag, o_cmd_l, o_cmd_n, o_cmd_w, _, o_stray = lex_any(
        np.frombuffer(b"".join(spans), np.uint8), 0, 0
    )
    o_is_cmd = np.zeros(len(o_line), bool)
    o_is_cmd[o_cmd_w[o_cmd_w >= 0]] = True
    o_line = odd_lines[o_line].astype(np.int32)
    at = np.searchsorted(word_line, o_line)
    merged = [
        np.insert(a, at, o)
        for a, o in (
            (word_line, o_line),
            (letter, o_letter),
            (value, o_value),
            (flag, o_flag),
            (is_cmd, o_is_cmd),
        )
    ]
    return merged, (o_cmd_l, o_cmd_n), odd_lines[o_stray]


_SPECIAL = re.compile(rb'[("{]')
_MASK = re.compile(rb'\([^)]*\)?|"[^"]*"?|\{[^}]*\}?')


def _blank(match: re.Match) -> bytes:
    return b" " * len(match.group(0))


def _mask_specials(data: bytes) -> tuple[bytes, list[int]]:
    """Blank (comments), "strings" and {placeholders} in the code part of the (rare) lines
    that have them; also the (0-based) lines with an unfilled placeholder.

    One pass over the file: each line is looked at once, however many marks it holds.
    """
    if b"(" not in data and b'"' not in data and b"{" not in data:
        return data, []
    out: bytearray | None = None
    placeholders: list[int] = []
    done_until = 0  # the end of the last line looked at
    counted_to, line_no = 0, 0
    for m in _SPECIAL.finditer(data):
        i = m.start()
        if i < done_until:
            continue
        line_start = data.rfind(b"\n", done_until, i) + 1 or done_until
        line_end = data.find(b"\n", i)
        line_end = len(data) if line_end < 0 else line_end
        done_until = line_end + 1
        semi = data.find(b";", line_start, i)
        if semi >= 0:
            continue  # the mark is inside a ; comment
        semi = data.find(b";", i, line_end)
        code_end = line_end if semi < 0 else semi
        code = data[line_start:code_end]
        if out is None:
            out = bytearray(data)
        out[line_start:code_end] = _MASK.sub(_blank, code)
        if b"{" in code:
            line_no += data.count(b"\n", counted_to, line_start)
            counted_to = line_start
            placeholders.append(line_no)
    return (data if out is None else bytes(out)), placeholders


def _chunks(data: bytes):
    """``(start, stop)`` byte spans of about :data:`CHUNK_BYTES`, ending at line ends."""
    start, n = 0, len(data)
    while start < n:
        stop = min(start + CHUNK_BYTES, n)
        if stop < n:
            nl = data.rfind(b"\n", start, stop)
            stop = nl + 1 if nl >= start else data.find(b"\n", stop) + 1
        yield start, stop
        start = stop


def _join(parts: list) -> Words:
    if len(parts) == 1:  # one part: no copies
        words = Words(*parts[0][:11])
        words._extra = parts[0][11]
        return words
    n_lines = sum(p[0] for p in parts)
    cat = [np.concatenate([p[i] for p in parts]) for i in range(1, 11)]
    (line_end, line, letter, value, flag, cmd_l, cmd_n, cmd_w, long_l, stray) = cat
    offsets = np.cumsum([0] + [len(p[2]) for p in parts[:-1]])
    # the command word indices are per chunk: shift them to the joined word table
    starts = np.cumsum([0] + [p[0] for p in parts[:-1]])
    for k, p in enumerate(parts):
        seg = slice(starts[k], starts[k] + p[0])
        has = cmd_w[seg] >= 0
        cmd_w[seg][has] += offsets[k]
    words = Words(n_lines, line_end, line, letter, value, flag, cmd_l, cmd_n, cmd_w, long_l, stray)
    if all(p[11] is not None for p in parts):
        words._extra = np.concatenate([p[11] + o for p, o in zip(parts, offsets, strict=True)])
    return words
