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
