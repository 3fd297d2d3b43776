"""Grading a class of 30 (target: under a minute on a 2-core machine), against its anchors.

The class: 30 learners of the French name-tag workshop (20 who answered everything, 5 who
handed in the blank copy, 5 who stopped halfway). In the same run, each in its own
process:

- **nbgrader** alone: ``nbgrader autograde`` of the same 30 notebooks in a plain course
  (one learner after the other, no sandbox): the anchor;
- **makerkit before**: ``grade_class`` of the code as it was before the grading sandbox
  and the speed work (commit ``BEFORE``, unpacked with ``git archive``);
- **makerkit now**: ``grade_class`` as it is, learners in the sandbox;
- **makerkit now, sandbox off**: the same with ``sandbox=False``, to see what the sandbox costs.

Wall time, and the processor seconds of *every* process of the run (kernels in their
sandboxes included), read from a cgroup made for the run when the benchmark runs as root
(else the children's rusage, which misses sandboxed kernels), and the load average.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import textwrap
import time
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from report import table, write_section  # noqa: E402

CLASS_SIZE = 30
TARGET_S = 60.0
#: The last commit before the grading sandbox and the speed work of issues 16 and 9.
BEFORE = os.environ.get("MAKERKIT_BENCH_BEFORE", "f3627ed5f2b5eda41b2829647b8e78ea02349144")


def make_class(kit: Path, root: Path, size: int = CLASS_SIZE) -> None:
    import nbformat

    from makerkit.kits.notebooks import answered_copy

    with zipfile.ZipFile(kit) as zf:
        name = json.loads(zf.read("kit.json"))["notebook"]
        released = nbformat.reads(zf.read(f"learner/{name}").decode(), as_version=4)
        source = nbformat.reads(zf.read(f"facilitator/solutions/{name}").decode(), as_version=4)
    full = answered_copy(released, source)
    half = nbformat.reads(nbformat.writes(full), as_version=4)
    answers = [c for c in half.cells if c.metadata.get("nbgrader", {}).get("solution")]
    blanks = [c for c in released.cells if c.metadata.get("nbgrader", {}).get("solution")]
    for cell, blank in zip(answers[len(answers) // 2 :], blanks[len(answers) // 2 :], strict=True):
        cell.source = blank.source
    for i in range(size):
        nb = full if i < 20 else released if i < 25 else half
        (root / f"learner-{i:02d}").mkdir(parents=True)
        nbformat.write(nb, root / f"learner-{i:02d}" / name)


class CpuMeter:
    """Processor seconds used by a command and everything it starts (a cgroup when root)."""

    def __init__(self, name: str) -> None:
        self.name = name
        probe = _new_cgroup(name)
        self.how = "cgroup" if probe else "rusage of the children"
        if probe is not None:
            _remove_cgroup(probe)

    def run(self, cmd: list[str], **kwargs) -> tuple[float, float, int]:
        """Run ``cmd``; its (wall seconds, processor seconds, exit status)."""
        group = _new_cgroup(self.name)
        before = resource.getrusage(resource.RUSAGE_CHILDREN)

        def enter() -> None:
            if group is not None:
                (group / "cgroup.procs").write_text(str(os.getpid()))

        started = time.perf_counter()
        done = subprocess.run(cmd, preexec_fn=enter, **kwargs)
        wall = time.perf_counter() - started
        if group is not None:
            cpu = _cgroup_cpu_s(group)
            _remove_cgroup(group)
        else:
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu = sum(getattr(after, f) - getattr(before, f) for f in ("ru_utime", "ru_stime"))
        return wall, cpu, done.returncode


def _new_cgroup(name: str) -> Path | None:
    if os.geteuid() != 0:
        return None
    for base in (Path("/sys/fs/cgroup"), Path("/sys/fs/cgroup/unified")):
        if (base / "cgroup.procs").exists() and (base / "cgroup.controllers").exists():
            group = base / f"makerkit-bench-{name}-{os.getpid()}"
            try:
                group.mkdir()
                return group
            except OSError:
                continue
    v1 = Path("/sys/fs/cgroup/cpuacct")
    if (v1 / "cpuacct.usage").exists():
        group = v1 / f"makerkit-bench-{name}-{os.getpid()}"
        try:
            group.mkdir()
            return group
        except OSError:
            return None
    return None


def _cgroup_cpu_s(group: Path) -> float:
    if (group / "cpu.stat").exists():
        stats = dict(line.split() for line in (group / "cpu.stat").read_text().splitlines())
        return int(stats["usage_usec"]) / 1e6
    return int((group / "cpuacct.usage").read_text()) / 1e9


def _remove_cgroup(group: Path) -> None:
    for _ in range(50):
        try:
            group.rmdir()
            return
        except OSError:
            time.sleep(0.1)  # its last processes are still leaving


GRADE = """
import json, sys, time
from makerkit.kits.grade import grade_class
result = grade_class(sys.argv[1], sys.argv[2], out_dir=sys.argv[3])
scores = sorted({r.score for r in result.learners})
print("RESULT " + json.dumps({"graded": len(result.learners), "rejected": len(result.rejected),
                             "scores": scores, "sandbox": getattr(result, "sandbox", {})}))
