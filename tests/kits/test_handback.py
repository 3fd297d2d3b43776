"""Feedback pages handed back into learners' folders: never through a link, never over their work."""

import os

import pytest

from makerkit.kits.handback import MARK, write_page


def test_a_link_named_like_the_page_is_not_followed(tmp_path):
    secret = tmp_path / "system-file"
    secret.write_text("root's")
    folder = tmp_path / "fox"
    folder.mkdir()
    os.symlink(secret, folder / "feedback.html")
    written = write_page(folder, "feedback.html", "<p>page</p>")
    assert secret.read_text() == "root's"
    assert written.name == "feedback-2.html" and os.path.islink(folder / "feedback.html")


def test_the_previous_page_is_replaced_and_the_learners_file_kept(tmp_path):
    folder = tmp_path / "fox"
    folder.mkdir()
    first = write_page(folder, "feedback.html", "<p>1 / 5</p>")
    again = write_page(folder, "feedback.html", "<p>5 / 5</p>")
    assert first == again and again.read_text() == f"{MARK}\n<p>5 / 5</p>"
    assert sorted(p.name for p in folder.iterdir()) == ["feedback.html"]  # no temporary left


def test_a_learner_folder_that_is_a_link_is_refused(tmp_path):
    (tmp_path / "elsewhere").mkdir()
    os.symlink(tmp_path / "elsewhere", tmp_path / "fox")
    with pytest.raises(OSError):
        write_page(tmp_path / "fox", "feedback.html", "<p>page</p>")
    assert list((tmp_path / "elsewhere").iterdir()) == []


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs root")
def test_the_page_belongs_to_the_learner(tmp_path):
    folder = tmp_path / "fox"
    folder.mkdir()
    page = write_page(folder, "feedback.html", "<p>page</p>", owner=(65534, 65534))
    assert (page.stat().st_uid, page.stat().st_gid) == (65534, 65534)
