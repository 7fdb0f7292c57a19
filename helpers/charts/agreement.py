"""Charts of how far two codings agree: a confusion matrix by side, sentences and quotations.

>>> import matplotlib
>>> matplotlib.use("Agg")
>>> import pandas as pd
>>> from helpers.charts import agreement
>>> empty = pd.DataFrame(columns=["unit", "code_a", "code_b", "count", "unit_ids"])
>>> agreement.plot_confusion(empty, "sentence").texts[0].get_text()
'No sentence coded by both yet'
"""

from __future__ import annotations

import pandas as pd

from helpers import agreement, codebooks, style
from helpers.charts import base

__all__ = ["confusion_figure", "plot_confusion"]

#: The colour of a cell where the two codings differ (and are not zero): dark grey, with the
#: count in white, so a disagreement stands out in any colour vision and in print.
DIFFER = "#4D4D4D"


def _tint(code: str) -> str:
    tints = style.side_colours("tint")
    return tints.get(code, "#E6E6E6")


def _label(code: str) -> str:
    return "United\nStates" if code == "United States" else code


@base.chart
def plot_confusion(table: pd.DataFrame, unit: str, ax=None, names: tuple[str, str] = (
        "you", "the rules")):
    """Draw the confusion matrix of one kind of unit; return the Axes.

    Rows are the first coding's codes (``names[0]``), columns the second's, from
    :func:`helpers.agreement.confusion`.  A cell where both agree is filled with the side's
    tint, a cell where they differ is dark grey; every cell prints its count, zeros in light
    grey.  With nothing coded by both the chart says so.
    """
    ax = base.new_axes(ax, (4.6, 4.2))
    here = table[table["unit"] == unit]
    if here.empty or int(here["count"].sum()) == 0:
        return base.empty_message(ax, f"No {unit} coded by both yet")
    labels = list(agreement.codes(unit))
    from matplotlib.patches import Rectangle

    counts = {(a, b): int(n) for a, b, n in here[["code_a", "code_b", "count"]].itertuples(
        index=False)}
    for y, code_a in enumerate(labels):
        for x, code_b in enumerate(labels):
            n = counts.get((code_a, code_b), 0)
            same = code_a == code_b
            face = _tint(code_a) if same else DIFFER if n else "white"
            ax.add_patch(Rectangle((x - 0.5, y - 0.5), 1, 1, facecolor=face, edgecolor="white",
                                   linewidth=2))
            colour = "#BBBBBB" if n == 0 else "white" if not same else (
                base.text_colour(code_a) if code_a in codebooks.compared_sides() else "#333333")
            ax.text(x, y, str(n), ha="center", va="center", color=colour, fontweight="bold",
                    fontsize="large")
    ax.set_xticks(range(len(labels)), [_label(c) for c in labels], fontsize="small")
    ax.set_yticks(range(len(labels)), [_label(c) for c in labels], fontsize="small")
    ax.xaxis.tick_top()
    for tick, code in zip(ax.get_xticklabels() + ax.get_yticklabels(), labels * 2, strict=True):
        tick.set_color(base.text_colour(code))
    ax.xaxis.set_label_position("top")
    ax.set_xlabel(f"coded by {names[1]}")
    ax.set_ylabel(f"coded by {names[0]}")
    ax.set_xlim(-0.5, len(labels) - 0.5)
    ax.set_ylim(len(labels) - 0.5, -0.5)
    ax.set_aspect("equal")
    ax.tick_params(length=0)
    for spine in ax.spines.values():
        spine.set_visible(False)
    return ax


def confusion_figure(table: pd.DataFrame, stats: pd.DataFrame, names: tuple[str, str],
                     title: str, source: str):
    """Return one figure: the sentences' and the quotations' confusion matrices side by side,
    each titled with its agreement (from :func:`helpers.agreement.agreement_table`)."""
    import matplotlib.pyplot as plt

    with style.house_style():
        fig, axes = plt.subplots(1, 2, figsize=(10, 5.2), layout="constrained")
        for ax, unit, label in zip(axes, agreement.UNIT_KINDS, ("sentences", "quotations"),
                                   strict=True):
            plot_confusion(table, unit, ax, names=names)
            row = stats.set_index("unit").loc[label]
            ax.set_title(f"{label.capitalize()}: {_summary(row)}", fontsize="medium", pad=12,
                         loc="left")
        fig.suptitle(title, x=0.02, ha="left", fontsize=13, fontweight="bold")
        fig.get_layout_engine().set(w_pad=0.3, wspace=0.12)
        fig.canvas.draw()  # settle the layout before the source line goes under it
        fig.set_layout_engine("none")
        base.add_source(fig, source)
    return fig


def _summary(row) -> str:
    """"12 of 13 agree, κ 0.89, α 0.90" (or what is undefined)."""
    if not row["coded_by_both"]:
        return "none coded by both"
    def num(value):
        return "undefined" if pd.isna(value) else f"{value:.2f}"
    return (f"{int(row['agree'])} of {int(row['coded_by_both'])} agree\nκ {num(row['kappa'])}, "
            f"α {num(row['alpha'])}")
