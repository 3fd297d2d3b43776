"""A learner's mistake in one short explanation: what happened, on which line, the likely fix.

:func:`explain` turns an exception raised by a notebook cell into an :class:`Explanation`
in the notebook's language and voice. It finds the line of the learner's own cell (never
a line inside makerkit or another library) and asks a list of small rules, in order, for
what to say: the first rule that knows the case answers.

friendly-traceback (https://friendly-traceback.github.io) analyses the error: the name or
attribute the learner probably meant, what is wrong in a line Python cannot read. Its
sentences are for adults who program (« chaîne de caractères », « concaténer », always
« vous »), so makerkit says the common cases in its own short words, in both voices, and
takes friendly-traceback's suggestion for the rest, turned into « tu » when the workshop
says « tu » (a suggestion that cannot be turned is left out rather than shown in the
wrong voice).

>>> import linecache
>>> from makerkit.i18n import language
>>> linecache.cache["<cell>"] = (12, None, ["prenom = Léa"], "<cell>")
>>> with language("fr", address="tu"):
...     try:
...         exec(compile("prenom = Léa", "<cell>", "exec"), {})
...     except NameError as error:
...         print(explain(error, cell_files={"<cell>"}).text())
⚠ Ligne 1 : prenom = Léa
Python ne connaît pas « Léa ».
→ Les mots s'écrivent entre guillemets : "Léa"
"""

from __future__ import annotations

import ast
import builtins
import difflib
import linecache
import re
import traceback
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from types import FrameType, TracebackType
from typing import Any

from makerkit.errors import CheckFailed, MakerkitError
from makerkit.i18n import current_language, current_voice, t

__all__ = ["Explanation", "explain", "RULES"]

_NUMBER_WITH_COMMA = re.compile(r"(?<![\w.])(\d+),(\d+)(?![\w.])")


@dataclass(frozen=True)
class Explanation:
    """What a learner reads about an error: the ``line`` of their cell and its ``code``,
    ``what`` happened and the likely ``fix``; ``kind`` is ``error`` or ``hint`` (a check)."""

    ename: str
    what: str
    fix: str | None = None
    line: int | None = None
    code: str = ""
    kind: str = "error"

    def lines(self) -> list[str]:
        """The explanation as a few short lines of text."""
        out = []
        if self.line is not None:
            code = (self.code.strip().splitlines() or [""])[0]
            code = code if len(code) <= 80 else code[:79] + "…"
            out.append("⚠ " + t("notebook.error.line", line=self.line, code=code))
            out.append(self.what)
        else:
            out.append(("💡 " if self.kind == "hint" else "⚠ ") + self.what)
        if self.fix:
            out.append("→ " + self.fix)
        return out

    def text(self) -> str:
        """The explanation as one text."""
        return "\n".join(self.lines())


@dataclass
class _Case:
    """What the rules know about one error."""

    error: BaseException
    line: int | None
    code: str
    frame: FrameType | None
    in_library: bool
    _friendly: dict | None = field(default=None, repr=False)

    @property
    def message(self) -> str:
        return str(getattr(self.error, "msg", None) or self.error)

    def friendly(self) -> dict:
        """friendly-traceback's analysis of the error (its ``cause`` and ``suggest``)."""
        if self._friendly is None:
            self._friendly = _friendly_info(self.error)
        return self._friendly

    def suggestion(self) -> str | None:
        """friendly-traceback's one-line suggestion, in the notebook's voice, or ``None``."""
        return _in_voice(self.friendly().get("suggest"))

    def cell(self) -> str:
        """The whole cell (or file) the error happened in, as far as Python kept it."""
        if self.frame is None:
            return self.code
        return "".join(linecache.getlines(self.frame.f_code.co_filename)) or self.code

    def names(self) -> dict[str, Any]:
        """The names the learner's code could see where it stopped."""
        if self.frame is None:
            return {}
        return {**vars(__import__("builtins")), **self.frame.f_globals, **self.frame.f_locals}


Rule = Callable[[_Case], "tuple[str, str | None] | None"]
RULES: list[tuple[tuple[type[BaseException], ...], Rule]] = []


