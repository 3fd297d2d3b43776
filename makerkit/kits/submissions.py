"""A class's submissions and a kit, opened safely: nothing outside the work folder, originals untouched.

``SUBMISSIONS`` is a folder or a zip with one sub-folder per learner (a pseudonym, never a
real name), each holding that learner's notebook. Every file is *copied* into a private
work folder before anything reads it as a notebook, so the originals are never changed.

What cannot be graded is kept aside with a reason, and the others are still graded:

- archive entries with an absolute path, ``..``, or that are symbolic links (they could
  write or read outside the work folder), or that are too large;
- folders whose name is not a usable pseudonym, files that are not in a learner folder;
- a learner folder with no notebook, with several, or whose notebook cannot be read.

>>> ok_pseudonym("fox-12"), ok_pseudonym("../etc")
(True, False)
"""

from __future__ import annotations

import json
import re
import shutil
import stat
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from makerkit.errors import KitError

__all__ = [
    "Kit",
    "Submissions",
    "Rejection",
    "open_kit",
    "collect_submissions",
    "ok_pseudonym",
    "MAX_FILE_BYTES",
]

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_TOTAL_BYTES = 2 * 1024 * 1024 * 1024
_PSEUDONYM = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
# What file managers and Jupyter leave behind: ignored without a word.
_IGNORED = {".DS_Store", "Thumbs.db", "desktop.ini", "__MACOSX", ".ipynb_checkpoints"}


def ok_pseudonym(name: str) -> bool:
    """Whether ``name`` can be a learner's id (letters, digits, ``-_.``; no path, no spaces)."""
    return bool(_PSEUDONYM.match(name)) and ".." not in name


@dataclass(frozen=True)
class Rejection:
    """A learner (or an archive entry) that was not graded, with a catalogue reason."""

    learner: str
    reason_key: str
    values: dict = field(default_factory=dict)

    def reason(self, lang: str | None = None) -> str:
        from makerkit.i18n import t

        return t(self.reason_key, lang=lang, **self.values)


@dataclass
class Kit:
    """An opened kit: its manifest, source notebook and the data learners get beside it."""

    folder: Path
    manifest: dict

    @property
    def notebook_name(self) -> str:
        return self.manifest["notebook"]

    @property
    def lang(self) -> str:
        return self.manifest.get("lang", "en")

    @property
    def workshop(self) -> str:
        return self.manifest["workshop"]

    @property
    def source(self) -> Path:
        return self.folder / "facilitator" / "solutions" / self.notebook_name

    @property
    def released(self) -> Path:
        return self.folder / "learner" / self.notebook_name

    @property
    def data_dirs(self) -> tuple[Path, ...]:
        learner = self.folder / "learner"
        return tuple(p for p in sorted(learner.iterdir()) if p.is_dir()) if learner.is_dir() else ()


def open_kit(kit: str | Path, work: Path) -> Kit:
    """Open a kit zip (unpacked safely into ``work``) or an unpacked kit folder."""
    path = Path(kit)
    if not path.exists():
        raise KitError("kits.kit_missing", path=str(kit))
    if path.is_dir():
        folder = path
    else:
        if not zipfile.is_zipfile(path):
            raise KitError("kits.kit_not_zip", path=str(kit))
        folder = work / "kit"
        with zipfile.ZipFile(path) as zf:
            for info in zf.infolist():
                if _unsafe_entry(info) is None and not info.is_dir():
                    _extract(zf, info, folder / _entry_parts(info.filename).as_posix())
    manifest_path = folder / "kit.json"
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        kit_obj = Kit(folder, manifest)
        if not kit_obj.source.is_file():
            raise FileNotFoundError(kit_obj.source)
    except (OSError, ValueError, KeyError) as exc:
        raise KitError("kits.kit_incomplete", path=str(kit), reason=str(exc)) from exc
    return kit_obj


@dataclass
class Submissions:
    """Each learner's copied notebook (``learners``: id → path) and the rejections."""

    learners: dict[str, Path]
    rejected: list[Rejection]


def collect_submissions(submissions: str | Path, notebook_name: str, work: Path) -> Submissions:
    """Copy every learner's notebook from a folder or zip into ``work/<id>/``; reject the rest."""
    path = Path(submissions)
    if not path.exists():
        raise KitError("kits.submissions_missing", path=str(submissions))
    staged = work / "staged"
    rejected: list[Rejection] = []
    if path.is_dir():
        _stage_folder(path, staged, rejected)
    elif zipfile.is_zipfile(path):
        _stage_zip(path, staged, rejected)
    else:
        raise KitError("kits.submissions_not_folder", path=str(submissions))
    refused = {r.learner for r in rejected}
    learners: dict[str, Path] = {}
    for folder in sorted(p for p in staged.iterdir() if p.is_dir()) if staged.is_dir() else []:
        learner = folder.name
        if learner in refused:
            continue
        chosen = _choose_notebook(folder, notebook_name, rejected)
        if chosen is not None:
            learners[learner] = chosen
    return Submissions(learners, rejected)


def _choose_notebook(folder: Path, notebook_name: str, rejected: list[Rejection]) -> Path | None:
    from makerkit.kits.notebooks import read_notebook

    learner = folder.name
    notebooks = sorted(
        p for p in folder.rglob("*.ipynb") if not (set(p.relative_to(folder).parts) & _IGNORED)
    )
    exact = [p for p in notebooks if p.name == notebook_name]
    if exact:
        chosen = exact[0]
    elif len(notebooks) == 1:
        chosen = notebooks[0]
    elif not notebooks:
        others = sorted(p.name for p in folder.rglob("*") if p.is_file())
        rejected.append(
            Rejection(learner, "kits.reject_no_notebook", {"files": ", ".join(others) or "-"})
        )
        return None
    else:
        names = ", ".join(p.name for p in notebooks)
        rejected.append(Rejection(learner, "kits.reject_several", {"files": names}))
        return None
    try:
        read_notebook(chosen)
    except ValueError as exc:
        reason = str(exc).splitlines()[0][:160] if str(exc) else "?"
        rejected.append(
            Rejection(learner, "kits.reject_not_notebook", {"file": chosen.name, "reason": reason})
        )
        return None
    return chosen


