"""A learner's first cells, run in a real Jupyter kernel."""

from __future__ import annotations

import pytest


@pytest.mark.slow
def test_first_cells_in_a_notebook(tmp_path):
    import nbformat
    from nbclient import NotebookClient

    cells = [
        "import makerkit as mk",
        'tag = mk.nametag("Camille")\ntag',
        'mk.check(tag, printer="prusa-mk4")',
        "tag.view3d()",
        "mk.box(10, 10, 10) + 3",
    ]
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(c) for c in cells])
    NotebookClient(
        nb,
        timeout=120,
        kernel_name="python3",
        allow_errors=True,
        resources={"metadata": {"path": str(tmp_path)}},
    ).execute()
    outputs = [c.outputs for c in nb.cells]
    tag_out = outputs[1][0]["data"]
    assert "image/png" in tag_out and "Camille" in tag_out["text/html"]
    report = outputs[2][0]["data"]
    assert "Prusa MK4" in report["text/html"] and "Prusa MK4" in report["text/plain"]
    assert "srcdoc" in outputs[3][0]["data"]["text/html"]
    error = outputs[4]
    # a learner's mistake shows as a plain message, no Python traceback
    said = "\n".join(
        "\n".join(o.get("traceback", [])) + o.get("data", {}).get("text/html", "") for o in error
    )
    assert "Only solids can be joined" in said or "makerkit-error" in said
    assert "Traceback (most recent call last)" not in said
