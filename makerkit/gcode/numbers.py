"""Decimal numbers of G-code words, decoded for a whole file at once with numpy.

Two decoders give the same values (those of ``float(text)``, correctly rounded) and agree
on which texts are numbers (an optional sign first, digits, at most one dot):

* :func:`decode_plain`, for the words of well-formed lines (made only of the characters
  of numbers): each number is read as one or two 64-bit integers of eight characters
  (each from the two aligned words it straddles) and turned into digits eight at a time
  with three multiplications (the "SWAR" method of fast_float and simdjson), so that the
  work per number is a few dozen operations on whole columns, whatever its length.
* :func:`decode_any`, for anything else: numbers grouped by length, decoded column by
  column from a small matrix of their characters; long ones by Python.

>>> b = np.frombuffer(b"X10.5 Y-2 E.03521 Z-.2 A1.2.3 F3621.63662\\n", np.uint8)
>>> start, end = np.array([1, 7, 11, 19, 24, 31]), np.array([5, 9, 17, 22, 29, 41])
>>> value, ok = decode_any(b, start, end)
>>> value.tolist(), ok.tolist()
([10.5, -2.0, 0.03521, -0.2, nan, 3621.63662], [True, True, True, True, False, True])
>>> padded = np.frombuffer(bytes(PAD) + b.tobytes() + bytes(PAD), np.uint8)
>>> v2, ok2 = decode_plain(padded, start + PAD, end + PAD)
>>> np.array_equal(value, v2, equal_nan=True), ok2.tolist() == ok.tolist()
(True, True)
"""

from __future__ import annotations

import numpy as np

__all__ = ["decode_any", "decode_plain", "PAD"]

PAD = 16  # bytes that must precede the first number and follow the last for decode_plain
_WIDTH = 12  # characters of a number decoded in decode_any's matrix; longer: by Python
_POW10F = 10.0 ** np.arange(23)

_U = np.uint64
_ONES = _U(0xFFFFFFFFFFFFFFFF)
_X30 = _U(0x3030303030303030)  # "0" in every byte: digits become 0-9
_X10 = _U(0x1010101010101010)
_X01 = _U(0x0101010101010101)
_XFF = _U(0xFF)


