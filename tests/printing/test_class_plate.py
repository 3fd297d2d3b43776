"""The class plate: approved name tags packed on one bed, sliced once, checked, sent as one job.

The printer is the Moonraker stand-in of standins.py (written from Moonraker's
documentation); the real OctoPrint receives a plate in test_octoprint_queue.py.
"""

from __future__ import annotations

import pytest

from makerkit.errors import MakerkitError

NAMES = ("Ada", "Lin", "Zoé", "Sam")


@pytest.fixture(scope="module")
def sliced_tags():
    """The four name tags sliced for the Ender-3 V2 once (with their models), as a notebook would."""
    import makerkit as mk
    from makerkit.printing.gate import prepare

    return [prepare(mk.nametag(name), "creality-ender3-v2", "pla") for name in NAMES]


@pytest.fixture
def tags(lab, sliced_tags):
    """Four approved name tags sent from notebooks (their models are kept with them)."""
    from makerkit.printing import PrintQueue

    queue = PrintQueue()
    ids = []
    for name, prepared in zip(NAMES, sliced_tags, strict=True):
        sent = queue.submit(prepared, "lab", learner=name)
        assert sent.accepted, sent.message()
        ids.append(queue.approve(sent.job.id).id)
    return queue, ids


def test_arrange_keeps_a_margin_and_stays_on_the_bed():
    import shapely
    import trimesh

    from makerkit.printing.plate import arrange

    boxes = [trimesh.creation.box((60, 15, 3)), trimesh.creation.box((30, 30, 5))] * 5
    placed, where, fits = arrange(boxes, (180, 180), margin_mm=5, edge_mm=10)
    assert fits.all() and len(placed) == 10
    outlines = [shapely.box(*m.bounds[0][:2], *m.bounds[1][:2]) for m in placed]
    for i, a in enumerate(outlines):
        assert a.bounds[0] >= -1e-6 and a.bounds[2] <= 160 + 1e-6  # within bed - 2 edges
        for b in outlines[i + 1 :]:
            assert a.distance(b) >= 5 - 1e-6
    assert all(abs(m.bounds[0][2]) < 1e-9 for m in placed)  # on the bed
    too_many = arrange([trimesh.creation.box((80, 80, 3))] * 5, (180, 180))[2]
    assert not too_many.all()


def test_plate_of_name_tags_goes_out_as_one_job(tags, lab, tmp_path, cli, monkeypatch):
    queue, ids = tags
    result = cli(
        "print",
        "plate",
        *map(str, ids),
        "--to",
        "lab",
        "--picture",
        tmp_path / "plate.png",
        "--json",
    )
    assert result.status == 0, result.out + result.err
    data = result.json
    plate_id = data["job"]["id"]
    assert data["job"]["state"] == "approved" and data["job"]["parts"] == ids
    assert [p["learner"] for p in data["plate"]["parts"]] == list(NAMES)
    alt = (tmp_path / "plate.txt").read_text()
    assert all(name in alt for name in NAMES) and "220 × 220 mm" in alt
    assert (tmp_path / "plate.png").read_bytes()[:4] == b"\x89PNG"
    assert [queue.job(i).state for i in ids] == ["on_plate"] * 4

    queue.advance()
    name = data["job"]["filename"]
    assert name.startswith(f"mk-{plate_id}-plate-") and list(lab.uploads) == [name]  # one upload
    gcode = lab.uploads[name].decode()
    assert gcode.count("G28") == 1  # one start sequence, one heat-up
    lab.progress = 0.5
    queue.advance()
    monkeypatch.setenv("MAKERKIT_LEARNER", "Zoé")
    import makerkit as mk

    assert "class plate (job 5): printing, 50 % done" in str(mk.my_prints())
    lab.finish()
    queue.advance()
    assert [queue.job(i).state for i in ids] == ["done"] * 4


def test_a_refused_plate_gives_its_jobs_back(tags):
    from makerkit.printing import make_plate

    queue, ids = tags
    plate = make_plate(queue, ids[:2], "lab")
    queue.refuse(plate.submission.job.id, "On refait le plateau")
    assert [queue.job(i).state for i in ids] == ["approved"] * 4


def test_what_cannot_go_on_a_plate_is_explained(tags, lang):
    from makerkit.printing import make_plate

    queue, ids = tags
    gcode = "G90\nM83\nM104 S210\nG28\nM109 S210\nG1 Z0.2 F600\nG1 X80 Y50 E1.5 F1200\nM104 S0\n"
    hand_written = queue.approve(queue.submit(gcode, "lab", learner="Io").job.id).id
    waiting = queue.submit(gcode, "lab", learner="Léo").job.id
    cases = {
        "plate_needs_model": [ids[0], hand_written],
        "plate_needs_approved": [ids[0], waiting],
        "plate_needs_two": [ids[0], ids[0]],
    }
    for key, chosen in cases.items():
        with pytest.raises(MakerkitError) as info:
            make_plate(queue, chosen, "lab")
        assert info.value.key == f"printing.{key}"
        assert str(info.value) and "printing." not in str(info.value)
    assert [queue.job(i).state for i in ids] == ["approved"] * 4
