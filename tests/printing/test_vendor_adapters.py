"""The PrusaLink and Moonraker adapters, and the queue's rules, against local stand-in servers.

PrusaLink and Moonraker cannot run here (they need a real printer), so ``standins.py``
answers as their published API descriptions say (PrusaLink's OpenAPI file, Moonraker's
documentation); see that module. OctoPrint itself is tested in test_octoprint_queue.py.
"""

from __future__ import annotations

import hashlib

import pytest
from standins import SAFE, MoonrakerStandIn, PrusaLinkStandIn

from makerkit.errors import MakerkitError

OTHER_SAFE = SAFE.replace("X80 Y80", "X90 Y90")
UNSAFE = SAFE.replace("M109 S210", "M109 S320")


@pytest.fixture(params=["prusalink", "moonraker"])
def printer(request, home):
    """A stand-in server registered as the library's printer 'lab' (an Ender-3 V2 profile)."""
    from makerkit.printing import add_printer

    if request.param == "prusalink":
        server = PrusaLinkStandIn(user="maker", password="pl-secret")
        auth = {"user": "maker", "password": "pl-secret"}
    else:
        server = MoonrakerStandIn(api_key="mr-key")
        auth = {"api_key": "mr-key"}
    with server:
        add_printer("lab", request.param, server.url, "creality-ender3-v2", **auth)
        yield server


def _approved(queue, text=SAFE, learner="Ada"):
    sent = queue.submit(text, "lab", learner=learner)
    assert sent.accepted, sent.message()
    return queue.approve(sent.job.id)


def test_status_in_makerkit_words(printer):
    from makerkit.printing import adapter_for, get_library_printer

    adapter = adapter_for(get_library_printer("lab"))
    assert adapter.status().state == "ready"
    printer.start_other_print("benchy.gcode")
    status = adapter.status()
    assert (status.state, status.file, status.busy) == ("printing", "benchy.gcode", True)
    printer.finish()
    assert adapter.status().state == "finished"


def test_approved_job_is_uploaded_started_followed_and_done(printer, queue):
    job = _approved(queue)
    assert printer.uploads == {}  # approval alone sends nothing: advance does
    events = queue.advance()
    assert events == [{"job": job.id, "event": "started", "printer": "lab"}]
    assert hashlib.sha256(printer.uploads[job.filename]).hexdigest() == job.sha256
    sent_with = printer.upload_headers[job.filename]
    if isinstance(printer, PrusaLinkStandIn):
        assert sent_with["Print-After-Upload"] == "?1" and sent_with["Overwrite"] == "?0"
    else:
        assert sent_with["print"] == "true" and sent_with["checksum"] == job.sha256
    printer.progress = 40.0 if isinstance(printer, PrusaLinkStandIn) else 0.4
    queue.advance()
    assert queue.job(job.id).state == "printing" and queue.job(job.id).progress_percent == 40.0
    printer.finish()
    assert queue.advance() == [{"job": job.id, "event": "done", "printer": "lab"}]
    assert queue.job(job.id).state == "done"


def test_one_job_at_a_time_and_only_on_a_cleared_bed(printer, queue):
    first, second = _approved(queue, SAFE, "Ada"), _approved(queue, OTHER_SAFE, "Lin")
    queue.advance()
    assert list(printer.uploads) == [first.filename]
    for _ in range(3):
        queue.advance()
    assert list(printer.uploads) == [first.filename]
    printer.stop()  # stopped at the printer: its part is on the bed
    assert queue.advance() == [{"job": first.id, "event": "stopped", "printer": "lab"}]
    queue.advance()
    assert list(printer.uploads) == [first.filename]
    assert queue.printer_state("lab")["bed_clear"] is False
    queue.mark_ready("lab")
    assert [e["event"] for e in queue.advance()] == ["started"]
    assert list(printer.uploads) == [first.filename, second.filename]


def test_a_printer_busy_with_someone_elses_print_gets_nothing(printer, queue):
    printer.start_other_print()
    _approved(queue)
    assert queue.advance() == [] and printer.uploads == {}