"""


def grade_with(
    code_root: Path, kit: Path, room: Path, out: Path, meter: CpuMeter, code: str = GRADE
) -> dict:
    env = dict(os.environ, PYTHONPATH=str(code_root))
    load = os.getloadavg()[0]
    wall, cpu, status = meter.run(
        [sys.executable, "-c", code, str(kit), str(room), str(out)],
        env=env,
        capture_output=True,
        text=True,
        cwd=code_root,
    )
    return {"wall_s": wall, "cpu_s": cpu, "load": (load + os.getloadavg()[0]) / 2, "status": status}


def nbgrader_alone(kit: Path, room: Path, course: Path, meter: CpuMeter) -> dict:
    """nbgrader's own autograde of the same notebooks, in a plain course folder."""
    import shutil

    with zipfile.ZipFile(kit) as zf:
        zf.extractall(course / "kit")
    manifest = json.loads((course / "kit" / "kit.json").read_text())
    name, assignment = manifest["notebook"], "nametag"
    source = course / "source" / assignment
    source.mkdir(parents=True)
    shutil.copyfile(course / "kit" / "facilitator" / "solutions" / name, source / name)
    for folder in (course / "kit" / "learner").iterdir():
        if folder.is_dir():
            shutil.copytree(folder, source / folder.name)
    for learner in room.iterdir():
        target = course / "submitted" / learner.name / assignment
        target.mkdir(parents=True)
        shutil.copyfile(learner / name, target / name)
    (course / "nbgrader_config.py").write_text(
        textwrap.dedent(
            f"""
            c = get_config()
            c.CourseDirectory.root = {str(course)!r}
            c.CourseDirectory.course_id = "bench"
            c.Exchange.root = {str(course / "exchange")!r}
            """
        )
    )
    (course / "exchange").mkdir()
    env = dict(os.environ, PATH=str(Path(sys.executable).parent) + os.pathsep + os.environ["PATH"])
    nbgrader = [sys.executable, "-m", "nbgrader"]
    subprocess.run(
        nbgrader + ["generate_assignment", assignment, "--force", "--create"],
        cwd=course,
        env=env,
        check=True,
        capture_output=True,
    )
    load = os.getloadavg()[0]
    wall, cpu, status = meter.run(
        nbgrader + ["autograde", assignment, "--force", "--create"],
        cwd=course,
        env=env,
        capture_output=True,
    )
    return {"wall_s": wall, "cpu_s": cpu, "load": (load + os.getloadavg()[0]) / 2, "status": status}


def unpack_before(target: Path) -> Path:
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", BEFORE, "makerkit", "workshops", "templates"],
        check=True,
        capture_output=True,
    ).stdout
    target.mkdir(parents=True)
    subprocess.run(["tar", "-x", "-C", str(target)], input=archive, check=True)
    return target


ROUNDS = 2


