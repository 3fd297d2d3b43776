"""A room end to end on a real JupyterHub: login form, own servers, separation, grading, restart.

Five learners log in through the hub's login form over HTTP, each finds their notebook
through their own server's contents API and cannot open another learner's server or
the facilitator's page. Two of them write the workshop's answers (from the source
notebook in the session's kit) through the contents API; grading the room gives them
full marks and 0 to the three blank ones. A wrong session code is refused. After a
restart with the same folder the work is still there. The facilitator's page opens in
Chromium. Then the room is archived and a learner forgotten, and failed logins wait.
"""

from __future__ import annotations

import html
import json
import re
import stat
import time
import zipfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import nbformat
import pytest

from makerkit.hub.workspaces import separate_accounts
from makerkit.kits.notebooks import answered_copy

pytestmark = pytest.mark.slow

NOTEBOOK = "nametag.fr.ipynb"
LEARNERS = ["Léa", "tom", "nour", "jean.paul", "zoe"]
FOLDED = ["lea", "tom", "nour", "jean-paul", "zoe"]
SOLVED = ["lea", "tom"]
CODE = "482193"
CHROMIUM = "/usr/bin/chromium"


@pytest.fixture(scope="module")
def learners(room):
    """The five learners, logged in at the same time, each with their server open."""

    def arrive(name):
        learner = room.learner(name)
        response = learner.login("4821 93")  # typed with the space, as read aloud
        assert response.status_code == 302, response.text[-500:]
        learner.name = name if name in FOLDED else FOLDED[LEARNERS.index(name)]
        learner.open_workspace()
        return learner

    with ThreadPoolExecutor(len(LEARNERS)) as pool:
        found = list(pool.map(arrive, LEARNERS))
    return {learner.name: learner for learner in found}


def solved_notebook(room, released: dict) -> dict:
    kit = room.session.kit_zip("nametag")
    with zipfile.ZipFile(kit) as zf:
        source = nbformat.reads(zf.read(f"facilitator/solutions/{NOTEBOOK}").decode(), 4)
    nb = answered_copy(nbformat.from_dict(released), source)
    return json.loads(nbformat.writes(nb))


def test_each_learner_finds_their_notebook(room, learners):
    for name, learner in learners.items():
        listing = learner.api("contents/")
        assert listing.status_code == 200, (name, listing.status_code)
        assert NOTEBOOK in {item["name"] for item in listing.json()["content"]}
        nb = learner.api(f"contents/{NOTEBOOK}").json()
        assert nb["type"] == "notebook" and nb["content"]["cells"]
    assert sorted(room.session.learners()) == sorted(FOLDED)
    # While their server opened: the hub's page in French, to children (« tu »).
    assert all("Ton atelier s'ouvre" in html.unescape(x.first_page) for x in learners.values())
    # JupyterLab for learners: without nbgrader's facilitator menus.
    lab = learners["lea"].http.get(f"{room.base}/user/lea/lab", timeout=60).text
    found = re.search(r'id="jupyter-config-data" type="application/json">(.*?)</script>', lab, re.S)
    disabled = json.loads(found.group(1))["disabledExtensions"]
    assert "@jupyter/nbgrader" in disabled
    # The address's QR code for tablets, and the address itself in the start-up message.
    assert room.session.qr_png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    from makerkit.hub.run import banner

    text = banner(room.hub)
    assert room.hub.url in text and "482193" in text and "█" in text


def test_workspaces_are_separate(room, learners):
    lea, tom = learners["lea"], learners["tom"]
    other = lea.http.get(f"{room.base}/user/tom/api/contents/{NOTEBOOK}", timeout=60)
    assert other.status_code in (403, 404) or "/hub/login" in other.url, other.url
    assert '"cells"' not in other.text
    page = tom.http.get(f"{room.base}/services/facilitator/api/room", timeout=60)
    assert page.status_code == 403 or "/hub/login" in page.url
    assert '"learners"' not in page.text
    if separate_accounts():
        import pwd

        for name in learners:
            folder = room.session.learner_dir(name)
            info = folder.stat()
            assert pwd.getpwuid(info.st_uid).pw_name == f"mk-{name}"
            assert stat.S_IMODE(info.st_mode) == 0o700
            assert pwd.getpwuid((folder / NOTEBOOK).stat().st_uid).pw_name == f"mk-{name}"


def server_token(name: str) -> str:
    """The hub token a learner's server (and so their notebook's kernel) holds."""
    import psutil

    for process in psutil.process_iter(["cmdline"]):
        if "makerkit.hub.learner" in " ".join(process.info["cmdline"] or []):
            env = process.environ()
            if env.get("JUPYTERHUB_USER") == name:
                return env["JUPYTERHUB_API_TOKEN"]
    raise AssertionError(f"no server for {name}")


