"""In a real Jupyter kernel, a learner's mistake shows as a plain message, not a traceback."""

import nbformat
import pytest
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError


def run_cells(*sources: str) -> nbformat.NotebookNode:
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(s) for s in sources]
    client = NotebookClient(nb, timeout=60, kernel_name="python3", allow_errors=True)
    client.execute(env={"MAKERKIT_LANG": "fr"})
    return nb


@pytest.mark.slow
def test_makerkit_error_is_shown_as_a_sentence_in_the_notebook():
    nb = run_cells("import makerkit as mk", "mk.get_printer('imprimante-de-noel')")
    outputs = nb.cells[1].outputs
    html = "".join(o.get("data", {}).get("text/html", "") for o in outputs)
    assert "imprimante-de-noel" in html and "Choisissez parmi" in html
    error = [o for o in outputs if o.output_type == "error"]
    # Still an error for graders, but one line long instead of a traceback.
    assert error and error[0].ename == "PrinterError"
    assert len(error[0].traceback) == 1


@pytest.mark.slow
def test_other_exceptions_keep_their_traceback():
    nb = run_cells("import makerkit", "1/0")
    error = [o for o in nb.cells[1].outputs if o.output_type == "error"][0]
    assert error.ename == "ZeroDivisionError" and len(error.traceback) > 1
    assert CellExecutionError  # the grader sees both as failures
