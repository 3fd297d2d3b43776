"""The library's printers: kept under makerkit's home, secrets readable by their owner only."""

from __future__ import annotations

import stat

import pytest

from makerkit.errors import MakerkitError


def test_add_list_remove_through_the_command_line(home, cli):
    added = cli(
        "printer",
        "add",
        "atelier",
        "--kind",
        "prusalink",
        "--url",
        "http://192.168.1.30/",
        "--user",
        "maker",
        "--password",
        "s3cret",
        "--profile",
        "prusa-mk4",
        "--json",
    )
    assert added.status == 0, added.err
    assert added.json["printer"] == {
        "name": "atelier",
        "kind": "prusalink",
        "url": "http://192.168.1.30",
        "profile": "prusa-mk4",
        "auth": "password",
        "user": "maker",
    }
    listed = cli("printer", "list", "--json").json["printers"]
    assert [(p["name"], p["kind"], p["profile"], p["state"]) for p in listed] == [
        ("atelier", "prusalink", "prusa-mk4", "unknown")
    ]
    assert "s3cret" not in cli("printer", "list", "--json").out
    assert cli("printer", "remove", "atelier").status == 0
    assert cli("printer", "list", "--json").json["printers"] == []


def test_secrets_are_readable_by_their_owner_only(home, cli):
    cli(
        "printer",
        "add",
        "pi",
        "--kind",
        "octoprint",
        "--url",
        "http://10.0.0.2",
        "--api-key",
        "KEY123",
        "--profile",
        "creality-ender3-v2",
    )
    folder = home / "printing"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    for path in folder.iterdir():
        if path.is_file():
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    assert "KEY123" in (folder / "printers.json").read_text()


def test_key_can_come_from_stdin(home, cli, monkeypatch):
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO("from-stdin\n"))
    cli(
        "printer",
        "add",
        "pi",
        "--kind",
        "octoprint",
        "--url",
        "http://10.0.0.2",
        "--api-key",
        "-",
        "--profile",
        "creality-ender3-v2",
    )
    from makerkit.printing import get_library_printer

    assert get_library_printer("pi").api_key == "from-stdin"


@pytest.mark.parametrize(
    ("args", "key"),
    [
        (
            ["bad name", "--kind", "octoprint", "--url", "http://a", "--api-key", "k"],
            "bad_printer_name",
        ),
        (["a", "--kind", "octoprint", "--url", "ftp://a", "--api-key", "k"], "bad_url"),
        (["a", "--kind", "octoprint", "--url", "http://a"], "octoprint_needs_key"),
        (["a", "--kind", "prusalink", "--url", "http://a"], "prusalink_needs_auth"),
        (
            ["a", "--kind", "prusalink", "--url", "http://a", "--user", "maker"],
            "user_without_password",
        ),
        (
            [
                "a",
                "--kind",
                "moonraker",
                "--url",
                "http://a",
                "--api-key",
                "k",
                "--user",
                "u",
                "--password",
                "p",
            ],
            "two_auths",
        ),
    ],
)
def test_bad_printer_is_explained(home, cli, args, key):
    result = cli("printer", "add", *args, "--profile", "prusa-mk4", "--json")
    assert result.status == 2 and result.json["error"] == f"printing.{key}"
    assert "makerkit:" in result.err and "printing." not in result.err


def test_same_name_twice_and_unknown_names(home, lang):
    from makerkit.printing import add_printer, get_library_printer

    add_printer("a", "moonraker", "http://10.0.0.9:7125", "prusa-mini")
    with pytest.raises(MakerkitError) as info:
        add_printer("a", "moonraker", "http://10.0.0.9:7125", "prusa-mini")
    assert info.value.key == "printing.printer_exists"
    add_printer("a", "moonraker", "http://10.0.0.9:7125", "prusa-mk4", replace=True)
    assert get_library_printer("a").profile == "prusa-mk4"
    with pytest.raises(MakerkitError) as info:
        get_library_printer("b")
    assert "a" in str(info.value) and info.value.key == "printing.no_such_printer"
    with pytest.raises(MakerkitError):
        add_printer("c", "moonraker", "http://10.0.0.9", "no-such-printer")


def test_default_home_is_a_per_user_data_folder(monkeypatch, tmp_path):
    from makerkit.printing.home import home_dir

    monkeypatch.delenv("MAKERKIT_HOME", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert home_dir() == tmp_path / "makerkit"
