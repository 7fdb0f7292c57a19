"""Charts of who speaks: each side's share of the words, and its direct quotations.

>>> import matplotlib
>>> matplotlib.use("Agg")
>>> import pandas as pd
>>> from helpers.charts import voices
>>> ax = voices.plot_quotes(pd.DataFrame(columns=["quote_id", "side", "text", "status"]))
>>> ax.texts[0].get_text()
'No direct quotations in this article'
"""

from __future__ import annotations

import pandas as pd

from helpers import codebooks, style
from helpers.charts import base

__all__ = ["NO_QUOTES", "plot_quotes", "plot_share_of_voice"]




@base.chart
def plot_share_of_voice(share: pd.DataFrame, ax=None):
    """Draw each side's share of the article's words as horizontal bars; return the Axes."""
    ax = base.new_axes(ax)
    if share.empty or share["words"].sum() == 0:
        return base.empty_message(ax, "No text to attribute")
    labels = share["side"].tolist()
    ax.barh(labels, share["share"] * 100, color=[style.side_colour(s) for s in labels])
    ax.invert_yaxis()
    for y, (pct, words, clauses) in enumerate(share[["share", "words", "clauses"]].itertuples(
            index=False)):
        ax.text(pct * 100, y, f" {pct:.0%} ({base.count_label(words, 'word')}, "
                f"{base.count_label(clauses, 'clause')})", va="center", fontsize="small")
    ax.set_xlabel("Share of the article's words (%)")
    ax.set_xlim(0, min(100, share["share"].max() * 100 * 1.9))
    return ax


#: What :func:`plot_quotes` says when there is no quotation to count.
NO_QUOTES = "No direct quotations in this article"


@base.chart
def plot_quotes(quote_table: pd.DataFrame, ax=None,
                sides: tuple[str, ...] | None = None):
    """Draw the number of direct quotations per side, with their words; return the Axes.

    Quotations whose marks do not pair up (``status`` not ``ok``) are counted, and the label
    says how many of a side's are unbalanced: each runs from its mark to the end of its
    paragraph, so its words are a guess.  With no quotation the chart says so.
    """
    sides = (*codebooks.compared_sides(), "other", "narrator") if sides is None else sides
    ax = base.new_axes(ax, (8, 3.2))
    if quote_table.empty:
        return base.empty_message(ax, NO_QUOTES)
    counts = quote_table.groupby("side").agg(quotes=("quote_id", "size"), words=(
        "text", lambda t: sum(len([w for w in x.split() if any(c.isalnum() for c in w)])
                              for x in t)), unbalanced=(
        "status", lambda st: sum(1 for x in st if x != "ok")))
    present = [s for s in sides if s in counts.index]
    ax.barh(present, counts.loc[present, "quotes"], color=[style.side_colour(s) for s in present])
    ax.invert_yaxis()
    for y, side in enumerate(present):
        n, w = counts.loc[side, "quotes"], counts.loc[side, "words"]
        odd = counts.loc[side, "unbalanced"]
        note = f" ({odd:,} unbalanced: marks that do not pair up)" if odd else ""
        ax.text(n, y, f" {base.count_label(n, 'quote')}, {base.count_label(w, 'word')}{note}", va="center",
                fontsize="small")
    ax.set_xlim(0, counts["quotes"].max() * 1.8)
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.set_xlabel("Direct quotations")
    return ax
