"""Start a learner's Jupyter server with the workshop files in their folder, on any JupyterHub.

``python -m makerkit.hub.learner RELEASE_DIR… -- [jupyterhub-singleuser options]`` runs *as
the learner*, in the folder their server serves: it copies each workshop file that is missing
(never one the learner already has), then runs ``jupyterhub-singleuser`` in the same process,
without the imports it does not need (:mod:`makerkit.startup`). The room's own hub prepares
folders itself (it also owns them) and starts every learner's server this way with no
folder to copy; hubs that create their users another way (The Littlest JupyterHub, Zero to
JupyterHub on Kubernetes, docs/hub.md) give the release folders.

>>> import tempfile
>>> from pathlib import Path
>>> with tempfile.TemporaryDirectory() as d:
...     release, mine = Path(d, "release"), Path(d, "lea")
...     (release / "assets").mkdir(parents=True); mine.mkdir()
...     _ = (release / "tag.ipynb").write_text("blank"); _ = (release / "assets" / "a.png").write_text("p")
...     _ = (mine / "tag.ipynb").write_text("my work")
...     copied = copy_missing([release], mine)
...     sorted(p.relative_to(mine).as_posix() for p in copied), (mine / "tag.ipynb").read_text()
(['assets', 'assets/a.png'], 'my work')
"""

from __future__ import annotations

import shutil
import sys
from collections.abc import Iterable
from pathlib import Path

__all__ = ["copy_missing", "main"]


def copy_missing(releases: Iterable[Path], target: Path) -> list[Path]:
    """Copy every file of ``releases`` that ``target`` lacks; returns what was made.

    A learner's own file of the same name is never replaced: their work is theirs. Nothing
    is written through a link the learner made (the hub may run this as root).
    """
    made = []
    for release in releases:
        release = Path(release)
        for source in sorted(release.rglob("*")) if release.is_dir() else []:
            rel = source.relative_to(release)
            path = target / rel
            steps = [target.joinpath(*rel.parts[:i]) for i in range(1, len(rel.parts) + 1)]
            if any(step.is_symlink() for step in steps) or path.exists():
                continue
            if source.is_dir():
                path.mkdir()
            else:
                shutil.copyfile(source, path)
            made.append(path)
    return made


def main(argv: list[str] | None = None) -> None:
    argv = list(sys.argv[1:] if argv is None else argv)
    split = argv.index("--") if "--" in argv else len(argv)
    releases, options = argv[:split], argv[split + 1 :]
    copy_missing([Path(r) for r in releases], Path.cwd())
    from makerkit.startup import run_module

    run_module("jupyterhub.singleuser", options)  # in this process: a second less to start


if __name__ == "__main__":
    main()
