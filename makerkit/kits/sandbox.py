"""The grading sandbox: each learner's kernel confined with bubblewrap.

While a class is graded, the code that runs is the learners' own: it is untrusted. The
boundary is the learner's *kernel* (the process that runs their cells); nbgrader itself,
the gradebook and the kit's solutions stay outside with the facilitator's rights. Each
kernel starts inside ``bwrap`` (Debian's ``bubblewrap``, the tool Flatpak uses) with:

- its own empty file system: the system's programs and Python read-only, a private
  folder holding only the learner's notebook files and the workshop's assets (their
  ``home``), an empty ``/tmp``; no solutions, no gradebook, no other learner, no ``/root``
  or ``/home``, a made-up ``/etc/passwd``;
- no network (a new network namespace: not even the machine's own ports), its own
  process numbers (a new PID namespace: it sees and can signal only its own processes,
  and all of them are killed when the kernel stops), its own IPC and host name;
- an unprivileged user: the learner's own system user on the hub, else the dedicated
  ``makerkit-grader`` system user (created on first use) when makerkit runs as root,
  else the facilitator's user (who cannot hand out other users' rights);
- limits (``prlimit``): memory, file size, processor time, open files, and processes
  when the user is a dedicated one; no core dumps.

The kernel talks to nbgrader through Unix sockets (``transport="ipc"``) in a folder bound
into the sandbox, since a new network namespace has no shared TCP port.

When the machine cannot sandbox (not Linux, no ``bwrap``, user namespaces switched off
without root) :func:`support` says why; grading then goes on with the facilitator's
rights and the whole process group killed at the end (see :data:`RISKS_KEY`).

>>> limits = Limits()
>>> limits.memory_mb >= 1024 and limits.cpu_s >= 60
True
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from functools import cache
from pathlib import Path

__all__ = [
    "Limits",
    "Support",
    "support",
    "prlimit_available",
    "grader_user",
    "user_ids",
    "Box",
    "command",
    "process_tree",
    "tree_cpu_s",
    "kill_tree",
    "GRADER_USER",
    "RISKS_KEY",
]

#: The system user learners' code runs as when makerkit grades as root and no user is given.
GRADER_USER = "makerkit-grader"
#: The catalogue text saying what is at risk when grading cannot be sandboxed.
RISKS_KEY = "kits.sandbox_off_warning"


@dataclass(frozen=True)
class Limits:
    """What one learner's kernel may use (each of its processes, for memory and time)."""

    memory_mb: int = 3072  # address space: numpy and the 3D libraries reserve a lot
    file_mb: int = 64  # the largest file it may write
    cpu_s: int = 300  # processor time of the whole kernel, all cells together
    processes: int = 128  # only applied to a dedicated user (counts are per user)
    open_files: int = 512

    def prlimit(self, per_user: bool) -> list[str]:
        """The ``prlimit`` options (util-linux) that set these limits on the kernel."""
        options = [
            f"--as={self.memory_mb * 1024 * 1024}",
            f"--fsize={self.file_mb * 1024 * 1024}",
            f"--cpu={self.cpu_s}",
            f"--nofile={self.open_files}",
            "--core=0",
        ]
        if per_user:
            options.append(f"--nproc={self.processes}")
        return options


@dataclass(frozen=True)
class Support:
    """Whether this machine can sandbox a kernel, and if not, why (a catalogue key)."""

    available: bool
    root: bool
    reason_key: str | None = None
    detail: str = ""


@cache
def support() -> Support:
    """Probe once: Linux, ``bwrap`` and ``prlimit`` installed, and ``bwrap`` really works here.

    >>> found = support()
    >>> found.available or found.reason_key.startswith("kits.sandbox_")
    True
    """
    root = hasattr(os, "geteuid") and os.geteuid() == 0
    if not sys.platform.startswith("linux"):
        return Support(False, root, "kits.sandbox_not_linux", sys.platform)
    missing = [p for p in ("bwrap", "prlimit") + (("setpriv",) if root else ()) if not _which(p)]
    if missing:
        return Support(False, root, "kits.sandbox_no_bwrap", ", ".join(missing))
    probe = _bwrap_base(root) + ["--", "/bin/sh", "-c", "exit 0"]
    try:
        run = subprocess.run(probe, capture_output=True, timeout=60, stdin=subprocess.DEVNULL)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return Support(False, root, "kits.sandbox_broken", str(exc)[:200])
    if run.returncode != 0:
        text = run.stderr.decode("utf-8", "replace").strip().splitlines()
        return Support(False, root, "kits.sandbox_broken", (text[-1] if text else "?")[:200])
    return Support(True, root)


