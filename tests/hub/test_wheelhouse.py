"""The offline install: a wheelhouse for this computer, installed with the network cut.

The wheelhouse is built by ``scripts/wheelhouse.py --host`` (what ``make wheelhouse`` runs
for every platform) and kept in ``~/.cache/makerkit/wheelhouse-test`` while pyproject.toml
does not change; makerkit's own wheel is built again each time. Then, in a network
namespace with no network (``unshare -n``, as root): a fresh virtual environment installs
makerkit from it with ``pip --no-index`` (``--no-compile`` to keep the test short), runs
``makerkit demo``, starts the hub, where a learner logs in and opens their notebook, stops it
with SIGTERM, and grades the room with ``makerkit hub grade --json``. With a Python every
account can use (Debian's), the learner's server runs as their own account.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = [pytest.mark.slow, pytest.mark.timeout(1500)]


def target_python() -> str:
    """Debian's Python when it is this one's version (reachable by learners' accounts)."""
    system = Path("/usr/bin/python3")
    if system.exists():
        found = subprocess.run(
            [str(system), "-c", "import sys, ensurepip; print(sys.version_info[:2])"],
            capture_output=True,
            text=True,
        )
        if found.returncode == 0 and found.stdout.strip() == str(tuple(sys.version_info[:2])):
            return str(system)
    return sys.executable


def wheelhouse() -> Path:
    key = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()[:16]
    cache = Path.home() / ".cache" / "makerkit" / "wheelhouse-test" / key
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import wheelhouse as builder
    finally:
        sys.path.pop(0)
    for old in cache.parent.glob("*") if cache.parent.is_dir() else []:
        if old != cache:  # built for another pyproject.toml
            shutil.rmtree(old, ignore_errors=True)
    if (cache / "constraints.txt").is_file():
        builder.build_makerkit(cache / "wheels")  # this checkout's makerkit, the rest cached
        builder.copy_workshops(cache / "workshops")
    else:
        shutil.rmtree(cache, ignore_errors=True)
        builder.build(cache, [], [], host=True)
    return cache


def test_offline_install_runs_the_demo_and_the_hub():
    if os.name != "posix" or os.geteuid() != 0 or not shutil.which("unshare"):
        pytest.skip("cutting the network needs root and unshare (util-linux)")
    if not shutil.which("ip"):
        pytest.skip("ip (iproute2) is needed to bring up the loopback in the namespace")
    house = wheelhouse()
    # Not under /tmp: the grading sandbox gives kernels a /tmp of their own, which would hide
    # an environment installed there.
    root = Path(tempfile.mkdtemp(prefix="makerkit-offline-", dir="/var/tmp"))
    root.chmod(0o755)
    python = target_python()
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("PIP_", "PYTHON", "MAKERKIT_", "VIRTUAL_ENV", "JUPYTER"))
    }
    env["PIP_CONFIG_FILE"] = os.devnull  # this machine's pip settings play no part
    venv = root / "venv"
    script = f"""
set -e
ip link set lo up
{venv}/bin/python -c 'import socket; socket.create_connection(("pypi.org", 443), 3)' 2>/dev/null \
  && {{ echo "the network is not cut"; exit 9; }}
start=$(date +%s%N)
{venv}/bin/python -m pip install -q --no-compile --no-index --find-links {house}/wheels \
  -c {house}/constraints.txt makerkit
end=$(date +%s%N)
echo "$(( (end - start) / 1000000 ))" > {root}/install_ms.txt
cd {root}
{venv}/bin/makerkit demo --out demo --json > demo.json
echo "$(( ($(date +%s%N) - end) / 1000000 ))" > {root}/demo_ms.txt
{venv}/bin/python {ROOT}/tests/hub/offline_client.py {root} {house}/workshops > hub.json
"""
    try:
        t0 = time.perf_counter()
        subprocess.run([python, "-m", "venv", str(venv)], check=True, env=env, timeout=300)
        venv_s = time.perf_counter() - t0
        run = subprocess.run(
            ["unshare", "-n", "sh", "-c", script],
            env=env,
            capture_output=True,
            text=True,
            timeout=1200,
        )
        assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-4000:]
        demo = json.loads((root / "demo.json").read_text())
        assert demo["files"] and all((root / f).exists() for f in demo["files"])
        hub = json.loads((root / "hub.json").read_text())
        assert hub["login"] == 302, hub
        assert hub.get("notebook_cells", 0) > 5, hub
        assert hub["exit"] == 0 and hub["servers_left"] == [], hub  # SIGTERM stopped everything
        assert "4242" in hub["banner"]
        grade = hub["grade"]  # `makerkit hub grade --json`: kit grade's JSON
        assert hub["grade_exit"] == 0, grade
        assert [(r["id"], r["score"]) for r in grade["learners"]] == [("ada", 0)], grade
        assert (root / "session" / "learners" / "ada" / "feedback-nametag.html").is_file()
        if python != sys.executable:  # every account can use this Python: separate accounts
            assert hub["server_users"] == ["mk-ada"], hub
            assert hub["folder_owner"] != 0, hub
        ms = {n: int((root / f"{n}_ms.txt").read_text()) for n in ("install", "demo")}
        print(
            f"offline: venv {venv_s:.1f} s, install {ms['install'] / 1000:.1f} s, "
            f"demo {ms['demo'] / 1000:.1f} s, hub up {hub['hub_up_s']} s, open {hub['open_s']} s, "
            f"stop {hub['stop_s']} s, grade {hub['grade_s']} s, "
            f"total {time.perf_counter() - t0:.1f} s"
        )
    finally:
        if python != sys.executable:
            subprocess.run(["userdel", "mk-ada"], capture_output=True)
        shutil.rmtree(root, ignore_errors=True)
