"""The queue never keeps a job stuck nor lets one go unchecked: printers removed or replaced,
senders that died, clocks set back, profiles gone, damaged files on disk.

The printer is the Moonraker stand-in of standins.py (written from Moonraker's documentation:
Moonraker needs a Klipper printer to run); the same rules with a real OctoPrint are in
test_octoprint_queue.py.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path
from types import SimpleNamespace

import pytest
from standins import SAFE

from makerkit.errors import MakerkitError


def _jobs(queue, *learners, approve=True):
    """One safe job per learner (each file a little different), approved unless said."""
    jobs = []
    for k, who in enumerate(learners):
        job = queue.submit(SAFE.replace("X80 Y80", f"X{80 + k} Y80"), "lab", learner=who).job
        jobs.append(queue.approve(job.id) if approve else job)
    return jobs


def _state_file(home):
    return home / "printing" / "queue.json"


def _edit_queue(home, change):
    path = _state_file(home)
    state = json.loads(path.read_text())
    change(state)
    path.write_text(json.dumps(state))


# --- a printer removed or replaced ------------------------------------------------------------
def test_removing_a_printer_settles_every_job_and_the_learner_reads_why(lab, queue, cli):
    from makerkit.printing import hub_panel

    printing, approved = _jobs(queue, "Ada", "Lin")
    (waiting,) = _jobs(queue, "Zoé", approve=False)
    queue.advance()
    assert queue.job(printing.id).state == "printing"

    refused = cli("printer", "remove", "lab", "--json")
    assert refused.status == 2 and refused.json["error"] == "printing.printer_busy_remove"
    assert f"job {printing.id}" in refused.err and "--force" in refused.err
    assert [p["name"] for p in cli("printer", "list", "--json").json["printers"]] == ["lab"]
    assert [j.state for j in queue.jobs()] == ["printing", "approved", "waiting"]

    removed = cli("printer", "remove", "lab", "--force", "--json")
    assert removed.status == 0, removed.err
    assert [(e["job"], e["event"]) for e in removed.json["events"]] == [
        (printing.id, "unfollowed"),
        (approved.id, "printer_removed"),
        (waiting.id, "printer_removed"),
    ]
    assert [j.state for j in queue.jobs()] == ["stopped", "refused", "refused"]
    lost = queue.job(printing.id)
    assert lost.describe("en").startswith("No longer followed: the printer 'lab' was removed")
    assert "Demandez à l’animateur" in lost.describe("fr")
    mine = hub_panel.mine(".", "Lin", lang="fr")  # what the learner's notebook shows
    assert mine[0]["status_text"] == (
        "Refusé : l’imprimante « lab » a été retirée de la liste de la bibliothèque. "
        "Demandez à l’animateur ou à l’animatrice quelle imprimante peut l’imprimer."
    )
    assert hub_panel.printers(".") == []
    assert {j["state"] for j in hub_panel.jobs(".")} == {"stopped", "refused"}
    assert queue.advance() == [] and len(lab.uploads) == 1  # nothing more goes anywhere

    from makerkit.printing.driver import finish_send

    with queue._changing() as state:  # an upload that ended after the forced removal
        assert finish_send(state, SimpleNamespace(name="lab"), printing.id, None) == []
    assert queue.job(printing.id).state == "stopped"
    assert queue.job(printing.id).history[-1]["note"] == "sent"


def test_jobs_of_a_printer_removed_by_an_older_makerkit_are_settled_by_the_next_round(
    lab, queue, home
):
    printing, approved = _jobs(queue, "Ada", "Lin")
    (waiting,) = _jobs(queue, "Zoé", approve=False)
    queue.advance()
    (home / "printing" / "printers.json").write_text('{"printers": {}}')  # as makerkit 0.x did
    with pytest.raises(MakerkitError) as info:
        queue.approve(waiting.id)
    assert info.value.key == "printing.job_printer_removed" and "'lab'" in str(info.value)
    events = queue.advance()
    assert [(e["job"], e["event"]) for e in events] == [
        (printing.id, "unfollowed"),
        (approved.id, "printer_removed"),
        (waiting.id, "printer_removed"),
    ]
    assert queue.advance() == []


def test_a_printer_removed_while_a_learner_sends_gets_no_job(lab, queue, monkeypatch):
    import makerkit.printing.queue as queue_module
    from makerkit.printing import remove_printer

    real = queue_module.inspect

    def removed_meanwhile(*args):
        remove_printer("lab")
        return real(*args)

    monkeypatch.setattr(queue_module, "inspect", removed_meanwhile)
    with pytest.raises(MakerkitError) as info:
        queue.submit(SAFE, "lab", learner="Ada")
    assert info.value.key == "printing.no_such_printer" and queue.jobs() == []


def test_a_class_plate_on_a_removed_printer_gives_nothing_back_to_it(lab, queue):
    from makerkit.printing import get_library_printer, remove_printer
    from makerkit.printing.gate import Prepared, inspect

    ada, lin = _jobs(queue, "Ada", "Lin")
    (waiting,) = _jobs(queue, "Io", approve=False)
    verdict = inspect(SAFE.encode(), "creality-ender3-v2", "pla")

    def plate_of(*parts):  # as make_plate queues it, once sliced (which takes a while)
        return queue._enqueue(
            Prepared(SAFE.encode(), "plate"),
            verdict,
            get_library_printer("lab"),
            "pla",
            parts=list(parts),
            state="approved",
            approved_at=time.time(),
        )

    with pytest.raises(MakerkitError) as info:  # a part that is no longer approved meanwhile
        plate_of(ada.id, waiting.id)
    assert info.value.key == "printing.plate_needs_approved" and len(queue.jobs()) == 3
    plate = plate_of(ada.id, lin.id)
    assert queue.forget("Ada") == 1  # privacy: Ada's part goes, the plate stays
    events = remove_printer("lab")
    assert {(e["job"], e["event"]) for e in events} == {
        (plate.id, "printer_removed"),
        (lin.id, "printer_removed"),  # given back by its plate, for the same removed printer
        (waiting.id, "printer_removed"),
    }
    assert queue.job(lin.id).reason_text("en").startswith("the printer 'lab' was removed")


def test_replacing_a_printer_keeps_following_its_print_or_says_it_cannot(lab, queue, cli):
    from makerkit.printing import add_printer

    printing, approved = _jobs(queue, "Ada", "Lin")
    queue.advance()
    add_printer("lab", "moonraker", lab.url, "creality-ender3-v2", replace=True, api_key="new")
    assert queue.job(printing.id).state == "printing"  # same address: still followed
    assert queue.job(approved.id).state == "approved"  # same profile: still approved

    elsewhere = ["printer", "add", "lab", "--kind", "moonraker", "--url", "http://127.0.0.1:9"]
    elsewhere += ["--profile", "creality-ender3-v2", "--replace", "--json"]
    refused = cli(*elsewhere)
    assert refused.status == 2 and refused.json["error"] == "printing.printer_busy_replace"
    assert cli(*elsewhere, "--force").status == 0
    lost = queue.job(printing.id)
    assert lost.state == "stopped" and "another address" in lost.describe("en")
    assert queue.job(approved.id).state == "approved"


# --- senders and clocks -----------------------------------------------------------------------
def _sending(home, job_id, **note):
    def change(state):
        state["jobs"][str(job_id)]["state"] = "sending"
        state["jobs"][str(job_id)]["history"].append({"state": "sending", **note})

    _edit_queue(home, change)


def test_a_sender_that_died_or_a_clock_set_back_never_keeps_the_printer_reserved(lab, queue, home):
    from makerkit.printing.driver import _HOST

    (job,) = _jobs(queue, "Ada")
    _sending(home, job.id, at=time.time(), pid=_own_child_that_ended(), host=_HOST)
    assert [e["event"] for e in queue.advance()] == ["started"]  # at once, not 5 minutes later

    (other,) = _jobs(queue, "Lin")
    lab.finish()
    queue.advance()
    queue.mark_ready("lab")
    _sending(home, other.id, at=time.time(), pid=_alive_pid(), host=_HOST)
    assert queue.advance() == [] and len(lab.uploads) == 1  # its sender is still at work
    assert queue.forget("Lin") == 0  # not while it is on its way to the printer
    _sending(home, other.id, at=time.time() + 3600)  # marked by a machine whose clock was ahead
    assert [e["event"] for e in queue.advance()] == ["started"]


def _own_child_that_ended() -> int:
    child = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        check=True,
        capture_output=True,
        text=True,
    )
    return int(child.stdout)


def _alive_pid() -> int:
    import os

    return os.getpid()


# --- profiles and materials makerkit no longer has ----------------------------------------------
def test_a_job_that_cannot_be_checked_again_is_refused_not_stuck(lab, queue, home):
    first, second = _jobs(queue, "Ada", "Lin")
    _edit_queue(home, lambda s: s["jobs"][str(first.id)].update(material="unobtainium"))
    events = queue.advance()
    assert [(e["job"], e["event"]) for e in events] == [
        (first.id, "refused"),
        (second.id, "started"),
    ]
    assert "could not run again" in queue.job(first.id).reason_text("en")


def test_a_printer_whose_profile_makerkit_no_longer_has_keeps_its_jobs(lab, queue, home):
    (job,) = _jobs(queue, "Ada")
    path = home / "printing" / "printers.json"
    data = json.loads(path.read_text())
    data["printers"]["lab"]["profile"] = "printer-of-an-older-makerkit"
    path.write_text(json.dumps(data))
    assert queue.advance() == [] and lab.uploads == {}
    assert queue.job(job.id).state == "approved"
    assert "printer-of-an-older-makerkit" in queue.printer_state("lab")["last_error"]


# --- a damaged file on disk -------------------------------------------------------------------
def test_a_damaged_queue_stops_with_a_clear_error_and_restore_loses_nothing_silently(
    lab, queue, home, cli
):
    from makerkit.hub.page import prints

    first, second = _jobs(queue, "Ada", "Lin")  # the copy kept holds both, approved
    (late,) = _jobs(queue, "Zoé", approve=False)  # sent after that copy
    path = _state_file(home)
    path.write_text('{"jobs": {"1": ')  # cut short: a disk fault, a hand edit
    damaged = path.read_bytes()

    shown = cli("print", "queue", "--json")
    assert shown.status == 2 and shown.json["error"] == "printing.store_damaged"
    assert "makerkit print restore" in shown.err and "queue.previous.json" in shown.err
    with pytest.raises(MakerkitError):
        queue.submit(SAFE, "lab", learner="Io")
    page = prints.jobs(SimpleNamespace(root=".", lang="fr"))
    assert page["jobs"] == [] and "est abîmé" in page["message"]
    served = cli("print", "serve", "--rounds", "3", "--interval", "0")
    assert served.status == 0 and served.err.count("makerkit print restore") == 1
    assert path.read_bytes() == damaged and lab.uploads == {}  # nothing changed, nothing sent

    restored = cli("print", "restore", "--json")
    assert restored.status == 0, restored.err
    [done] = restored.json["restored"]
    assert done["file"] == str(path) and done["from"].endswith("queue.previous.json")
    assert Path(done["kept"]).read_bytes() == damaged
    assert restored.json["missing"] == [late.id]
    text = cli("print", "restore").out
    assert "nothing to restore" in text
    # so that nothing prints twice: approved again by hand, beds declared clear by hand
    assert [j.state for j in queue.jobs()] == ["waiting", "waiting"]
    assert queue.advance() == [] and queue.printer_state("lab")["bed_clear"] is False
    again = queue.submit(SAFE, "lab", learner="Zoé").job
    assert again.id == late.id + 1  # the kept file of the job sent late is not overwritten
    queue.approve(first.id)
    queue.mark_ready("lab")
    assert [e["event"] for e in queue.advance()] == ["started"]


def test_a_damaged_printer_list_without_a_good_copy_starts_empty_and_says_so(home, cli, lang):
    from makerkit.printing import add_printer

    add_printer("lab", "moonraker", "http://127.0.0.1:9", "prusa-mini")  # one write: no copy yet
    (home / "printing" / "printers.json").write_text('["not", "printers"]')  # JSON, wrong shape
    listed = cli("printer", "list", "--json")
    assert listed.status == 2 and listed.json["error"] == "printing.store_damaged"
    restored = cli("print", "restore")
    assert restored.status == 0
    assert ("printer add" in restored.out) and (
        "repart vide" if lang == "fr" else "starts empty"
    ) in (restored.out)
    assert cli("printer", "list", "--json").json["printers"] == []


# --- the G-code catalogue's plural, as a learner reads a refusal --------------------------------
def test_more_lines_doing_the_same_is_singular_for_one(home, queue):
    from makerkit.i18n import language
    from makerkit.printing import add_printer

    add_printer("lab", "moonraker", "http://127.0.0.1:9", "creality-ender3-v2")
    two = "G28\nG1 Z5 F600\nG1 X300 F3000\nG1 X310 F3000\n"
    three = two + "G1 X320 F3000\n"
    with language("fr"):
        assert "(1 autre ligne fait de même.)" in queue.submit(two, "lab").message()
        assert "(2 autres lignes font de même.)" in queue.submit(three, "lab").message()
    assert "(1 more line does the same.)" in queue.submit(two, "lab").message("en")
