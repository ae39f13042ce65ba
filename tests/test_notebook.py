"""notebooks/explore.ipynb runs from top to bottom (so it cannot rot) and shows what it says."""

from __future__ import annotations

from pathlib import Path

import nbformat
from nbclient import NotebookClient

NOTEBOOK = Path(__file__).resolve().parent.parent / "notebooks" / "explore.ipynb"


def test_the_notebook_runs_and_shows_its_answers():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    NotebookClient(nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()
    outputs = [o for cell in nb.cells if cell.cell_type == "code" for o in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    html = [o["data"]["text/html"] for o in outputs if o.output_type == "execute_result" and "text/html" in o["data"]]
    tables = [h for h in html if "<table" in h and "dataframe" in h]
    assert len(tables) >= 4  # launched, targets, per document, central agencies
    assert "launched" in NOTEBOOK.read_text(encoding="utf-8")
    assert any("qgkg-data" in h and "<iframe srcdoc=" in h for h in html)  # the inline view
