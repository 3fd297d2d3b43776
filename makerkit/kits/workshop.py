"""A workshop on disk: ``workshop.toml``, one nbgrader notebook and one guide per language.

A workshop folder looks like this (see ``workshops/README.md``)::

    workshops/nametag/
      workshop.toml          titles, ages, minutes, what you make / need / learn, licence
      nametag.fr.ipynb       nbgrader *source* notebook (solutions and hidden tests inside)
      nametag.en.ipynb       the same cells, points and grading, in English
      guide.fr.md            the facilitator guide
      guide.en.md
      assets/                pictures and data the notebooks or guides use

>>> ws = load_workshop(find_workshops_dir() / "nametag")  # doctest: +SKIP
>>> ws.title("fr")  # doctest: +SKIP
'Un porte-clés à ton nom'
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from makerkit.errors import WorkshopError

__all__ = [
    "Workshop",
    "load_workshop",
    "get_workshop",
    "list_workshops",
    "find_workshops_dir",
    "LEVELS",
    "LICENCE",
    "TEXT_FIELDS",
    "LIST_FIELDS",
]

LICENCE = "CC-BY-SA-4.0"
LEVELS = ("beginner", "intermediate", "advanced")
TEXT_FIELDS = ("title", "summary")
LIST_FIELDS = ("make", "need", "learn")
REQUIRED_TOP = ("slug", "ages", "minutes", "level", "licence", "last_tested", "languages")


@dataclass(frozen=True)
class Workshop:
    """One workshop folder and its ``workshop.toml``."""

    folder: Path
    meta: dict[str, Any] = field(repr=False)

    @property
    def slug(self) -> str:
        """The short name: the folder's name, used in file names and commands."""
        return self.folder.name

    @property
    def languages(self) -> list[str]:
        """The languages the workshop is written in (``["fr", "en"]``)."""
        return list(self.meta.get("languages", []))

    @property
    def ages(self) -> list[int]:
        """The youngest and oldest learners it is written for: ``[8, 11]``."""
        return list(self.meta.get("ages", []))

    @property
    def address(self) -> str:
        """How French texts speak to learners: ``"tu"`` (children) or ``"vous"`` (adults).

        ``address`` in workshop.toml decides (intergenerational groups); else the youngest age.
        """
        ages = self.ages
        return self.meta.get("address") or ("vous" if ages and ages[0] >= 16 else "tu")

    @property
    def simple(self) -> bool:
        """Whether its texts use simple words and names (``robot.sees_line()`` rather than
        ``prox_ground_delta``): when its youngest learners are 8 to 11."""
        ages = self.ages
        return bool(ages) and ages[0] <= 11

    def voice_call(self, lang: str) -> str:
        """The call that sets the notebook's language and voice, in its first code cell.

        >>> Workshop(Path("kite"), {"ages": [8, 11]}).voice_call("fr")
        'mk.set_language("fr", address="tu", simple=True)'
        >>> Workshop(Path("kite"), {"ages": [60, 99]}).voice_call("en")
        'mk.set_language("en")'
        """
        words = [f'"{lang}"']
        if lang == "fr":
            words.append(f'address="{self.address}"')
        if self.simple:
            words.append("simple=True")
        return f"mk.set_language({', '.join(words)})"

    @property
    def large_print(self) -> bool:
        """Whether it is in large print: its notebooks call ``mk.large_print(True)``."""
        return any(
            self.notebook(lang).is_file()
            and "large_print(True)" in self.notebook(lang).read_text(encoding="utf-8")
            for lang in self.languages
        )

    @property
    def minutes(self) -> int:
        """How long a session lasts, set-up and tidying included."""
        return int(self.meta.get("minutes", 0))

    def texts(self, lang: str) -> dict[str, Any]:
        """The ``[fr]`` or ``[en]`` table: title, summary, make, need, learn."""
        return dict(self.meta.get(lang, {}))

    def title(self, lang: str) -> str:
        """The workshop's title in ``lang``."""
        return str(self.texts(lang).get("title", self.slug))

    def notebook(self, lang: str) -> Path:
        """The nbgrader source notebook for ``lang``: ``<slug>.<lang>.ipynb``."""
        return self.folder / f"{self.slug}.{lang}.ipynb"

    def guide(self, lang: str) -> Path:
        """The facilitator guide for ``lang``: ``guide.<lang>.md``."""
        return self.folder / f"guide.{lang}.md"

    @property
    def assets(self) -> Path:
        """The folder of pictures and data files (copied next to the learner notebooks)."""
        return self.folder / "assets"

    def summary(self) -> dict[str, Any]:
        """What ``makerkit workshop list --json`` reports for this workshop."""
        return {
            "slug": self.slug,
            "ages": self.ages,
            "minutes": self.minutes,
            "languages": self.languages,
            "titles": {lang: self.title(lang) for lang in self.languages},
        }


def find_workshops_dir(start: str | os.PathLike | None = None) -> Path:
    """The folder that holds the workshops.

    In order: ``start`` if given, ``MAKERKIT_WORKSHOPS``, ``./workshops``, then the
    ``workshops`` folder beside the makerkit source tree.

    >>> find_workshops_dir().name
    'workshops'
    """
    if start is not None:
        return Path(start)
    env = os.environ.get("MAKERKIT_WORKSHOPS")
    if env:
        return Path(env)
    here = Path.cwd() / "workshops"
    if here.is_dir():
        return here
    return Path(__file__).resolve().parents[2] / "workshops"


def load_workshop(folder: str | os.PathLike) -> Workshop:
    """Read a workshop folder's ``workshop.toml``; a clear error if it is missing or broken."""
    folder = Path(folder)
    toml_path = folder / "workshop.toml"
    if not folder.is_dir() or not toml_path.is_file():
        raise WorkshopError("kits.workshop_missing", path=str(folder))
    try:
        with toml_path.open("rb") as f:
            meta = tomllib.load(f)
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise WorkshopError(
            "kits.workshop_toml_broken", path=str(toml_path), reason=str(exc)
        ) from exc
    return Workshop(folder, meta)


def list_workshops(workshops_dir: str | os.PathLike | None = None) -> list[Workshop]:
    """Every workshop folder (one with a ``workshop.toml``) in the workshops folder, by slug."""
    root = find_workshops_dir(workshops_dir)
    if not root.is_dir():
        return []
    return [
        load_workshop(p)
        for p in sorted(root.iterdir())
        if p.is_dir() and (p / "workshop.toml").is_file()
    ]


def get_workshop(slug: str, workshops_dir: str | os.PathLike | None = None) -> Workshop:
    """The workshop called ``slug`` (or found at that path), or an error listing the known ones."""
    as_path = Path(slug)
    if as_path.is_dir() and (as_path / "workshop.toml").is_file():
        return load_workshop(as_path)
    root = find_workshops_dir(workshops_dir)
    if (root / slug / "workshop.toml").is_file():
        return load_workshop(root / slug)
    known = ", ".join(sorted(p.parent.name for p in root.glob("*/workshop.toml"))) or "-"
    raise WorkshopError("kits.workshop_unknown", slug=slug, known=known)
