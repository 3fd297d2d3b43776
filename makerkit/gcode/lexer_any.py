"""Words of any G-code line, however written: the lexer's general path.

Every byte that ends a number (a "delimiter": space, letter, newline, ``;``, ``*`` …) is
found, each letter takes the characters up to the next one, a letter followed by spaces
then a number takes that number (``X 10``), characters after a space that follow no
letter are stray, a line that starts with a name is an extended command (Klipper's
``START_PRINT``) and the words after a free-text command (``M117 Hello``) are dropped.
:mod:`makerkit.gcode.lexer` sends here the few lines its fast path does not take.

>>> import numpy as np
>>> cols = lex_any(np.frombuffer(b"G1 X 10 Y2\\nSTART_PRINT T=1\\n", np.uint8), 0, 0)
>>> cols[0], [chr(c) for c in cols[3]], cols[4].tolist(), cols[6].tolist()
(2, ['G', 'X', 'Y'], [1.0, 10.0, 2.0], [71, 1])
"""

from __future__ import annotations

import numpy as np

from makerkit.gcode.numbers import decode_any
from makerkit.gcode.words import (
    EXTENDED,
    MAX_LINE_CHARS,
    STRING_COMMANDS,
    VALUE_BAD,
    VALUE_MISSING,
    VALUE_OK,
)

__all__ = ["lex_any"]

# Byte classes. Classes from _SPACE on end a number ("delimiters"); the lexer only looks
# at delimiters and at the bytes of numbers, never at every byte one class at a time.
_OTHER, _DIGIT, _DOT, _MINUS, _PLUS = range(5)
_SPACE, _LETTER, _NEWLINE, _SEMI, _STAR, _PAREN, _QUOTE, _BRACE = range(5, 13)
_CLASS = np.zeros(256, np.uint8)
_CLASS[ord("0") : ord("9") + 1] = _DIGIT
_CLASS[ord(".")] = _DOT
_CLASS[ord("-")] = _MINUS
_CLASS[ord("+")] = _PLUS
for _c in b" \t\r\v\f":
    _CLASS[_c] = _SPACE
_CLASS[ord("A") : ord("Z") + 1] = _LETTER
_CLASS[ord("a") : ord("z") + 1] = _LETTER
_CLASS[ord("\n")] = _NEWLINE
_CLASS[ord(";")] = _SEMI
_CLASS[ord("*")] = _STAR
_CLASS[ord("(")] = _PAREN
_CLASS[ord('"')] = _QUOTE
_CLASS[ord("{")] = _BRACE
_UPPER = np.arange(256, dtype=np.uint8)
_UPPER[ord("a") : ord("z") + 1] -= 32


