"""Save every chart three ways, atomically and reproducibly: PNG, SVG and the CSV behind it.

Every chart in the workbook goes through :func:`save`, which owns the folder
(``figures/<article-id>/``), the resolution and the metadata, so that saving the same chart
twice, even in two processes, writes identical bytes.

>>> import matplotlib
>>> matplotlib.use("Agg")
>>> import matplotlib.pyplot as plt, pandas as pd
>>> from helpers import figures
>>> data = pd.DataFrame({"term": ["balloon", "US"], "count": [8, 11]})
>>> fig, ax = plt.subplots()
>>> _ = ax.barh(data["term"], data["count"])
>>> written = figures.save(fig, "demo", data, article_id="doctest")   # doctest: +SKIP
>>> sorted(p.suffix for p in written.values())                        # doctest: +SKIP
['.csv', '.png', '.svg']
"""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

import matplotlib as mpl
import pandas as pd

from helpers import paths, style

__all__ = ["SavedFigure", "neutralise_formulas", "save", "save_table", "write_atomic"]

# Metadata that would change from save to save or from version to version.
_PNG_METADATA = {"Software": None}
_SVG_METADATA = {"Date": None, "Creator": None}


def write_atomic(target: Path, write) -> Path:
    """Call ``write(tmp_path)`` and then rename the file onto ``target``.

    A reader never sees a half-written figure: the rename is atomic on one file system.
    """
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    try:
        write(Path(tmp))
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target


#: What a spreadsheet reads as the start of a formula (OWASP "CSV injection"): a text cell
#: starting with one of these gets a leading apostrophe, which spreadsheets show as text.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# A text cell that is only a number ("-0.62", "+3") is no formula and stays as it is.
_PLAIN_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


def neutralise_formulas(data: pd.DataFrame) -> pd.DataFrame:
    """Return ``data`` with every text cell (and column name) that a spreadsheet would run
    as a formula prefixed with ``'``; numbers, and text that is only a number, are kept.

    The exact text stays recoverable: the ``start``/``end`` offsets in the tables point into
    ``article.body``.

    >>> neutralise_formulas(pd.DataFrame({"text": ["=1+1", "@SUM(A1)", "ok", "-0.5"],
    ...                                   "score": [-0.62, 1.0, 2.0, 3.0]})).to_dict("list")
    {'text': ["'=1+1", "'@SUM(A1)", 'ok', '-0.5'], 'score': [-0.62, 1.0, 2.0, 3.0]}
    """
    def safe(value):
        if (isinstance(value, str) and value.startswith(FORMULA_START)
                and not _PLAIN_NUMBER.fullmatch(value)):
            return "'" + value
        return value

    out = data.copy()
    for column in out.columns:
        values = out[column]
        if isinstance(values.dtype, pd.CategoricalDtype):
            out[column] = values.cat.rename_categories(
                {c: safe(c) for c in values.cat.categories if safe(c) is not c})
        elif values.dtype == object or pd.api.types.is_string_dtype(values.dtype):
            out[column] = values.map(safe)
    if any(safe(c) is not c for c in out.columns):  # a MultiIndex of tuples is left alone
        out.columns = [safe(c) for c in out.columns]
    return out


def _csv_writer(data: pd.DataFrame):
    safe = neutralise_formulas(data)
    return lambda tmp: safe.to_csv(tmp, index=False, lineterminator="\n", encoding="utf-8")


def save_table(data: pd.DataFrame, name: str, article_id: str) -> Path:
    """Write ``data`` to ``figures/<article_id>/<name>.csv`` (UTF-8, ``\\n`` line ends)."""
    return write_atomic(paths.figures_dir(article_id) / f"{name}.csv", _csv_writer(data))


def save(fig, name: str, data: pd.DataFrame, article_id: str) -> SavedFigure:
    """Write a chart as ``<name>.png`` (200 dpi), ``<name>.svg`` and ``<name>.csv``.

    Parameters
    ----------
    fig
        The Matplotlib figure.
    name
        File name without suffix, e.g. ``"term_frequency"``.
    data
        The numbers drawn in the chart, one row per bar, point or cell.
    article_id
        Which article the chart is about: the sub-folder of ``figures/``.

    Returns
    -------
    SavedFigure
        ``{"png": path, "svg": path, "csv": path}``; at the end of a notebook cell it shows the
        saved PNG, so what you see is the file that goes into your slides.

    Saving closes the figure in pyplot (it is finished), so Jupyter does not draw it a second
    time at the end of the cell; the ``fig`` object itself still works.
    """
    import matplotlib.pyplot as plt

    folder = paths.figures_dir(article_id)
    with mpl.rc_context(style.rc()):
        written = SavedFigure(
            png=write_atomic(folder / f"{name}.png", lambda tmp: fig.savefig(
                tmp, format="png", dpi=200, metadata=_PNG_METADATA)),
            svg=write_atomic(folder / f"{name}.svg", lambda tmp: fig.savefig(
                tmp, format="svg", metadata=_SVG_METADATA)),
        )
    written["csv"] = write_atomic(folder / f"{name}.csv", _csv_writer(data))
    plt.close(fig)
    return written


class SavedFigure(dict):
    """The paths :func:`save` wrote, by format; shown in a notebook as the saved PNG.

    Jupyter would otherwise draw the figure once more for the screen.  Showing the 200 dpi
    file at half its pixel size looks the same as that screen drawing, sharper on a high
    resolution display, and costs no drawing at all.
    """

    def _repr_png_(self):
        data = Path(self["png"]).read_bytes()
        width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
        return data, {"width": width // 2, "height": height // 2}

    def __repr__(self) -> str:
        shown = [Path(p).relative_to(paths.ROOT) if Path(p).is_relative_to(paths.ROOT) else p
                 for p in self.values()]
        return "Saved " + ", ".join(map(str, shown))

    def _repr_pretty_(self, printer, cycle) -> None:
        printer.text(repr(self))
