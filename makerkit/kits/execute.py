"""How nbgrader runs a learner's notebook here: in the sandbox, timed by processor use.

Two small pieces plug into nbgrader's *autograde* (configured in
:meth:`makerkit.kits.course.Course.config`):

- :class:`SandboxKernelManager` starts the learner's kernel inside the sandbox of
  :mod:`makerkit.kits.sandbox` (or, where the machine cannot sandbox, with resource
  limits only), talks to it through Unix sockets, and at the end kills every process the
  kernel left and removes its private folder.
- :class:`GradingExecute` replaces nbgrader's ``Execute`` step: a cell is stopped when
  it has used ``timeout`` seconds of *processor* time (a learner's ``while True``), not
  after that many seconds of a clock that a busy machine slows down; a cell that sleeps
  is still stopped by a wall-clock limit that grows with the machine's load. A kernel
  that dies (the learner's code used up its memory or time) stops the cells after it,
  which then score 0, and grading goes on. Trouble that is the machine's (the kernel
  did not start) raises, so that the learner is graded again.
"""

from __future__ import annotations

import contextlib
import os
import signal
import threading
import time
import uuid
from pathlib import Path

from jupyter_client.manager import AsyncKernelManager
from nbclient.exceptions import DeadKernelError
from nbformat.notebooknode import NotebookNode
from nbgrader.preprocessors import Execute
from traitlets import Bool, Integer, Unicode

from makerkit.kits import sandbox

__all__ = ["SandboxKernelManager", "GradingExecute", "KERNEL_STOPPED"]

#: The error name a cell shows when the kernel had already stopped before it ran.
KERNEL_STOPPED = "KernelStopped"


class SandboxKernelManager(AsyncKernelManager):
    """A kernel manager whose kernel runs in a :class:`~makerkit.kits.sandbox.Box`."""

    sandboxed = Bool(False, config=True, help="start the kernel with bubblewrap")
    box_root = Unicode("", config=True, help="folder for the kernels' private folders")
    uid = Integer(-1, config=True, help="user the kernel runs as (sandboxed, as root)")
    gid = Integer(-1, config=True, help="group the kernel runs as")
    cpu_s = Integer(sandbox.Limits.cpu_s, config=True, help="processor seconds for the kernel")
    lang = Unicode("", config=True, help="MAKERKIT_LANG for the kernel")

    _box: sandbox.Box | None = None

    @property
    def limits(self) -> sandbox.Limits:
        return sandbox.Limits(cpu_s=int(self.cpu_s))

    async def _async_pre_start_kernel(self, **kw):
        cwd = Path(kw.get("cwd") or os.getcwd())
        if self.sandboxed:
            uid = self.uid if self.uid >= 0 else os.getuid()
            gid = self.gid if self.gid >= 0 else os.getgid()
            root = Path(self.box_root or cwd.parent) / uuid.uuid4().hex[:12]
            self._box = sandbox.Box.create(root, uid, gid, files_from=cwd)
            # No TCP port is shared with a new network namespace: Unix sockets instead.
            self.transport = "ipc"
            self.ip = str(self._box.run / "k")
            self.connection_file = str(self._box.run / "kernel.json")
        cmd, kw = await super()._async_pre_start_kernel(**kw)
        env = {"MAKERKIT_LANG": self.lang} if self.lang else {}
        if self._box is not None:
            self._box.give(Path(self.connection_file))
            cmd = sandbox.command(cmd, self._box, self.limits, env)
            kw["cwd"] = str(self._box.home)
            kw["env"] = {"PATH": os.environ.get("PATH", "/usr/bin:/bin")}
            # A signal would reach bwrap, not the kernel: interrupt by message instead.
            self.kernel_spec.interrupt_mode = "message"
        else:
            kw["env"] = {
                **kw.get("env", os.environ),
                **env,
                "NBGRADER_EXECUTION": "autograde",
                "OPENBLAS_NUM_THREADS": "1",
                "OMP_NUM_THREADS": "1",
            }
            if sandbox.prlimit_available():
                cmd = ["prlimit", *self.limits.prlimit(per_user=False), "--", *cmd]
        return cmd, kw

    @property
    def kernel_pid(self) -> int | None:
        """The process the kernel was started as (``bwrap`` when sandboxed)."""
        process = getattr(self.provisioner, "process", None) if self.provisioner else None
        return process.pid if process is not None else None

    async def _async_cleanup_resources(self, restart: bool = False) -> None:
        pid = self.kernel_pid
        if pid is not None:
            sandbox.kill_tree(pid)  # whatever the kernel started goes with it
        await super()._async_cleanup_resources(restart=restart)
        if self._box is not None and not restart:
            self._box.remove()
            self._box = None


