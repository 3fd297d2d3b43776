"""The rules ``makerkit workshop check`` applies, one small function each.

A rule is registered with its ``code`` and ``severity`` by :func:`rule` and receives the
workshop read once (:class:`WorkshopFiles`); it yields ``(where, values)`` for each
problem it finds, and the check turns them into sentences (``kits.check_<code>``, in
French and English). Adding a rule is adding a function here and its two sentences.

>>> [r.code for r in RULES][:3]
['meta_missing', 'meta_slug', 'meta_ages']
"""

from __future__ import annotations

import ast
import datetime
import json
import re
import subprocess
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from makerkit.kits.assets import asset_recipes
from makerkit.kits.notebooks import SCHEMA_VERSION, Cell, cells_of, figures_without_alt
from makerkit.kits.notebooks import read_notebook as _read_notebook
from makerkit.kits.workshop import (
    LEVELS,
    LICENCE,
    LIST_FIELDS,
    REQUIRED_TOP,
    TEXT_FIELDS,
    Workshop,
)

__all__ = ["Rule", "RULES", "rule", "WorkshopFiles", "MIN_MINUTES", "MAX_MINUTES"]

MIN_MINUTES, MAX_MINUTES = 45, 90
_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]{1,40}$")
_DEFAULT_REPRS = re.compile(r"^<(Figure|matplotlib|Axes)\b")
Finding = tuple[str, dict[str, Any]]


@dataclass
class WorkshopFiles:
    """A workshop read once for all the rules: its notebooks and guides by language."""

    ws: Workshop
    notebooks: dict[str, Any] = field(default_factory=dict)
    unreadable: dict[str, str] = field(default_factory=dict)
    guides: dict[str, str] = field(default_factory=dict)

    @classmethod
    def read(cls, ws: Workshop) -> WorkshopFiles:
        files = cls(ws)
        for lang in ws.languages:
            path = ws.notebook(lang)
            if path.is_file():
                try:
                    files.notebooks[lang] = _read_notebook(path)
                except ValueError as exc:
                    files.unreadable[lang] = str(exc)
            if ws.guide(lang).is_file():
                files.guides[lang] = ws.guide(lang).read_text(encoding="utf-8")
        return files

    def each_notebook(self) -> Iterator[tuple[str, str, Any]]:
        """``(lang, file name, notebook)`` for each readable notebook."""
        for lang, nb in self.notebooks.items():
            yield lang, self.ws.notebook(lang).name, nb

    def each_cell(self) -> Iterator[tuple[str, Cell, dict]]:
        """``(where, cell, raw cell)`` for each cell of each readable notebook."""
        for _, name, nb in self.each_notebook():
            for cell in cells_of(nb):
                yield f"{name} #{cell.index + 1}", cell, nb.cells[cell.index]

    def each_guide(self) -> Iterator[tuple[str, str, str]]:
        """``(lang, file name, text)`` for each guide."""
        for lang, text in self.guides.items():
            yield lang, self.ws.guide(lang).name, text


@dataclass(frozen=True)
class Rule:
    """One check: its ``code``, ``severity`` and the function that finds its problems."""

    code: str
    severity: str
    find: Callable[[WorkshopFiles], Iterator[Finding]]


RULES: list[Rule] = []


def rule(code: str, severity: str = "error") -> Callable:
    """Register the decorated function as the rule ``code``."""

    def register(find: Callable[[WorkshopFiles], Iterator[Finding]]) -> Callable:
        RULES.append(Rule(code, severity, find))
        return find

    return register


# ---------------------------------------------------------------- workshop.toml

_TOML = "workshop.toml"


@rule("meta_missing")
def _meta_missing(f: WorkshopFiles) -> Iterator[Finding]:
    for key in REQUIRED_TOP:
        if key not in f.ws.meta:
            yield _TOML, {"field": key}


@rule("meta_slug")
def _meta_slug(f: WorkshopFiles) -> Iterator[Finding]:
    if f.ws.meta.get("slug", f.ws.slug) != f.ws.slug or not _SLUG.match(f.ws.slug):
        yield _TOML, {"slug": f.ws.slug}


