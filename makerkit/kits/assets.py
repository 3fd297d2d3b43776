"""Pictures and data files a workshop's notebook draws for its guide: ``[[assets]]`` recipes.

The guide shows the expected result; that picture should be what the notebook itself
makes, in each language. ``workshop.toml`` says how, one table per file::

    [[assets]]
    file = "assets/expected-line.{lang}.png"     # {lang}: one file per language
    after = "step5_answer"                       # run the answered notebook down to this cell
    make = 'mk.run_challenge("line-follow", step).picture()'
    # make = { fr = "...", en = "..." } when the two notebooks name things differently

``makerkit workshop assets SLUG`` runs each language's source notebook (answers filled
in) in a real kernel down to ``after``, evaluates ``make`` there and saves the value: a
picture with ``.save()`` (its alt text goes beside it as ``.txt``), or text or bytes
(``.gz`` files are compressed with a fixed date, so the same content gives the same
bytes). A file without ``{lang}`` is made once, from the first language.

>>> recipe = AssetRecipe("assets/x.{lang}.png", "setup", {"fr": "a", "en": "b"})
>>> recipe.file_for("fr"), recipe.expression("en")
('assets/x.fr.png', 'b')
"""

from __future__ import annotations

import gzip
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from makerkit.errors import WorkshopError
from makerkit.kits.workshop import Workshop

__all__ = ["AssetRecipe", "asset_recipes", "make_assets", "save_asset"]


@dataclass(frozen=True)
class AssetRecipe:
    """One ``[[assets]]`` table: the ``file`` to write, the cell to run down to (``after``)
    and the expression that ``make``\\ s it, per language."""

    file: str
    after: str
    make: dict[str, str]

    @property
    def per_language(self) -> bool:
        """Whether there is one file per language (``{lang}`` in its name)."""
        return "{lang}" in self.file

    def file_for(self, lang: str) -> str:
        """The file's path inside the workshop folder, for ``lang``."""
        return self.file.replace("{lang}", lang)

    def expression(self, lang: str) -> str:
        """The Python expression that makes the file in the ``lang`` notebook."""
        return self.make.get(lang) or self.make.get("*", "")

    def languages(self, ws: Workshop) -> list[str]:
        """The languages whose notebooks make this file."""
        return list(ws.languages) if self.per_language else list(ws.languages[:1])


def asset_recipes(ws: Workshop) -> list[AssetRecipe]:
    """The ``[[assets]]`` recipes of ``ws`` (those whose fields are not even text are left
    to ``makerkit workshop check`` to name)."""
    recipes = []
    for entry in ws.meta.get("assets", []):
        if not isinstance(entry, dict):
            continue
        make = entry.get("make")
        make = {"*": make} if isinstance(make, str) else make
        texts = isinstance(make, dict) and all(isinstance(v, str) for v in make.values())
        if isinstance(entry.get("file"), str) and isinstance(entry.get("after"), str) and texts:
            recipes.append(AssetRecipe(entry["file"], entry["after"], dict(make)))
    return recipes


def save_asset(value: Any, path: str | os.PathLike) -> None:
    """Write what a recipe made to ``path`` (called inside the notebook's kernel)."""
    path = Path(path)
    if hasattr(value, "save"):
        value.save(path)
        return
    data = value.encode("utf-8") if isinstance(value, str) else bytes(value)
    if path.suffix == ".gz":
        data = gzip.compress(data, mtime=0)
    path.write_bytes(data)


def make_assets(ws: Workshop, lang: str | None = None, timeout_s: int = 120) -> list[Path]:
    """Make every ``[[assets]]`` file of ``ws`` (only ``lang``'s if given); their paths."""
    recipes = asset_recipes(ws)
    made: list[Path] = []
    for code in ws.languages if lang is None else [lang]:
        mine = [r for r in recipes if code in r.languages(ws)]
        if mine:
            made += _make_in_notebook(ws, code, mine, timeout_s)
    return made


def _make_in_notebook(
    ws: Workshop, lang: str, recipes: list[AssetRecipe], timeout_s: int
) -> list[Path]:
    import nbformat
    from nbclient import NotebookClient

    from makerkit.kits.course import KERNEL_ARGUMENTS
    from makerkit.kits.notebooks import read_notebook

    source = read_notebook(ws.notebook(lang))
    with tempfile.TemporaryDirectory(prefix="makerkit-assets-") as tmp:
        work = Path(tmp)
        if ws.assets.is_dir():
            shutil.copytree(ws.assets, work / "assets")
        out = work / "made"
        out.mkdir()
        cells, waiting = [], {r.after: [] for r in recipes}
        for r_index, recipe in enumerate(recipes):
            waiting[recipe.after].append((r_index, recipe))
        for cell in source.cells:
            if cell.cell_type != "code":
                continue
            cells.append(nbformat.v4.new_code_cell(cell.source))
            for key in {cell.get("id"), cell.metadata.get("nbgrader", {}).get("grade_id")}:
                for r_index, recipe in waiting.pop(key, []):
                    target = out / f"{r_index}{Path(recipe.file).suffix}"
                    cells.append(nbformat.v4.new_code_cell(_save_cell(recipe, lang, target)))
        if waiting:
            after = ", ".join(sorted(str(k) for k in waiting))
            raise WorkshopError("kits.assets_no_cell", slug=ws.slug, cell=after)
        nb = nbformat.v4.new_notebook(cells=cells)
        nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3"}
        client = NotebookClient(
            nb,
            timeout=timeout_s,
            kernel_name="python3",
            extra_arguments=KERNEL_ARGUMENTS,
            resources={"metadata": {"path": str(work)}},
        )
        try:
            client.execute()
        except Exception as exc:
            reason = str(getattr(exc, "ename", "") or type(exc).__name__)
            raise WorkshopError("kits.assets_failed", slug=ws.slug, reason=reason) from exc
        return [_put_in_place(ws, recipe, lang, out, i) for i, recipe in enumerate(recipes)]


def _save_cell(recipe: AssetRecipe, lang: str, target: Path) -> str:
    return (
        "from makerkit.kits.assets import save_asset as _makerkit_save_asset\n"
        f"_makerkit_save_asset(({recipe.expression(lang)}), {str(target)!r})"
    )


def _put_in_place(ws: Workshop, recipe: AssetRecipe, lang: str, out: Path, index: int) -> Path:
    made = out / f"{index}{Path(recipe.file).suffix}"
    target = ws.folder / recipe.file_for(lang)
    target.parent.mkdir(parents=True, exist_ok=True)
    os.replace(made, target)
    alt = made.with_suffix(".txt")
    if alt.is_file():
        os.replace(alt, target.with_suffix(".txt"))
    return target
