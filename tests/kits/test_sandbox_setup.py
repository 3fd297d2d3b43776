"""The sandbox's set-up, without a kernel: what it binds, what it refuses, what it says."""

import os
from pathlib import Path

import pytest

from makerkit.kits import sandbox
from makerkit.kits.results import ClassResult


def test_support_says_why_not_when_bubblewrap_is_missing(monkeypatch):
    monkeypatch.setattr(sandbox, "_which", lambda program: None)
    found = sandbox.support.__wrapped__()
    assert not found.available and found.reason_key == "kits.sandbox_no_bwrap"
    assert "bwrap" in found.detail


def test_the_kernel_command_hides_the_disk_the_network_and_the_checkout(tmp_path):
    box = sandbox.Box.create(tmp_path / "box", os.getuid(), os.getgid())
    cmd = sandbox.command(["python", "-m", "ipykernel_launcher"], box, sandbox.Limits(), {})
    text = " ".join(cmd)
    assert cmd[0] == "bwrap" and "--die-with-parent" in cmd and "--clearenv" in cmd
    assert "--unshare-net" in cmd or "--unshare-all" in cmd
    bound = {cmd[i + 2] for i, a in enumerate(cmd) if a in ("--bind", "--ro-bind")}
    assert bound >= {"/home/learner", "/etc/passwd", str(box.run)}
    assert "/root" not in bound and "/home" not in bound and "/work" not in bound
    checkout = str(Path(sandbox.__file__).resolve().parents[2])
    assert checkout not in bound  # only the package folder: the workshops' solutions stay out
    writable = {cmd[i + 2] for i, a in enumerate(cmd) if a == "--bind"}
    assert writable == {"/home/learner", str(box.run)}
    assert "prlimit" in cmd and "--core=0" in text and text.endswith("ipykernel_launcher")


def test_workshops_inside_a_bound_folder_are_masked(tmp_path, monkeypatch):
    package = Path(sandbox._python_folders()[0])
    monkeypatch.setattr(sandbox, "_workshops_folder", lambda: str(package / "workshops"))
    args = sandbox._system_binds()
    assert args[args.index("--tmpfs") + 1] == str(package / "workshops")


def test_a_box_never_copies_notebooks_or_links(tmp_path):
    files = tmp_path / "graded"
    (files / "assets").mkdir(parents=True)
    (files / "assets" / "logo.png").write_bytes(b"png")
    (files / "tag.ipynb").write_text("{}")
    os.symlink("/etc/hostname", files / "assets" / "peek")
    box = sandbox.Box.create(tmp_path / "box", os.getuid(), os.getgid(), files_from=files)
    names = sorted(str(p.relative_to(box.home)) for p in box.home.rglob("*") if p.is_file())
    assert "assets/logo.png" in names and "tag.ipynb" not in names
    assert not (box.home / "assets" / "peek").exists()
    box.remove()
    assert not box.root.exists()


@pytest.mark.skipif(os.geteuid() != 0, reason="only root can choose the user")
def test_learners_code_never_runs_as_root():
    with pytest.raises(PermissionError):
        sandbox.user_ids(0)
    uid, _ = sandbox.user_ids(None)
    assert uid != 0


@pytest.mark.parametrize("lang,words", [("en", "not run in a sandbox"), ("fr", "bac à sable")])
def test_the_facilitator_is_told_what_is_at_risk(lang, words):
    result = ClassResult("tag", lang, "Tag", [], [], Path("out"))
    result.sandbox = {"on": False, "why_not_key": "kits.sandbox_no_bwrap", "detail": "bwrap"}
    warning = result.sandbox_warning()
    assert words in warning and "bubblewrap" in warning
    result.sandbox = {"on": True, "own_users": True}
    assert result.sandbox_warning() is None


def test_processes_are_found_and_killed_with_their_children():
    import subprocess
    import sys
    import time

    parent = subprocess.Popen(
        [sys.executable, "-c", "import subprocess, sys, time\n"
         "subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(60)'])\n"
         "time.sleep(60)"]
    )  # fmt: skip
    try:
        for _ in range(100):
            tree = sandbox.process_tree(parent.pid)
            if len(tree) == 2:
                break
            time.sleep(0.05)
        assert len(tree) == 2 and sandbox.tree_cpu_s(parent.pid) >= 0
        sandbox.kill_tree(parent.pid)
        parent.wait(timeout=10)
        time.sleep(0.2)
        assert not any(sandbox._alive(p) for p in tree if p != parent.pid)  # zombies at most
    finally:
        parent.kill()


SANDBOXED_PYTHON = """
import subprocess, sys
from pathlib import Path
from makerkit.kits import sandbox
box = sandbox.Box.create(Path(sys.argv[1]), *sandbox.user_ids(None))
code = "import sys; open('/tmp/scratch', 'w').write('x'); print(sys.prefix)"
cmd = sandbox.command(["python", "-c", code], box, sandbox.Limits(), {})
run = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
print(run.returncode, run.stdout.strip(), run.stderr.strip()[-300:])
"""


@pytest.mark.skipif(not sandbox.support().available, reason="this machine cannot sandbox")
def test_a_python_environment_under_tmp_runs_in_the_sandbox(tmp_path):
    """The sandbox's own empty /tmp must not hide a Python installed under /tmp; it is writable."""
    import shutil
    import subprocess
    import sys
    import tempfile

    venv = Path(tempfile.mkdtemp(prefix="makerkit-venv-", dir="/tmp"))
    venv.chmod(0o755)  # as a venv is made: the learner's user may run it
    try:
        subprocess.run([sys.executable, "-m", "venv", "--without-pip", venv], check=True)
        env = {**os.environ, "PYTHONPATH": str(Path(sandbox.__file__).resolve().parents[2])}
        ran = subprocess.run(
            [venv / "bin" / "python", "-c", SANDBOXED_PYTHON, tmp_path / "box"],
            capture_output=True, text=True, env=env, timeout=180,
        )  # fmt: skip
        assert ran.stdout.split()[:2] == ["0", str(venv)], ran.stdout + ran.stderr
    finally:
        shutil.rmtree(venv, ignore_errors=True)