@rule("meta_ages")
def _meta_ages(f: WorkshopFiles) -> Iterator[Finding]:
    ages = f.ws.meta.get("ages")
    good = (
        isinstance(ages, list)
        and len(ages) == 2
        and all(isinstance(a, int) for a in ages)
        and 5 <= ages[0] <= ages[1] <= 120
    )
    if "ages" in f.ws.meta and not good:
        yield _TOML, {"ages": ages}


@rule("meta_minutes")
def _meta_minutes(f: WorkshopFiles) -> Iterator[Finding]:
    minutes = f.ws.meta.get("minutes")
    good = isinstance(minutes, int) and MIN_MINUTES <= minutes <= MAX_MINUTES
    if "minutes" in f.ws.meta and not good:
        yield _TOML, {"minutes": minutes, "low": MIN_MINUTES, "high": MAX_MINUTES}


@rule("meta_address")
def _meta_address(f: WorkshopFiles) -> Iterator[Finding]:
    if "address" in f.ws.meta and f.ws.meta["address"] not in ("tu", "vous"):
        yield _TOML, {"value": f.ws.meta["address"]}


@rule("meta_level")
def _meta_level(f: WorkshopFiles) -> Iterator[Finding]:
    if "level" in f.ws.meta and f.ws.meta["level"] not in LEVELS:
        yield _TOML, {"level": f.ws.meta["level"], "valid": ", ".join(LEVELS)}


@rule("meta_licence")
def _meta_licence(f: WorkshopFiles) -> Iterator[Finding]:
    if "licence" in f.ws.meta and f.ws.meta["licence"] != LICENCE:
        yield _TOML, {"licence": f.ws.meta["licence"], "expected": LICENCE}


@rule("meta_last_tested")
def _meta_last_tested(f: WorkshopFiles) -> Iterator[Finding]:
    value = f.ws.meta.get("last_tested")
    if "last_tested" in f.ws.meta and not isinstance(value, datetime.date):
        try:
            datetime.date.fromisoformat(str(value))
        except ValueError:
            yield _TOML, {"value": value}


@rule("meta_languages")
def _meta_languages(f: WorkshopFiles) -> Iterator[Finding]:
    languages = f.ws.meta.get("languages", [])
    if "languages" in f.ws.meta and (
        not isinstance(languages, list) or not languages or set(languages) - {"fr", "en"}
    ):
        yield _TOML, {"languages": languages}


@rule("meta_text")
def _meta_text(f: WorkshopFiles) -> Iterator[Finding]:
    for lang in f.ws.languages:
        texts = f.ws.texts(lang)
        for key in TEXT_FIELDS:
            if not isinstance(texts.get(key), str) or not texts[key].strip():
                yield _TOML, {"field": f"{lang}.{key}"}


@rule("meta_list")
def _meta_list(f: WorkshopFiles) -> Iterator[Finding]:
    for lang in f.ws.languages:
        for key in LIST_FIELDS:
            items = f.ws.texts(lang).get(key)
            if (
                not isinstance(items, list)
                or not items
                or not all(isinstance(i, str) and i.strip() for i in items)
            ):
                yield _TOML, {"field": f"{lang}.{key}"}


# ---------------------------------------------------------------- files


@rule("missing_file")
def _missing_file(f: WorkshopFiles) -> Iterator[Finding]:
    for lang in f.ws.languages:
        for path in (f.ws.notebook(lang), f.ws.guide(lang)):
            if not path.is_file():
                yield path.name, {"path": path.name}
    for _, name, text in f.each_guide():
        for target in re.findall(r"!\[[^\]]*\]\(([^)\s]+)\)", text):
            if "://" not in target and not (f.ws.folder / target).is_file():
                yield name, {"path": target}
    for recipe in asset_recipes(f.ws):
        for lang in recipe.languages(f.ws):
            if not (f.ws.folder / recipe.file_for(lang)).is_file():
                yield _TOML, {"path": recipe.file_for(lang)}


