import warnings

import pytest

from makerkit.errors import CheckFailed, InputFileError, MakerkitError
from makerkit.files import read_bytes, write_bytes


def test_error_speaks_both_languages():
    err = InputFileError("core.file_missing", path="x.stl")
    assert "does not exist" in err.message("en")
    assert "n'existe pas" in err.message("fr")
    assert isinstance(err, MakerkitError)


def test_check_failed_counts_as_assertion():
    assert issubclass(CheckFailed, AssertionError)


def test_read_missing_and_folder(tmp_path):
    with pytest.raises(InputFileError, match="does not exist"):
        read_bytes(tmp_path / "nope.stl")
    with pytest.raises(InputFileError, match="folder"):
        read_bytes(tmp_path)


def test_write_never_loses_the_previous_version(tmp_path):
    target = tmp_path / "tag.stl"
    write_bytes(target, b"first")
    write_bytes(target, b"first")  # same content: no backup needed
    assert not (tmp_path / ".makerkit-backup").exists()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        write_bytes(target, b"second")
    assert target.read_bytes() == b"second"
    backups = list((tmp_path / ".makerkit-backup").iterdir())
    assert [b.read_bytes() for b in backups] == [b"first"]
    assert "previous version" in str(caught[0].message)


def test_backups_are_pruned_to_the_last_few(tmp_path):
    from makerkit.files import KEEP_BACKUPS

    target = tmp_path / "tag.stl"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for n in range(30):
            write_bytes(target, f"version {n}".encode())
            write_bytes(tmp_path / "other.stl", f"other {n}".encode())
    backups = sorted((tmp_path / ".makerkit-backup").iterdir())
    mine = sorted(b.read_bytes() for b in backups if b.name.startswith("tag."))
    assert mine == [f"version {n}".encode() for n in range(29 - KEEP_BACKUPS, 29)]
    assert len([b for b in backups if b.name.startswith("other.")]) == KEEP_BACKUPS
    assert target.read_bytes() == b"version 29"


def test_a_save_killed_half_way_leaves_the_old_file_and_its_leftover_is_cleaned(tmp_path):
    import os
    import signal
    import subprocess
    import sys
    import time

    target = tmp_path / "tag.stl"
    write_bytes(target, b"the learner's work")
    code = (
        "import sys, time\n"
        "from makerkit.files import writing\n"
        "with writing(sys.argv[1]) as f:\n"
        "    f.write(b'half of the new ver'); f.flush(); print('writing', flush=True)\n"
        "    time.sleep(60)\n"
    )
    child = subprocess.Popen(
        [sys.executable, "-c", code, str(target)], stdout=subprocess.PIPE, text=True
    )
    assert child.stdout.readline().strip() == "writing"
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert target.read_bytes() == b"the learner's work"
    leftovers = [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    assert len(leftovers) == 1
    own = tmp_path / "my-notes.tmp"  # a learner's own .tmp file: never touched
    own.write_text("mine")
    old = time.time() - 60
    for p in (*leftovers, own):
        os.utime(p, (old, old))
    write_bytes(tmp_path / "other.stl", b"another save in the folder")
    assert not leftovers[0].exists() and own.read_text() == "mine"


def test_new_files_follow_the_umask_and_replaced_files_keep_their_mode(tmp_path):
    import os
    import stat

    old_mask = os.umask(0o022)
    try:
        fresh = write_bytes(tmp_path / "fresh.stl", b"x")
        assert stat.S_IMODE(fresh.stat().st_mode) == 0o644
        os.umask(0o002)
        assert stat.S_IMODE(write_bytes(tmp_path / "g.stl", b"x").stat().st_mode) == 0o664
        os.chmod(fresh, 0o600)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            write_bytes(fresh, b"y")
        assert stat.S_IMODE(fresh.stat().st_mode) == 0o600
    finally:
        os.umask(old_mask)


def test_the_data_reaches_the_disk_before_the_rename(tmp_path, monkeypatch):
    import os

    calls = []
    real_fsync, real_replace = os.fsync, os.replace
    monkeypatch.setattr(os, "fsync", lambda fd: calls.append("fsync") or real_fsync(fd))
    monkeypatch.setattr(os, "replace", lambda a, b: calls.append("replace") or real_replace(a, b))
    write_bytes(tmp_path / "a.stl", b"data")
    assert calls[:2] == ["fsync", "replace"]


def test_a_picture_never_replaces_the_learners_own_text_file(tmp_path, lang):
    from makerkit.display import Picture
    from makerkit.model import box

    notes = tmp_path / "tag.txt"
    notes.write_text("my own notes about the tag")
    picture = box(10, 10, 10).preview()
    with pytest.warns(UserWarning, match="tag.alt.txt"):
        png = picture.save(tmp_path / "tag.png")
    assert notes.read_text() == "my own notes about the tag"
    assert (tmp_path / "tag.alt.txt").read_text().strip() == picture.alt
    # the picture saved again: its own alt text is replaced, the notes still untouched
    other = Picture(box(5, 5, 5).preview().png, box(5, 5, 5).preview().alt)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        other.save(png)
    assert (tmp_path / "tag.alt.txt").read_text().strip() == other.alt
    assert notes.read_text() == "my own notes about the tag"
    assert not (tmp_path / "tag.alt-2.txt").exists()


def test_a_picture_replaces_its_own_earlier_alt_text(tmp_path):
    from makerkit.model import box

    box(10, 10, 10).preview().save(tmp_path / "p.png")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        box(20, 10, 10).preview().save(tmp_path / "p.png")
    assert "20 × 10 × 10" in (tmp_path / "p.txt").read_text()
    assert not (tmp_path / "p.alt.txt").exists()
    assert all("description" not in str(w.message) for w in caught)