def test_a_notebook_reaches_the_print_queue_with_its_own_token(room, learners):
    import requests

    prints = f"{room.base}/services/facilitator/api/prints"
    token = {"Authorization": f"token {server_token('nour')}"}
    mine = requests.get(f"{prints}/mine", headers=token, timeout=60)
    assert mine.status_code == 200 and mine.json() == {"jobs": []}
    assert requests.get(f"{prints}/printers", headers=token, timeout=60).json() == {"printers": []}
    # The facilitator's side of the queue is not the learner's.
    assert requests.get(prints, headers=token, timeout=60).status_code == 403
    refused = requests.post(f"{prints}/1/approve", headers=token, timeout=60)
    assert refused.status_code == 403


def test_wrong_code_and_bad_names_are_refused(room):
    wrong = room.learner("mallory")
    response = wrong.login("000000")
    assert response.status_code != 302
    text = html.unescape(response.content.decode("utf-8"))
    assert "vérifie le code de la séance" in text  # makerkit's login page, in French
    assert "Ton prénom ou un surnom" in text  # the workshop is for children: « tu »
    for name in ("facilitator", "../etc", "x"):
        refused = room.learner(name).login(CODE)
        assert refused.status_code != 302, name


def test_two_solved_notebooks_get_full_marks_and_blanks_zero(room, learners):
    """Graded from the facilitator's page (its "grade everyone" route, as the button does).

    ``makerkit hub grade --json`` prints the same JSON (``room_json``); the command itself is
    run by the wheelhouse test, in the freshly installed environment.
    """
    for name in SOLVED:
        learner = learners[name]
        released = learner.api(f"contents/{NOTEBOOK}").json()["content"]
        body = {"type": "notebook", "format": "json", "content": solved_notebook(room, released)}
        saved = learner.api(f"contents/{NOTEBOOK}", method="PUT", json=body)
        assert saved.status_code == 200, saved.text
    facilitator = room.learner("facilitator")
    assert facilitator.login("facilitator-pass").status_code == 302
    page = f"{room.base}/services/facilitator/"
    assert facilitator.http.get(page, timeout=60).status_code == 200  # signs in, sets _xsrf
    xsrf = facilitator.http.cookies.get("_xsrf", path="/services/facilitator/")
    started = facilitator.http.post(f"{page}api/grade", headers={"X-XSRFToken": xsrf}, timeout=60)
    assert started.status_code == 202, started.text
    deadline = time.monotonic() + 280
    while (state := facilitator.http.get(f"{page}api/grade", timeout=60).json())[
        "state"
    ] == "running":
        assert time.monotonic() < deadline, state
        time.sleep(0.2)
    assert state["state"] == "done", state
    result = state["result"]
    scores = {row["id"]: (row["score"], row["max_score"]) for row in result["learners"]}
    assert set(scores) == set(FOLDED)
    for name, (score, max_score) in scores.items():
        assert max_score > 0
        assert score == (max_score if name in SOLVED else 0), (name, score)
    assert result["workshops"][0]["workshop"] == "nametag" and not result["rejected"]
    for name in FOLDED:
        page = room.session.learner_dir(name) / "feedback-nametag.html"
        assert page.is_file() and '<html lang="fr">' in page.read_text(encoding="utf-8")
    # The learner reads their feedback page from their own server.
    assert learners["lea"].api("contents/feedback-nametag.html").status_code == 200
    # Everyone's grades and the kits' solutions: the facilitator's account only.
    for folder in (room.session.grades_dir, room.session.kits_dir, room.session.hub_dir):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder


def test_facilitator_page_in_chromium(room, learners):
    if not Path(CHROMIUM).exists():
        pytest.skip(f"Chromium is not installed at {CHROMIUM}")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            requests_seen = []
            page.on("request", lambda r: requests_seen.append(r.url))
            page.goto(f"{room.base}/services/facilitator/", timeout=60_000)
            page.fill("#username_input", "facilitator")
            page.fill("#password_input", "facilitator-pass")
            page.click("#login_submit")
            page.wait_for_url("**/services/facilitator/", timeout=60_000)
            rows = page.locator("#room-rows tr")
            rows.first.wait_for(timeout=30_000)
            assert sorted(rows.evaluate_all("rs => rs.map(r => r.dataset.learner)")) == sorted(
                FOLDED
            )
            lea = page.locator("#room-rows tr[data-learner=lea]")
            assert "oui" in lea.inner_text()  # connected, in French
            assert page.locator("html").get_attribute("lang") == "fr"
            assert page.locator("#print-queue").is_visible()
            page.click("#large-print")
            assert page.locator("html.large").count() == 1
            # The grading done from the page's route shows with its chart and CSV.
            assert page.locator("#grade-button").is_enabled()
            page.locator("#grade-results table").first.wait_for(timeout=30_000)
            assert "lea" in page.locator("#grade-results").inner_text()
            assert page.locator("#grade-results img").first.get_attribute("alt")
            csv_link = page.locator("#grade-results a[href$='class.csv']")
            with page.expect_download() as download:
                csv_link.click()
            assert "lea" in Path(download.value.path()).read_text(encoding="utf-8")
            outside = [u for u in requests_seen if not u.startswith(room.base)]
            assert outside == []  # no CDN, nothing from outside the hub
        finally:
            browser.close()