@rule("notebook_unreadable")
def _notebook_unreadable(f: WorkshopFiles) -> Iterator[Finding]:
    for lang, reason in f.unreadable.items():
        yield f.ws.notebook(lang).name, {"reason": reason}


@rule("assets_recipe")
def _assets_recipe(f: WorkshopFiles) -> Iterator[Finding]:
    entries = f.ws.meta.get("assets", [])
    recipes = asset_recipes(f.ws)
    if not isinstance(entries, list) or len(recipes) != len(entries):
        yield _TOML, {"file": "?", "cell": "?"}
    for recipe in recipes:
        inside = recipe.file.startswith("assets/") and ".." not in recipe.file
        for lang in recipe.languages(f.ws):
            nb = f.notebooks.get(lang)
            if nb is None:
                continue
            ids = {c.get("id") for c in nb.cells} | {c.grade_id for c in cells_of(nb)}
            if not inside or recipe.after not in ids or not recipe.expression(lang):
                yield _TOML, {"file": recipe.file, "cell": recipe.after}
                break


# ---------------------------------------------------------------- notebooks


@rule("nbgrader_invalid")
def _nbgrader_invalid(f: WorkshopFiles) -> Iterator[Finding]:
    from jsonschema import ValidationError
    from nbgrader.nbgraderformat import MetadataValidator
    from nbgrader.nbgraderformat.common import SchemaMismatchError

    for _, name, nb in f.each_notebook():
        try:
            MetadataValidator().validate_nb(nb)
        except (ValidationError, SchemaMismatchError) as exc:
            yield name, {"reason": str(exc).splitlines()[0]}


@rule("duplicate_id")
def _duplicate_id(f: WorkshopFiles) -> Iterator[Finding]:
    for _, name, nb in f.each_notebook():
        ids = [c.grade_id for c in cells_of(nb) if c.kind != "plain"]
        for dup in sorted({i for i in ids if ids.count(i) > 1}):
            yield name, {"grade_id": dup}


@rule("schema_version")
def _schema_version(f: WorkshopFiles) -> Iterator[Finding]:
    for where, cell, raw in f.each_cell():
        version = raw.metadata.get("nbgrader", {}).get("schema_version")
        if cell.kind != "plain" and version != SCHEMA_VERSION:
            yield where, {"expected": SCHEMA_VERSION}


@rule("no_points")
def _no_points(f: WorkshopFiles) -> Iterator[Finding]:
    for where, cell, _ in f.each_cell():
        if cell.kind == "test" and cell.points <= 0:
            yield where, {"grade_id": cell.grade_id}


@rule("test_not_code")
def _test_not_code(f: WorkshopFiles) -> Iterator[Finding]:
    for where, cell, _ in f.each_cell():
        if cell.kind == "test" and cell.cell_type != "code":
            yield where, {"grade_id": cell.grade_id}


@rule("solution_markers")
def _solution_markers(f: WorkshopFiles) -> Iterator[Finding]:
    for where, cell, _ in f.each_cell():
        has_both = "### BEGIN SOLUTION" in cell.source and "### END SOLUTION" in cell.source
        if cell.kind == "solution" and cell.cell_type == "code" and not has_both:
            yield where, {"grade_id": cell.grade_id}


@rule("unbalanced_markers")
def _unbalanced_markers(f: WorkshopFiles) -> Iterator[Finding]:
    for where, cell, _ in f.each_cell():
        for begin, end in (
            ("### BEGIN SOLUTION", "### END SOLUTION"),
            ("### BEGIN HIDDEN TESTS", "### END HIDDEN TESTS"),
        ):
            if cell.source.count(begin) != cell.source.count(end):
                yield where, {"marker": begin}


@rule("figure_no_alt")
def _figure_no_alt(f: WorkshopFiles) -> Iterator[Finding]:
    for where, cell, raw in f.each_cell():
        if cell.cell_type == "markdown":
            for src in figures_without_alt(cell.source):
                yield where, {"figure": src[:60]}
        for output in raw.get("outputs", []):
            if not _output_has_alt(output.get("data", {})):
                yield where, {"figure": "output"}
    for _, name, text in f.each_guide():
        for src in figures_without_alt(text):
            yield name, {"figure": src[:60]}


