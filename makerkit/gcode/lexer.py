"""G-code bytes → words, with numpy, without a Python loop per line.

A G-code line is words (a letter and a number: ``G1``, ``X10.5``), then maybe a checksum
(``*71``) and a comment (``; …`` or ``( … )``). This module finds every word of a file at
once: the bytes are classified through a lookup table, comments are masked with a running
sum, numbers are decoded column by column from a small matrix of their characters (the
integer part and the decimal part separately, then one correctly rounded division), and
each line's command is its first ``G``, ``M`` or ``T`` word. The file is cut into chunks of
a few megabytes at line ends so that memory stays small whatever the file size.

>>> w = lex(b"G1 X10.5 Y-2 ; go\\nM104 S200\\n")
>>> w.n_lines, [chr(c) for c in w.cmd_letter], w.cmd_number.tolist()
(2, ['G', 'M'], [1.0, 104.0])
>>> [(chr(c), float(v)) for c, v in zip(w.letter, w.value)]
[('G', 1.0), ('X', 10.5), ('Y', -2.0), ('M', 104.0), ('S', 200.0)]
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

__all__ = ["Words", "lex", "STRING_COMMANDS", "MAX_LINE_CHARS"]

CHUNK_BYTES = 1 << 21
MAX_LINE_CHARS = 256  # printers read far less (Marlin: 96 characters); longer lines are suspect
_WIDTH = 12  # characters of a number decoded in the matrix; longer ones are decoded one by one

# Byte classes.
_OTHER, _DIGIT, _DOT, _MINUS, _PLUS, _LETTER, _NEWLINE, _SEMI, _STAR, _PAREN, _QUOTE = range(11)
_BRACE = 11
_CLASS = np.zeros(256, np.uint8)
_CLASS[ord("0") : ord("9") + 1] = _DIGIT
_CLASS[ord(".")] = _DOT
_CLASS[ord("-")] = _MINUS
_CLASS[ord("+")] = _PLUS
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
_POW10 = 10 ** np.arange(19, dtype=np.int64)
_POW10F = 10.0 ** np.arange(19)

# Commands whose argument is free text: the words after them are not parameters.
STRING_COMMANDS = frozenset(
    ("M", n) for n in (0, 1, 16, 23, 28, 29, 30, 32, 33, 117, 118, 550, 928)
) | frozenset({("M", 862.3)})

# Flags of a word's value.
VALUE_OK, VALUE_MISSING, VALUE_BAD = 0, 1, 2


@dataclass
class Words:
    """Every word of a G-code file, and each line's command (0-based line indices)."""

    n_lines: int
    line_end: np.ndarray  # byte offset of each line's newline
    line: np.ndarray  # int32, line index of each word
    letter: np.ndarray  # uint8, upper-case letter of each word
    value: np.ndarray  # float64, NaN when missing or bad
    flag: np.ndarray  # uint8, VALUE_OK / VALUE_MISSING / VALUE_BAD
    cmd_letter: np.ndarray  # uint8 per line, 0 when the line has no command
    cmd_number: np.ndarray  # float64 per line, NaN when the line has no command
    cmd_word: np.ndarray  # int64 per line: index of the command word, -1 when none
    long_lines: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    stray_numbers: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    placeholders: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    _is_param: np.ndarray | None = field(default=None, repr=False)

    def _slots(self, lines: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """For each parameter word: its index in ``lines`` (or -1), and which words are parameters."""
        if self._is_param is None:
            is_param = np.ones(len(self.line), bool)
            is_param[self.cmd_word[self.cmd_word >= 0]] = False
            self._is_param = is_param
        slot_of_line = np.full(self.n_lines, -1, np.int64)
        slot_of_line[lines] = np.arange(len(lines))
        slot = slot_of_line[self.line]
        slot[~self._is_param] = -1
        return slot, slot >= 0

    def params(self, letters: str, lines: np.ndarray) -> dict[str, np.ndarray]:
        """``{letter: values}`` for ``lines`` (sorted, unique): NaN where the line lacks it.

        The command word itself is not a parameter.
        """
        out = {c: np.full(len(lines), np.nan) for c in letters}
        if len(lines) == 0:
            return out
        slot, on = self._slots(lines)
        wanted = on & np.isin(self.letter, np.frombuffer(letters.encode(), np.uint8))
        idx = np.flatnonzero(wanted)
        let, sl, val = self.letter[idx], slot[idx], self.value[idx]
        for c in letters:
            sel = let == ord(c)
            out[c][sl[sel]] = val[sel]
        return out

    def present(self, letters: str, lines: np.ndarray) -> np.ndarray:
        """True for the ``lines`` that have any of ``letters`` as a parameter (with or without value)."""
        found = np.zeros(len(lines), bool)
        if len(lines) == 0:
            return found
        slot, on = self._slots(lines)
        sel = on & np.isin(self.letter, np.frombuffer(letters.encode(), np.uint8))
        found[slot[sel]] = True
        return found


def lex(data: bytes) -> Words:
    """Find every word in G-code ``data`` (bytes). Never fails on junk: bad numbers are flagged."""
    if not data.endswith(b"\n"):
        data = data + b"\n"
    buf = np.frombuffer(data, np.uint8)
    parts = []
    start = 0
    first_line = 0
    while start < len(buf):
        stop = min(start + CHUNK_BYTES, len(buf))
        if stop < len(buf):
            nl = data.rfind(b"\n", start, stop)
            stop = nl + 1 if nl >= start else data.find(b"\n", stop) + 1
        part = _lex_chunk(buf[start:stop], start, first_line)
        first_line += part[0]
        parts.append(part)
        start = stop
    return _join(parts)


def _join(parts: list) -> Words:
    n_lines = sum(p[0] for p in parts)
    cat = [np.concatenate([p[i] for p in parts]) for i in range(1, 12)]
    (line_end, line, letter, value, flag, cmd_l, cmd_n, cmd_w, long_l, stray, holes) = cat
    offsets = np.cumsum([0] + [len(p[2]) for p in parts[:-1]])
    # the command word indices are per chunk: shift them to the joined word table
    starts = np.cumsum([0] + [p[0] for p in parts[:-1]])
    for k, p in enumerate(parts):
        seg = slice(starts[k], starts[k] + p[0])
        has = cmd_w[seg] >= 0
        cmd_w[seg][has] += offsets[k]
    return Words(
        n_lines, line_end, line, letter, value, flag, cmd_l, cmd_n, cmd_w, long_l, stray, holes
    )


def _mask_quotes_and_parens(b: np.ndarray, nl: np.ndarray, code_end: np.ndarray):
    """Blank (comments), "strings" and {placeholders}; also the lines with placeholders.

    Rare in G-code: handled line by line, only on the lines that have them.
    """
    marks = np.flatnonzero((b == ord("(")) | (b == ord('"')) | (b == ord("{")))
    if len(marks) == 0:
        return b, []
    b = b.copy()
    placeholders: list[int] = []
    mark_lines = np.unique(np.searchsorted(nl, marks))
    line_start = np.concatenate(([0], nl[:-1] + 1))
    closing = {ord("("): b")", ord('"'): b'"', ord("{"): b"}"}
    for li in mark_lines:
        s, e = int(line_start[li]), int(code_end[li])
        seg = b[s:e].tobytes()
        i = 0
        while True:
            found = [(seg.find(o, i), o) for o in (b"(", b'"', b"{")]
            found = [(j, o) for j, o in found if j >= 0]
            if not found:
                break
            j, o = min(found)
            end = seg.find(closing[o[0]], j + 1)
            end = len(seg) - 1 if end < 0 else end
            b[s + j : s + end + 1] = 32
            if o == b"{":  # a slicer placeholder left unfilled: not G-code
                placeholders.append(int(li))
            i = end + 1
    return b, placeholders


def _lex_chunk(b: np.ndarray, byte0: int, line0: int):
    cls = _CLASS[b]
    is_nl = cls == _NEWLINE
    nl = np.flatnonzero(is_nl)
    n_lines = len(nl)
    # line index of every byte (a newline belongs to the line it ends)
    line_of = np.cumsum(is_nl, dtype=np.int32)
    line_of -= is_nl
    # code ends at the first ';' or '*' of the line
    cut = np.flatnonzero((cls == _SEMI) | (cls == _STAR))
    code_end = nl.copy()
    if len(cut):
        cut_line = line_of[cut]
        first = np.ones(len(cut), bool)
        first[1:] = cut_line[1:] != cut_line[:-1]
        code_end[cut_line[first]] = cut[first]
    placeholders: list[int] = []
    if (cls == _PAREN).any() or (cls == _QUOTE).any() or (cls == _BRACE).any():
        b, placeholders = _mask_quotes_and_parens(b, nl, code_end)
        cls = _CLASS[b]
    is_num = (cls >= _DIGIT) & (cls <= _PLUS)
    is_letter = cls == _LETTER
    if len(cut):
        d = np.zeros(len(b) + 1, np.int8)
        has = code_end < nl
        d[code_end[has]] = 1
        d[nl[has]] = -1
        in_comment = np.cumsum(d[:-1], dtype=np.int8).view(bool)
        is_num &= ~in_comment
        is_letter &= ~in_comment
    letters = np.flatnonzero(is_letter)

    # runs of number characters; run_id counts the runs begun so far
    starts_run = is_num.copy()
    starts_run[1:] &= ~is_num[:-1]
    ends_run = is_num.copy()
    ends_run[:-1] &= ~is_num[1:]
    run_start = np.flatnonzero(starts_run)
    run_end = np.flatnonzero(ends_run) + 1

    # each letter takes the run right after it
    after = letters + 1
    has_value = is_num[after]
    value = np.full(len(letters), np.nan)
    flag = np.full(len(letters), VALUE_MISSING, np.uint8)
    owned = np.zeros(len(run_start), bool)
    if has_value.any():
        run_id = np.cumsum(starts_run, dtype=np.int32)
        k = run_id[after[has_value]] - 1
        v, ok = _decode(b, run_start[k], run_end[k])
        value[has_value] = v
        flag[has_value] = np.where(ok, VALUE_OK, VALUE_BAD)
        owned[k] = True
    stray = run_start[~owned]

    word_line = line_of[letters]
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

    # free-text commands (M117 Hello): drop the words after the command
    m_lines = np.flatnonzero(cmd_letter == 77)
    text_lines = np.zeros(n_lines, bool)
    if len(m_lines):
        nums = cmd_number[m_lines]
        text_lines[m_lines[np.isin(nums, [n for _, n in STRING_COMMANDS])]] = True
    if text_lines.any():
        keep = ~text_lines[word_line]
        keep[cmd_word[text_lines]] = True
        remap = np.cumsum(keep) - 1
        has_cmd = cmd_word >= 0
        cmd_word[has_cmd] = remap[cmd_word[has_cmd]]
        word_line, letter, value, flag = word_line[keep], letter[keep], value[keep], flag[keep]
        stray = stray[~text_lines[line_of[stray]]]

    code_len = code_end - np.concatenate(([0], nl[:-1] + 1))  # comments do not count
    long_lines = np.flatnonzero(code_len > MAX_LINE_CHARS) + line0
    stray_lines = line_of[stray] + line0
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
        stray_lines,
        np.asarray(placeholders, np.int64) + line0,
    )


