"""Grading a hostile notebook in the sandbox: real nbgrader, real kernels, real bubblewrap.

One learner's notebook tries everything the probe of issue 16 found: read the kit's
solutions, /root and a file of the facilitator's, delete a classmate's submission and
blank the copies being graded, reach the network, patch makerkit's checks to score on a
blank answer, and start processes that ignore SIGTERM. All of it must be contained: the
classmates keep full marks, the hostile learner scores 0, nothing outside is touched,
no connection arrives and no process is left.
"""

import hashlib
import json
import os
import socket
import threading
import uuid
import zipfile
from pathlib import Path

import nbformat
import pytest

from makerkit.kits import sandbox
from makerkit.kits.authoring import new_workshop
from makerkit.kits.build import build_kit
from makerkit.kits.notebooks import answered_copy

HOSTILE = r"""
import os, sys, json, socket, shutil, signal, subprocess, zipfile
found = {}
def attempt(name, action):
    try:
        found[name] = action()
    except BaseException as exc:
        found[name] = "refused: " + type(exc).__name__
attempt("uid", os.getuid)
attempt("root_dir", lambda: os.listdir("/root"))
attempt("secret", lambda: open(SECRET).read())
attempt("kit", lambda: open(KIT, "rb").read(8).hex())
attempt("classmate", lambda: open(CLASSMATE).read(20))
def hunt(write):
    hits = []
    for root, dirs, files in os.walk("/"):
        if root.startswith(("/proc", "/sys", "/dev", "/home/learner")):
            dirs[:] = []
            continue
        for name in files:
            if name.endswith((".ipynb", ".zip")):
                path = os.path.join(root, name)
                try:
                    if write:
                        open(path, "w").write("{}")
                    elif name.endswith(".zip"):
                        if "kit.json" not in zipfile.ZipFile(path).namelist():
                            continue
                    elif b"checks.between(answer, 42, 42" not in open(path, "rb").read():
                        continue
                    hits.append(path)
                except Exception:
                    pass
    return hits
attempt("solutions_found", lambda: hunt(False))
attempt("delete_classmate", lambda: shutil.rmtree(os.path.dirname(CLASSMATE)) or "deleted")
attempt("delete_secret", lambda: os.remove(SECRET) or "deleted")
attempt("blanked", lambda: hunt(True))
attempt("local_port", lambda: socket.create_connection(("127.0.0.1", PORT), 3).sendall(b"x") or 1)
attempt("internet", lambda: socket.create_connection(("192.0.2.1", 53), 3) and "connected")
def spawn():
    code = "import signal, time\nsignal.signal(signal.SIGTERM, signal.SIG_IGN)\nwhile True: time.sleep(1)"
    for _ in range(3):
        subprocess.Popen([sys.executable, "-c", code, MARKER], start_new_session=True,
                         stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if os.fork() == 0:
        os.setsid()
        if os.fork() == 0:
            os.execv(sys.executable, [sys.executable, "-c", code, MARKER])
        os._exit(0)
    return "spawned"
attempt("spawn", spawn)
attempt("env", lambda: sorted(os.environ))
import makerkit.checks as patched
def patch():
    for name in patched.__all__:
        if name != "CheckFailed":
            setattr(patched, name, lambda *args, **kwargs: None)
    return "patched"
attempt("patch", patch)
print("FOUND " + json.dumps(found))
"""

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not sandbox.support().available,
        reason=f"this machine cannot sandbox: {sandbox.support().reason_key} "
        f"{sandbox.support().detail} (install bubblewrap, run on Linux)",
    ),
]


class Listener:
    """A TCP server on 127.0.0.1 that records every connection (none may arrive)."""

    def __init__(self) -> None:
        self.server = socket.create_server(("127.0.0.1", 0))
        self.server.settimeout(0.2)
        self.port = self.server.getsockname()[1]
        self.connections = 0
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self.serve, daemon=True)
        self.thread.start()

    def serve(self) -> None:
        while not self.stop.is_set():
            try:
                conn, _ = self.server.accept()
            except OSError:
                continue
            self.connections += 1
            conn.close()

    def close(self) -> None:
        self.stop.set()
        self.thread.join()
        self.server.close()


def marker_processes(marker: str) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        try:
            if marker.encode() in (entry / "cmdline").read_bytes():
                found.append(int(entry.name))
        except (OSError, ValueError):
            continue
    return found