def _output_has_alt(data: dict) -> bool:
    if not any(k.startswith("image/") for k in data):
        return True
    html = "".join(data.get("text/html", ""))
    plain = "".join(data.get("text/plain", "")).strip()
    return bool(html and not figures_without_alt(html)) or bool(
        plain and not _DEFAULT_REPRS.match(plain)
    )


@rule("no_tests")
def _no_tests(f: WorkshopFiles) -> Iterator[Finding]:
    for _, name, nb in f.each_notebook():
        if not any(c.kind == "test" for c in cells_of(nb)):
            yield name, {}


@rule("no_solutions")
def _no_solutions(f: WorkshopFiles) -> Iterator[Finding]:
    for _, name, nb in f.each_notebook():
        if not any(c.kind == "solution" for c in cells_of(nb)):
            yield name, {}


@rule("voice")
def _voice(f: WorkshopFiles) -> Iterator[Finding]:
    """The first code cell sets the language and the voice the workshop is written in."""
    for lang, name, nb in f.each_notebook():
        expected = f.ws.voice_call(lang)
        first = next((c.source for c in cells_of(nb) if c.cell_type == "code"), "")
        if _voice_of(first) != _voice_of(expected):
            yield name, {"call": expected}


def _voice_of(source: str) -> tuple | None:
    """``(lang, address, simple)`` from a ``set_language(...)`` call in ``source``."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return None
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and getattr(node.func, "attr", getattr(node.func, "id", "")) == "set_language"
            and node.args
            and isinstance(node.args[0], ast.Constant)
        ):
            words = {k.arg: k.value for k in node.keywords}
            lang = node.args[0].value
            address = words.get("address")
            address = address.value if isinstance(address, ast.Constant) else "vous"
            simple = words.get("simple")
            simple = simple.value if isinstance(simple, ast.Constant) else False
            return lang, address if lang == "fr" else None, bool(simple)
    return None


@rule("kernel")
def _kernel(f: WorkshopFiles) -> Iterator[Finding]:
    for _, name, nb in f.each_notebook():
        kernel = nb.metadata.get("kernelspec", {}).get("name")
        if kernel != "python3":
            yield name, {"kernel": kernel}


@rule("not_clean", severity="warning")
def _not_clean(f: WorkshopFiles) -> Iterator[Finding]:
    """Source notebooks are kept without outputs: the file holds what the author wrote."""
    for _, name, nb in f.each_notebook():
        if any(c.get("outputs") or c.get("execution_count") for c in nb.cells):
            yield name, {}


@rule("lint")
def _lint(f: WorkshopFiles) -> Iterator[Finding]:
    """Mistakes in the notebooks' code that Python itself would only find when it runs."""
    for lang, name, _ in f.each_notebook():
        for where, message in lint_notebook(f.ws.notebook(lang)):
            yield f"{name} {where}", {"message": message}


# Errors, pyflakes and bugbear: what breaks or misleads. Not the style rules that do not
# fit teaching cells: a function redefined in a later step (F811), a value shown on its own
# line (B018), imports where they are first needed (E402), zip(strict=) (B905).
LINT_SELECT = "E4,E7,E9,F,W,B"
LINT_IGNORE = "F811,B018,E402,B905,E731,E741"


def lint_notebook(path) -> list[tuple[str, str]]:
    """``(where, message)`` for each lint finding in a notebook (``[]`` without ruff)."""
    try:
        from ruff.__main__ import find_ruff_bin
    except ImportError:
        return []
    command = [
        find_ruff_bin(),
        "check",
        "--isolated",
        "--no-cache",
        "--output-format=json",
        f"--select={LINT_SELECT}",
        f"--ignore={LINT_IGNORE}",
        str(path),
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=60)
    try:
        found = json.loads(done.stdout or "[]")
    except json.JSONDecodeError:
        return [("", (done.stderr or done.stdout).strip()[:200])]
    return [
        (
            f"cell {item.get('cell') or '?'}, line {item['location']['row']}",
            f"{item['code']} {item['message']}",
        )
        for item in found
    ]