def _stage_folder(root: Path, staged: Path, rejected: list[Rejection]) -> None:
    for entry in sorted(root.iterdir()):
        if entry.name in _IGNORED or entry.name.startswith("."):
            continue
        if entry.is_symlink():
            rejected.append(Rejection(entry.name, "kits.reject_symlink", {"path": entry.name}))
            continue
        if not entry.is_dir():
            rejected.append(Rejection(entry.name, "kits.reject_outside", {"path": entry.name}))
            continue
        if not ok_pseudonym(entry.name):
            rejected.append(Rejection(entry.name, "kits.reject_pseudonym", {"name": entry.name}))
            continue
        _copy_learner_folder(entry, staged / entry.name, rejected)


def _copy_learner_folder(source: Path, target: Path, rejected: list[Rejection]) -> None:
    target.mkdir(parents=True, exist_ok=True)
    for path in sorted(source.rglob("*")):
        rel = path.relative_to(source)
        if set(rel.parts) & _IGNORED:
            continue
        if path.is_symlink():
            rejected.append(
                Rejection(source.name, "kits.reject_symlink", {"path": f"{source.name}/{rel}"})
            )
            return
        if path.is_file():
            if path.stat().st_size > MAX_FILE_BYTES:
                rejected.append(
                    Rejection(source.name, "kits.reject_too_big", {"path": f"{source.name}/{rel}"})
                )
                return
            (target / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, target / rel)  # a copy: the original is only read


def _entry_parts(name: str) -> PurePosixPath:
    return PurePosixPath(name.replace("\\", "/"))


def _unsafe_entry(info: zipfile.ZipInfo) -> str | None:
    """Why an archive entry must not be unpacked (a catalogue key), or None."""
    name = info.filename.replace("\\", "/")
    parts = PurePosixPath(name).parts
    if name.startswith("/") or re.match(r"^[A-Za-z]:", name):
        return "kits.reject_absolute"
    if ".." in parts:
        return "kits.reject_parent"
    if stat.S_ISLNK(info.external_attr >> 16):
        return "kits.reject_symlink"
    if info.file_size > MAX_FILE_BYTES:
        return "kits.reject_too_big"
    return None


def _extract(zf: zipfile.ZipFile, info: zipfile.ZipInfo, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    with zf.open(info) as src, target.open("wb") as dst:
        # Never trust the declared size: stop reading past the limit.
        data = src.read(MAX_FILE_BYTES + 1)
        if len(data) > MAX_FILE_BYTES:
            raise OSError("too big")
        dst.write(data)


def _stage_zip(path: Path, staged: Path, rejected: list[Rejection]) -> None:
    with zipfile.ZipFile(path) as zf:
        infos = zf.infolist()
        # A zip made by zipping the class folder itself has one top folder: look inside it.
        tops = {_entry_parts(i.filename).parts[0] for i in infos if _entry_parts(i.filename).parts}
        tops -= _IGNORED
        strip = 0
        if len(tops) == 1:
            top = next(iter(tops))
            # Notebooks right inside the only folder: that folder is a learner, keep it.
            direct = [
                p
                for i in infos
                if len(p := _entry_parts(i.filename).parts) == 2
                and p[0] == top
                and p[1].endswith(".ipynb")
            ]
            deeper = [i for i in infos if len(_entry_parts(i.filename).parts) > 2]
            strip = 1 if deeper and not direct else 0
        total = 0
        bad_learners: set[str] = set()
        for info in infos:
            parts = _entry_parts(info.filename).parts[strip:]
            learner = parts[0] if parts and ok_pseudonym(parts[0]) else info.filename
            unsafe = _unsafe_entry(info)
            if not unsafe and (not parts or set(parts) & _IGNORED or parts[0].startswith(".")):
                continue
            if unsafe:
                rejected.append(Rejection(learner, unsafe, {"path": info.filename}))
                bad_learners.add(learner)
                continue
            if info.is_dir():
                continue
            if len(parts) == 1:
                rejected.append(
                    Rejection(info.filename, "kits.reject_outside", {"path": info.filename})
                )
                continue
            if not ok_pseudonym(parts[0]):
                rejected.append(Rejection(parts[0], "kits.reject_pseudonym", {"name": parts[0]}))
                bad_learners.add(parts[0])
                continue
            total += info.file_size
            if total > MAX_TOTAL_BYTES:
                raise KitError("kits.submissions_too_big", path=str(path))
            try:
                _extract(zf, info, staged.joinpath(*parts))
            except (OSError, zipfile.BadZipFile, RuntimeError) as exc:
                rejected.append(
                    Rejection(
                        learner,
                        "kits.reject_unreadable",
                        {"path": info.filename, "reason": str(exc)},
                    )
                )
                bad_learners.add(learner)
        for learner in bad_learners:
            shutil.rmtree(staged / learner, ignore_errors=True)
    # One reason per learner is enough for the facilitator.
    seen: set[tuple[str, str]] = set()
    rejected[:] = [
        r for r in rejected if (k := (r.learner, r.reason_key)) not in seen and not seen.add(k)
    ]
