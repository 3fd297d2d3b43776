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

import re
from dataclasses import dataclass, field

import numpy as np

__all__ = ["Words", "lex", "STRING_COMMANDS", "MAX_LINE_CHARS", "EXTENDED"]

CHUNK_BYTES = 1 << 20
MAX_LINE_CHARS = 256  # printers read far less (Marlin: 96 characters); longer lines are suspect
_WIDTH = 12  # characters of a number decoded in the matrix; longer ones are decoded one by one

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
_POW10 = 10 ** np.arange(19, dtype=np.int64)
_POW10F = 10.0 ** np.arange(19)

# Commands whose argument is free text: the words after them are not parameters.
STRING_COMMANDS = frozenset(
    ("M", n) for n in (0, 1, 16, 23, 28, 29, 30, 32, 33, 117, 118, 550, 928)
) | frozenset({("M", 862.3)})

# The command "letter" of a line holding an extended command (a name such as START_PRINT).
EXTENDED = 1

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

    def take(
        self, letters: str, lines: np.ndarray
    ) -> tuple[dict[str, np.ndarray], dict[str, np.ndarray]]:
        """Values (NaN when absent) and presence (with or without a value) of ``letters``
        as parameters of ``lines`` (sorted, unique). The command word is not a parameter.
        """
        if len(lines) == 0 or len(self.line) == 0:
            values = {c: np.full(len(lines), np.nan) for c in letters}
            return values, {c: np.zeros(len(lines), bool) for c in letters}
        letters = "".join(dict.fromkeys(letters))
        if self._is_param is None:
            is_param = np.ones(len(self.line), bool)
            is_param[self.cmd_word[self.cmd_word >= 0]] = False
            self._is_param = is_param
        wanted = np.zeros(256, bool)
        wanted[np.frombuffer(letters.encode(), np.uint8)] = True
        if len(lines) * 8 > self.n_lines:  # most lines: one pass over every word
            idx = np.flatnonzero(wanted[self.letter] & self._is_param)
            slot_of_line = np.full(self.n_lines, -1, np.int64)
            slot_of_line[lines] = np.arange(len(lines))
            slot = slot_of_line[self.line[idx]]
            keep = slot >= 0
            idx, slot = idx[keep], slot[keep]
        else:  # a few lines: only their words (words are sorted by line)
            first = np.searchsorted(self.line, lines, side="left")
            count = np.searchsorted(self.line, lines, side="right") - first
            slot = np.repeat(np.arange(len(lines)), count)
            idx = np.repeat(first - (np.cumsum(count) - count), count) + np.arange(int(count.sum()))
            keep = wanted[self.letter[idx]] & self._is_param[idx]
            idx, slot = idx[keep], slot[keep]
        # one table, a column per letter found: a single scatter fills them all at once
        word_letter = self.letter[idx]
        counts = np.bincount(word_letter, minlength=256)
        found = [c for c in letters if counts[ord(c)]]
        column = np.full(256, -1, np.int64)
        column[np.frombuffer("".join(found).encode(), np.uint8)] = np.arange(len(found))
        n = len(lines)
        flat = column[word_letter] * n + slot
        table = np.empty(len(found) * n)
        table.fill(np.nan)
        table[flat] = self.value[idx]
        seen = np.zeros(len(found) * n, bool)
        seen[flat] = True
        values: dict[str, np.ndarray] = {}
        present: dict[str, np.ndarray] = {}
        for c in letters:
            if c in found:
                k = found.index(c)
                values[c] = table[k * n : (k + 1) * n]
                present[c] = seen[k * n : (k + 1) * n]
            else:
                values[c] = np.full(n, np.nan)
                present[c] = np.zeros(n, bool)
        return values, present

    def of_letter(self, letter: str) -> tuple[np.ndarray, np.ndarray]:
        """``(lines, values)`` of every word of this letter (``"G"``: every G word, not only
        the first of a line), in file order; worked out once per letter."""
        cache = self.__dict__.setdefault("_by_letter", {})
        if letter not in cache:
            sel = np.flatnonzero(self.letter == ord(letter))
            cache[letter] = (self.line[sel].astype(np.int64), self.value[sel])
        return cache[letter]

    def lines_with(self, letter: str, numbers) -> np.ndarray:
        """The lines (sorted, each once) with a ``letter`` word whose number is one of these.

        >>> lex(b"G21 G90\\nG1 X1\\nG90\\n").lines_with("G", [90]).tolist()
        [0, 2]
        """
        lines, values = self.of_letter(letter)
        hit = lines[np.isin(values, np.asarray(numbers, float))]
        if len(hit) < 2:
            return hit
        return hit[np.concatenate(([True], hit[1:] != hit[:-1]))]

    def params(self, letters: str, lines: np.ndarray) -> dict[str, np.ndarray]:
        """``{letter: values}`` for ``lines`` (sorted, unique): NaN where the line lacks it."""
        return self.take(letters, lines)[0]


def lex(data: bytes) -> Words:
    """Find every word in G-code ``data`` (bytes). Never fails on junk: bad numbers are flagged.

    Time and memory grow in proportion to the file, whatever it holds (a line full of
    ``(``, a line of a million characters).
    """
    if not data.endswith(b"\n"):
        data = data + b"\n"
    data, placeholders = _mask_specials(data)
    buf = np.frombuffer(data, np.uint8)
    parts = []
    first_line = 0
    for start, stop in _chunks(data):
        part = _lex_chunk(buf[start:stop], start, first_line)
        first_line += part[0]
        parts.append(part)
    words = _join(parts)
    words.placeholders = np.asarray(placeholders, np.int64)
    return words


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
    if len(parts) == 1:  # one part (the reader hands over parts of this size): no copies
        return Words(*parts[0])
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
    return Words(n_lines, line_end, line, letter, value, flag, cmd_l, cmd_n, cmd_w, long_l, stray)


def _lex_chunk(b: np.ndarray, byte0: int, line0: int):
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
        value, ok = _decode(b, start, end)
        flag = np.where(ok, VALUE_OK, VALUE_BAD).astype(np.uint8)
    else:
        value = np.full(len(li), np.nan)
        flag = np.full(len(li), VALUE_MISSING, np.uint8)
    if not has_value.all() and has_value.any():
        v, ok = _decode(b, start[has_value], end[has_value])
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
    key = np.where(short, length, 0).astype(np.uint8)
    order = np.argsort(key, kind="stable")  # a radix sort: one pass
    bounds = np.searchsorted(key[order], np.arange(_WIDTH + 2))
    for width in range(1, _WIDTH + 1):
        sel = order[bounds[width] : bounds[width + 1]]
        if len(sel) == 0:
            continue
        s = start[sel]
        first = b[s]
        mant = np.zeros(len(sel), np.int64)
        n_digits = np.zeros(len(sel), np.int16)
        dot_at = np.full(len(sel), -1, np.int16)
        n_dots = np.zeros(len(sel), np.int16)
        bad = np.zeros(len(sel), bool)
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
            sign = (c == 45) | (c == 43)
            other = ~is_digit & ~is_dot & ~sign
            bad |= other | (sign if j else False)
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