def prlimit_available() -> bool:
    """Whether ``prlimit`` (util-linux) can set a kernel's limits here.

    >>> prlimit_available() in (True, False)
    True
    """
    return sys.platform.startswith("linux") and _which("prlimit") is not None


def _which(program: str) -> str | None:
    return shutil.which(program, path=os.environ.get("PATH", "") + ":/usr/sbin:/usr/bin:/sbin")


def grader_user() -> tuple[int, int]:
    """(uid, gid) of the ``makerkit-grader`` system user; created with ``useradd`` if missing.

    Only root can do this. A machine without ``useradd`` gets ``nobody`` instead.
    """
    import pwd

    try:
        entry = pwd.getpwnam(GRADER_USER)
    except KeyError:
        useradd = _which("useradd")
        if useradd:
            subprocess.run(
                [useradd, "--system", "--user-group", "--no-create-home"]
                + ["--home-dir", "/nonexistent", "--shell", "/usr/sbin/nologin", GRADER_USER],
                capture_output=True,
                timeout=60,
            )
        try:
            entry = pwd.getpwnam(GRADER_USER)
        except KeyError:
            entry = pwd.getpwnam("nobody")
    return entry.pw_uid, entry.pw_gid


def user_ids(user: str | int | None) -> tuple[int, int]:
    """(uid, gid) to run a learner's code as: ``user`` (a name or uid), else the default.

    The default is :func:`grader_user` as root, else the current user. Only root can run
    code as someone else: a non-root caller naming another user gets a ``PermissionError``.

    >>> user_ids(None) == ((os.getuid(), os.getgid()) if os.geteuid() else grader_user())
    True
    """
    import pwd

    root = os.geteuid() == 0
    if user is None:
        return grader_user() if root else (os.getuid(), os.getgid())
    entry = pwd.getpwuid(user) if isinstance(user, int) else pwd.getpwnam(user)
    if entry.pw_uid == 0:
        raise PermissionError("a learner's code never runs as root")
    if not root and entry.pw_uid != os.getuid():
        raise PermissionError(f"only root can run code as {entry.pw_name}")
    return entry.pw_uid, entry.pw_gid


@dataclass
class Box:
    """One kernel's private folders on the host: ``home`` (its working folder) and ``run``.

    ``run`` holds the connection file and the kernel's sockets; it is bound at the same
    path inside the sandbox, so both sides use the same socket names.

    >>> import tempfile
    >>> box = Box.create(Path(tempfile.mkdtemp()) / "box", os.getuid(), os.getgid())
    >>> sorted(p.name for p in box.root.iterdir())
    ['etc', 'home', 'run']
    >>> box.remove()
    """

    root: Path
    uid: int
    gid: int

    @property
    def home(self) -> Path:
        return self.root / "home"

    @property
    def run(self) -> Path:
        return self.root / "run"

    @property
    def etc(self) -> Path:
        return self.root / "etc"

    @classmethod
    def create(cls, root: Path, uid: int, gid: int, files_from: Path | None = None) -> Box:
        """Make the folders, copy the workshop's files (never notebooks, never links) in."""
        box = cls(Path(root), uid, gid)
        box.root.mkdir(parents=True, mode=0o711)
        box.etc.mkdir(mode=0o755)
        # Just enough of /etc for Python and the libraries to know who runs them.
        (box.etc / "passwd").write_text(
            f"root:x:0:0::/nonexistent:/usr/sbin/nologin\n"
            f"learner:x:{uid}:{gid}::/home/learner:/usr/sbin/nologin\n"
            f"nobody:x:65534:65534::/nonexistent:/usr/sbin/nologin\n"
        )
        (box.etc / "group").write_text(f"root:x:0:\nlearner:x:{gid}:\nnogroup:x:65534:\n")
        if files_from is not None and files_from.is_dir():
            shutil.copytree(files_from, box.home, ignore=_not_for_the_kernel, symlinks=True)
        box.home.mkdir(exist_ok=True)
        box.run.mkdir(mode=0o700)
        (box.home / ".mpl").mkdir(exist_ok=True)
        _seed_font_cache(box.home / ".mpl")
        if os.geteuid() == 0:
            for folder in (box.home, box.run):
                _chown_tree(folder, uid, gid)
        return box

    def give(self, path: Path) -> None:
        """Hand a file we wrote (the connection file) to the kernel's user."""
        if os.geteuid() == 0:
            os.chown(path, self.uid, self.gid, follow_symlinks=False)

    def remove(self) -> None:
        """Delete the box (``rmtree`` never follows the links the learner may have made)."""
        shutil.rmtree(self.root, ignore_errors=True)


