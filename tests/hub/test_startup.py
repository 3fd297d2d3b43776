"""makerkit.startup: what marking ``rfc3987_syntax`` missing changes, and what it does not.

Without it, ``jsonschema`` checks the ``uri`` and ``uri-reference`` formats as before (with
``rfc3986_validator``) and stops checking only ``iri`` and ``iri-reference``. No JSON schema
that the programs makerkit starts validate with uses those two formats: JupyterLab's
settings, the server's events, notebooks (nbformat). The real server's side (a settings
PUT, a notebook saved and validated) is in test_room.py, on a learner's server.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from makerkit.startup import UNUSED_SLOW_IMPORTS

CHECKERS = """
import json, sys
from makerkit.startup import skip_unused_imports
if sys.argv[1] == "skip":
    skip_unused_imports()
import jsonschema, nbformat
checker = jsonschema.FormatChecker()
nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("print(1)")])
nbformat.validate(nb)
broken = nbformat.from_dict(dict(nb, cells=[{"cell_type": "code"}]))
try:
    nbformat.validate(broken)
    invalid = "accepted"
except nbformat.ValidationError:
    invalid = "refused"
print(json.dumps({
    "formats": sorted(checker.checkers),
    "uri": [checker.conforms(x, "uri") for x in ("https://example.org/a", "not a uri")],
    "notebook": invalid,
    "loaded": "rfc3987_syntax" in sys.modules and sys.modules["rfc3987_syntax"] is not None,
}))
"""


def formats(mode: str) -> dict:
    found = subprocess.run(
        [sys.executable, "-c", CHECKERS, mode], capture_output=True, text=True, timeout=120
    )
    assert found.returncode == 0, found.stderr[-2000:]
    return json.loads(found.stdout)


def test_only_the_iri_formats_go_unchecked():
    pytest.importorskip("rfc3987_syntax")
    full, skipped = formats("full"), formats("skip")
    assert full["loaded"] and not skipped["loaded"]
    assert set(full["formats"]) - set(skipped["formats"]) == {"iri", "iri-reference"}
    # URIs are still checked (rfc3986_validator), notebooks still validated.
    assert skipped["uri"] == full["uri"] == [True, False]
    assert skipped["notebook"] == full["notebook"] == "refused"


def schema_files():
    """Every JSON/YAML schema of JupyterLab's settings, the servers' events and nbformat."""
    import importlib.util

    roots = [Path(sysconfig.get_paths()["data"]) / "share" / "jupyter"]
    for name in ("jupyter_server", "jupyter_events", "jupyterlab_server", "jupyterlab",
                 "nbformat", "nbgrader", "jupyterhub", "jupyter_lsp", "notebook"):  # fmt: skip
        spec = importlib.util.find_spec(name)
        if spec and spec.submodule_search_locations:
            roots += [Path(p) for p in spec.submodule_search_locations]
    for root in roots:
        for path in root.rglob("*"):
            if path.suffix in {".json", ".yaml", ".yml"} and "node_modules" not in path.parts:
                yield path


def test_no_schema_the_servers_use_has_an_iri_format():
    iri = re.compile(r"""["']?format["']?\s*:\s*["']iri(-reference)?["']""")
    seen, found = 0, []
    for path in schema_files():
        text = path.read_text(encoding="utf-8", errors="replace")
        if '"properties"' in text or "properties:" in text:
            seen += 1
        if iri.search(text):
            found.append(str(path))
    assert seen > 100  # JupyterLab's settings schemas at least: the scan looked in the right place
    assert found == []


PROBE = """
import json, sys
import jsonschema
if __name__ == "__main__":
    print(json.dumps([sys.argv[1:], sys.modules["rfc3987_syntax"] is None]))
    sys.exit(3)
"""


def test_a_program_starts_as_with_python_m_minus_the_import(tmp_path):
    (tmp_path / "probe_program.py").write_text(PROBE, encoding="utf-8")
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(tmp_path), env.get("PYTHONPATH", "")])
    run = subprocess.run(
        [sys.executable, "-m", "makerkit.startup", "probe_program", "--x", "y"],
        capture_output=True, text=True, timeout=120, env=env,
    )  # fmt: skip
    assert run.returncode == 3, run.stderr[-2000:]  # its exit status, as python -m gives it
    assert json.loads(run.stdout) == [["--x", "y"], True]
    assert UNUSED_SLOW_IMPORTS == ("rfc3987_syntax",)
