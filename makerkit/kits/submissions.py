"""A class's submissions and a kit, opened safely: nothing outside the work folder, originals untouched.

``SUBMISSIONS`` is a folder or a zip with one sub-folder per learner (a pseudonym, never a
real name), each holding that learner's notebook. Every file is *copied* into a private
work folder before anything reads it as a notebook, so the originals are never changed.

What cannot be graded is kept aside with a reason, and the others are still graded:

- archive entries with an absolute path, ``..``, or that are symbolic links (they could
  write or read outside the work folder), or that are too large;
- folders whose name is not a usable pseudonym, files that are not in a learner folder;
- a learner folder with no notebook, with several, or whose notebook cannot be read.

Every path made from a name found in a submission or a kit goes through
:func:`path_inside` before anything reads, writes or deletes it.

>>> ok_pseudonym("fox-12"), ok_pseudonym("../etc")
(True, False)
"""

from __future__ import annotations

import json
import os
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
    "path_inside",
    "MAX_FILE_BYTES",
]

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_TOTAL_BYTES = 2 * 1024 * 1024 * 1024
_PSEUDONYM = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
# What file managers and Jupyter leave behind: ignored without a word.
_IGNORED = {".DS_Store", "Thumbs.db", "desktop.ini", "__MACOSX", ".ipynb_checkpoints"}
# From a class folder only notebooks are copied; the other names are listed in this file
# of the copy, for the message when there is no notebook at all.
_SEEN = ".makerkit-files-seen"


def ok_pseudonym(name: str) -> bool:
    """Whether ``name`` can be a learner's id (letters, digits, ``-_.``; no path, no spaces)."""
    return bool(_PSEUDONYM.match(name)) and ".." not in name


def path_inside(folder: str | os.PathLike, *names: str) -> Path | None:
    """``folder/names…`` resolved (links followed), or None when it would leave ``folder``.

    Absolute names, ``..`` and links that point elsewhere all land outside, so they give
    None; the caller then refuses the name instead of touching the disk with it. The
    folder itself is not "inside" itself.

    >>> import tempfile
    >>> work = tempfile.mkdtemp()
    >>> path_inside(work, "fox", "tag.ipynb") is not None
    True
    >>> [path_inside(work, *bad) for bad in (["/etc"], ["..", "x"], ["fox", "../../x"], ["."])]
    [None, None, None, None]
    """
    root = Path(folder).resolve()
    try:
        target = root.joinpath(*names).resolve()
    except (OSError, RuntimeError, ValueError):  # a link loop, a NUL byte in a name
        return None
    return target if root in target.parents else None


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
        """The folders learners get beside their notebook (``learner/assets`` …); never links."""
        learner = self.folder / "learner"
        if learner.is_symlink() or not learner.is_dir():
            return ()
        return tuple(
            p
            for p in sorted(learner.iterdir())
            if p.is_dir() and not p.is_symlink() and path_inside(self.folder, "learner", p.name)
        )


def open_kit(kit: str | Path, work: Path) -> Kit:
    """Open a kit zip (unpacked safely into ``work``) or an unpacked kit folder.

    The manifest's names (workshop, notebook) are checked like a learner's: plain names
    that stay inside the kit; the notebook must be a real file there, not a link out.
    """
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
                if _unsafe_entry(info) is not None or info.is_dir():
                    continue
                target = path_inside(folder, *_entry_parts(info.filename).parts)
                if target is not None:
                    _extract(zf, info, target)
    manifest_path = folder / "kit.json"
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        kit_obj = Kit(folder, manifest)
        name, workshop = kit_obj.notebook_name, kit_obj.workshop
        if not (
            isinstance(name, str)
            and isinstance(workshop, str)
            and ok_pseudonym(name)
            and name.endswith(".ipynb")
            and ok_pseudonym(workshop)
        ):
            raise ValueError(f"notebook {name!r}, workshop {workshop!r}")
        source = path_inside(folder, "facilitator", "solutions", name)
        if source is None or kit_obj.source.is_symlink() or not source.is_file():
            raise FileNotFoundError(kit_obj.source)
    except (OSError, ValueError, KeyError, TypeError) as exc:
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
        others = sorted(p.name for p in folder.rglob("*") if p.is_file() and p.name != _SEEN)
        if (folder / _SEEN).is_file():
            others = (folder / _SEEN).read_text(encoding="utf-8").split("\n")
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
        target = path_inside(staged, entry.name) if ok_pseudonym(entry.name) else None
        if target is None:
            rejected.append(Rejection(entry.name, "kits.reject_pseudonym", {"name": entry.name}))
            continue
        _copy_learner_folder(entry, target, rejected)


