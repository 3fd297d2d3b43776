"""The queue's own rules: the gate, approval and refusal, several processes, the notebook side.

The printer here is a Moonraker stand-in (see standins.py: written from Moonraker's
documentation, as Moonraker cannot run without a Klipper printer).
"""

from __future__ import annotations

import multiprocessing

import pytest
from standins import SAFE

from makerkit.errors import MakerkitError


def _advance(home: str) -> int:
    import os

    os.environ["MAKERKIT_HOME"] = home
    from makerkit.printing import PrintQueue

    return sum(e["event"] == "started" for e in PrintQueue().advance())


def _submit(args: tuple[str, str]) -> int:
    import os

    home, who = args
    os.environ["MAKERKIT_HOME"] = home
    from makerkit.printing import PrintQueue

    return PrintQueue().submit(SAFE, "lab", learner=who).job.id


def test_several_processes_never_start_two_jobs_on_one_printer(lab, queue, home):
    for who in ("Ada", "Lin", "Sam"):
        queue.approve(queue.submit(SAFE, "lab", learner=who).job.id)
    with multiprocessing.get_context("fork").Pool(4) as pool:
        started = pool.map(_advance, [str(home)] * 8)
    assert sum(started) == 1 and len(lab.uploads) == 1
    assert [j.state for j in queue.jobs()] == ["printing", "approved", "approved"]


def test_submissions_from_several_processes_get_their_own_ids(lab, home):
    with multiprocessing.get_context("fork").Pool(4) as pool:
        ids = pool.map(_submit, [(str(home), f"L{k}") for k in range(8)])
    assert sorted(ids) == list(range(1, 9))


def test_approve_refuse_and_forget(lab, queue, lang):
    one = queue.submit(SAFE, "lab", learner="Ada").job
    two = queue.submit(SAFE, "lab", learner="Ada").job
    with pytest.raises(MakerkitError) as info:
        queue.refuse(one.id, "  ")
    assert info.value.key == "printing.refuse_needs_reason"
    refused = queue.refuse(one.id, "Trop grand")
    assert refused.describe() == ("Refusé : Trop grand" if lang == "fr" else "Refused: Trop grand")
    with pytest.raises(MakerkitError) as info:
        queue.approve(one.id)
    assert info.value.key == "printing.cannot_approve"
    with pytest.raises(MakerkitError):
        queue.job(99)
    queue.approve(two.id)
    assert queue.forget("Ada") == 2 and queue.jobs() == []


def test_the_checker_failing_is_a_refusal_never_a_pass(lab, queue, monkeypatch):
    import makerkit.gcode

    def broken(*args, **kwargs):
        raise IndexError("list index out of range")

    monkeypatch.setattr(makerkit.gcode, "check_gcode", broken)
    sent = queue.submit(SAFE, "lab", learner="Ada")
    assert not sent.accepted and sent.problems[0]["code"] == "check_failed"
    assert "could not read this file" in sent.message() and queue.jobs() == []


def test_send_to_printer_slices_a_model_for_the_target_printer(lab, monkeypatch):
    import makerkit as mk

    monkeypatch.setenv("MAKERKIT_LEARNER", "Camille")
    sent = mk.send_to_printer(mk.nametag("Camille"), printer="lab")
    assert sent.accepted, sent.message()
    assert sent.job.learner == "Camille" and sent.job.profile == "creality-ender3-v2"
    assert "; printer = creality-ender3-v2" in mk.printing.PrintQueue().gcode(sent.job.id).decode()
    assert "queue" in str(sent) and "<strong>" in sent._repr_html_()
    rows = mk.my_prints()
    assert len(rows) == 1 and "Waiting" in str(rows) and "<table" in rows._repr_html_()


def test_a_slice_for_another_printer_is_explained(lab, lang):
    import makerkit as mk

    tranches = mk.slice(mk.nametag("Io"), "prusa-mini")
    with pytest.raises(MakerkitError) as info:
        mk.send_to_printer(tranches, printer="lab")
    assert info.value.key == "printing.slice_for_other_printer"
    assert 'mk.slice(modele, "creality-ender3-v2")' in str(info.value) or lang == "en"


