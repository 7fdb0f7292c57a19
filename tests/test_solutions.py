"""Every folded "Try it" solution runs, appended to its notebook, from a fresh kernel.

A solution is a ```python block inside a <details> element of a markdown cell.  The test
appends all of a notebook's solutions, in order, after its last cell and executes the whole
notebook headless, as `make run` does.
"""

import json
import re

import nbformat
import pytest
from nbformat.v4 import new_code_cell

from helpers import paths, runner

SOLUTION = re.compile(r"<details>.*?```python\n(.*?)```.*?</details>", re.DOTALL)


def solutions(notebook):
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    text = "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "markdown")
    return SOLUTION.findall(text)


@pytest.mark.parametrize("notebook", runner.notebooks(), ids=lambda p: p.name)
def test_every_solution_runs(notebook, tmp_path, monkeypatch):
    code = solutions(notebook)
    assert code, f"{notebook.name} has no folded solutions with code"
    monkeypatch.setenv("FRAMING_FIGURES_DIR", str(tmp_path / "figures"))
    nb = nbformat.read(notebook, as_version=4)
    nb.cells += [new_code_cell(block) for block in code]
    source = tmp_path / notebook.name
    nbformat.write(nb, source)
    out = tmp_path / f"executed-{notebook.name}"
    runner.execute(source, paths.DEFAULT_ARTICLE, out, cwd=paths.NOTEBOOKS)
    executed = nbformat.read(out, as_version=4)
    tail = executed.cells[-len(code):]
    assert all(c.outputs for c in tail), "every solution shows something"
    assert not [o for c in tail for o in c.outputs if o.output_type == "error"]
