"""An endless learner loop inside a real Jupyter kernel ends with a message; the kernel lives on."""

from __future__ import annotations

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")


@pytest.mark.slow
def test_endless_loop_in_a_notebook_cell_does_not_hang_the_kernel():
    cells = [
        nbformat.v4.new_code_cell(
            "import makerkit as mk\n"
            "result = mk.run_challenge('park', 'def step(robot):\\n    while True:\\n        pass\\n', seconds=3)\n"
            "print(result.passed, 'while True' in result.hint)"
        ),
        nbformat.v4.new_code_cell("print(sum(range(10)))"),
    ]
    nb = nbformat.v4.new_notebook(cells=cells)
    nbclient.NotebookClient(nb, timeout=120, kernel_name="python3").execute()
    out = [c["outputs"][0]["text"].strip() for c in nb.cells]
    assert out == ["False True", "45"]