def _rule(*types: type[BaseException]) -> Callable[[Rule], Rule]:
    def register(fn: Rule) -> Rule:
        RULES.append((types, fn))
        return fn

    return register


def explain(
    error: BaseException,
    tb: TracebackType | None = None,
    cell_files: Iterable[str] = (),
) -> Explanation:
    """The explanation of ``error`` raised by a notebook cell.

    ``cell_files``: the file names Python gave the notebook's cells (IPython's), to tell
    the learner's lines from a library's.
    """
    case = _case(error, tb if tb is not None else error.__traceback__, set(cell_files))
    if isinstance(error, CheckFailed):
        return Explanation(type(error).__name__, str(error), kind="hint")
    for types, rule in RULES:
        if isinstance(error, types):
            found = rule(case)
            if found:
                what, fix = found
                return Explanation(type(error).__name__, what, fix, case.line, case.code)
    what = t("notebook.error.other", error=type(error).__name__)
    return Explanation(type(error).__name__, what, case.suggestion(), case.line, case.code)


def _case(error: BaseException, tb: TracebackType | None, cells: set[str]) -> _Case:
    if isinstance(error, SyntaxError):
        code = error.text or linecache.getline(error.filename or "", error.lineno or 0)
        return _Case(error, error.lineno, code.rstrip("\n"), None, False)
    mine, last = None, None
    for frame, lineno in traceback.walk_tb(tb):
        last = frame
        if frame.f_code.co_filename in cells or _looks_like_cell(frame.f_code.co_filename):
            mine = (frame, lineno)
    if mine is None:
        return _Case(error, None, "", last, True)
    frame, lineno = mine
    code = linecache.getline(frame.f_code.co_filename, lineno).rstrip("\n")
    return _Case(error, lineno, code, frame, last is not frame)


def _looks_like_cell(filename: str) -> bool:
    return filename.startswith("<ipython-input-") or "/ipykernel_" in filename


# ---------------------------------------------------------------- friendly-traceback


def _friendly_info(error: BaseException) -> dict:
    try:
        import friendly_traceback
        from friendly_traceback.core import FriendlyTraceback

        friendly_traceback.set_lang(current_language())
        analysis = FriendlyTraceback(type(error), error, error.__traceback__)
        analysis.compile_info()
        return dict(analysis.info)
    except Exception:  # an analysis that fails must not hide the learner's error
        return {}


# friendly-traceback's French says « vous »; these turn its suggestions into « tu ».
_TU = [
    (r"\bAvez-vous\b", "As-tu"),
    (r"\bavez-vous\b", "as-tu"),
    (r"\bVouliez-vous\b", "Voulais-tu"),
    (r"\bvouliez-vous\b", "voulais-tu"),
    (r"\bVoulez-vous\b", "Veux-tu"),
    (r"\bvoulez-vous\b", "veux-tu"),
    (r"\bpouvez-vous\b", "peux-tu"),
    (r"\bUtilisez-vous\b", "Utilises-tu"),
    (r"\bpensiez-vous\b", "pensais-tu"),
    (r"\bdevriez-vous\b", "devrais-tu"),
    (r"\b([Vv])ous avez\b", lambda m: ("T" if m[1] == "V" else "t") + "u as"),
    (r"\b([Vv])ous aviez\b", lambda m: ("T" if m[1] == "V" else "t") + "u avais"),
    (r"\b([Vv])ous êtes\b", lambda m: ("T" if m[1] == "V" else "t") + "u es"),
    (r"\b([Vv])ous pouvez\b", lambda m: ("T" if m[1] == "V" else "t") + "u peux"),
    (r"\b([Vv])ous devez\b", lambda m: ("T" if m[1] == "V" else "t") + "u dois"),
    (r"\b([Vv])ous voulez\b", lambda m: ("T" if m[1] == "V" else "t") + "u veux"),
    (r"\b([Vv])ous essayez\b", lambda m: ("T" if m[1] == "V" else "t") + "u essaies"),
    (r"\b([Vv])ous utilisez\b", lambda m: ("T" if m[1] == "V" else "t") + "u utilises"),
    (
        r"\b([Vv])otre (code|programme|nom)\b",
        lambda m: ("T" if m[1] == "V" else "t") + "on " + m[2],
    ),
    (
        r"\b([Vv])otre (fonction|ligne|variable|liste)\b",
        lambda m: ("T" if m[1] == "V" else "t") + "a " + m[2],
    ),
]
_STILL_VOUS = re.compile(r"\b(vous|votre|vos)\b", re.IGNORECASE)