def _copy_learner_folder(source: Path, target: Path, rejected: list[Rejection]) -> None:
    """Copy a learner's notebooks, checking every name first; a link refuses the learner.

    Grading needs nothing else from a learner's folder (the workshop's files come from
    the kit), so photos, models and G-code files stay where they are.
    """
    learner = source.name
    files: list[tuple[Path, Path]] = []
    others: list[str] = []
    # os.walk never follows a link to a folder; each name is looked at with lstat.
    for folder, dirs, names in os.walk(source):
        here = Path(folder)
        dirs[:] = sorted(d for d in dirs if d not in _IGNORED)
        for name in sorted(names + [d for d in dirs if (here / d).is_symlink()]):
            if name in _IGNORED:
                continue
            path = here / name
            rel = path.relative_to(source)
            mode = path.lstat().st_mode
            if stat.S_ISLNK(mode):
                rejected.append(
                    Rejection(learner, "kits.reject_symlink", {"path": f"{learner}/{rel}"})
                )
                return
            if not stat.S_ISREG(mode):
                continue  # sockets, pipes, devices: nothing a learner hands in
            if not name.endswith(".ipynb"):
                others.append(name)
                continue
            copy = path_inside(target, *rel.parts)
            if path.lstat().st_size > MAX_FILE_BYTES or copy is None:
                key = "kits.reject_too_big" if copy is not None else "kits.reject_outside"
                rejected.append(Rejection(learner, key, {"path": f"{learner}/{rel}"}))
                return
            files.append((path, copy))
    target.mkdir(parents=True, exist_ok=True)
    for path, copy in files:
        try:
            copy.parent.mkdir(parents=True, exist_ok=True)
            _copy_regular_file(path, copy)
        except OSError as exc:
            rel = path.relative_to(source)
            values = {"path": f"{learner}/{rel}", "reason": str(exc)}
            rejected.append(Rejection(learner, "kits.reject_unreadable", values))
            shutil.rmtree(target, ignore_errors=True)  # our own copy, a checked pseudonym
            return
    (target / _SEEN).write_text("\n".join(others[:20]), encoding="utf-8")


def _copy_regular_file(source: Path, target: Path) -> None:
    """Copy ``source`` (only read) if it is still a plain file when opened: never a link."""
    fd = os.open(source, os.O_RDONLY | os.O_NOFOLLOW | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(fd, "rb") as src:
        info = os.fstat(src.fileno())
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_FILE_BYTES:
            raise OSError(f"{source.name} changed while it was copied")
        with target.open("wb") as dst:
            shutil.copyfileobj(src, dst)


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


def _common_top(infos: list[zipfile.ZipInfo]) -> int:
    """1 when the zip holds the class folder itself (one top folder of learner folders), else 0."""
    names = [_entry_parts(i.filename).parts for i in infos if _unsafe_entry(i) is None]
    tops = {p[0] for p in names if p} - _IGNORED
    if len(tops) != 1:
        return 0
    top = next(iter(tops))
    # Notebooks right inside the only folder: that folder is a learner, keep it.
    direct = [p for p in names if len(p) == 2 and p[0] == top and p[1].endswith(".ipynb")]
    deeper = [p for p in names if len(p) > 2]
    return 1 if deeper and not direct else 0


def _stage_zip(path: Path, staged: Path, rejected: list[Rejection]) -> None:
    """Unpack each learner's files into ``staged/<learner>/``: plan everything, then write.

    Every entry is checked first (its name, its size, where it would land); a learner
    with any refused entry is not unpacked at all, so a refused name never leads to a
    write or a delete. Names in rejections are labels only, never paths.
    """
    with zipfile.ZipFile(path) as zf:
        infos = zf.infolist()
        strip = _common_top(infos)
        plan: dict[str, list[tuple[zipfile.ZipInfo, Path]]] = {}
        bad: set[str] = set()
        total = 0
        for info in infos:
            raw = _entry_parts(info.filename).parts
            parts = raw[strip:]
            unsafe = _unsafe_entry(info)
            owner = parts[0] if parts and ok_pseudonym(parts[0]) else None
            if unsafe:
                rejected.append(Rejection(owner or info.filename, unsafe, {"path": info.filename}))
                if owner:
                    bad.add(owner)
                continue
            if not parts or set(parts) & _IGNORED or parts[0].startswith("."):
                continue
            if info.is_dir():
                continue
            if len(parts) == 1:
                rejected.append(
                    Rejection(info.filename, "kits.reject_outside", {"path": info.filename})
                )
                continue
            if owner is None:
                rejected.append(Rejection(parts[0], "kits.reject_pseudonym", {"name": parts[0]}))
                continue
            target = path_inside(staged, *parts)
            if target is None:
                rejected.append(Rejection(owner, "kits.reject_outside", {"path": info.filename}))
                bad.add(owner)
                continue
            total += info.file_size
            if total > MAX_TOTAL_BYTES:
                raise KitError("kits.submissions_too_big", path=str(path))
            plan.setdefault(owner, []).append((info, target))
        for learner, entries in sorted(plan.items()):
            if learner in bad:
                continue
            for info, target in entries:
                try:
                    _extract(zf, info, target)
                except (OSError, zipfile.BadZipFile, RuntimeError) as exc:
                    rejected.append(
                        Rejection(
                            learner,
                            "kits.reject_unreadable",
                            {"path": info.filename, "reason": str(exc)},
                        )
                    )
                    folder = path_inside(staged, learner)  # a checked pseudonym, checked again
                    if folder is not None:
                        shutil.rmtree(folder, ignore_errors=True)
                    break
    # One reason per learner is enough for the facilitator.
    seen: set[tuple[str, str]] = set()
    rejected[:] = [
        r for r in rejected if (k := (r.learner, r.reason_key)) not in seen and not seen.add(k)
    ]
