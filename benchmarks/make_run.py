"""Time `make run` against its floor: the same number of notebooks that only import.

Run by hand:

    .venv/bin/python benchmarks/make_run.py

The floor is what no notebook can beat: papermill starting one kernel per notebook and the
kernel importing the libraries the lessons use (pandas, Matplotlib, NLTK, ipywidgets, the
helpers).  Both are run through the same runner, on the default article, in the same process,
alternating three times; the best of each is reported with their ratio.
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_notebook

from helpers import paths, runner

IMPORTS = """import matplotlib.pyplot as plt
import pandas as pd
import ipywidgets
from IPython.display import display
from helpers import actors, figures, framing, terms, text
from helpers.article import load_article"""


def floor_notebooks(folder: Path, count: int) -> list[Path]:
    made = []
    for n in range(count):
        nb = new_notebook()
        nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3",
                                     "language": "python"}
        nb.cells = [new_code_cell(IMPORTS), new_code_cell('ARTICLE = ""')]
        nb.cells[1].metadata["tags"] = ["parameters"]
        path = folder / f"{n:02d}_floor.ipynb"
        nbformat.write(nb, path)
        made.append(path)
    return made


def timed(notebooks: list[Path], out: Path) -> float:
    start = time.perf_counter()
    for notebook in notebooks:
        runner.execute(notebook, paths.DEFAULT_ARTICLE, out / notebook.name)
    return time.perf_counter() - start


def main() -> None:
    real = runner.notebooks()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        os.environ["FRAMING_FIGURES_DIR"] = str(tmp / "figures")
        floor = floor_notebooks(tmp, len(real))
        (tmp / "out").mkdir()
        runs = {"floor": [], "make run": []}
        for _ in range(3):
            runs["floor"].append(timed(floor, tmp / "out"))
            runs["make run"].append(timed(real, tmp / "out"))
            cells = cell_times(tmp / "out", real)
    best = {k: min(v) for k, v in runs.items()}
    print(f"{len(real)} notebooks, best of 3 (seconds):")
    for name, values in runs.items():
        print(f"  {name:<9} {best[name]:5.1f}   (all: {', '.join(f'{v:.1f}' for v in values)})")
    print(f"ratio make run / floor: {best['make run'] / best['floor']:.2f}")
    print("\nWhere the notebooks' cell time goes (last run, papermill's per-cell durations):")
    for kind, seconds in cells.items():
        print(f"  {kind:<40} {seconds:5.1f}")


def cell_times(folder: Path, notebooks: list[Path]) -> dict[str, float]:
    """Sum the executed notebooks' cell durations: imports, cells that save a chart, the rest."""
    totals = {"imports (first code cell)": 0.0, "cells that draw and save a chart": 0.0,
              "all other cells": 0.0}
    for notebook in notebooks:
        code = [c for c in nbformat.read(folder / notebook.name, as_version=4).cells
                if c.cell_type == "code"]
        for n, cell in enumerate(code):
            seconds = cell.metadata.get("papermill", {}).get("duration") or 0.0
            kind = ("imports (first code cell)" if n == 0 else
                    "cells that draw and save a chart" if "figures.save(" in cell.source else
                    "all other cells")
            totals[kind] += seconds
    return totals


if __name__ == "__main__":
    main()