def _in_voice(text: str | None) -> str | None:
    """friendly-traceback's ``text`` in the notebook's voice, on one line, or ``None``."""
    if not text or "Friendly" in text:
        return None
    text = " ".join(text.split())
    if current_language() == "fr" and current_voice().address == "tu":
        for pattern, replacement in _TU:
            text = re.sub(pattern, replacement, text)
        if _STILL_VOUS.search(text):
            return None
    return text


def _similar(word: str, candidates: Iterable[str]) -> str | None:
    names = [c for c in candidates if isinstance(c, str) and not c.startswith("_")]
    for name in names:
        if name.lower() == word.lower() and name != word:
            return name
    found = difflib.get_close_matches(word, names, n=1, cutoff=0.75)
    return found[0] if found else None


def _did_you_mean(name: str) -> str:
    return t("notebook.error.did_you_mean", name=name)


def _decimal_comma(case: _Case) -> tuple[str, str] | None:
    """``1,5`` where Python wants ``1.5`` (French writes a decimal comma, Python a point)."""
    found = _NUMBER_WITH_COMMA.search(_without_strings(case.code))
    if not found:
        return None
    return (
        t("notebook.error.comma_what", number=found[0]),
        t("notebook.error.comma_fix", good=f"{found[1]}.{found[2]}"),
    )


def _without_strings(code: str) -> str:
    return re.sub(r"(\"[^\"]*\"|'[^']*')", '""', code)


# ---------------------------------------------------------------- the rules, in order


@_rule(MakerkitError)
def _makerkit_error(case: _Case) -> tuple[str, str | None]:
    return str(case.error), None


@_rule(SyntaxError)
def _comma_in_a_call(case: _Case):
    if "positional argument follows keyword argument" in case.message:
        return _decimal_comma(case)
    return None


@_rule(SyntaxError)
def _quotes(case: _Case):
    message = case.message
    if "unterminated string" in message or "EOL while scanning" in message:
        word = re.split(r"[\"']", case.code, maxsplit=1)[-1].strip() or "Léa"
        return t("notebook.error.quote_missing"), t("notebook.error.words_in_quotes", word=word)
    found = re.search(r"invalid character '(.)'", message)
    if found and found[1] in "«»“”„‘’":
        return (
            t("notebook.error.wrong_quote", sign=found[1]),
            t("notebook.error.straight_quotes"),
        )
    return None


@_rule(SyntaxError)
def _brackets(case: _Case):
    message = case.message
    found = re.search(r"'(.)' was never closed", message)
    if "incomplete input" in message:  # IPython compiles cells allowing incomplete input
        found = _unclosed(linecache.getlines(case.error.filename or ""))
    if found:
        closing = {"(": ")", "[": "]", "{": "}"}.get(found[1], ")")
        return (
            t("notebook.error.never_closed", sign=found[1]),
            t("notebook.error.close_it", sign=closing),
        )
    found = re.search(r"unmatched '(.)'", message)
    if found:
        return t("notebook.error.unmatched", sign=found[1]), t("notebook.error.remove_it")
    found = re.search(
        r"closing parenthesis '(.)' does not match opening parenthesis '(.)'", message
    )
    if found:
        return t("notebook.error.mismatch", close=found[1], open=found[2]), None
    return None


def _unclosed(lines: list[str]) -> tuple[str, str] | None:
    """The first bracket of ``lines`` never closed, as ``(sign, sign)`` (read like a match)."""
    stack: list[str] = []
    for line in lines:
        for sign in _without_strings(line.split("#")[0]):
            if sign in "([{":
                stack.append(sign)
            elif sign in ")]}" and stack:
                stack.pop()
    return (stack[0], stack[0]) if stack else None


@_rule(IndentationError)
def _indentation(case: _Case):
    message = case.message
    if "expected an indented block" in message:
        return t("notebook.error.indent_expected"), t("notebook.error.indent_fix")
    if "unexpected indent" in message:
        return t("notebook.error.indent_unexpected"), t("notebook.error.unindent_fix")
    if "unindent does not match" in message:
        return t("notebook.error.indent_mismatch"), t("notebook.error.indent_align")
    return None


