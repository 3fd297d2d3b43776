"""A private nbgrader course for one workshop notebook: never the user's own course or gradebook.

nbgrader works on a course folder (``source/``, ``release/``, ``submitted/``,
``autograded/`` and a ``gradebook.db``). makerkit makes one in a temporary folder for
each build or grading, configured in code (no ``nbgrader_config.py`` is read), and drives
it through :class:`nbgrader.apps.NbGraderAPI`:

- :meth:`Course.release` runs *generate assignment* (solutions cleared, hidden tests
  removed, cells locked, checksums and the gradebook entries recorded);
- :meth:`Course.autograde` runs *autograde* on one learner's copy: output cleared,
  locked and test cells put back from the source, missing test cells added back, every
  cell run with a time limit, points saved in the gradebook.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from makerkit.errors import KitError
from makerkit.i18n import Voice, t

__all__ = ["Course", "CellGrade", "nbgrader_environment", "DEFAULT_CELL_TIMEOUT_S"]

DEFAULT_CELL_TIMEOUT_S = 20
# No history file, and no transport chatter on the facilitator's screen.
KERNEL_ARGUMENTS = ["--HistoryManager.hist_file=:memory:", "--IPKernelApp.log_level=ERROR"]
# While grading, what a cell shows is not looked at: only plain text is made (no picture,
# no HTML, no widget), so showing a model or a plot costs nothing.
GRADING_KERNEL_ARGUMENTS = [
    "--DisplayFormatter.active_types=['text/plain']",
    "--MimeBundleFormatter.enabled=False",
    "--IPythonDisplayFormatter.enabled=False",
]
# A kernel may take long to start on a busy machine: that is never the learner's fault.
KERNEL_STARTUP_TIMEOUT_S = 300


@contextmanager
def nbgrader_environment() -> Iterator[None]:
    """Run nbgrader with this interpreter's tools first on ``PATH``.

    nbgrader calls the ``alembic`` program to set up a gradebook and starts kernels by
    name; both must come from the environment makerkit runs in, not whatever is first
    on the user's ``PATH``.
    """
    bin_dir = str(Path(sys.executable).parent)
    before = os.environ.get("PATH", "")
    os.environ["PATH"] = bin_dir + os.pathsep + before
    try:
        yield
    finally:
        os.environ["PATH"] = before


@cache
def _alembic_head() -> str:
    """The gradebook schema version nbgrader stamps a new gradebook with.

    nbgrader finds it by starting the ``alembic`` program (several seconds, for a value
    fixed by the installed nbgrader); alembic's own Python API gives the same answer
    at once, from the same migration scripts.
    """
    import nbgrader
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(Path(nbgrader.__file__).parent / "alembic"))
    return ScriptDirectory.from_config(cfg).get_current_head()


_nbgrader_alembic_version = None  # nbgrader's own function, kept to compare in the tests


def _use_fast_alembic_head() -> None:
    global _nbgrader_alembic_version
    import nbgrader.api

    if nbgrader.api.get_alembic_version is not _alembic_head and _alembic_head():
        _nbgrader_alembic_version = nbgrader.api.get_alembic_version
        nbgrader.api.get_alembic_version = _alembic_head


@dataclass(frozen=True)
class CellGrade:
    """The points of one test cell for one learner."""

    grade_id: str
    score: float
    max_score: float


class Course:
    """A temporary nbgrader course holding one assignment (one workshop notebook).

    ``root`` must be an empty or missing folder that the caller owns and removes.
    """

    def __init__(
        self,
        root: Path,
        assignment: str,
        lang: str,
        cell_timeout_s: int = DEFAULT_CELL_TIMEOUT_S,
        address: str = "tu",
    ) -> None:
        self.root = Path(root)
        self.address = address  # "tu" or "vous": how the blank answer cells speak
        self.assignment = assignment
        self.lang = lang
        self.cell_timeout_s = cell_timeout_s
        # nbgrader's exchange (unused here) insists on a folder it can write to.
        (self.root / "exchange").mkdir(parents=True, exist_ok=True)
        self._api = None

    # ----- folders -------------------------------------------------------------------
    @property
    def source_dir(self) -> Path:
        return self.root / "source" / self.assignment

    @property
    def release_dir(self) -> Path:
        return self.root / "release" / self.assignment

    def submitted_dir(self, learner: str) -> Path:
        return self.root / "submitted" / learner / self.assignment

    def autograded_dir(self, learner: str) -> Path:
        return self.root / "autograded" / learner / self.assignment

    # ----- nbgrader ------------------------------------------------------------------
    def config(self):
        """The nbgrader settings, all in code: folders, time limit, texts in the kit's language."""
        from traitlets.config import Config

        c = Config()
        c.CourseDirectory.root = str(self.root)
        c.CourseDirectory.course_id = "makerkit"
        c.CourseDirectory.db_url = f"sqlite:///{self.root / 'gradebook.db'}"
        c.Exchange.root = str(self.root / "exchange")
        voice = Voice(self.address)
        c.ClearSolutions.code_stub = {"python": t("kits.code_stub", lang=self.lang, voice=voice)}
        c.ClearSolutions.text_stub = t("kits.text_stub", lang=self.lang, voice=voice)
        c.Execute.timeout = int(self.cell_timeout_s)
        c.Execute.interrupt_on_timeout = True
        c.Execute.extra_arguments = KERNEL_ARGUMENTS
        c.Execute.startup_timeout = KERNEL_STARTUP_TIMEOUT_S
        # Output that arrives late on a busy machine is waited for, never a failure.
        c.Execute.iopub_timeout = 30
        c.Execute.raise_on_iopub_timeout = False
        self._grading_steps(c)
        c.OverwriteCells.add_missing_cells = True
        # nbgrader fills {cell_id} itself; the sentence is the learner's language.
        c.OverwriteCells.missing_cell_notification = (
            t("kits.missing_cell", lang=self.lang, voice=voice, cell_id="{cell_id}") + "\n\n"
        )
        c.LimitOutput.max_lines = 200
        c.NbGraderAPI.log_level = "WARN"
        return c

    def _grading_steps(self, c) -> None:
        """nbgrader's autograde steps, with makerkit's ``Execute`` (sandbox, processor time)."""
        from nbconvert.preprocessors import ClearMetadataPreprocessor
        from nbgrader.preprocessors import (
            AssignLatePenalties,
            CheckCellMetadata,
            IgnorePattern,
            LimitOutput,
            SaveAutoGrades,
        )

        from makerkit.kits.execute import GradingExecute

        c.Autograde.autograde_preprocessors = [
            GradingExecute,
            IgnorePattern,
            ClearMetadataPreprocessor,
            LimitOutput,
            SaveAutoGrades,
            AssignLatePenalties,
            CheckCellMetadata,
        ]
        c.GradingExecute.extra_arguments = KERNEL_ARGUMENTS + GRADING_KERNEL_ARGUMENTS
        c.SandboxKernelManager.lang = self.lang

    @property
    def api(self):
        if self._api is None:
            from nbgrader.apps import NbGraderAPI
            from nbgrader.coursedir import CourseDirectory

            config = self.config()
            _use_fast_alembic_head()
            with nbgrader_environment():
                coursedir = CourseDirectory(config=config)
                self._api = NbGraderAPI(coursedir=coursedir, config=config)
        return self._api

    def close(self) -> None:
        """Forget the nbgrader objects (the folder can then be copied or removed)."""
        self._api = None

    def add_source(self, notebook: Path, name: str, data_dirs: tuple[Path, ...] = ()) -> None:
        """Put the source notebook (as ``name``) and its data folders in ``source/``."""
        self.source_dir.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(notebook, self.source_dir / name)
        for folder in data_dirs:
            if folder.is_dir() and not folder.is_symlink():
                # Links are left out: a kit's data never brings in files from elsewhere.
                shutil.copytree(
                    folder, self.source_dir / folder.name, dirs_exist_ok=True, ignore=_links
                )

    def release(self) -> Path:
        """Make the learner version (nbgrader *generate assignment*); returns its folder."""
        with nbgrader_environment():
            result = self.api.generate_assignment(self.assignment, force=True, create=True)
        if not result.get("success"):
            raise KitError("kits.build_failed", reason=_last_line(result))
        return self.release_dir

    def autograde(self, learner: str, kernel: dict | None = None) -> dict:
        """Grade ``submitted/<learner>``; nbgrader's result (``success``, ``log``, ``error``).

        ``kernel`` sets :class:`~makerkit.kits.execute.SandboxKernelManager` for this
        learner: ``sandboxed``, ``uid``, ``gid``, ``box_root``.
        """
        manager = self.api.config.SandboxKernelManager
        for key in ("sandboxed", "uid", "gid", "box_root"):
            manager.pop(key, None)
        manager.update(kernel or {})
        with nbgrader_environment():
            return self.api.autograde(self.assignment, learner, force=True, create=True)

    def grades(self, notebook: str, learner: str) -> list[CellGrade]:
        """Each test cell's points for ``learner``, in the notebook's order."""
        from nbgrader.api import Gradebook

        with Gradebook(self.api.coursedir.db_url) as gb:
            nb = gb.find_submission_notebook(notebook, self.assignment, learner)
            grades = sorted(nb.grades, key=lambda g: g.cell.id)
            out = []
            for g in grades:
                if g.cell.max_score <= 0:
                    continue
                score = g.score if g.score is not None else 0.0
                out.append(CellGrade(g.cell.name, float(score), float(g.max_score)))
            return out


def _links(folder: str, names: list[str]) -> list[str]:
    return [n for n in names if os.path.islink(os.path.join(folder, n))]


def _last_line(result: dict) -> str:
    text = (result.get("error") or result.get("log") or "").strip()
    return text.splitlines()[-1] if text else "?"