class GradingExecute(Execute):
    """nbgrader's ``Execute`` with processor-time limits and a kernel that may die."""

    wall_factor = Integer(
        3, config=True, help="wall-clock limit: this many times timeout, or more under load"
    )

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("kernel_manager_class", SandboxKernelManager)
        super().__init__(*args, **kwargs)
        self._stopped = False

    def preprocess(self, nb, resources=None, km=None):
        self._stopped = False
        return super().preprocess(nb, resources, km)

    def _get_timeout(self, cell):
        """The wall-clock limit of a cell: generous, and more so when the machine is busy."""
        budget = super()._get_timeout(cell)
        if budget is None:
            return None
        return int(budget * max(self.wall_factor, 2 * machine_load()))

    def preprocess_cell(self, cell, resources, index):
        if cell.cell_type != "code" or not cell.source.strip():
            return super().preprocess_cell(cell, resources, index)
        if self._stopped:
            cell.outputs = [_error(KERNEL_STOPPED, "the kernel had stopped before this cell")]
            return cell, self.resources
        watch = CpuWatch(self.km, float(self.timeout or 0))
        watch.start()
        try:
            cell, resources = super().preprocess_cell(cell, resources, index)
        except DeadKernelError:
            self._stopped = True
            cell.outputs = list(cell.get("outputs", []))
            cell.outputs.append(_error("DeadKernelError", "the kernel stopped during this cell"))
        finally:
            watch.stop()
        if watch.fired:
            _mark_timeout(cell)
        return cell, self.resources


class CpuWatch(threading.Thread):
    """Interrupt the kernel once a cell has used ``budget_s`` processor seconds; kill it
    if it goes on (a learner's code that ignores the interrupt)."""

    def __init__(self, km, budget_s: float, poll_s: float = 0.2, grace_s: float = 3.0) -> None:
        super().__init__(daemon=True)
        self.km, self.budget_s, self.poll_s, self.grace_s = km, budget_s, poll_s, grace_s
        self.fired = False
        self._done = threading.Event()

    def stop(self) -> None:
        self._done.set()
        self.join(timeout=5)

    def run(self) -> None:
        root = getattr(self.km, "kernel_pid", None)
        if root is None or self.budget_s <= 0:
            return
        start = sandbox.tree_cpu_s(root)
        interrupted_at = None
        while not self._done.wait(self.poll_s):
            used = sandbox.tree_cpu_s(root) - start
            if interrupted_at is None and used > self.budget_s:
                self.fired = True
                interrupted_at = time.monotonic()
                target = _kernel_process(root, getattr(self.km, "connection_file", ""))
                with contextlib.suppress(ProcessLookupError, PermissionError):
                    os.kill(target, signal.SIGINT)
            elif interrupted_at is not None and time.monotonic() - interrupted_at > self.grace_s:
                sandbox.kill_tree(root)
                return


def machine_load() -> float:
    """How busy the machine is: the 1-minute load average per processor (1.0 = full).

    >>> machine_load() >= 0
    True
    """
    try:
        return os.getloadavg()[0] / (os.cpu_count() or 1)
    except OSError:
        return 1.0


def _kernel_process(root: int, connection_file: str) -> int:
    """The Python process of the kernel under ``root`` (bwrap, setpriv and prlimit exec it)."""
    for pid in sandbox.process_tree(root):
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as f:
                args = f.read().split(b"\0")
        except OSError:
            continue
        if b"ipykernel_launcher" in args and connection_file.encode() in args:
            return pid
    return root


def _error(name: str, text: str) -> NotebookNode:
    return NotebookNode(output_type="error", ename=name, evalue=text, traceback=[f"{name}: {text}"])


def _mark_timeout(cell) -> None:
    """Show a stopped cell as nbgrader shows a timeout (its feedback says why)."""
    outputs = [o for o in cell.get("outputs", []) if o.get("output_type") != "error"]
    outputs.append(_error("CellTimeoutError", "the cell used all its processor time"))
    cell.outputs = outputs