def main() -> int:
    from makerkit.kits.build import build_kit
    from makerkit.kits.sandbox import support
    from makerkit.kits.workshop import load_workshop

    no_sandbox = GRADE.replace("out_dir=sys.argv[3])", "out_dir=sys.argv[3], sandbox=False)")
    runs: dict[str, list[dict]] = {"nbgrader": [], "before": [], "now": [], "now-open": []}
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        kit = build_kit(load_workshop(ROOT / "workshops" / "nametag"), "fr", tmp / "kits")
        make_class(kit, tmp / "class")
        before_code = unpack_before(tmp / "before")
        meter = CpuMeter("kits")
        # Rounds interleave the four, so that a change of the machine's load hits them alike.
        for n in range(ROUNDS):
            course = tmp / f"course-{n}"
            runs["nbgrader"].append(nbgrader_alone(kit, tmp / "class", course, meter))
            out = tmp / f"out-{n}"
            runs["before"].append(grade_with(before_code, kit, tmp / "class", out / "b", meter))
            runs["now"].append(grade_with(ROOT, kit, tmp / "class", out / "n", meter))
            runs["now-open"].append(
                grade_with(ROOT, kit, tmp / "class", out / "o", meter, code=no_sandbox)
            )
            for key, done in runs.items():
                print(f"round {n + 1} {key}: {done[-1]}", flush=True)
    mean = {
        key: {f: sum(r[f] for r in done) / len(done) for f in ("wall_s", "cpu_s", "load")}
        | {"ok": all(r["status"] == 0 for r in done)}
        for key, done in runs.items()
    }
    anchor = mean["nbgrader"]
    labels = {
        "nbgrader": "nbgrader autograde alone (anchor: one after the other, no sandbox)",
        "before": f"makerkit before ({BEFORE[:7]}: 2 workers, no sandbox, pictures drawn)",
        "now": "makerkit now (2 workers, each learner's kernel in the sandbox)",
        "now-open": "makerkit now with sandbox=False (what the sandbox costs)",
    }
    rows = [
        [
            label,
            f"{mean[key]['wall_s']:.1f} s",
            f"{mean[key]['cpu_s']:.1f} s",
            f"{mean[key]['cpu_s'] / CLASS_SIZE:.2f} s",
            f"{mean[key]['cpu_s'] / (os.cpu_count() or 1):.0f} s",
            f"{anchor['cpu_s'] / mean[key]['cpu_s']:.2f}×",
            f"{mean[key]['load']:.1f}",
            "ok" if mean[key]["ok"] else "FAILED",
        ]
        for key, label in labels.items()
    ]
    best = min(r["wall_s"] for r in runs["now"])
    body = (
        f"A French name-tag class of {CLASS_SIZE}: 20 full answers, 5 blank copies, 5 stopped "
        f"halfway; each figure is the mean of {ROUNDS} interleaved rounds. Processor seconds are "
        "those of every process of a run (kernels in their sandboxes, nbgrader, bwrap), read "
        f"from a cgroup made for the run ({meter.how}). The machine is shared: the load average "
        f"is given on {os.cpu_count()} cores. Processor seconds ÷ cores estimates the wall time "
        "on this machine with nothing else running, for the runs that keep both cores busy (not "
        "nbgrader alone, one notebook at a time); it is pessimistic, since a loaded machine also "
        "makes each processor second slower.\n\n"
        + table(
            [
                "run",
                "wall",
                "processor",
                "per learner",
                "processor ÷ cores",
                "processor vs nbgrader",
                "load",
                "result",
            ],
            rows,
        )
        + f"\n\nTarget: a class of {CLASS_SIZE} in under {TARGET_S:.0f} s. Best wall time of "
        f"makerkit now in this run: {best:.1f} s at load {mean['now']['load']:.1f} "
        f"({'met' if best < TARGET_S else 'not met under this load'}); processor ÷ cores: "
        f"{mean['now']['cpu_s'] / (os.cpu_count() or 1):.0f} s. "
        f"Sandbox available here: {support().available}."
    )
    write_section("kits", "Kits: grading a class of 30", body)
    return 0


if __name__ == "__main__":
    sys.exit(main())