LEARNER_CELL = "import makerkit, ipywidgets\nmakerkit.large_print()\nipywidgets.IntSlider(value=3)"


def test_a_learner_works_in_jupyterlab_in_chromium(room, learners):
    """JupyterLab as a learner's server gives it (trimmed of what learners do not use):
    in French, the kernel ready, a widget shown, large print, saved, settings kept."""
    if not Path(CHROMIUM).exists():
        pytest.skip(f"Chromium is not installed at {CHROMIUM}")
    sync_api = pytest.importorskip("playwright.sync_api")
    nour = learners["nour"]
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            errors = []
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.goto(f"{room.base}/hub/login", timeout=60_000)
            page.fill("#username_input", "nour")
            page.fill("#password_input", CODE)
            page.click("#login_submit")
            page.wait_for_url(f"**/user/nour/lab/tree/{NOTEBOOK}", timeout=120_000)
            page.locator(".jp-Notebook .jp-Cell").last.wait_for(timeout=120_000)
            deadline = time.monotonic() + 120
            while not (
                (kernels := nour.api("kernels").json()) and kernels[0]["execution_state"] == "idle"
            ):
                assert time.monotonic() < deadline, kernels
                time.sleep(0.2)
            assert page.locator(".lm-MenuBar-itemLabel", has_text="Fichier").count() == 1
            text_px = "el => parseFloat(getComputedStyle(el).fontSize)"
            markdown = page.locator(".jp-RenderedMarkdown").first
            before_px = markdown.evaluate(text_px)
            # A cell of the learner's own, typed and run as they would.
            page.locator(".jp-Notebook .jp-Cell").last.click()
            page.keyboard.press("Escape")
            page.keyboard.press("b")  # a new cell below
            page.keyboard.press("Enter")
            page.keyboard.type(LEARNER_CELL)
            page.keyboard.press("Shift+Enter")
            page.locator(".jp-OutputArea-output .widget-slider").first.wait_for(timeout=60_000)
            assert markdown.evaluate(text_px) > before_px  # large print reached the notebook
            page.keyboard.press("Control+s")
            deadline = time.monotonic() + 60
            while "IntSlider" not in json.dumps(nour.api(f"contents/{NOTEBOOK}").json()["content"]):
                assert time.monotonic() < deadline, "the notebook was not saved"
                time.sleep(0.5)
            plugins = [e for e in errors if "activat" in e or "No provider" in e]
            assert plugins == []  # no plugin of JupyterLab's failed for a disabled one
        finally:
            browser.close()
    # JupyterLab's settings are validated against their schema (jsonschema) and kept.
    settings = "settings/@jupyterlab/docmanager-extension:plugin"
    kept = nour.api(settings, "PUT", under="lab/api", json={"raw": '{"autosaveInterval": 20}'})
    assert kept.status_code == 204, kept.text
    wrong = nour.api(settings, "PUT", under="lab/api", json={"raw": '{"autosaveInterval": "x"}'})
    assert wrong.status_code == 400
    found = nour.api(settings, under="lab/api").json()
    assert found["settings"]["autosaveInterval"] == 20
    # Notebooks are validated (nbformat) when saved: a broken one is saved and said so.
    broken = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("1")])
    broken.cells[0]["execution_count"] = "three"
    body = {"type": "notebook", "format": "json", "content": broken}
    saved = nour.api("contents/scratch.ipynb", "PUT", json=body)
    assert saved.status_code in (200, 201), saved.text
    assert "Notebook validation failed" in saved.json().get("message", "")
    broken.cells[0]["execution_count"] = None
    saved = nour.api("contents/scratch.ipynb", "PUT", json=body | {"content": broken})
    assert saved.status_code == 200 and not saved.json().get("message")
    assert nour.api("contents/scratch.ipynb", "DELETE").status_code == 204


def test_restart_keeps_the_work(room, learners):
    room.restart()
    lea = room.learner("lea")
    assert lea.login(CODE).status_code == 302
    closed = lea.http.get(f"{room.base}/user/lea/lab", timeout=60).content.decode("utf-8")
    closed = html.unescape(closed)  # JupyterHub's page when a server is not running
    assert "Ton atelier est fermé" in closed and "Ouvrir l'atelier" in closed
    lea.open_workspace()
    nb = lea.api(f"contents/{NOTEBOOK}").json()["content"]
    answers = [c for c in nb["cells"] if c.get("metadata", {}).get("nbgrader", {}).get("solution")]
    assert answers and all("✏️" not in "".join(c["source"]) for c in answers)