def _not_for_the_kernel(folder: str, names: list[str]) -> list[str]:
    return [
        n
        for n in names
        if n.endswith(".ipynb")
        or os.path.islink(os.path.join(folder, n))
        or n == ".ipynb_checkpoints"
    ]


def _chown_tree(folder: Path, uid: int, gid: int) -> None:
    os.chown(folder, uid, gid)
    for here, dirs, files in os.walk(folder):
        for name in dirs + files:
            os.chown(os.path.join(here, name), uid, gid, follow_symlinks=False)


def _seed_font_cache(target: Path) -> None:
    """Copy matplotlib's font list in: building it again would cost every kernel a second."""
    base = os.environ.get("MPLCONFIGDIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "matplotlib"
    )
    try:
        for found in Path(base).glob("fontlist-*.json"):
            shutil.copyfile(found, target / found.name)
    except OSError:
        pass  # no cache yet: matplotlib makes one if it is needed


def _system_binds() -> list[str]:
    """Read-only binds of the system's programs and libraries, and of this Python."""
    args = ["--ro-bind", "/usr", "/usr"]
    for top in ("/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32"):
        if os.path.islink(top):
            args += ["--symlink", os.readlink(top), top]
        elif os.path.isdir(top):
            args += ["--ro-bind", top, top]
    args += ["--perms", "0755", "--dir", "/etc"]
    for name in ("ld.so.cache", "ld.so.conf", "ld.so.conf.d", "fonts", "localtime", "alternatives"):
        args += ["--ro-bind-try", f"/etc/{name}", f"/etc/{name}"]
    args += _parents("/sys/devices/system/cpu")
    args += ["--ro-bind-try", "/sys/devices/system/cpu", "/sys/devices/system/cpu"]
    seen: set[str] = {"/usr"}
    for folder in _python_folders():
        if folder not in seen and not any(folder.startswith(s + "/") for s in seen):
            args += _parents(folder) + ["--ro-bind", folder, folder]
            seen.add(folder)
    # Workshops (their solutions) installed inside a folder bound above stay hidden.
    workshops = _workshops_folder()
    if workshops and any(workshops.startswith(s + "/") for s in seen):
        args += ["--tmpfs", workshops]
    return args


def _workshops_folder() -> str | None:
    from makerkit.kits.workshop import find_workshops_dir

    try:
        folder = os.path.realpath(find_workshops_dir())
    except OSError:
        return None
    return folder if os.path.isdir(folder) else None


def _parents(path: str) -> list[str]:
    """Make ``path``'s parent folders traversable (bwrap would make them private to root)."""
    args: list[str] = []
    parts = Path(path).parts[1:-1]
    for i in range(len(parts)):
        args += ["--perms", "0755", "--dir", "/" + "/".join(parts[: i + 1])]
    return args


@cache
def _python_folders() -> tuple[str, ...]:
    """This Python's own folders, and makerkit's package folder (never the folder beside it).

    A source checkout holds the workshops' solutions beside ``makerkit/``: only the
    package itself is bound.
    """
    import makerkit

    folders = {os.path.realpath(p) for p in (sys.prefix, sys.base_prefix, sys.exec_prefix) if p}
    folders.add(os.path.dirname(os.path.realpath(sys.executable)))
    package = os.path.dirname(os.path.realpath(makerkit.__file__))
    inside = [f for f in folders if package.startswith(f + os.sep)]
    if not inside:
        folders.add(package)
    return tuple(sorted(folders, key=len))


def _python_path() -> str:
    """``PYTHONPATH`` for the kernel: where makerkit is, when it is not in site-packages."""
    import makerkit

    package = os.path.dirname(os.path.realpath(makerkit.__file__))
    if any(package.startswith(f + os.sep) for f in _python_folders() if f != package):
        return ""
    return os.path.dirname(package)


def _bwrap_base(root: bool) -> list[str]:
    if root:
        # Namespaces made by root itself (no user namespace, which would map the kernel
        # back to root outside); setpriv then drops to the learner's user and every
        # capability before their code starts.
        spaces = ["--unshare-ipc", "--unshare-pid", "--unshare-net", "--unshare-uts"]
        spaces += ["--unshare-cgroup-try", "--cap-add", "CAP_SETUID", "--cap-add", "CAP_SETGID"]
    else:
        spaces = ["--unshare-all"]
    return [
        "bwrap",
        *spaces,
        "--die-with-parent",
        "--new-session",
        # The empty /tmp first: a Python installed under /tmp is bound over it, not hidden.
        "--perms",
        "1777",
        "--tmpfs",
        "/tmp",
        *_system_binds(),
        "--proc",
        "/proc",
        "--dev",
        "/dev",
    ]


