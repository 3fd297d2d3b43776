"""``makerkit kit build``: a workshop becomes one zip per language, ready for a facilitator.

The steps, each with one job::

    source notebook ──nbgrader generate assignment──▶ learner notebook (+ assets)
    workshop.toml + learner notebook + guide ──▶ handout.html
    guide.<lang>.md ──▶ facilitator/guide.html
    source notebook ──▶ facilitator/solutions/ (answers and hidden tests: keep it away from learners)
    all of it + kit.json ──▶ <slug>-<lang>.zip

The zip's layout::

    kit.json                 what the kit is (workshop, language, notebook, points)
    handout.html             the learner's printable sheet
    learner/                 the notebook as nbgrader releases it, and its data
    facilitator/guide.html   the facilitator guide
    facilitator/solutions/   the nbgrader source notebook (used again to grade)
"""

from __future__ import annotations

import datetime
import json
import os
import shutil
import tempfile
import zipfile
from pathlib import Path

from makerkit.errors import KitError
from makerkit.kits.course import Course
from makerkit.kits.notebooks import read_notebook, total_points
from makerkit.kits.pages import guide_html, handout_html, print_to_pdf
from makerkit.kits.workshop import Workshop, get_workshop, list_workshops

__all__ = ["build_kit", "build_kits", "KIT_MANIFEST"]

KIT_MANIFEST = "kit.json"


def build_kits(
    workshop: str,
    out_dir: str | os.PathLike,
    lang: str | None = None,
    workshops_dir: str | os.PathLike | None = None,
    pdf: bool = False,
) -> list[dict]:
    """Build the kits of ``workshop`` (a slug, a folder, or ``"all"``) into ``out_dir``.

    Returns one ``{"workshop", "lang", "zip"}`` per kit built.
    """
    if workshop == "all":
        chosen = list_workshops(workshops_dir)
        if not chosen:
            raise KitError("kits.no_workshops", path=str(workshops_dir or "workshops"))
    else:
        chosen = [get_workshop(workshop, workshops_dir)]
    built = []
    for ws in chosen:
        languages = ws.languages
        if lang is not None:
            if lang not in languages:
                if workshop == "all":
                    continue
                raise KitError(
                    "kits.no_language", slug=ws.slug, language=lang, languages=", ".join(languages)
                )
            languages = [lang]
        for code in languages:
            zip_path = build_kit(ws, code, out_dir, pdf=pdf)
            built.append({"workshop": ws.slug, "lang": code, "zip": str(zip_path)})
    return built


def _assets_for(ws: Workshop, lang: str, tmp: Path) -> Path:
    """A copy of the workshop's ``assets/`` without the other languages' files
    (``expected.en.png`` and its ``.txt`` stay out of a French kit)."""
    others = [f".{code}." for code in ("fr", "en") if code != lang]
    target = tmp / f"assets-{lang}" / "assets"
    if ws.assets.is_dir():
        shutil.copytree(
            ws.assets,
            target,
            ignore=lambda _, names: [n for n in names if any(o in n for o in others)],
        )
    return target


def build_kit(ws: Workshop, lang: str, out_dir: str | os.PathLike, pdf: bool = False) -> Path:
    """Build the kit of ``ws`` in ``lang`` as ``<out_dir>/<slug>-<lang>.zip``; returns its path.

    ``pdf=True`` also prints ``handout.pdf`` when Chromium is installed.
    """
    from makerkit import __version__

    source = ws.notebook(lang)
    if not source.is_file():
        raise KitError(
            "kits.no_language", slug=ws.slug, language=lang, languages=", ".join(ws.languages)
        )
    name = source.name
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="makerkit-kit-") as tmp:
        course = Course(Path(tmp) / "course", ws.slug, lang, address=ws.address)
        course.add_source(source, name, (_assets_for(ws, lang, Path(tmp)),))
        released = course.release()
        kit = Path(tmp) / "kit"
        shutil.copytree(released, kit / "learner")
        learner_nb = read_notebook(kit / "learner" / name)
        (kit / "handout.html").write_text(handout_html(ws, lang, learner_nb), encoding="utf-8")
        has_pdf = pdf and print_to_pdf(kit / "handout.html", kit / "handout.pdf")
        (kit / "facilitator" / "solutions").mkdir(parents=True)
        shutil.copyfile(source, kit / "facilitator" / "solutions" / name)
        if ws.guide(lang).is_file():
            (kit / "facilitator" / "guide.html").write_text(guide_html(ws, lang), encoding="utf-8")
        manifest = {
            "workshop": ws.slug,
            "lang": lang,
            "title": ws.title(lang),
            "notebook": name,
            "points": total_points(read_notebook(source)),
            "ages": ws.ages,
            "address": ws.address,
            "simple": ws.simple,
            "large_print": ws.large_print,
            "minutes": ws.minutes,
            "licence": "CC-BY-SA-4.0",
            "makerkit": __version__,
            "built": datetime.date.today().isoformat(),
            "handout_pdf": bool(has_pdf),
        }
        (kit / KIT_MANIFEST).write_text(json.dumps(manifest, indent=2, ensure_ascii=False), "utf-8")
        target = out / f"{ws.slug}-{lang}.zip"
        partial = out / f".{target.name}.partial"
        with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as zf:
            for path in sorted(kit.rglob("*")):
                if path.is_file():
                    zf.write(path, path.relative_to(kit).as_posix())
        os.replace(partial, target)
    return target
