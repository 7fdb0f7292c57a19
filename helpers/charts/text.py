"""Charts of the text tables: how long the paragraphs and sentences are.

>>> import matplotlib
>>> matplotlib.use("Agg")
>>> import pandas as pd
>>> from helpers.charts import text
>>> ax = text.plot_lengths(pd.DataFrame({"paragraph_id": [1, 2], "n_words": [30, 12]}),
...                        "paragraph_id")
>>> [label.get_text() for label in ax.get_yticklabels()]
['Paragraph 1', 'Paragraph 2']
"""

from __future__ import annotations

import pandas as pd

from helpers import style
from helpers.charts import base

__all__ = ["MAX_BARS", "plot_lengths"]


#: Above this many paragraphs or sentences, :func:`plot_lengths` draws a histogram, not bars.
MAX_BARS = 60


@base.chart
def plot_lengths(table: pd.DataFrame, id_column: str, ax=None, *, unit: str = "Paragraph",
                 colour: str | None = None, max_bars: int = MAX_BARS):
    """Draw ``n_words`` of each row of a paragraph or sentence table as horizontal bars.

    The first paragraph or sentence is at the top, as in the article; a dashed line marks
    the mean.  With more than ``max_bars`` rows one bar each would be unreadable (and slow
    to draw), so the chart becomes a histogram of the lengths, and says so.  An empty table
    gets a message instead of an empty frame.  Returns the Axes.
    """
    many = len(table) > max_bars
    ax = base.new_axes(ax, (8, 4.5 if many else max(3.0, 0.32 * len(table) + 1.2)))
    if not len(table):
        return base.empty_message(ax, f"No {unit.lower()}s to measure")
    if many:
        return _length_histogram(table["n_words"], ax, unit, colour or style.NEUTRAL)
    labels = [f"{unit} {i}" for i in table[id_column]]
    ax.barh(labels, table["n_words"], color=colour or style.NEUTRAL)
    ax.invert_yaxis()
    mean = table["n_words"].mean()
    ax.axvline(mean, color="#555555", linestyle="--", linewidth=1)
    ax.text(mean, -0.7, f" mean {mean:.1f}", color="#555555", va="bottom", fontsize=9)
    for y, n in enumerate(table["n_words"]):
        ax.text(n, y, f" {n}", va="center", fontsize=9)
    ax.set_xlabel("Words")
    ax.margins(x=0.08)
    return ax


def _length_histogram(lengths: pd.Series, ax, unit: str, colour: str):
    """How many paragraphs (or sentences) have each length: for tables too long for bars."""
    import numpy as np

    longest = int(lengths.max())
    width = max(1, int(np.ceil((longest + 1) / 40)))  # at most about 40 bins, whole words each
    edges = np.arange(0, longest + width + 1, width) - 0.5
    counts, _, _ = ax.hist(lengths, bins=edges, color=colour)
    ax.set_ylim(0, counts.max() * 1.45)  # headroom for the two notes, above every bar
    mean = lengths.mean()
    ax.axvline(mean, color="#555555", linestyle="--", linewidth=1)
    ax.text(mean, 0.71, f" mean {mean:.1f}", color="#555555", va="bottom", fontsize=9,
            transform=ax.get_xaxis_transform())
    ax.text(0.99, 0.98, f"{len(lengths):,} {unit.lower()}s: too many for one bar each,\n"
            f"so this is a histogram of their lengths", transform=ax.transAxes, ha="right",
            va="top", fontsize=9, color="#555555",
            bbox={"facecolor": "white", "edgecolor": "none", "pad": 1})
    ax.set_xlabel(f"Words per {unit.lower()}" + (f" (bins of {width})" if width > 1 else ""))
    ax.set_ylabel(f"{unit}s")
    ax.set_xlim(left=-0.5)
    return ax