def test_my_prints_in_french_shows_progress(lab, queue, monkeypatch):
    from makerkit.i18n import language
    from makerkit.printing import my_prints

    monkeypatch.setenv("JUPYTERHUB_USER", "Zoé")
    job = queue.submit(SAFE, "lab", learner="Zoé").job
    queue.submit(SAFE, "lab", learner="Someone-else")
    queue.approve(job.id)
    queue.advance()
    lab.progress = 0.25
    queue.advance()
    with language("fr"):
        rows = my_prints()
        assert len(rows) == 1
        assert "En cours d’impression : 25 % fait" in str(rows)
        assert '<progress max="100" value="25"' in rows._repr_html_()


def test_the_watching_panel_refreshes_until_the_print_is_over(lab, queue, monkeypatch):
    import time

    from makerkit.printing import watch_my_prints

    monkeypatch.setenv("MAKERKIT_LEARNER", "Ada")
    job = queue.submit(SAFE, "lab", learner="Ada").job
    panel = watch_my_prints(refresh_s=0.05)
    assert "Waiting" in panel.children[0].value
    queue.approve(job.id)
    queue.advance()
    deadline = time.monotonic() + 10
    while "Printing" not in panel.children[0].value and time.monotonic() < deadline:
        time.sleep(0.05)
    assert "Printing" in panel.children[0].value
    lab.finish()
    queue.advance()
    while "Done" not in panel.children[0].value and time.monotonic() < deadline:
        time.sleep(0.05)
    assert "Done" in panel.children[0].value
    panel.stop()


def test_print_serve_drives_the_queue(lab, queue, cli):
    job = queue.approve(queue.submit(SAFE, "lab", learner="Ada").job.id)
    assert lab.uploads == {}
    result = cli("print", "serve", "--rounds", "2", "--interval", "0")
    assert result.status == 0 and "Ctrl+C" in result.out
    assert list(lab.uploads) == [job.filename] and queue.job(job.id).state == "printing"


@pytest.mark.slow
def test_in_a_real_kernel_the_learner_sends_and_follows_in_french(lab, home, monkeypatch):
    import nbformat
    from nbclient import NotebookClient

    monkeypatch.setenv("MAKERKIT_LEARNER", "Zoé")
    monkeypatch.setenv("MAKERKIT_LANG", "fr")
    cells = [
        "import makerkit as mk\ntag = mk.nametag('Zoé')\nmk.send_to_printer(tag, printer='lab')",
        "mk.send_to_printer('G28\\nG1 Z5 F600\\nG1 X400 F3000\\n', printer='lab')",
        "mk.my_prints()",
        "panel = mk.watch_my_prints()\npanel",
        "panel.stop()",
    ]
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(c) for c in cells])
    NotebookClient(nb, timeout=120, kernel_name="python3").execute()
    import html as markup

    html = [
        markup.unescape(o.get("data", {}).get("text/html", "")) for c in nb.cells for o in c.outputs
    ]
    assert "Le travail 1 est dans la file de l'imprimante « lab »" in html[0]
    assert "PAS sûr" in html[1] and "zone d" in html[1]  # out of the printable area, in French
    assert "Mes impressions" in html[2] and "En attente de l’accord" in html[2]
    widget = nb.cells[3].outputs[0]["data"]
    assert "application/vnd.jupyter.widget-view+json" in widget


def test_old_jobs_are_shown_on_demand(lab, queue, home, cli):
    import json

    old = queue.refuse(queue.submit(SAFE, "lab", learner="Ada").job.id, "hier").id
    new = queue.submit(SAFE, "lab", learner="Lin").job.id
    path = home / "printing" / "queue.json"
    state = json.loads(path.read_text())
    for entry in state["jobs"][str(old)]["history"]:
        entry["at"] -= 2 * 86400  # refused two days ago
    path.write_text(json.dumps(state))
    shown = cli("print", "queue", "--no-advance", "--json").json["jobs"]
    assert [j["id"] for j in shown] == [new]
    everything = cli("print", "queue", "--no-advance", "--all", "--json").json["jobs"]
    assert [j["id"] for j in everything] == [old, new]


def test_file_names_on_the_printer_are_plain_and_distinct(lab, queue):
    first = queue.submit(SAFE, "lab", learner="Zoé Ünal").job
    other = queue.submit(SAFE.replace("X80 Y80", "X81 Y80"), "lab", learner="Zoé Ünal").job
    assert first.filename == f"mk-1-zoe-unal-{first.sha256[:6]}.gcode"
    assert first.filename.isascii() and first.filename != other.filename
