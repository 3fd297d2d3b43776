"""The README's example runs as written (a librarian may paste it)."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_readme_example_runs(tmp_path, monkeypatch):
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    code = re.search(r"```python\n(.*?)```", text, re.S).group(1)
    monkeypatch.chdir(tmp_path)
    exec(compile(code, "README.md", "exec"), {})
    assert (tmp_path / "helene.stl").stat().st_size > 0
    assert "G1" in (tmp_path / "helene.gcode").read_text()


def test_readme_shows_exactly_the_two_set_up_commands():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    setup = re.search(r"## Set up\n\n```sh\n(.*?)```", text, re.S).group(1)
    assert [line.split()[:2] for line in setup.strip().splitlines()] == [
        ["make", "lab"],
        ["make", "test"],
    ]
