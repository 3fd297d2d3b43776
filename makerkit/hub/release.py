"""The session's workshops: one kit per workshop, and the learner files unpacked from it.

A kit (``makerkit kit build``) holds what a room needs: the learner notebook as nbgrader
releases it, with its assets, for the workspaces; the source notebook, to grade. The
session keeps its own kits in ``DIR/kits/``, so it can be graded and restarted without
the workshops folder; a kit is built again only when its workshop changed since.
"""

from __future__ import annotations

import os
import shutil
import zipfile
from pathlib import Path

from makerkit.hub.session import HubError, Session

__all__ = ["prepare_workshops", "resolve_workshops"]


def resolve_workshops(
    names: list[str], lang: str, workshops_dir: str | os.PathLike | None = None
) -> list[str]:
    """The slugs of ``names`` (slugs or folders); a clear error for an unknown one or language."""
    from makerkit.errors import KitError
    from makerkit.kits.workshop import get_workshop

    slugs = []
    for name in names:
        ws = get_workshop(name, workshops_dir)
        if lang not in ws.languages:
            raise KitError(
                "kits.no_language", slug=ws.slug, lang=lang, languages=", ".join(ws.languages)
            )
        if ws.slug not in slugs:
            slugs.append(ws.slug)
    return slugs


def prepare_workshops(session: Session, workshops_dir: str | os.PathLike | None = None) -> None:
    """Build each workshop's kit if missing or older than the workshop; unpack its learner files."""
    from makerkit.errors import WorkshopError
    from makerkit.kits.build import build_kit
    from makerkit.kits.workshop import get_workshop

    session.kits_dir.mkdir(mode=0o700, exist_ok=True)  # solutions: the facilitator's only
    for slug in session.workshops:
        kit = session.kit_zip(slug)
        try:
            ws = get_workshop(slug, workshops_dir)
        except WorkshopError:
            if not kit.is_file():
                raise
            ws = None  # the workshops folder is not here: the session's own kit will do
        if ws is not None and (not kit.is_file() or _newest(ws.folder) > kit.stat().st_mtime):
            build_kit(ws, session.lang, session.kits_dir)
        _unpack_learner_files(kit, session.release_dir(slug))


def _newest(folder: Path) -> float:
    return max((p.stat().st_mtime for p in folder.rglob("*") if p.is_file()), default=0.0)


def _unpack_learner_files(kit: Path, target: Path) -> None:
    """Replace ``target`` with the kit's ``learner/`` folder (what every workspace starts from)."""
    staging = target.with_name(f".{target.name}.partial")
    shutil.rmtree(staging, ignore_errors=True)
    with zipfile.ZipFile(kit) as zf:
        for info in zf.infolist():
            parts = Path(info.filename).parts
            if not parts or parts[0] != "learner" or info.is_dir() or ".." in parts:
                continue
            out = staging.joinpath(*parts[1:])
            out.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(info) as src, out.open("wb") as dst:
                shutil.copyfileobj(src, dst)
    if not any(staging.glob("*.ipynb")):
        raise HubError("hub.kit_without_notebook", path=str(kit))
    for path in [staging, *staging.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)
    shutil.rmtree(target, ignore_errors=True)
    target.parent.mkdir(parents=True, exist_ok=True)
    os.replace(staging, target)
