"""The queue as the hub's page uses it (hub_panel), and a learner's notebook reaching it over HTTP.

The routes are mounted here on a small tornado application the way the facilitator's page
mounts them (learner = the user the hub token belongs to); the page itself is tested with
the hub. The printer is the Moonraker stand-in of standins.py (written from Moonraker's
documentation: Moonraker needs a Klipper printer to run).
"""

from __future__ import annotations

import asyncio
import json
import threading

import pytest

SAFE = (
    "G90\nM83\nM140 S60\nM104 S210\nG28\nM190 S60\nM109 S210\nG1 Z0.2 F600\n"
    "G1 X50 Y50 F3000\nG1 X80 Y50 E1.5 F1200\nG1 X80 Y80 E1.5 F1200\nG1 Z10 F600\n"
    "M104 S0\nM140 S0\n"
)
TOKENS = {"token-ada": "ada", "token-lin": "lin"}


@pytest.fixture
def service(home):
    """The learners' print routes on 127.0.0.1, as the hub's page serves them."""
    from tornado import httpserver, web

    from makerkit.printing import hub_panel

    class Learner(web.RequestHandler):
        def prepare(self):
            token = self.request.headers.get("Authorization", "").removeprefix("token ")
            self.learner = TOKENS.get(token)
            if self.learner is None:
                raise web.HTTPError(403)

    class Submit(Learner):
        def post(self):
            arg, files = self.get_query_argument, self.request.files
            gcode = files["gcode"][0].body if files else self.request.body
            model = files["model"][0].body if "model" in files else None
            self.write(
                hub_panel.submit(
                    ".",
                    self.learner,
                    gcode,
                    arg("printer"),
                    arg("material", None),
                    arg("lang", None),
                    model_stl=model,
                )
            )

    class Mine(Learner):
        def get(self):
            self.write(
                {"jobs": hub_panel.mine(".", self.learner, self.get_query_argument("lang", None))}
            )

    class Printers(Learner):
        def get(self):
            self.write({"printers": hub_panel.printer_names(".")})

    app = web.Application(
        [
            (r"/api/prints/submit", Submit),
            (r"/api/prints/mine", Mine),
            (r"/api/prints/printers", Printers),
        ]
    )
    loop = asyncio.new_event_loop()
    started = threading.Event()
    box = {}

    def run():
        asyncio.set_event_loop(loop)
        server = httpserver.HTTPServer(app)
        server.listen(0, "127.0.0.1")
        box["port"] = next(iter(server._sockets.values())).getsockname()[1]
        started.set()
        loop.run_forever()

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    started.wait(10)
    yield f"http://127.0.0.1:{box['port']}/api/prints"
    loop.call_soon_threadsafe(loop.stop)
    thread.join(10)


def test_a_learner_sends_from_the_notebook_and_the_facilitator_approves(service, lab, monkeypatch):
    import makerkit as mk
    from makerkit.printing import hub_panel

    monkeypatch.setenv("MAKERKIT_PRINT_QUEUE_URL", service)
    monkeypatch.setenv("JUPYTERHUB_API_TOKEN", "token-ada")
    sent = mk.send_to_printer(mk.nametag("Ada"), printer="lab")
    assert sent.accepted and sent.job.learner == "ada"  # the hub's name, not the notebook's word
    assert mk.printing.PrintQueue().model_stl(sent.job.id)[:5] != b"solid"  # binary STL kept
    refused = mk.send_to_printer(SAFE.replace("M109 S210", "M109 S330"), printer="lab")
    assert not refused.accepted and "260" in refused.message()

    shown = hub_panel.jobs(".")
    assert [(j["id"], j["learner"], j["state"], j["file"]) for j in shown] == [
        (sent.job.id, "ada", "waiting", "notebook")
    ]
    assert hub_panel.approve(".", str(sent.job.id))["state"] == "printing"
    assert list(lab.uploads) == [sent.job.filename]
    mine = mk.my_prints()
    assert [j["state"] for j in mine] == ["printing"]

    monkeypatch.setenv("JUPYTERHUB_API_TOKEN", "token-lin")
    assert len(mk.my_prints()) == 0  # another learner sees only their own
    lin = mk.send_to_printer(SAFE, printer="lab")
    assert hub_panel.refuse(".", lin.job.id, "Pas aujourd'hui")["reason_text"] == "Pas aujourd'hui"
    assert [j["status_text"] for j in mk.my_prints()] == ["Refused: Pas aujourd'hui"]

    lab.finish()
    assert [e["event"] for e in hub_panel.advance(".")] == ["done"]
    [printer] = hub_panel.printers(".")
    assert printer["bed_clear"] is False and "api_key" not in json.dumps(printer)
    assert hub_panel.ready(".", "lab")["bed_clear"] is True
    assert hub_panel.printer_names(".") == [
        {"name": "lab", "profile": "creality-ender3-v2", "state": "finished"}
    ]
    assert hub_panel.forget(".", "ada") == 1


def test_a_wrong_token_is_refused_in_plain_words(service, lab, monkeypatch):
    import makerkit as mk
    from makerkit.errors import MakerkitError

    monkeypatch.setenv("MAKERKIT_PRINT_QUEUE_URL", service)
    monkeypatch.setenv("JUPYTERHUB_API_TOKEN", "stolen")
    with pytest.raises(MakerkitError) as info:
        mk.send_to_printer(SAFE, printer="lab")
    assert info.value.key == "printing.queue_said_no" and "403" in str(info.value)