@_rule(SyntaxError)
def _other_syntax(case: _Case):
    message = case.message
    if "expected ':'" in message:
        return t("notebook.error.colon_missing"), t("notebook.error.colon_fix")
    if "Perhaps you forgot a comma" in message:
        return t("notebook.error.syntax"), t("notebook.error.comma_missing")
    if "Maybe you meant '==' or ':=' instead of '='" in message or "'==' instead of '='" in message:
        return t("notebook.error.syntax"), t("notebook.error.double_equal")
    if "cannot assign to literal" in message:
        return t("notebook.error.syntax"), t("notebook.error.name_on_the_left")
    fix = _decimal_comma(case)
    if fix:
        return fix
    return t("notebook.error.syntax"), case.suggestion() or t("notebook.error.syntax_fix")


@_rule(NameError)
def _name(case: _Case):
    name = getattr(case.error, "name", None) or _quoted(case.message) or "?"
    what = t("notebook.error.unknown_name", name=name)
    from makerkit.notebook.errors import failed_cell_for

    if failed_cell_for(name) is not None:
        return what, t("notebook.error.name_cell_failed", name=name)
    # an answer cell still marked ✏️: its given lines use names the answer is to make
    unwritten = _STUB in case.cell()
    similar = _similar(name, case.names())
    if similar and not (unwritten and hasattr(builtins, similar)):  # `repare` is not `repr`
        return what, _did_you_mean(similar)
    if unwritten and not _typed_text(name, case.code):
        plain = re.fullmatch(r"[a-z]+", name)  # `fichier` might be a word meant as text
        return what, t("notebook.error.name_to_write" + ("_or_word" if plain else ""), name=name)
    if _looks_like_a_word(name, case.code):
        return what, t("notebook.error.words_in_quotes", word=name)
    return what, t("notebook.error.name_not_made", name=name)


_STUB = "✏️"  # the mark of an answer cell the learner has not written yet (kits.code_stub)


def _typed_text(name: str, code: str) -> bool:
    """Surely text: a capital letter, an accent, or a bare word given to a name (``x = lea``)."""
    if name[:1].isupper() or not name.isascii():
        return True
    return re.search(rf"^\s*[\w.]+\s*=\s*{re.escape(name)}\s*$", code) is not None


def _looks_like_a_word(name: str, code: str) -> bool:
    """A capital letter, an accent, or a name given as a value: the learner meant text."""
    if name[:1].isupper() or not name.isascii():
        return True
    value = rf"(=|\(|,)\s*{re.escape(name)}\s*(\)|,|$)"
    return re.search(value, code) is not None and f"{name}(" not in code


@_rule(AttributeError)
def _attribute(case: _Case):
    attribute = getattr(case.error, "name", None) or _last_quoted(case.message)
    if not attribute:
        return None
    found = re.search(rf"([\w.\]\)]+)\.{re.escape(attribute)}\b", case.code)
    owner = found[1] if found else type(getattr(case.error, "obj", None)).__name__
    what = t("notebook.error.no_attribute", owner=owner, name=attribute)
    obj = getattr(case.error, "obj", None)
    if obj is None and found and case.frame is not None:
        obj = case.names().get(found[1].split(".")[0])
    similar = _similar(attribute, dir(obj)) if obj is not None else None
    if similar and similar.lower() == attribute.lower():
        return what, t("notebook.error.capitals", name=similar)
    if similar:
        return what, _did_you_mean(similar)
    return what, case.suggestion() or t("notebook.error.check_spelling")


