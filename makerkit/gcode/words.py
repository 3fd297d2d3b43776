"""The words of a G-code file as columns: each word's line, letter and value, each line's
command, and the questions the reader asks of them.

>>> from makerkit.gcode.lexer import lex
>>> w = lex(b"G1 X10.5 Y-2\\nM104 S200\\n")
>>> w.params("XS", np.array([0, 1]))
{'X': array([10.5,  nan]), 'S': array([ nan, 200.])}
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

__all__ = ["Words", "STRING_COMMANDS", "MAX_LINE_CHARS", "EXTENDED", "one_of"]
__all__ += ["VALUE_OK", "VALUE_MISSING", "VALUE_BAD"]

MAX_LINE_CHARS = 256  # printers read far less (Marlin: 96 characters); longer lines are suspect

# Commands whose argument is free text: the words after them are not parameters.
STRING_COMMANDS = frozenset(
    ("M", n) for n in (0, 1, 16, 23, 28, 29, 30, 32, 33, 117, 118, 550, 928)
) | frozenset({("M", 862.3)})

# The command "letter" of a line holding an extended command (a name such as START_PRINT).
EXTENDED = 1

# Flags of a word's value.
VALUE_OK, VALUE_MISSING, VALUE_BAD = 0, 1, 2
_G, _M, _T = ord("G"), ord("M"), ord("T")


def one_of(values: np.ndarray, choices) -> np.ndarray:
    """Whether each of ``values`` is one of a few ``choices``: ``np.isin`` with one
    comparison per choice (isin's own set-up costs more than the work on a part's columns).

    >>> one_of(np.array([0.0, 2.0, 28.0, np.nan]), (0.0, 1.0, 2.0, 3.0)).tolist()
    [True, True, False, False]
    """
    out = np.zeros(np.shape(values), bool)
    for choice in choices:
        out |= values == choice
    return out


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
    _extra: np.ndarray | None = field(default=None, repr=False)

    @property
    def extra_commands(self) -> np.ndarray:
        """The G, M and T words that are not their line's command (``G90`` in ``G21 G90``,
        ``T0`` in ``M104 S200 T0``): their indices, few in most files.

        >>> from makerkit.gcode.lexer import lex
        >>> lex(b"G21 G90\\nM104 S200 T0\\nG1 X1\\n").extra_commands.tolist()
        [1, 4]
        """
        if self._extra is None:
            idx = np.flatnonzero((self.letter == _G) | (self.letter == _M) | (self.letter == _T))
            is_cmd = np.zeros(len(self.letter), bool)
            is_cmd[self.cmd_word[self.cmd_word >= 0]] = True
            self._extra = idx[~is_cmd[idx]]
        return self._extra

    def spans(self, lines: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Where the words of each of ``lines`` (sorted) start, and how many there are
        (words are sorted by line). Looked up in the line column's own integer type: numpy
        would otherwise convert the whole column first.

        >>> from makerkit.gcode.lexer import lex
        >>> [a.tolist() for a in lex(b"G1 X1\\n;\\nM104 S2\\n").spans(np.array([0, 1, 2]))]
        [[0, 2, 2], [2, 0, 2]]
        """
        keys = np.asarray(lines).astype(self.line.dtype, copy=False)
        first = np.searchsorted(self.line, keys, side="left")
        return first, np.searchsorted(self.line, keys, side="right") - first

    def command_words(self, letters: str = "GM") -> np.ndarray:
        """The indices of every word of ``letters`` (some of G, M and T), in file order:
        the lines' commands and the others beside them."""
        codes = np.frombuffer(letters.encode(), np.uint8)
        if len(codes) == 1:
            lines = np.flatnonzero(self.cmd_letter == codes[0])
        else:
            lines = np.flatnonzero(one_of(self.cmd_letter, codes))
        words = self.cmd_word[lines]
        extra = self.extra_commands
        extra = extra[one_of(self.letter[extra], codes)]
        if len(extra):
            words = np.sort(np.concatenate((words, extra)))
        return words

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
            first, count = self.spans(lines)
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

    def line_words(self, letters: str) -> dict[str, np.ndarray]:
        """``{letter: index of its word on each line}`` (-1 where the line has none, or
        where its last one has no number) for letters that are never a command (not G, M
        or T).

        Word indices grow with the lines, so the last word given up to each line is a
        running maximum of its column.

        >>> from makerkit.gcode.lexer import lex
        >>> w = lex(b"G1 X1 E2\\nM104 S200\\nG1 X3\\nG1 X4 X\\n")
        >>> w.line_words("XE")["X"].tolist(), w.value[[1, 6]].tolist()
        ([1, -1, 6, -1], [1.0, 3.0])
        """
        n = self.n_lines
        column = np.full(256, 255, np.uint8)
        column[np.frombuffer(letters.encode(), np.uint8)] = np.arange(len(letters), dtype=np.uint8)
        # a table look-up of each byte: bytes.translate is twice as quick as numpy's take
        col = np.frombuffer(self.letter.tobytes().translate(column.tobytes()), np.uint8)
        sel = np.flatnonzero(col != 255)
        index_type = np.int32 if len(self.letter) < 2**31 and len(letters) * n < 2**31 else np.int64
        flat = col[sel].astype(index_type)
        flat *= n
        flat += self.line[sel]
        table = np.full(len(letters) * n, -1, index_type)
        table[flat] = sel
        if np.count_nonzero(self.flag):  # words without a number given (rare): none
            bad = self.flag[sel] != VALUE_OK
            at, word = flat[bad], sel[bad]
            table[at[table[at] == word]] = -1
        return {c: table[k * n : (k + 1) * n] for k, c in enumerate(letters)}

    def of_letter(self, letter: str) -> tuple[np.ndarray, np.ndarray]:
        """``(lines, values)`` of every word of this letter (``"G"``: every G word, not only
        the first of a line), in file order; worked out once per letter."""
        cache = self.__dict__.setdefault("_by_letter", {})
        if letter not in cache:
            if letter in "GMT":  # from the lines' commands: no pass over every word
                sel = self.command_words(letter)
            else:
                sel = np.flatnonzero(self.letter == ord(letter))
            cache[letter] = (self.line[sel].astype(np.int64), self.value[sel])
        return cache[letter]

    def lines_with(self, letter: str, numbers) -> np.ndarray:
        """The lines (sorted, each once) with a ``letter`` word whose number is one of these.

        >>> from makerkit.gcode.lexer import lex
        >>> lex(b"G21 G90\\nG1 X1\\nG90\\n").lines_with("G", [90]).tolist()
        [0, 2]
        """
        lines, values = self.of_letter(letter)
        hit = lines[one_of(values, np.asarray(numbers, float))]
        if len(hit) < 2:
            return hit
        return hit[np.concatenate(([True], hit[1:] != hit[:-1]))]

    def params(self, letters: str, lines: np.ndarray) -> dict[str, np.ndarray]:
        """``{letter: values}`` for ``lines`` (sorted, unique): NaN where the line lacks it."""
        return self.take(letters, lines)[0]