def command(
    argv: list[str], box: Box, limits: Limits, env: dict[str, str], root: bool | None = None
) -> list[str]:
    """The full command line that starts ``argv`` (a kernel) inside ``box``'s sandbox.

    >>> import tempfile
    >>> box = Box.create(Path(tempfile.mkdtemp()) / "box", os.getuid(), os.getgid())
    >>> cmd = command(["python3", "-c", "pass"], box, Limits(), {"MAKERKIT_LANG": "fr"})
    >>> cmd[0], cmd[-3:], "--unshare-net" in cmd or "--unshare-all" in cmd
    ('bwrap', ['python3', '-c', 'pass'], True)
    >>> box.remove()
    """
    root = (os.geteuid() == 0) if root is None else root
    environment = {
        "PATH": os.pathsep.join(
            [os.path.dirname(sys.executable), "/usr/local/bin", "/usr/bin", "/bin"]
        ),
        "HOME": "/home/learner",
        "USER": "learner",
        "LANG": "C.UTF-8",
        "MPLCONFIGDIR": "/home/learner/.mpl",
        "MPLBACKEND": "Agg",
        "PYTHONDONTWRITEBYTECODE": "1",
        "OPENBLAS_NUM_THREADS": "1",
        "OMP_NUM_THREADS": "1",
        "NBGRADER_EXECUTION": "autograde",
        # The kernel's parent in its PID namespace is bwrap's init, process 1: ipykernel
        # then neither watches its parent nor prints a console banner.
        "JPY_PARENT_PID": "1",
        **env,
    }
    if _python_path():
        environment["PYTHONPATH"] = _python_path()
    args = _bwrap_base(root) + ["--clearenv"]
    for key, value in sorted(environment.items()):
        args += ["--setenv", key, value]
    args += [
        "--perms", "0755", "--dir", "/home",
        "--ro-bind", str(box.etc / "passwd"), "/etc/passwd",
        "--ro-bind", str(box.etc / "group"), "/etc/group",
        "--bind", str(box.home), "/home/learner",
        *_parents(str(box.run)),
        "--bind", str(box.run), str(box.run),
        "--chdir", "/home/learner",
        "--",
    ]  # fmt: skip
    if root:
        args += [
            "setpriv",
            f"--reuid={box.uid}",
            f"--regid={box.gid}",
            "--clear-groups",
            "--inh-caps=-all",
            "--bounding-set=-all",
            "--",
        ]
    dedicated = root and box.uid != os.getuid()
    return args + ["prlimit", *limits.prlimit(per_user=dedicated), "--", *argv]


def process_tree(pid: int) -> list[int]:
    """``pid`` and all its descendants (read from ``/proc``; also those in a PID namespace).

    >>> process_tree(os.getpid())[0] == os.getpid()
    True
    """
    children: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as f:
                stat = f.read()
        except OSError:
            continue
        fields = stat[stat.rfind(b")") + 2 :].split()
        children.setdefault(int(fields[1]), []).append(int(entry.name))
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        todo += children.get(current, [])
    return found


def tree_cpu_s(pid: int) -> float:
    """Processor seconds used by ``pid`` and its descendants, those they waited for included.

    >>> tree_cpu_s(os.getpid()) > 0
    True
    """
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0
    for each in process_tree(pid):
        try:
            with open(f"/proc/{each}/stat", "rb") as f:
                stat = f.read()
        except OSError:
            continue
        fields = stat[stat.rfind(b")") + 2 :].split()
        # utime, stime, and the same for the children it waited for (fields 14-17)
        total += sum(int(x) for x in fields[11:15])
    return total / ticks


def kill_tree(pid: int) -> None:
    """SIGKILL ``pid`` and every descendant, children first seen or not: nothing outlives it."""
    for _ in range(5):
        pids = [p for p in process_tree(pid) if p != os.getpid()]
        if not pids or (pids == [pid] and not _alive(pid)):
            return
        for each in pids:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.kill(each, signal.SIGKILL)
        time.sleep(0.05)


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            return f.read().split(b")")[-1].split()[0] != b"Z"
    except OSError:
        return False