def _decode(b: np.ndarray, start: np.ndarray, end: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Decimal numbers from byte runs ``b[start:end]``: values and whether each is valid.

    Runs are taken by length, so that each group is a full matrix of characters; digits
    are gathered into an exact integer (Horner's rule, one column at a time), then divided
    once by the power of ten of the decimal places: the same value as ``float(text)``.
    """
    n = len(start)
    length = end - start
    value = np.full(n, np.nan)
    ok = np.zeros(n, bool)
    short = length <= _WIDTH
    for width in range(1, _WIDTH + 1):
        sel = np.flatnonzero(short & (length == width)) if n else np.zeros(0, np.int64)
        if len(sel) == 0:
            continue
        s = start[sel]
        mant = np.zeros(len(sel), np.int64)
        n_digits = np.zeros(len(sel), np.int16)
        dot_at = np.full(len(sel), -1, np.int16)
        n_dots = np.zeros(len(sel), np.int16)
        bad = np.zeros(len(sel), bool)
        first = b[s]
        for j in range(width):
            c = b[s + j] if j else first
            d = c - np.uint8(48)
            is_digit = d < 10
            mant = np.where(is_digit, mant * 10 + d, mant)
            n_digits += is_digit
            is_dot = c == 46
            if is_dot.any():
                n_dots += is_dot
                dot_at[is_dot] = j
            if j:
                bad |= (c == 45) | (c == 43)
        good = ~bad & (n_dots <= 1) & (n_digits > 0)
        frac = np.where(dot_at >= 0, width - 1 - dot_at, 0)
        v = mant / _POW10F[frac]
        value[sel] = np.where(first == 45, -v, v)
        ok[sel] = good
    value[~ok] = np.nan
    for i in np.flatnonzero(~short):  # rare: long numbers, decoded by Python
        text = bytes(b[start[i] : end[i]])
        try:
            v = float(text)
        except ValueError:
            continue
        if np.isfinite(v):
            value[i], ok[i] = v, True
    return value, ok