def lex_any(b: np.ndarray, byte0: int, line0: int):
    """The words of the lines in ``b`` (bytes ending with a newline, comments in ( ) and
    strings already blanked), whatever they hold; ``byte0`` and ``line0`` are where ``b``
    starts in the file. Returns the columns of :class:`~makerkit.gcode.words.Words`."""
    cls = _CLASS[b]
    marks = np.flatnonzero(cls >= _SPACE)  # every byte that ends a number
    mc = cls[marks]
    is_nl = mc == _NEWLINE
    nl = marks[is_nl]
    n_lines = len(nl)
    mline = np.cumsum(is_nl) - is_nl  # line of each mark (a newline ends its own line)
    # code ends at the first ';' or '*' of the line
    cut = np.flatnonzero((mc == _SEMI) | (mc == _STAR))
    code_end = nl.copy()
    if len(cut):
        cut_line = mline[cut]
        first = np.ones(len(cut), bool)
        first[1:] = cut_line[1:] != cut_line[:-1]
        code_end[cut_line[first]] = marks[cut[first]]
    in_code = marks < code_end[mline]
    nxt = np.empty_like(marks)
    nxt[:-1] = marks[1:]
    nxt[-1] = len(b)
    tok_end = nxt

    # each letter takes the characters up to the next delimiter
    li = np.flatnonzero((mc == _LETTER) & in_code)
    letters = marks[li]
    start = letters + 1
    end = tok_end[li]
    has_value = end > start
    # "X 10": a letter, spaces, then a number (hand-written and some old files)
    consumed = np.zeros(len(marks), bool)
    need = ~has_value
    k = li + 1
    for _ in range(4):
        if not need.any():
            break
        kk = np.minimum(k, len(marks) - 1)
        is_space = need & (k < len(marks)) & (mc[kk] == _SPACE) & in_code[kk]
        tok_s, tok_e = marks[kk] + 1, tok_end[kk]
        numeric = (tok_e > tok_s) & (_CLASS[b[np.minimum(tok_s, len(b) - 1)]] <= _PLUS)
        numeric &= _CLASS[b[np.minimum(tok_s, len(b) - 1)]] >= _DIGIT
        found = is_space & numeric
        start[found], end[found] = tok_s[found], tok_e[found]
        consumed[kk[found]] = True
        need &= ~found
        k = np.where(is_space & (tok_e == tok_s), k + 1, len(marks))
    has_value = end > start
    if has_value.all():  # the usual case: every letter has its number
        value, ok = decode_any(b, start, end)
        flag = np.where(ok, VALUE_OK, VALUE_BAD).astype(np.uint8)
    else:
        value = np.full(len(li), np.nan)
        flag = np.full(len(li), VALUE_MISSING, np.uint8)
    if not has_value.all() and has_value.any():
        v, ok = decode_any(b, start[has_value], end[has_value])
        value[has_value] = v
        flag[has_value] = np.where(ok, VALUE_OK, VALUE_BAD)
    # characters after a space (or at a line start) and not after a letter: stray
    stray_m = np.flatnonzero(((mc == _SPACE) | is_nl) & (tok_end > marks + 1) & ~consumed)
    stray_pos = marks[stray_m] + 1
    stray_line = mline[stray_m] + is_nl[stray_m]
    ok_line = stray_line < n_lines
    stray_pos, stray_line = stray_pos[ok_line], stray_line[ok_line]
    stray_line = stray_line[stray_pos < code_end[stray_line]]
    if len(marks) and marks[0] > 0 and code_end[0] > 0:
        stray_line = np.concatenate(([0], stray_line))

    word_line = mline[li].astype(np.int32)
    letter = _UPPER[b[letters]]

    # a line's command: its first G, M or T word
    cmd_idx = np.flatnonzero((letter == 71) | (letter == 77) | (letter == 84))
    cmd_lines = word_line[cmd_idx]
    first = np.ones(len(cmd_idx), bool)
    first[1:] = cmd_lines[1:] != cmd_lines[:-1]
    cmd_idx = cmd_idx[first]
    cmd_letter = np.zeros(n_lines, np.uint8)
    cmd_number = np.full(n_lines, np.nan)
    cmd_word = np.full(n_lines, -1, np.int64)
    cmd_letter[word_line[cmd_idx]] = letter[cmd_idx]
    cmd_number[word_line[cmd_idx]] = value[cmd_idx]
    cmd_word[word_line[cmd_idx]] = cmd_idx

    # extended commands (Klipper's START_PRINT, BED_MESH_CALIBRATE …): a line that starts
    # with two letters is a name, not words; its words are dropped and its command is EXTENDED
    line_start = np.concatenate(([0], nl[:-1] + 1))
    first_two = np.minimum(line_start[:, None] + np.arange(2), len(b) - 1)
    pair = _CLASS[b[first_two]]
    named = (pair[:, 0] == _LETTER) & ((pair[:, 1] == _LETTER) | (b[first_two[:, 1]] == 95))
    named &= code_end - line_start >= 2
    extended = np.flatnonzero(named)
    if len(extended):
        cmd_letter[extended] = EXTENDED
        cmd_number[extended] = np.nan
        cmd_word[extended] = -1
        stray_line = stray_line[~named[stray_line]]
    # free-text commands (M117 Hello): drop the words after the command
    m_lines = np.flatnonzero(cmd_letter == 77)
    text_lines = np.zeros(n_lines, bool)
    if len(m_lines):
        nums = cmd_number[m_lines]
        text_lines[m_lines[np.isin(nums, [n for _, n in STRING_COMMANDS])]] = True
    text_lines |= named
    if text_lines.any():
        keep = ~text_lines[word_line]
        keep[cmd_word[text_lines & ~named]] = True
        remap = np.cumsum(keep) - 1
        has_cmd = cmd_word >= 0
        cmd_word[has_cmd] = remap[cmd_word[has_cmd]]
        word_line, letter, value, flag = word_line[keep], letter[keep], value[keep], flag[keep]
        stray_line = stray_line[~text_lines[stray_line]]

    code_len = code_end - np.concatenate(([0], nl[:-1] + 1))  # comments do not count
    long_lines = np.flatnonzero(code_len > MAX_LINE_CHARS) + line0
    return (
        n_lines,
        nl + byte0,
        word_line + np.int32(line0),
        letter,
        value,
        flag,
        cmd_letter,
        cmd_number,
        cmd_word,
        long_lines,
        stray_line + line0,
    )