def decode_any(b: np.ndarray, start: np.ndarray, end: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
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


def decode_plain(
    b: np.ndarray, start: np.ndarray, end: np.ndarray, sign_count: int | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """Like :func:`decode_any`, for runs made only of digits, dots and signs, with at least
    :data:`PAD` bytes of ``b`` (C-contiguous bytes) before the first and after the last.
    ``sign_count``, the signs in all the runs if known: when each is a run's first
    character (the usual), no run is searched for a sign further on.

    Every number's last eight characters are decoded together; those of 9 to 15 characters
    then add the eight before (their digits as one exact integer, divided once). Work on a
    few ten thousand numbers at a time (a lexer's chunk): the columns then stay in the
    processor's cache. Operations are done in place where they can: the time of a
    whole-column operation is mostly that of finding memory for its result."""
    sign = b[start]
    neg = sign == 45
    signed = neg | (sign == 43)  # set aside; another sign further on is not a digit
    length = end - start
    length -= signed
    skip = -b.ctypes.data % 8  # the bytes as aligned 64-bit words
    words = b[skip : skip + (len(b) - skip) // 8 * 8].view(np.uint64)
    inner_signs = sign_count is None or sign_count != np.count_nonzero(signed)
    x, bad, marks, exp = _digits(_load(words, end - (8 + skip)), length, inner_signs)
    bad |= length <= marks  # no digit at all
    mant = _to_int(x)
    longer = np.flatnonzero(length > 8)
    long = longer[:0]
    if len(longer):
        mid = longer[length[longer] <= 15]
        if len(mid):
            high_at = end[mid] - (16 + skip)
            _add_high_digits(words, mid, length[mid] - 8, high_at, mant, exp, bad, marks)
        long = longer[length[longer] > 15]  # 16 digits and more: beyond one exact division
    value = mant.astype(np.float64)
    value /= np.take(_POW10F, exp)
    value[bad] = np.nan
    ok = np.logical_not(bad, out=bad)
    if len(long):
        value[long], ok[long] = decode_any(b, start[long], end[long])
        neg[long] = False  # decode_any has read the sign
    np.negative(value, out=value, where=neg & ok)
    return value, ok


# the bytes of a run of n characters in the 8 that end it: a mask per n (0 to 8)
_RUN_MASK = np.array([0] + [(1 << 64) - (1 << (8 * (8 - n))) for n in range(1, 9)], np.uint64)


def _load(words: np.ndarray, at: np.ndarray) -> np.ndarray:
    """The 8 bytes from each offset ``at`` of the aligned 64-bit ``words`` as little-endian
    integers ("0"-based bytes): the end of one word and the start of the next, shifted
    together (two gathers from an aligned column: numpy's take of unaligned 8-byte
    items would first copy the whole column of overlapping items)."""
    word = at >> 3
    shift = at.view(np.uint64) & _U(7)
    shift <<= _U(3)
    x = np.take(words, word)
    x >>= shift
    np.subtract(_U(64), shift, out=shift)  # 64: shifts out every bit
    after = np.take(words[1:], word)
    after <<= shift
    x |= after
    x ^= _X30
    return x


def _digits(x: np.ndarray, length: np.ndarray, signs: bool = True):
    """Up to eight characters of a number (``x``: the bytes ^ "0", the first character in
    the lowest byte, the ``length`` last ones kept), in place: the digits without the dot,
    the bytes above it moved down one byte (so that the value is the digits followed by
    one 0). Returns ``x``, whether it is not a number, the count of characters that are
    not digits, and the number of decimals plus one (0 without a dot).

    The characters are digits, dots and signs only: ^ "0" makes digits 0-9, a dot 0x1E and
    signs 0x1D and 0x1B, so bit 4 marks what is not a digit and bit 0 tells a sign."""
    x &= np.take(_RUN_MASK, length, mode="clip")
    mark = x & _X10
    marks = np.bitwise_count(mark)
    not_number = marks > 1
    if signs:  # (``signs`` False: the caller knows there is none)
        sign = x >> _U(4)
        sign &= x
        sign &= _X01
        not_number |= sign != 0
    unit = np.right_shift(mark, _U(4), out=mark)  # 1 in the dot's byte
    above = unit * _XFF
    below = np.subtract(unit, _U(1), out=unit)  # the bytes before the dot (all: no dot)
    above |= below
    np.invert(above, out=above)  # the bytes after the dot
    above &= x
    above >>= _U(8)
    x &= below
    x |= above
    np.invert(below, out=below)
    decimals = np.bitwise_count(below)
    decimals >>= np.uint8(3)
    return x, not_number, marks, decimals


def _to_int(x: np.ndarray) -> np.ndarray:
    """The number written by eight digits (0-9 in each byte, the first in the lowest), in place."""
    x *= _U(2561)
    x >>= _U(8)
    x &= _U(0x00FF00FF00FF00FF)
    x *= _U(6553601)
    x >>= _U(16)
    x &= _U(0x0000FFFF0000FFFF)
    x *= _U(42949672960001)
    x >>= _U(32)
    return x


def _add_high_digits(words, sel, high_length, high_at, mant, exp, bad, marks) -> None:
    """Numbers ``sel`` of 9 to 15 characters (``mant``, ``exp``, ``bad`` and ``marks`` of
    their last eight, changed in place): their first ``high_length`` characters, at the
    end of the eight bytes from ``high_at`` (of ``words``), put before. At most 15 digits, so that the
    integer stays exact."""
    x = _load(words, high_at)
    x &= np.take(_RUN_MASK, high_length, mode="clip")
    if not (x & _X10).any():  # only digits there (the usual): no dot nor sign to look at
        high = _to_int(x)
        high *= _U(100_000_000)
        high += mant[sel]
        mant[sel] = high
        return
    x, high_bad, high_marks, high_exp = _digits(x, high_length)
    high = _to_int(x)
    in_high = high_marks != 0
    low_marks = marks[sel]
    high_bad |= bad[sel]
    high_bad |= in_high & (low_marks != 0)  # a dot in each half
    bad[sel] = high_bad
    # a dot in the high half: its digits end with the 0 of the moved dot, one place less
    high *= np.where(in_high, _U(10_000_000), _U(100_000_000))
    high += mant[sel]
    mant[sel] = high
    exp[sel] = np.where(in_high, high_exp + np.uint8(7), exp[sel])