def test_a_file_changed_after_approval_is_checked_again(printer, queue, home):
    unsafe_later, safe_later = _approved(queue, SAFE, "Ada"), _approved(queue, SAFE, "Lin")
    blobs = home / "printing" / "files"
    (blobs / f"{unsafe_later.id}.gcode").write_text(UNSAFE)
    (blobs / f"{safe_later.id}.gcode").write_text(OTHER_SAFE)
    events = queue.advance()
    assert {(e["job"], e["event"]) for e in events} == {
        (unsafe_later.id, "refused"),
        (safe_later.id, "needs_approval"),
    }
    assert printer.uploads == {}
    refused = queue.job(unsafe_later.id)
    assert refused.state == "refused" and "260 °C" in refused.reason_text("en")
    again = queue.job(safe_later.id)
    assert (
        again.state == "waiting" and again.sha256 == hashlib.sha256(OTHER_SAFE.encode()).hexdigest()
    )


def test_a_printer_given_another_profile_asks_for_approval_and_checks_again(printer, queue):
    from makerkit.printing import add_printer, get_library_printer

    too_big = _approved(queue, SAFE.replace("X80 Y80", "X200 Y200"))  # fits an Ender-3, not a MINI
    fits = _approved(queue, OTHER_SAFE, "Lin")
    lp = get_library_printer("lab")
    auth = {"api_key": lp.api_key} if lp.api_key else {"user": lp.user, "password": lp.password}
    add_printer("lab", lp.kind, lp.url, "prusa-mini", replace=True, **auth)
    assert [j.state for j in queue.jobs()] == ["waiting", "waiting"]  # approved for another machine
    assert queue.advance() == [] and printer.uploads == {}
    queue.approve(too_big.id), queue.approve(fits.id)
    events = queue.advance()
    assert [(e["job"], e["event"]) for e in events] == [
        (too_big.id, "refused"),
        (fits.id, "started"),
    ]
    assert "printer's settings changed" in queue.job(too_big.id).reason_text("en")
    assert list(printer.uploads) == [fits.filename] and queue.job(fits.id).profile == "prusa-mini"


def test_wrong_sign_in_is_explained(printer, queue):
    from makerkit.printing import adapter_for, add_printer, get_library_printer

    lp = get_library_printer("lab")
    auth = {"api_key": "wrong"} if lp.api_key else {"user": "maker", "password": "wrong"}
    add_printer("lab", lp.kind, lp.url, lp.profile, replace=True, **auth)
    with pytest.raises(MakerkitError) as info:
        adapter_for(get_library_printer("lab")).status()
    assert info.value.key == "printing.sign_in_refused"
    _approved(queue)
    assert queue.advance() == [] and printer.uploads == {}


def test_a_printer_switched_off_keeps_its_jobs(home, queue):
    from makerkit.printing import add_printer

    add_printer("lab", "moonraker", "http://127.0.0.1:9", "creality-ender3-v2")  # nothing there
    job = _approved(queue)
    assert queue.advance() == []
    assert queue.job(job.id).state == "approved"
    assert queue.printer_state("lab")["status"]["state"] == "offline"


def test_a_printer_that_refuses_the_upload_keeps_the_job_approved(printer, queue):
    job = _approved(queue)
    if isinstance(printer, PrusaLinkStandIn):
        printer.uploads[job.filename] = b"already there"  # PUT without Overwrite: 409
    else:
        printer.klippy = "shutdown"  # Klipper stopped: Moonraker answers, the printer is not ready
    events = queue.advance()
    if isinstance(printer, PrusaLinkStandIn):
        assert events[0]["event"] == "send_failed" and "409" in events[0]["error"]
        assert "409" in queue.printer_state("lab")["last_error"]
    else:
        assert events == [] and queue.printer_state("lab")["status"]["state"] == "error"
    assert queue.job(job.id).state == "approved"


def test_a_send_whose_sender_died_is_tried_again(printer, queue, home):
    import json

    job = _approved(queue)
    path = home / "printing" / "queue.json"
    state = json.loads(path.read_text())
    state["jobs"][str(job.id)]["state"] = "sending"  # as if a process died while uploading
    state["jobs"][str(job.id)]["history"].append({"at": 0.0, "state": "sending"})
    path.write_text(json.dumps(state))
    assert queue.advance() == [{"job": job.id, "event": "started", "printer": "lab"}]
    assert queue.job(job.id).state == "printing" and list(printer.uploads) == [job.filename]
