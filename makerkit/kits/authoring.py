"""``makerkit workshop new``: a new workshop from ``templates/workshop``, ready to fill in.

The copy is complete and valid from the start (``makerkit workshop check`` passes on it):
both notebooks with nbgrader settings, both guide skeletons, ``workshop.toml`` and a
placeholder picture. The author then replaces the example step with real ones.
"""

from __future__ import annotations

import datetime
import re
import shutil
from pathlib import Path

import nbformat

from makerkit.errors import WorkshopError
from makerkit.kits.workshop import Workshop, find_workshops_dir, load_workshop

__all__ = ["new_workshop", "templates_dir"]

_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]{1,40}$")


def templates_dir() -> Path:
    """The ``templates`` folder beside the makerkit source tree."""
    return Path(__file__).resolve().parents[2] / "templates"


def new_workshop(
    slug: str, workshops_dir: str | Path | None = None, title: str | None = None
) -> Workshop:
    """Create ``<workshops_dir>/<slug>`` from the template and return it.

    >>> import tempfile
    >>> ws = new_workshop("paper-plane", tempfile.mkdtemp())
    >>> sorted(p.name for p in ws.folder.iterdir())  # doctest: +NORMALIZE_WHITESPACE
    ['assets', 'guide.en.md', 'guide.fr.md', 'paper-plane.en.ipynb', 'paper-plane.fr.ipynb',
     'workshop.toml']
    """
    if not _SLUG.match(slug):
        raise WorkshopError("kits.bad_slug", slug=slug)
    root = find_workshops_dir(workshops_dir)
    target = root / slug
    if target.exists():
        raise WorkshopError("kits.workshop_exists", slug=slug, path=str(target))
    source = templates_dir() / "workshop"
    values = {
        "slug": slug,
        "title": (title or slug.replace("-", " ").capitalize()).replace('"', "'").replace("\\", ""),
        "age_min": "8",
        "age_max": "11",
        "minutes": "60",
        "date": datetime.date.today().isoformat(),
    }
    target.mkdir(parents=True)
    try:
        shutil.copytree(source / "assets", target / "assets")
        for path in source.iterdir():
            if path.is_dir():
                continue
            name = path.name.replace("SLUG", slug)
            if path.suffix == ".ipynb":
                nb = nbformat.read(path, as_version=4)
                for cell in nb.cells:
                    cell.source = _fill(cell.source, values)
                nbformat.write(nb, target / name)
            else:
                (target / name).write_text(_fill(path.read_text("utf-8"), values), "utf-8")
    except BaseException:
        shutil.rmtree(target, ignore_errors=True)
        raise
    return load_workshop(target)


def _fill(text: str, values: dict[str, str]) -> str:
    for key, value in values.items():
        text = text.replace("{{" + key + "}}", value)
    return text