def test_archive_and_forget(room, cli, tmp_path):
    out = tmp_path / "session.zip"
    run = cli("hub", "archive", "--dir", room.session.root, "-o", out, "--json")
    assert run.status == 0, run.err
    with zipfile.ZipFile(out) as zf:
        names = set(zf.namelist())
    assert f"learners/lea/{NOTEBOOK}" in names and "grades/nametag/class.csv" in names
    assert not any("secrets" in n or "sqlite" in n or "homes/" in n for n in names)

    run = cli("hub", "forget", "zoe", "--dir", room.session.root, "--json")
    assert run.status == 0, run.err
    assert run.json["hub"] is True
    assert not room.session.learner_dir("zoe").exists()
    csv_text = (room.session.grades_dir / "nametag" / "class.csv").read_text(encoding="utf-8")
    assert "zoe" not in csv_text and "lea" in csv_text
    if separate_accounts():
        import pwd

        with pytest.raises(KeyError):
            pwd.getpwnam("mk-zoe")
    again = cli("hub", "forget", "zoe", "--dir", room.session.root)
    assert again.status == 2 and "zoe" in again.err


def test_failed_logins_make_the_next_ones_wait(room):
    """After 5 failures the pseudonym and the device wait, even with the right code; not others."""
    guesser = room.learner("mallory", address="127.0.0.5")
    for guess in ("000000", "111111", "222222", "333333", "444444"):
        assert guesser.login(guess).status_code == 403
    waiting = guesser.login(CODE)  # the right code, too late
    seconds = waiting.headers.get("Retry-After", "")
    assert waiting.status_code == 429 and seconds.isdigit(), waiting.status_code
    text = html.unescape(waiting.content.decode("utf-8"))
    assert f"Attends {seconds} secondes" in text  # in French, to children: « tu »
    assert room.learner("mallory", address="127.0.0.6").login(CODE).status_code == 429
    same_device = room.learner("oscar", address="127.0.0.5")
    same_device.http.headers.update({"X-Forwarded-For": "10.1.2.3", "X-Real-Ip": "10.1.2.3"})
    assert same_device.login(CODE).status_code == 429  # what a client says of itself is not read
    assert room.learner("lea", address="127.0.0.7").login(CODE).status_code == 302
    # The facilitator's password: the pseudonym waits, whichever device guesses.
    for i in range(5):
        assert (
            room.learner("facilitator", f"127.0.1.{i + 1}").login("guess-pass").status_code == 403
        )
    late = room.learner("facilitator", "127.0.1.9").login("facilitator-pass")
    assert late.status_code == 429


def test_a_server_that_ends_at_start_fails_at_once(room):
    """A learner's server that stops before it answers (here: their own broken settings):
    their page in Chromium says so in the session's language at once, not after the hub's
    two-minute wait, with the button to try again; the hub's log says why; the next try opens
    their workspace."""
    if not Path(CHROMIUM).exists():
        pytest.skip(f"Chromium is not installed at {CHROMIUM}")
    sync_api = pytest.importorskip("playwright.sync_api")
    name = "ines"
    config = room.session.home_dir(name) / ".jupyter" / "jupyter_server_config.json"
    config.parent.mkdir(parents=True)
    config.write_text(
        json.dumps({"ServerApp": {"contents_manager_class": "no_such_module.Manager"}})
    )
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.goto(f"{room.base}/hub/login", timeout=60_000)
            page.fill("#username_input", name)
            page.fill("#password_input", CODE)
            page.click("#login_submit")
            # 90 s: well under the two minutes JupyterHub would wait on a server that ended.
            failed = page.locator(".makerkit-message", has_text="Ton atelier n'a pas pu s'ouvrir")
            failed.wait_for(timeout=90_000)
            retry = page.locator("#start")
            assert retry.is_visible() and retry.inner_text() == "Ouvrir l'atelier"
            # JupyterHub's own progress says the same (what other pages of the hub read).
            events = page.request.get(f"{room.base}/hub/api/users/{name}/server/progress")
            assert '"failed": true' in events.text() and "pas pu s'ouvrir" in events.text()
            log = (room.session.hub_dir / "hub.log").read_text(encoding="utf-8", errors="replace")
            assert "ines's server ended (exit status 1) before it answered" in log
            config.unlink()
            retry.click()
            page.wait_for_url(f"**/user/{name}/lab/tree/{NOTEBOOK}", timeout=120_000)
            page.locator(".jp-Notebook .jp-Cell").first.wait_for(timeout=120_000)
        finally:
            browser.close()