def digest(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_a_hostile_notebook_is_contained(tmp_path, monkeypatch):
    ws = new_workshop("paper-plane", tmp_path / "ws", title="Avion en papier")
    kit = build_kit(ws, "fr", tmp_path / "kits")
    with zipfile.ZipFile(kit) as zf:
        name = json.loads(zf.read("kit.json"))["notebook"]
        released = nbformat.reads(zf.read(f"learner/{name}").decode(), as_version=4)
        source = nbformat.reads(zf.read(f"facilitator/solutions/{name}").decode(), as_version=4)
    secret = tmp_path / "facilitator-secret.txt"
    secret.write_text("the facilitator's own file")
    room = tmp_path / "room"
    for who in ("renard", "castor"):
        (room / who).mkdir(parents=True)
        nbformat.write(answered_copy(released, source), room / who / name)
    listener = Listener()
    marker = f"makerkit-hostile-{uuid.uuid4().hex}"
    hostile = nbformat.reads(nbformat.writes(released), as_version=4)
    answer = next(c for c in hostile.cells if c.metadata.get("nbgrader", {}).get("solution"))
    answer.source = (
        f"SECRET = {str(secret)!r}\nKIT = {str(kit)!r}\nPORT = {listener.port}\n"
        f"CLASSMATE = {str(room / 'renard' / name)!r}\nMARKER = {marker!r}\n" + HOSTILE
    )
    (room / "hibou").mkdir()
    nbformat.write(hostile, room / "hibou" / name)
    before = {"room": digest(room), "kit": digest(kit.parent), "secret": secret.read_text()}
    monkeypatch.setenv("MAKERKIT_TEST_TOKEN", "facilitator-only")

    from makerkit.kits.grade import grade_class

    try:
        users = {"hibou": "nobody"} if os.geteuid() == 0 else None  # as the hub passes them
        result = grade_class(
            kit, room, out_dir=tmp_path / "out", workers=2, sandbox=True, users=users
        )
    finally:
        listener.close()

    assert {r.learner: r.score for r in result.learners} == {"renard": 1, "castor": 1, "hibou": 0}
    assert result.sandbox["on"] and not result.rejected
    graded = nbformat.read(tmp_path / "out" / "graded" / "hibou.ipynb", as_version=4)
    printed = "".join(
        o.get("text", "") for c in graded.cells if c.cell_type == "code" for o in c.outputs
    )
    found = json.loads(printed.split("FOUND ", 1)[1].splitlines()[0])
    # /root holds at most the folders on the way to Python itself (read-only), nothing else.
    python_path = {Path(f).parts[2] for f in sandbox._python_folders() if f.startswith("/root/")}
    if isinstance(found["root_dir"], list):
        assert set(found["root_dir"]) <= python_path
    for attempt in ("secret", "kit", "classmate", "local_port", "internet"):
        assert str(found[attempt]).startswith("refused"), (attempt, found[attempt])
    for attempt in ("delete_classmate", "delete_secret"):
        assert str(found[attempt]).startswith("refused"), (attempt, found[attempt])
    assert found["solutions_found"] == [] and found["blanked"] == []
    assert found["spawn"] == "spawned" and found["patch"] == "patched"  # it did try
    assert "MAKERKIT_TEST_TOKEN" not in found["env"]
    if os.geteuid() == 0:
        import pwd

        assert found["uid"] == pwd.getpwnam("nobody").pw_uid
    # Outside the sandbox: nothing changed, nothing connected, nothing left running.
    assert digest(room) == before["room"] and digest(kit.parent) == before["kit"]
    assert secret.read_text() == before["secret"]
    assert listener.connections == 0
    assert marker_processes(marker) == []
    # The hostile learner gets a normal feedback page, and no hidden test is shown.
    page = (tmp_path / "out" / "feedback" / "hibou.html").read_text()
    assert "0 / 1" in page and "HIDDEN" not in page


def test_a_cell_that_burns_the_processor_is_stopped_by_its_time_not_the_clock(tmp_path):
    """A busy loop is stopped after its processor time; the cells before it still count."""
    ws = new_workshop("paper-plane", tmp_path / "ws", title="Paper plane")
    kit = build_kit(ws, "en", tmp_path / "kits")
    with zipfile.ZipFile(kit) as zf:
        name = json.loads(zf.read("kit.json"))["notebook"]
        released = nbformat.reads(zf.read(f"learner/{name}").decode(), as_version=4)
    nb = nbformat.reads(nbformat.writes(released), as_version=4)
    answer = next(c for c in nb.cells if c.metadata.get("nbgrader", {}).get("solution"))
    # Catches the interrupt and goes on: only killing the kernel stops it.
    answer.source = "answer = 42\nwhile True:\n    try:\n        sum(range(10**6))\n    except KeyboardInterrupt:\n        pass"
    (tmp_path / "room" / "loop").mkdir(parents=True)
    nbformat.write(nb, tmp_path / "room" / "loop" / name)

    from makerkit.kits.grade import grade_class

    result = grade_class(kit, tmp_path / "room", out_dir=tmp_path / "out", cell_timeout_s=2)
    (learner,) = result.learners
    assert learner.score == 0 and not result.rejected
    assert any(key == "kits.note_timeout" for key, _ in learner.notes)
    assert "KernelStopped" in " ".join(learner.cell_errors)
