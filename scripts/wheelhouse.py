"""``make wheelhouse``: everything to install makerkit, the hub and JupyterLab with no network.

::

    dist/wheelhouse/
      wheels/            every wheel, for each platform and Python version asked
      constraints.txt    one version of each package, the same on every platform
      workshops/         the workshops (CC BY-SA 4.0)
      README.md          for the librarian, in French and English: the one install command
      report.json        what was built, for which platforms, and what a platform lacks

Run ``python scripts/wheelhouse.py --help``. It needs the network (the package registry);
the install from it does not. ``--host`` builds only for this computer (what the test does).
"""

from __future__ import annotations

import argparse
import json
import platform
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_MANYLINUX = [f"manylinux_2_{minor}" for minor in range(17, 37)] + ["manylinux2014"]
PLATFORMS = {
    "linux-x86_64": [f"{tag}_x86_64" for tag in _MANYLINUX],
    "linux-aarch64": [f"{tag}_aarch64" for tag in _MANYLINUX],  # Raspberry Pi 4/5 (64-bit)
    "windows-amd64": ["win_amd64"],
    "macos-arm64": ["macosx_14_0_arm64"],  # pip adds the older macOS versions
    "macos-x86_64": ["macosx_14_0_x86_64"],
}
PYTHONS = ["3.11", "3.12", "3.13"]
_WHEEL = re.compile(r"^(?P<name>[^-]+)-(?P<version>[^-]+)-.*\.whl$")


def pip(*args: str, check: bool = True) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "pip", *args, "--disable-pip-version-check"],
        capture_output=True,
        text=True,
        check=check,
    )


def build_makerkit(wheels: Path) -> Path:
    """makerkit's own wheel, from this checkout."""
    for old in wheels.glob("makerkit-*.whl"):
        old.unlink()
    pip("wheel", "--no-deps", "-q", "-w", str(wheels), str(ROOT))
    return next(wheels.glob("makerkit-*.whl"))


def pins(wheels: Path) -> dict[str, str]:
    """Each distribution in ``wheels`` with its highest version (normalised names)."""
    from packaging.version import Version

    found: dict[str, str] = {}
    for path in wheels.glob("*.whl"):
        m = _WHEEL.match(path.name)
        if not m:
            continue
        name = re.sub(r"[-_.]+", "-", m["name"]).lower()
        if name not in found or Version(m["version"]) > Version(found[name]):
            found[name] = m["version"]
    return found


def write_constraints(wheels: Path, target: Path) -> None:
    lines = [f"{n}=={v}" for n, v in sorted(pins(wheels).items()) if n != "makerkit"]
    target.write_text(
        "# One version of every package, the same on every platform (make wheelhouse).\n"
        + "\n".join(lines)
        + "\n",
        encoding="utf-8",
    )


def download(
    makerkit: Path, wheels: Path, constraints: Path | None, py: str, tags=None, quiet: bool = True
):
    """Download ``makerkit``'s dependencies for Python ``py`` (``"3.11"``) and platform ``tags``.

    The Python version is given as major.minor so that every release of it can install the
    result: Debian 12 and Raspberry Pi OS have Python 3.11.2, and some packages' newest
    versions ask for 3.11.5 or later.
    """
    args = ["download", "--only-binary=:all:", "-d", str(wheels), str(makerkit)]
    args += ["--python-version", py] + (["-q"] if quiet else [])
    if constraints is not None:
        args += ["-c", str(constraints)]
    if tags:
        args += [a for tag in tags for a in ("--platform", tag)]
        args += ["--implementation", "cp"]
    return pip(*args, check=False)


def missing_packages(stderr: str) -> list[str]:
    """The packages pip found no wheel of for a platform (what the report says it lacks)."""
    found = re.findall(r"No matching distribution found for (\S+)", stderr)
    block = re.search(
        r"no matching distributions available for your environment:\n((?:[ \t]+\S+\n?)+)", stderr
    )
    if block:
        found += block.group(1).split()
    return sorted(set(found)) or stderr.strip().splitlines()[-1:]


def host_name() -> str:
    machine = platform.machine().lower()
    system = {"linux": "linux", "darwin": "macos", "win32": "windows"}.get(sys.platform, "?")
    return f"{system}-{machine}"


def build(out: Path, platforms: list[str], pythons: list[str], host: bool) -> dict:
    started = time.perf_counter()
    wheels = out / "wheels"
    wheels.mkdir(parents=True, exist_ok=True)
    constraints = out / "constraints.txt"
    makerkit = build_makerkit(wheels)
    report: dict = {"built": [], "failed": {}, "host": host_name()}
    # This computer first: its resolution fixes the versions for every other platform.
    here = f"{sys.version_info[0]}.{sys.version_info[1]}"
    done = download(makerkit, wheels, None, here)
    if done.returncode != 0:
        raise SystemExit(f"pip download failed for this computer:\n{done.stderr[-3000:]}")
    write_constraints(wheels, constraints)
    report["built"].append(f"{host_name()} python{here}")
    if not host:
        for name in platforms:
            for py in pythons:
                done = download(makerkit, wheels, constraints, py, PLATFORMS[name])
                key = f"{name} python{py}"
                if done.returncode == 0:
                    report["built"].append(key)
                else:  # again, aloud: pip names what it lacks only when not quiet
                    done = download(makerkit, wheels, constraints, py, PLATFORMS[name], False)
                    report["failed"][key] = missing_packages(done.stdout + done.stderr)
        write_constraints(wheels, constraints)  # adds packages only some platforms need
    copy_workshops(out / "workshops")
    (out / "README.md").write_text(readme(), encoding="utf-8")
    files = list(wheels.glob("*.whl"))
    report["wheels"] = len(files)
    report["size_mb"] = round(sum(p.stat().st_size for p in files) / 1e6, 1)
    report["seconds"] = round(time.perf_counter() - started, 1)
    (out / "report.json").write_text(json.dumps(report, indent=2), encoding="utf-8")
    return report


def copy_workshops(target: Path) -> None:
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(
        ROOT / "workshops",
        target,
        ignore=shutil.ignore_patterns("__pycache__", ".ipynb_checkpoints", "make_notebooks.py"),
    )


def readme() -> str:
    return (ROOT / "scripts" / "wheelhouse-README.md").read_text(encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--out", default=str(ROOT / "dist" / "wheelhouse"))
    parser.add_argument("--platforms", nargs="+", default=list(PLATFORMS), choices=list(PLATFORMS))
    parser.add_argument("--pythons", nargs="+", default=PYTHONS)
    parser.add_argument("--host", action="store_true", help="only this computer's wheels")
    args = parser.parse_args(argv)
    report = build(Path(args.out), args.platforms, args.pythons, args.host)
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
