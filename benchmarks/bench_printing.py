"""Print queue: approve → "Printing" on OctoPrint's virtual printer; a class plate of 12 name tags.

1. From the facilitator's approval to OctoPrint saying "Printing": ``PrintQueue.approve``
   then one ``advance`` (ask the printer, check the file is unchanged, upload, start), then
   OctoPrint's own streaming start. Anchor, same run, same server: the bare upload with
   ``print=true`` straight to OctoPrint's REST API, timed the same way.
2. The class plate of 12 name tags on an Ender-3 V2: packing and slicing time, filament
   and print time, beside the same 12 tags sent as 12 separate jobs.

Run: ``python benchmarks/bench_printing.py`` (needs OctoPrint in .venv-octoprint: ``make octoprint``).
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "printing"))

from benchmarks.report import table, write_section  # noqa: E402

NAMES = ["Ada", "Lin", "Zoé", "Sam", "Noa", "Io", "Camille", "Léo", "Jade", "Hugo", "Inès", "Tom"]
RUNS = 9


def _wait_printing(server, timeout_s: float = 30.0) -> float:
    start = time.perf_counter()
    while time.perf_counter() - start < timeout_s:
        if server.state().startswith("Printing"):
            return time.perf_counter()
        time.sleep(0.01)
    raise RuntimeError(f"OctoPrint stayed {server.state()}")


def approve_to_printing(work: Path) -> tuple[list[list[object]], dict]:
    from octoprint_server import API_KEY, OctoPrintServer, find_octoprint

    import makerkit as mk
    from makerkit.printing import PrintQueue, add_printer

    program = find_octoprint()
    if program is None:
        raise SystemExit("OctoPrint is not installed: run `make octoprint` first")
    os.environ["MAKERKIT_HOME"] = str(work / "home")
    server = OctoPrintServer(program, work / "octoprint")
    t0 = time.perf_counter()
    server.start()
    startup_s = time.perf_counter() - t0
    try:
        add_printer("virtual", "octoprint", server.url, "creality-ender3-v2", api_key=API_KEY)
        queue = PrintQueue()
        gcode = mk.slice(mk.nametag("Camille"), "creality-ender3-v2").gcode.encode()
        ours, ours_call, bare = [], [], []
        for k in range(RUNS):
            server.clear()
            queue.advance()  # the previous run's job ends (it was cancelled by clear)
            queue.mark_ready("virtual")
            job = queue.submit(gcode, "virtual", learner=f"L{k}").job
            t0 = time.perf_counter()
            queue.approve(job.id)
            events = queue.advance()
            t1 = time.perf_counter()
            assert [e["event"] for e in events] == ["started"], events
            ours.append(_wait_printing(server) - t0)
            ours_call.append(t1 - t0)
            server.clear()
            t0 = time.perf_counter()
            httpx.post(
                f"{server.url}/api/files/local",
                headers={"X-Api-Key": API_KEY},
                files={"file": (f"bare-{k}.gcode", gcode)},
                data={"select": "true", "print": "true"},
                trust_env=False,
            ).raise_for_status()
            bare.append(_wait_printing(server) - t0)
        server.clear()
    finally:
        server.stop()
    med = statistics.median
    rows = [
        [
            "makerkit: approve → Printing",
            f"{med(ours) * 1000:.0f} ms",
            f"{min(ours) * 1000:.0f}–{max(ours) * 1000:.0f} ms",
            f"{med(ours) / med(bare):.2f}×",
        ],
        [
            "  of which approve + advance (status, re-check, upload, start)",
            f"{med(ours_call) * 1000:.0f} ms",
            f"{min(ours_call) * 1000:.0f}–{max(ours_call) * 1000:.0f} ms",
            "",
        ],
        [
            "anchor: bare upload with print=true → Printing",
            f"{med(bare) * 1000:.0f} ms",
            f"{min(bare) * 1000:.0f}–{max(bare) * 1000:.0f} ms",
            "1.00×",
        ],
    ]
    return rows, {"startup_s": startup_s, "bytes": len(gcode)}


def class_plate(work: Path) -> list[list[object]]:
    import makerkit as mk
    from makerkit.printing import PrintQueue, add_printer, make_plate

    os.environ["MAKERKIT_HOME"] = str(work / "plate")
    add_printer("atelier", "moonraker", "http://127.0.0.1:9", "creality-ender3-v2")
    queue = PrintQueue()
    ids, slice_s = [], 0.0
    for name in NAMES:
        tag = mk.nametag(name)
        t0 = time.perf_counter()
        sent = queue.submit(tag, "atelier", learner=name)  # slice + check + estimate
        slice_s += time.perf_counter() - t0
        assert sent.accepted, sent.message()
        ids.append(queue.approve(sent.job.id).id)
    separate = [queue.job(i).estimate for i in ids]
    t0 = time.perf_counter()
    plate = make_plate(queue, ids, "atelier")
    total_s = time.perf_counter() - t0
    assert plate.submission.accepted, plate.submission.message()
    est = plate.submission.estimate
    sep_time = sum(e["time_s"] for e in separate)
    sep_g = sum(e["filament_g"] for e in separate)
    sep_m = sum(e["filament_mm"] for e in separate) / 1000
    hours = lambda s: f"{s / 3600:.2f} h"  # noqa: E731
    return [
        ["packing (trimesh rectangles)", f"{plate.pack_s * 1000:.0f} ms", "—", ""],
        [
            "slicing",
            f"{plate.slice_s:.2f} s (one plate)",
            f"{slice_s:.2f} s (12 submissions: slice + check)",
            "",
        ],
        ["plate made (load models, pack, slice, check, picture)", f"{total_s:.2f} s", "—", ""],
        [
            "print time (makerkit's estimate)",
            hours(est["time_s"]),
            hours(sep_time),
            f"{est['time_s'] / sep_time:.2f}×",
        ],
        [
            "filament",
            f"{est['filament_mm'] / 1000:.2f} m, {est['filament_g']:.1f} g",
            f"{sep_m:.2f} m, {sep_g:.1f} g",
            f"{est['filament_g'] / sep_g:.2f}×",
        ],
        ["heat-ups, start sequences, beds to clear", "1", "12", ""],
    ]


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="bench-printing-") as folder:
        rows, info = approve_to_printing(Path(folder))
        plate_rows = class_plate(Path(folder))
    load = os.getloadavg()[0]
    body = (
        f"Machine load (1 min average) at the end: {load:.1f} on {os.cpu_count()} cores (other programs "
        "were running): read the ratios.\n\n"
        'From the facilitator\'s approval to OctoPrint 1.11 saying "Printing" (its bundled virtual '
        f"printer on 127.0.0.1, a makerkit name tag of {info['bytes'] // 1024} KB for an Ender-3 V2, "
        f"median of {RUNS} runs; OctoPrint started in {info['startup_s']:.1f} s). The anchor is the "
        "same file uploaded straight to OctoPrint's REST API with `print=true`, in the same run.\n\n"
        + table(["step", "median", "range", "vs anchor"], rows)
        + "\n\nThe class plate: 12 name tags ("
        + ", ".join(NAMES)
        + ") approved, packed on the "
        "Ender-3 V2's bed with a 5 mm margin, sliced once, checked, queued as one job; beside the "
        "same 12 tags as 12 separate jobs (each with its own start sequence, heat-up and purge line).\n\n"
        + table(["", "one plate", "12 separate jobs", "ratio"], plate_rows)
    )
    write_section("printing", "Print queue: approval to printing, the class plate", body)
    print(body)


if __name__ == "__main__":
    main()