@_rule(TypeError)
def _type(case: _Case):
    message = case.message
    comma = _decimal_comma(case)
    if "tuple" in message and comma:
        return comma
    if re.search(
        r"concatenate str|unsupported operand type\(s\) for \+: '(int|float)' and 'str'", message
    ) or ("can only concatenate str" in message):
        return t("notebook.error.text_plus_number"), t("notebook.error.str_fix")
    found = re.search(
        r"(\w+)\(\) missing \d+ required (?:positional|keyword-only) arguments?: (.+)", message
    )
    if found:
        return t("notebook.error.missing_argument", function=found[1], names=found[2]), t(
            "notebook.error.missing_argument_fix"
        )
    found = re.search(r"(\w+)\(\) got an unexpected keyword argument '(\w+)'", message)
    if found:
        what = t("notebook.error.unknown_argument", function=found[1], name=found[2])
        return what, case.suggestion() or t("notebook.error.check_spelling")
    found = re.search(
        r"(\w+)\(\) takes (?:from \d+ to )?(\d+) positional arguments? but (\d+)", message
    )
    if found:
        return t("notebook.error.too_many_values", function=found[1]), comma and comma[1]
    found = re.search(r"'(\w+)' object is not callable", message)
    if found:
        return t("notebook.error.not_callable", kind=found[1]), t("notebook.error.not_callable_fix")
    return t("notebook.error.wrong_kind"), case.suggestion() or _cause(case)


@_rule(ValueError)
def _value(case: _Case):
    message = case.message
    if "math domain error" in message:
        return t("notebook.error.math_domain"), t("notebook.error.check_numbers")
    found = re.search(r"invalid literal for int\(\) with base 10: '(.*)'", message) or re.search(
        r"could not convert string to float: '(.*)'", message
    )
    if found:
        return t("notebook.error.not_a_number", text=found[1]), t("notebook.error.digits_only")
    if "values to unpack" in message:
        return t("notebook.error.unpack"), t("notebook.error.unpack_fix")
    return t("notebook.error.bad_value"), case.suggestion() or _cause(case)


@_rule(IndexError)
def _index(case: _Case):
    found = re.search(r"([A-Za-z_]\w*)\s*\[\s*(-?\d+)\s*\]", case.code)
    seq = case.names().get(found[1]) if found else None
    if found and hasattr(seq, "__len__"):
        count = len(seq)
        what = t("notebook.error.no_position", position=int(found[2]), name=found[1], count=count)
        return what, t("notebook.error.positions", last=max(count - 1, 0))
    return t("notebook.error.no_position_plain"), t("notebook.error.positions_plain")


@_rule(KeyError)
def _key(case: _Case):
    key = case.error.args[0] if case.error.args else "?"
    found = re.search(r"([A-Za-z_]\w*)\s*\[", case.code)
    table = case.names().get(found[1]) if found else None
    what = t("notebook.error.no_key", item=repr(key))
    if isinstance(table, dict) and table:
        keys = [k for k in table if isinstance(k, str)]
        similar = _similar(str(key), keys) if isinstance(key, str) else None
        if similar:
            return what, _did_you_mean(similar)
        return what, t("notebook.error.keys", keys=", ".join(repr(k) for k in list(table)[:6]))
    return what, None


@_rule(ZeroDivisionError)
def _zero(case: _Case):
    return t("notebook.error.zero"), t("notebook.error.zero_fix")


@_rule(AssertionError)
def _assertion(case: _Case):
    return str(case.error) or t("notebook.error.not_finished"), None


def _cause(case: _Case) -> str | None:
    """friendly-traceback's explanation of the cause, for adults only (not simple texts)."""
    if current_voice().simple:
        return None
    return _in_voice(case.friendly().get("cause"))


def _quoted(message: str) -> str | None:
    found = re.search(r"'([^']+)'", message)
    return found[1] if found else None


def _last_quoted(message: str) -> str | None:
    found = re.findall(r"attribute '([^']+)'", message)
    return found[-1] if found else None


def _names_assigned(source: str) -> set[str]:
    """The names a cell's code creates (also for code Python cannot read: a guess by lines)."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        pattern = r"^\s*(?:def\s+|class\s+)?([A-Za-z_]\w*)\s*(?:=(?!=)|\()"
        return set(re.findall(pattern, source, flags=re.MULTILINE)) - {"print", "if", "for"}
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            names.add(node.id)
        elif isinstance(node, ast.FunctionDef | ast.ClassDef | ast.AsyncFunctionDef):
            names.add(node.name)
        elif isinstance(node, ast.Import | ast.ImportFrom):
            names.update((a.asname or a.name).split(".")[0] for a in node.names)
    return names
