"""Save every chart three ways, atomically and reproducibly: PNG, SVG and the CSV behind it.

Every chart in the workbook goes through :func:`save`, which owns the folder
(``figures/<article-id>/``), the resolution and the metadata, so that saving the same chart
twice, even in two processes, writes identical bytes.

What the files hold, so that they open right where people open them:

* **CSV** (:func:`save_table` too): UTF-8 with a byte-order mark, so Excel reads "China’s"
  and not "Chinaâ€™s" (pandas, LibreOffice and Python's ``csv`` with ``encoding="utf-8-sig"``
  read it unchanged); ``,`` between cells, ``;`` between the items of a list inside a cell
  (``sentence_ids`` ``2;3;4``); an empty cell where a value is missing; whole numbers
  without ``.0``; a text cell that would run as a formula gets a leading ``'``.
* **SVG**: text stays ``<text>`` (editable in Inkscape or LibreOffice Draw), in the font stack
  of :data:`helpers.style.FONT_STACK`; a ``<title>`` (the chart's title) and a ``<desc>``
  (the article's source line), also as Dublin Core metadata.
* **PNG**: 200 dpi, with the same title and description as text chunks.

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

import html
import io
import os
import re
import tempfile
from pathlib import Path

import matplotlib as mpl
import pandas as pd

from helpers import paths, style

__all__ = ["LIST_SEPARATOR", "SavedFigure", "describe", "neutralise_formulas", "save", "save_table",
           "spreadsheet_ready", "write_atomic"]

# Metadata that would change from save to save or from version to version.
_PNG_METADATA = {"Software": None}
_SVG_METADATA = {"Date": None, "Creator": None}
#: The one separator between the items of a list inside a CSV cell.
LIST_SEPARATOR = ";"
#: The prefix of the line :func:`helpers.charts.add_source` writes (``Article.source_line``).
_SOURCE_PREFIX = "Source: "


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


def spreadsheet_ready(data: pd.DataFrame) -> pd.DataFrame:
    """Return ``data`` as the CSV writer writes it: what a spreadsheet should see.

    * a value a table marks as "none" in ``data.attrs["missing"]`` (``{column: value}``, e.g.
      the voice table's ``-1`` for a span the narrator has not got) becomes an empty cell;
    * a list, tuple or set in a cell becomes its items joined by ``;``;
    * a column of whole numbers that pandas keeps as floats because some cells are missing
      (``6.0``, empty) is written as integers (``6``, empty);
    * a text cell that would run as a formula gets a leading ``'`` (:func:`neutralise_formulas`).

    >>> table = pd.DataFrame({"clauses": [5.0, None], "ids": [[2, 3], [7]], "start": [4, -1]})
    >>> table.attrs["missing"] = {"start": -1}
    >>> spreadsheet_ready(table).to_csv(index=False, lineterminator="\\n")
    'clauses,ids,start\\n5,2;3,4\\n,7,\\n'
    """
    out = neutralise_formulas(data)
    out.attrs = {}
    for column, none in data.attrs.get("missing", {}).items():
        if column in out.columns:
            out[column] = out[column].mask(out[column] == none)
    for column in out.columns:
        values = out[column]
        if values.dtype == object and values.map(lambda v: isinstance(v, list | tuple | set)).any():
            out[column] = values.map(lambda v: LIST_SEPARATOR.join(map(str, sorted(v) if isinstance(
                v, set) else v)) if isinstance(v, list | tuple | set) else v)
        elif pd.api.types.is_float_dtype(values.dtype) and values.isna().any():
            present = values.dropna()
            if len(present) and (present == present.round()).all():
                out[column] = values.astype("Int64")
    return out


def _csv_writer(data: pd.DataFrame):
    ready = spreadsheet_ready(data)
    # "utf-8-sig" writes the byte-order mark Excel needs to read the file as UTF-8.
    return lambda tmp: ready.to_csv(tmp, index=False, lineterminator="\n", encoding="utf-8-sig")


def save_table(data: pd.DataFrame, name: str, article_id: str) -> Path:
    """Write ``data`` to ``figures/<article_id>/<name>.csv`` (UTF-8 with a BOM, ``\\n`` line
    ends, see :func:`spreadsheet_ready`)."""
    return write_atomic(paths.figures_dir(article_id) / f"{name}.csv", _csv_writer(data))


def describe(fig, name: str) -> tuple[str, str]:
    """Return the title and the description :func:`save` writes into the SVG and the PNG.

    The title is the figure's ``suptitle``, else the first Axes title, else ``name``; the
    description is the source line :func:`helpers.charts.add_source` wrote under the chart
    (``Source: EFE, “…”, 2023-02-09``), followed by where the numbers are.
    """
    title = fig.get_suptitle() if hasattr(fig, "get_suptitle") else ""
    if not title:
        title = next((t for ax in fig.axes for t in (ax.get_title(loc) for loc in (
            "left", "center", "right")) if t), name)
    source = next((t.get_text() for t in fig.texts if t.get_text().startswith(_SOURCE_PREFIX)), "")
    where = f"The numbers behind the chart: {name}.csv."
    return " ".join(title.split()), f"{' '.join(source.split())}. {where}" if source else where


def _svg_writer(fig, title: str, description: str):
    """Write the SVG with a ``<desc>`` after the ``<title>`` Matplotlib writes."""
    def write(tmp: Path) -> None:
        buffer = io.BytesIO()
        fig.savefig(buffer, format="svg", metadata={
            **_SVG_METADATA, "Title": title, "Description": description})
        # xml:space="preserve": a label's leading space (" 28%", set off from its bar) is kept;
        # a viewer would otherwise collapse it and put the label against the bar.
        # (on each <text>: viewers do not inherit it from the root element).
        svg = buffer.getvalue().decode("utf-8").replace("<text ", '<text xml:space="preserve" ')
        head, mark, rest = svg.partition("</title>\n")
        desc = f" <desc>{html.escape(description, quote=False)}</desc>\n"
        tmp.write_bytes((head + mark + desc + rest if mark else svg).encode("utf-8"))
    return write


def save(fig, name: str, data: pd.DataFrame | dict[str, pd.DataFrame],
         article_id: str) -> SavedFigure:
    """Write a chart as ``<name>.png`` (200 dpi), ``<name>.svg`` and ``<name>.csv``.

    Parameters
    ----------
    fig
        The Matplotlib figure.
    name
        File name without suffix, e.g. ``"term_frequency"``.
    data
        The numbers drawn in the chart, one row per bar, point or cell.  A figure of several
        panels may pass ``{panel: table}`` instead: one tidy ``<name>_<panel>.csv`` per panel.
    article_id
        Which article the chart is about: the sub-folder of ``figures/``.

    Returns
    -------
    SavedFigure
        ``{"png": path, "svg": path, "csv": path}`` (for panels ``"csv_<panel>"`` keys
        instead of ``"csv"``); at the end of a notebook cell it shows the
        saved PNG, so what you see is the file that goes into your slides.

    Saving closes the figure in pyplot (it is finished), so Jupyter does not draw it a second
    time at the end of the cell; the ``fig`` object itself still works.
    """
    import matplotlib.pyplot as plt

    folder = paths.figures_dir(article_id)
    title, description = describe(fig, name)
    with mpl.rc_context(style.rc()):
        written = SavedFigure(
            png=write_atomic(folder / f"{name}.png", lambda tmp: fig.savefig(
                tmp, format="png", dpi=200, metadata={
                    **_PNG_METADATA, "Title": title, "Description": description})),
            svg=write_atomic(folder / f"{name}.svg", _svg_writer(fig, title, description)),
        )
    if isinstance(data, dict):
        for panel, table in data.items():
            if not re.fullmatch(r"[A-Za-z0-9_-]+", str(panel)):
                raise ValueError(f"Cannot save the panel {panel!r} of {name!r}: a panel name may "
                                 "hold only letters, digits, '_' and '-'.")
            written[f"csv_{panel}"] = write_atomic(folder / f"{name}_{panel}.csv",
                                                   _csv_writer(table))
    else:
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
