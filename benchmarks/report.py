"""Write one benchmark's table into docs/benchmarks.md, in its own dated section.

Each benchmark owns a section between ``<!-- bench:NAME -->`` markers, so benchmarks can
run one by one and the page keeps the others.
"""

from __future__ import annotations

import datetime
import os
import platform
from pathlib import Path

PAGE = Path(__file__).resolve().parents[1] / "docs" / "benchmarks.md"
HEADER = """# makerkit benchmarks

Run them all with `make bench` (each script also runs alone: `python benchmarks/bench_NAME.py`).
Every figure is compared with its anchor **in the same run**, on the same machine: read the
ratios, not the absolute times, which depend on the machine.
"""


def table(headers: list[str], rows: list[list[object]]) -> str:
    """A Markdown table."""
    out = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    out += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(out)


def write_section(name: str, title: str, body: str) -> Path:
    """Replace (or add) the section ``name`` of docs/benchmarks.md with ``body``."""
    today = datetime.date.today().isoformat()
    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    section = f"<!-- bench:{name} -->\n## {title}\n\n_Measured {today} on {machine}._\n\n{body.strip()}\n<!-- /bench:{name} -->"
    text = PAGE.read_text(encoding="utf-8") if PAGE.exists() else HEADER
    start, end = f"<!-- bench:{name} -->", f"<!-- /bench:{name} -->"
    if start in text and end in text:
        before, rest = text.split(start, 1)
        after = rest.split(end, 1)[1]
        text = before + section + after
    else:
        text = text.rstrip() + "\n\n" + section + "\n"
    PAGE.parent.mkdir(parents=True, exist_ok=True)
    PAGE.write_text(text, encoding="utf-8")
    print(f"wrote section '{name}' of {PAGE}")
    return PAGE