# ---------------------------------------------------------------- the two languages


def _shape(nb) -> list[tuple]:
    return [(c.cell_type, c.kind, c.grade_id, c.points) for c in cells_of(nb)]


def _show(shape: tuple) -> str:
    cell_type, kind, grade_id, points = shape
    return f"{cell_type}/{kind} {grade_id} ({points:g} pt)"


@rule("parity_count")
def _parity_count(f: WorkshopFiles) -> Iterator[Finding]:
    (lang_a, nb_a), *others = sorted(f.notebooks.items()) or [(None, None)]
    for lang_b, nb_b in others:
        a, b = _shape(nb_a), _shape(nb_b)
        if len(a) != len(b):
            yield f"{lang_a}/{lang_b}", {"a": len(a), "b": len(b)}


@rule("parity_cell")
def _parity_cell(f: WorkshopFiles) -> Iterator[Finding]:
    (lang_a, nb_a), *others = sorted(f.notebooks.items()) or [(None, None)]
    for lang_b, nb_b in others:
        for i, (x, y) in enumerate(zip(_shape(nb_a), _shape(nb_b), strict=False)):
            if x != y:
                yield f"{lang_a}/{lang_b} #{i + 1}", {"a": _show(x), "b": _show(y)}
                break


# ---------------------------------------------------------------- guides


@rule("guide_no_picture")
def _guide_no_picture(f: WorkshopFiles) -> Iterator[Finding]:
    for _, name, text in f.each_guide():
        if not re.search(r"!\[[^\]]+\]\([^)]+\)", text):
            yield name, {}


@rule("guide_sections")
def _guide_sections(f: WorkshopFiles) -> Iterator[Finding]:
    for _, name, text in f.each_guide():
        headings = re.findall(r"^## .+$", text, flags=re.MULTILINE)
        if len(headings) < 6:
            yield name, {"found": len(headings), "expected": 6}


@rule("guide_checklist")
def _guide_checklist(f: WorkshopFiles) -> Iterator[Finding]:
    for _, name, text in f.each_guide():
        if not re.search(r"^\s*[-*] \[ \]", text, flags=re.MULTILINE):
            yield name, {}


@rule("guide_minutes")
def _guide_minutes(f: WorkshopFiles) -> Iterator[Finding]:
    for _, name, text in f.each_guide():
        if not re.search(r"\d+\s*min", text):
            yield name, {}


# ---------------------------------------------------------------- guides that match


_STEP_WORD = re.compile(r"^(?:Étapes?|Steps?|Partie|Part)\s+([A-Z]?\d+)\b|^([A-Z]?\d+)\s*[.—–-]\s")
_HEADING_MINUTES = re.compile(r"^#+ (.+?)\((\d+) min\)\s*$", re.MULTILINE)
_ROW_MINUTES = re.compile(r"(\d+)\s*[–-]\s*(\d+)\s*min|(\d+)\s*min")
_FURTHER = re.compile(r"^## .*(plus loin|further)", re.IGNORECASE | re.MULTILINE)


def _step_key(text: str) -> str | None:
    found = _STEP_WORD.match(re.sub(r"[*_`]", "", text).strip())
    return (found[1] or found[2]) if found else None


def notebook_step_minutes(nb) -> dict[str, int]:
    """The minutes each numbered step announces in its heading: ``{"1": 5, "A2": 10}``."""
    steps = {}
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            for title, minutes in _HEADING_MINUTES.findall(cell.source):
                key = _step_key(title)
                if key:
                    steps[key] = int(minutes)
    return steps


