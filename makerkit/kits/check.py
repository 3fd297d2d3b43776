"""``makerkit workshop check``: is a workshop complete, consistent and fair in both languages?

Each finding is a :class:`Problem` with a code and a sentence for the author that says
what to fix. A workshop with no problems can be built into a kit and graded.

>>> from makerkit.kits.workshop import find_workshops_dir, list_workshops
>>> all(isinstance(p, Problem) for w in list_workshops() for p in check_workshop(w))
True
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from makerkit.i18n import t
from makerkit.kits.notebooks import (
    SCHEMA_VERSION,
    cells_of,
    figures_without_alt,
    read_notebook,
)
from makerkit.kits.workshop import (
    LEVELS,
    LICENCE,
    LIST_FIELDS,
    REQUIRED_TOP,
    TEXT_FIELDS,
    Workshop,
)

__all__ = ["Problem", "check_workshop", "MIN_MINUTES", "MAX_MINUTES"]

MIN_MINUTES, MAX_MINUTES = 45, 90
_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]{1,40}$")
_DEFAULT_REPRS = re.compile(r"^<(Figure|matplotlib|Axes)\b")


@dataclass(frozen=True)
class Problem:
    """One thing to fix: a ``code``, ``where`` it is, and the ``message`` for the author."""

    code: str
    where: str
    message: str

    def as_dict(self) -> dict[str, str]:
        return {"code": self.code, "where": self.where, "message": self.message}


def check_workshop(ws: Workshop) -> list[Problem]:
    """Every problem found in ``ws`` (an empty list: ready to build)."""
    problems: list[Problem] = []

    def add(code: str, where: str, **values: object) -> None:
        problems.append(Problem(code, where, t(f"kits.check_{code}", **values)))

    _check_meta(ws, add)
    notebooks = {}
    for lang in ws.languages:
        nb_path = ws.notebook(lang)
        if not nb_path.is_file():
            add("missing_file", nb_path.name, path=nb_path.name)
        else:
            try:
                notebooks[lang] = read_notebook(nb_path)
            except ValueError as exc:
                add("notebook_unreadable", nb_path.name, reason=str(exc))
            else:
                _check_notebook(notebooks[lang], nb_path.name, lang, add)
        guide = ws.guide(lang)
        if not guide.is_file():
            add("missing_file", guide.name, path=guide.name)
        else:
            _check_guide(guide.read_text(encoding="utf-8"), guide.name, ws, add)
    _check_parity(notebooks, add)
    return problems


def _check_meta(ws: Workshop, add) -> None:
    meta = ws.meta
    where = "workshop.toml"
    for key in REQUIRED_TOP:
        if key not in meta:
            add("meta_missing", where, field=key)
    if meta.get("slug", ws.slug) != ws.slug or not _SLUG.match(ws.slug):
        add("meta_slug", where, slug=ws.slug)
    ages = meta.get("ages")
    if "ages" in meta and not (
        isinstance(ages, list)
        and len(ages) == 2
        and all(isinstance(a, int) for a in ages)
        and 5 <= ages[0] <= ages[1] <= 120
    ):
        add("meta_ages", where, ages=ages)
    minutes = meta.get("minutes")
    if "minutes" in meta and not (
        isinstance(minutes, int) and MIN_MINUTES <= minutes <= MAX_MINUTES
    ):
        add("meta_minutes", where, minutes=minutes, low=MIN_MINUTES, high=MAX_MINUTES)
    if "address" in meta and meta["address"] not in ("tu", "vous"):
        add("meta_address", where, value=meta["address"])
    if "level" in meta and meta["level"] not in LEVELS:
        add("meta_level", where, level=meta["level"], valid=", ".join(LEVELS))
    if "licence" in meta and meta["licence"] != LICENCE:
        add("meta_licence", where, licence=meta["licence"], expected=LICENCE)
    if "last_tested" in meta and not _is_date(meta["last_tested"]):
        add("meta_last_tested", where, value=meta["last_tested"])
    languages = meta.get("languages", [])
    if "languages" in meta and (
        not isinstance(languages, list) or not languages or set(languages) - {"fr", "en"}
    ):
        add("meta_languages", where, languages=languages)
    for lang in ws.languages:
        texts = ws.texts(lang)
        for key in TEXT_FIELDS:
            if not isinstance(texts.get(key), str) or not texts[key].strip():
                add("meta_text", where, field=f"{lang}.{key}")
        for key in LIST_FIELDS:
            items = texts.get(key)
            if (
                not isinstance(items, list)
                or not items
                or not all(isinstance(i, str) and i.strip() for i in items)
            ):
                add("meta_list", where, field=f"{lang}.{key}")


def _is_date(value: object) -> bool:
    if isinstance(value, datetime.date):
        return True
    try:
        datetime.date.fromisoformat(str(value))
    except ValueError:
        return False
    return True


def _check_notebook(nb, name: str, lang: str, add) -> None:
    from jsonschema import ValidationError
    from nbgrader.nbgraderformat import MetadataValidator
    from nbgrader.nbgraderformat.common import SchemaMismatchError

    try:
        MetadataValidator().validate_nb(nb)
    except (ValidationError, SchemaMismatchError) as exc:
        add("nbgrader_invalid", name, reason=str(exc).splitlines()[0])
    cells = cells_of(nb)
    ids = [c.grade_id for c in cells if c.kind != "plain"]
    for dup in sorted({i for i in ids if ids.count(i) > 1}):
        add("duplicate_id", name, grade_id=dup)
    for cell in cells:
        where = f"{name} #{cell.index + 1}"
        meta = nb.cells[cell.index].metadata.get("nbgrader", {})
        if cell.kind != "plain" and meta.get("schema_version") != SCHEMA_VERSION:
            add("schema_version", where, expected=SCHEMA_VERSION)
        if cell.kind == "test" and cell.points <= 0:
            add("no_points", where, grade_id=cell.grade_id)
        if cell.kind == "test" and cell.cell_type != "code":
            add("test_not_code", where, grade_id=cell.grade_id)
        if (
            cell.kind == "solution"
            and cell.cell_type == "code"
            and ("### BEGIN SOLUTION" not in cell.source or "### END SOLUTION" not in cell.source)
        ):
            add("solution_markers", where, grade_id=cell.grade_id)
        for begin, end in (
            ("### BEGIN SOLUTION", "### END SOLUTION"),
            ("### BEGIN HIDDEN TESTS", "### END HIDDEN TESTS"),
        ):
            if cell.source.count(begin) != cell.source.count(end):
                add("unbalanced_markers", where, marker=begin)
        if cell.cell_type == "markdown":
            for src in figures_without_alt(cell.source):
                add("figure_no_alt", where, figure=src[:60])
        for output in nb.cells[cell.index].get("outputs", []):
            data = output.get("data", {})
            if any(k.startswith("image/") for k in data):
                html = data.get("text/html", "")
                plain = data.get("text/plain", "")
                html = "".join(html) if isinstance(html, list) else html
                plain = "".join(plain) if isinstance(plain, list) else plain
                has_alt = (html and not figures_without_alt(html)) or (
                    plain.strip() and not _DEFAULT_REPRS.match(plain.strip())
                )
                if not has_alt:
                    add("figure_no_alt", where, figure="output")
    if not any(c.kind == "test" for c in cells):
        add("no_tests", name)
    if not any(c.kind == "solution" for c in cells):
        add("no_solutions", name)
    if f'set_language("{lang}")' not in "".join(c.source for c in cells):
        add("no_language", name, lang=lang)
    kernel = nb.metadata.get("kernelspec", {}).get("name")
    if kernel != "python3":
        add("kernel", name, kernel=kernel)


def _check_guide(text: str, name: str, ws: Workshop, add) -> None:
    for src in figures_without_alt(text):
        add("figure_no_alt", name, figure=src[:60])
    if not re.search(r"!\[[^\]]+\]\([^)]+\)", text):
        add("guide_no_picture", name)
    headings = re.findall(r"^## .+$", text, flags=re.MULTILINE)
    if len(headings) < 6:
        add("guide_sections", name, found=len(headings), expected=6)
    if not re.search(r"^\s*[-*] \[ \]", text, flags=re.MULTILINE):
        add("guide_checklist", name)
    if not re.search(r"\d+\s*min", text):
        add("guide_minutes", name)
    for target in re.findall(r"!\[[^\]]*\]\(([^)\s]+)\)", text):
        if "://" not in target and not (ws.folder / target).is_file():
            add("missing_file", name, path=target)


def _check_parity(notebooks: dict, add) -> None:
    if len(notebooks) < 2:
        return
    (lang_a, nb_a), *others = sorted(notebooks.items())
    shape_a = [(c.cell_type, c.kind, c.grade_id, c.points) for c in cells_of(nb_a)]
    for lang_b, nb_b in others:
        shape_b = [(c.cell_type, c.kind, c.grade_id, c.points) for c in cells_of(nb_b)]
        if len(shape_a) != len(shape_b):
            add("parity_count", f"{lang_a}/{lang_b}", a=len(shape_a), b=len(shape_b))
        for i, (x, y) in enumerate(zip(shape_a, shape_b, strict=False)):
            if x != y:
                add("parity_cell", f"{lang_a}/{lang_b} #{i + 1}", a=_show(x), b=_show(y))
                break


def _show(shape: tuple) -> str:
    cell_type, kind, grade_id, points = shape
    return f"{cell_type}/{kind} {grade_id} ({points:g} pt)"


def run_workshop(ws: Workshop, timeout_s: int = 30) -> list[Problem]:
    """Run each language's notebooks with nbgrader's ``Validator`` (slower: real kernels).

    The source notebook (answers filled in) must pass every test, and the learner's
    blank copy must pass none: a test that passes on a blank copy gives points for nothing.
    ``nbgrader validate`` on the command line exits 0 even when tests fail, so its
    ``Validator`` class is used and its results read.
    """
    import shutil
    import tempfile
    import warnings
    from pathlib import Path

    from nbgrader.validator import Validator
    from traitlets.config import Config

    from makerkit.kits.course import KERNEL_ARGUMENTS, Course, nbgrader_environment

    problems: list[Problem] = []
    config = Config()
    config.Execute.timeout = timeout_s
    config.Execute.extra_arguments = KERNEL_ARGUMENTS
    config.Validator.ignore_checksums = True
    for lang in ws.languages:
        source = ws.notebook(lang)
        if not source.is_file():
            continue
        with (
            tempfile.TemporaryDirectory(prefix="makerkit-check-") as tmp,
            warnings.catch_warnings(),
        ):
            warnings.simplefilter("ignore")
            course = Course(Path(tmp) / "course", ws.slug, lang, address=ws.address)
            course.add_source(source, source.name, (ws.assets,))
            released = course.release() / source.name
            answered = Path(tmp) / "answered"
            shutil.copytree(course.source_dir, answered)
            with nbgrader_environment():
                failed = Validator(config=config).validate(str(answered / source.name))
                config.Validator.invert = True
                passed = Validator(config=config).validate(str(released))
                config.Validator.invert = False
        for cell in failed.get("failed", []):
            first = (cell.get("raw_error") or "").strip().splitlines()
            problems.append(
                Problem(
                    "solution_fails",
                    source.name,
                    t(
                        "kits.check_solution_fails",
                        code=_first_line(cell["source"]),
                        error=first[-1] if first else "?",
                    ),
                )
            )
        for cell in passed.get("passed", []):
            problems.append(
                Problem(
                    "blank_passes",
                    source.name,
                    t("kits.check_blank_passes", code=_first_line(cell["source"])),
                )
            )
    return problems


def _first_line(source: str) -> str:
    return source.strip().splitlines()[0][:70] if source.strip() else "?"
