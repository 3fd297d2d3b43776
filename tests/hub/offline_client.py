"""Run inside the network namespace of the wheelhouse test, with the freshly installed makerkit.

Starts ``makerkit hub start`` from the new environment, logs one learner in through the login
form, opens their notebook through their server, notes which account the server runs as, then
stops the hub with SIGTERM and checks the learner's server stopped too. Prints one JSON object.
"""

import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import psutil
import requests

folder, workshops = Path(sys.argv[1]), sys.argv[2]
makerkit = str(Path(sys.executable).parent / "makerkit")
with socket.socket() as s:
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
base = f"http://127.0.0.1:{port}"
started = time.perf_counter()
hub = subprocess.Popen(
    [makerkit, "hub", "start", "nametag", "--lang", "fr", "--ip", "127.0.0.1", "--port", str(port)]
    + ["--dir", str(folder / "session"), "--workshops", workshops]
    + ["--session-code", "4242", "--facilitator-password", "facil-pass-1"],
    stdout=subprocess.PIPE,
    stderr=subprocess.STDOUT,
    text=True,
)
result = {}


def ours(process) -> bool:
    """A learner server started from this test's environment (not another hub's)."""
    cmdline = process.info["cmdline"] or []
    return (
        bool(cmdline) and cmdline[0].startswith(str(folder)) and "makerkit.hub.learner" in cmdline
    )


try:
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        try:
            if requests.get(f"{base}/hub/api/", timeout=3).status_code == 200:
                break
        except requests.ConnectionError:
            pass
        if hub.poll() is not None:
            break
        time.sleep(0.1)
    result["hub_up_s"] = round(time.perf_counter() - started, 1)
    http = requests.Session()
    page = http.get(f"{base}/hub/login", timeout=30)
    xsrf = re.search(r'name="_xsrf" value="([^"]+)"', page.text).group(1)
    login = http.post(
        f"{base}/hub/login?next=",
        data={"username": "Ada", "password": "4242", "_xsrf": xsrf},
        timeout=30,
        allow_redirects=False,
    )
    result["login"] = login.status_code
    opened = time.perf_counter()
    http.get(f"{base}/hub/spawn", timeout=180)
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:  # as a browser: the hub, then the learner's own server
        lab = http.get(f"{base}/user/ada/lab", timeout=60)
        if lab.status_code == 200 and "/user/ada/" in lab.url:
            break
        time.sleep(0.1)
    result["open_s"] = round(time.perf_counter() - opened, 1)
    r = http.get(f"{base}/user/ada/api/contents/nametag.fr.ipynb", timeout=60)
    result["notebook_cells"] = len(r.json()["content"]["cells"]) if r.status_code == 200 else 0
    servers = [p for p in psutil.process_iter(["cmdline", "username"]) if ours(p)]
    result["server_users"] = sorted({p.info["username"] for p in servers})
    folder_owner = (folder / "session" / "learners" / "ada").stat().st_uid
    result["folder_owner"] = (
        psutil.Process().username() if folder_owner == os.getuid() else folder_owner
    )
finally:
    stopped = time.perf_counter()
    hub.send_signal(signal.SIGTERM)
    try:
        out, _ = hub.communicate(timeout=120)
    except subprocess.TimeoutExpired:
        hub.kill()
        out, _ = hub.communicate()
    result["exit"] = hub.returncode
    result["stop_s"] = round(time.perf_counter() - stopped, 1)
    result["banner"] = out[-3000:]
    for _ in range(50):  # JupyterHub stopped them before exiting: give the last one 5 s
        result["servers_left"] = [p.pid for p in psutil.process_iter(["cmdline"]) if ours(p)]
        if not result["servers_left"]:
            break
        time.sleep(0.1)
# Grading the room from the command line, in the new environment (Ada's notebook is blank).
grading = time.perf_counter()
graded = subprocess.run(
    [makerkit, "hub", "grade", "--dir", str(folder / "session"), "--json"],
    capture_output=True,
    text=True,
)
result["grade_exit"] = graded.returncode
result["grade_s"] = round(time.perf_counter() - grading, 1)
result["grade"] = json.loads(graded.stdout) if graded.stdout.strip() else graded.stderr[-2000:]
print(json.dumps(result))