def guide_session(text: str) -> list[tuple[str | None, int]]:
    """The guide's session table: ``(step key or None, minutes)`` for each row.

    The first table whose rows give minutes (``10 min``, or a span ``15–25 min``).
    """
    rows: list[tuple[str | None, int]] = []
    for line in text.splitlines():
        if not line.startswith("|"):
            if rows:
                break
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        timed = next((c for c in cells if _ROW_MINUTES.search(c)), None)
        if timed is None:
            continue
        found = _ROW_MINUTES.search(timed)
        minutes = int(found[2]) - int(found[1]) if found[1] else int(found[3])
        key = next((k for c in cells if c is not timed and (k := _step_key(c))), None)
        rows.append((key, minutes))
    return rows


@rule("guide_step_minutes")
def _guide_step_minutes(f: WorkshopFiles) -> Iterator[Finding]:
    """A step lasts as long in the guide's session table as its heading in the notebook says."""
    for lang, name, text in f.each_guide():
        nb = f.notebooks.get(lang)
        if nb is None:
            continue
        announced = notebook_step_minutes(nb)
        for key, minutes in guide_session(text):
            if key in announced and announced[key] != minutes:
                yield name, {"step": key, "guide": minutes, "notebook": announced[key]}


@rule("guide_total_minutes")
def _guide_total_minutes(f: WorkshopFiles) -> Iterator[Finding]:
    """The guide's session adds up to the workshop's minutes (workshop.toml)."""
    for _, name, text in f.each_guide():
        rows = guide_session(text)
        total = sum(minutes for _, minutes in rows)
        if rows and total != f.ws.minutes:
            yield name, {"total": total, "minutes": f.ws.minutes}


@rule("guide_names")
def _guide_names(f: WorkshopFiles) -> Iterator[Finding]:
    """Names the guide quotes (`porte_cle`, `mk.nametag`, `robot.sees_line()`) exist: in its
    notebook, or in makerkit for ``mk.`` and ``robot.`` (ideas to go further excepted)."""
    for lang, name, text in f.each_guide():
        nb = f.notebooks.get(lang)
        if nb is None:
            continue
        further = _FURTHER.search(text)
        text = text[: further.start()] if further else text
        code = "\n".join(c.source for c in nb.cells)
        for missing in sorted(_names_not_found(text, code)):
            yield name, {"name": missing}


def _names_not_found(guide: str, notebook_code: str) -> set[str]:
    import makerkit
    from makerkit.robot.controls import RobotControls

    missing = set()
    for span in re.findall(r"`([^`\n]+)`", guide):
        if re.search(r"\.(ipynb|stl|py|gz|png|html|md|toml|gcode)\b|/", span):
            continue  # a file
        for owner, attr in re.findall(r"\b(?:(mk|robot)\.)?([A-Za-z_]\w*)", span):
            if owner == "mk":
                ok = hasattr(makerkit, attr)
            elif owner == "robot":
                ok = hasattr(RobotControls, attr) or attr in notebook_code
            else:
                ok = "_" not in attr or attr in notebook_code
            if not ok:
                missing.add(f"{owner}.{attr}" if owner else attr)
    return missing


_ANSWERS = re.compile(r"^## .*(réponses|answers).*$", re.IGNORECASE | re.MULTILINE)


@rule("guide_lines")
def _guide_lines(f: WorkshopFiles) -> Iterator[Finding]:
    """The answers the guide gives are the notebook's own lines (its solution cells)."""
    for lang, name, text in f.each_guide():
        nb = f.notebooks.get(lang)
        section = _ANSWERS.search(text)
        if nb is None or section is None:
            continue
        end = text.find("\n## ", section.end())
        answers = text[section.end() : end if end >= 0 else len(text)]
        known = {_code_line(line) for cell in nb.cells for line in cell.source.splitlines()}
        for block in re.findall(r"```[\w-]*\n(.*?)```", answers, flags=re.DOTALL):
            for line in block.splitlines():
                code = _code_line(line)
                if code and code not in known:
                    yield name, {"line": code[:80]}


def _code_line(line: str) -> str:
    """A line of code without its comment and with single spaces (to compare lines)."""
    code = re.sub(r"\s+#.*$", "", line) if not line.lstrip().startswith("#") else ""
    return re.sub(r"\s+", " ", code.strip())
