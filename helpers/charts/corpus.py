"""Charts of a corpus: each side's voice per article and by group, names, frames, keywords.

Each ``plot_*`` takes a table of :mod:`helpers.corpus` and an optional ``ax``, draws, and
returns the Axes.

>>> import matplotlib
>>> matplotlib.use("Agg")
>>> import pandas as pd
>>> from helpers.charts import corpus
>>> ax = corpus.plot_per_article(pd.DataFrame(columns=["article_id", "side", "share"]), "share")
>>> ax.texts[0].get_text()
'No articles to draw'
"""

from __future__ import annotations

import textwrap

import pandas as pd

from helpers import codebooks, style
from helpers.charts import base

__all__ = ["MAX_ROWS", "plot_by_group", "plot_frame_spread", "plot_keyness", "plot_names",
           "plot_per_article"]

#: Above this many articles, :func:`plot_per_article` draws each side's distribution instead
#: of one row per article.
MAX_ROWS = 60


def _short(label: str, width: int = 34) -> str:
    return label if len(label) <= width else label[:width - 1] + "…"


@base.chart
def plot_per_article(table: pd.DataFrame, value: str, ax=None, *, percent: bool = True,
                     xlabel: str | None = None):
    """One row per article, a dot per compared side at ``value``, and the corpus mean of each.

    ``table`` is :attr:`helpers.corpus.Tables.share` (``value="share"``) or ``.quotes``
    (``value="quotes"``, ``percent=False``).  Rows are sorted by the difference between the
    two sides, so the articles that give one side most of the voice sit at the ends.  Above
    :data:`MAX_ROWS` articles each side's values are drawn as a histogram instead, the mean
    marked.  Returns the Axes.
    """
    a, b = codebooks.compared_sides()
    data = table[table["side"].isin([a, b])] if len(table) else table
    n_articles = data["article_id"].nunique() if len(data) else 0
    many = n_articles > MAX_ROWS
    ax = base.new_axes(ax, (8, 4.8 if many or not n_articles else 0.26 * n_articles + 1.6),
                       layout="constrained")
    if not n_articles:
        return base.empty_message(ax, "No articles to draw")
    wide = data.pivot_table(index="article_id", columns="side", values=value, aggfunc="sum",
                            sort=False).reindex(columns=[a, b]).fillna(0)
    scale = 100 if percent else 1
    means = {s: wide[s].mean() * scale for s in (a, b)}
    if many:
        top = max(wide.max().max() * scale, 1)
        bins = [top * k / 30 for k in range(31)]
        for s in (a, b):
            ax.hist(wide[s] * scale, bins=bins, color=style.side_colour(s), alpha=0.18)
            ax.hist(wide[s] * scale, bins=bins, color=style.side_colour(s), histtype="step",
                    linewidth=1.8, label=s)
            ax.axvline(means[s], color=style.side_colour(s), linestyle="--", linewidth=1.5)
        ax.set_ylabel("Articles")
        ax.legend(title=f"Dashed: the mean of {n_articles:,} articles")
    else:
        wide = wide.assign(_gap=wide[a] - wide[b]).sort_values(["_gap"], kind="stable")
        ys = range(len(wide))
        ax.hlines(ys, wide[[a, b]].min(axis=1) * scale, wide[[a, b]].max(axis=1) * scale,
                  color="#CCCCCC", linewidth=1, zorder=1)
        for s, nudge in ((a, -0.12), (b, 0.12)):  # nudged so that equal values both show
            mean = f"{means[s]:.0f}%" if percent else f"{means[s]:.1f}"
            ax.scatter(wide[s] * scale, [y + nudge for y in ys], color=style.side_colour(s),
                       s=28, zorder=3, label=f"{s} (mean {mean})")
            ax.axvline(means[s], color=style.side_colour(s), linestyle="--", linewidth=1,
                       zorder=2)
        ax.set_yticks(list(ys), [_short(i) for i in wide.index], fontsize="x-small")
        ax.set_ylim(len(wide) - 0.5, -0.5)
        ax.legend(loc="lower center", bbox_to_anchor=(0.5, 1.0), ncol=2, fontsize="small",
                  title="Dashed lines: the corpus mean", title_fontsize="small", frameon=False)
    ax.set_xlabel(xlabel or ("Share of the article's words (%)" if percent else value))
    ax.set_xlim(left=0)
    if not percent:
        ax.xaxis.get_major_locator().set_params(integer=True)
    return ax


@base.chart
def plot_names(table: pd.DataFrame, ax=None, top: int = 20):
    """What each side calls the object over the corpus: a names × sides grid.

    ``table`` is :func:`helpers.corpus.names_by_side`.  A cell in the side's colour holds the
    name's uses and, under it, in how many articles; the ``top`` names by total use are drawn,
    grouped by connotation as in notebook 05.  Returns the Axes.
    """
    from matplotlib.patches import Rectangle

    sides = base.sides_in(table["side"] if len(table) else [], None)
    if len(table):
        totals = table.groupby("name", sort=False)["count"].sum()
        kept = table[table["name"].isin(totals.sort_values(ascending=False, kind="stable")
                                        .head(top).index)]
    else:
        kept = table
    rows = (kept[["connotation", "name"]].drop_duplicates().sort_values(["connotation", "name"])
            .itertuples(index=False, name=None)) if len(kept) else []
    rows = list(rows)
    ax = base.new_axes(ax, (8, 0.55 * max(1, len(rows)) + 1.6), layout="constrained")
    if not rows:
        return base.empty_message(ax, "The object-name codebook found no names in this corpus")
    cells = kept.set_index(["name", "side"])
    for y, (connotation, name) in enumerate(rows):
        for x, side in enumerate(sides):
            if (name, side) in cells.index:
                row = cells.loc[(name, side)]
                ax.add_patch(Rectangle((x - 0.36, y - 0.42), 0.72, 0.84,
                                       color=style.side_colour(side), zorder=3))
                ax.text(x, y - 0.1, f"{int(row['count']):,}", ha="center", va="center",
                        color="white", fontsize="small", fontweight="bold", zorder=4)
                ax.text(x, y + 0.22, base.count_label(int(row["articles"]), "article"),
                        ha="center", va="center", color="white", fontsize="xx-small", zorder=4)
            else:
                ax.add_patch(Rectangle((x - 0.08, y - 0.08), 0.16, 0.16, color="#E5E5E5"))
        ax.text(len(sides) - 0.45, y, connotation, va="center", fontsize="x-small",
                color="#666666")
    ax.set_xticks(range(len(sides)), sides)
    ax.xaxis.tick_top()
    ax.set_yticks(range(len(rows)), [name for _, name in rows])
    ax.set_xlim(-0.6, len(sides) + 0.9)
    ax.set_ylim(len(rows) - 0.5, -0.5)
    ax.tick_params(length=0)
    for spine in ax.spines.values():
        spine.set_visible(False)
    return ax


@base.chart
def plot_frame_spread(table: pd.DataFrame, ax=None):
    """Frames per side: the pooled rate (dot), the middle half of the articles (thick line)
    and the highest article (thin line), per 100 words of the side's text.

    ``table`` is :func:`helpers.corpus.frame_spread`.  Returns the Axes.
    """
    frames = list(dict.fromkeys(table["frame"])) if len(table) else []
    sides = [s for s in (*codebooks.compared_sides(), codebooks.narrator_side())
             if len(table) and (table["side"] == s).any()]
    ax = base.new_axes(ax, (8, max(3.0, 0.75 * len(frames) + 1.4)), layout="constrained")
    if not frames or table["hits"].sum() == 0:
        return base.empty_message(ax, "No frame words in this corpus")
    step = 0.8 / max(1, len(sides))
    for k, side in enumerate(sides):
        here = table[table["side"] == side].set_index("frame")
        colour = style.side_colour(side)
        for y, frame in enumerate(frames):
            if frame not in here.index:
                continue
            row = here.loc[frame]
            at = y - 0.4 + step * (k + 0.5)
            ax.plot([0, row["max_per_100"]], [at, at], color=colour, linewidth=0.8, alpha=0.6)
            ax.plot([row["q1_per_100"], row["q3_per_100"]], [at, at], color=colour,
                    linewidth=4, solid_capstyle="butt")
            ax.scatter([row["per_100_words"]], [at], color=colour, edgecolor="white", s=40,
                       zorder=3, label=side if y == 0 else None)
            ax.text(row["max_per_100"], at, f" {int(row['with_hits'])}/{int(row['articles'])}",
                    va="center", fontsize="xx-small", color="#555555")
    ax.set_yticks(range(len(frames)), ["\n".join(textwrap.wrap(f, 22)) for f in frames],
                  fontsize="small")
    ax.set_ylim(len(frames) - 0.5, -0.5)
    ax.set_xlim(left=0, right=table["max_per_100"].max() * 1.2 or 1)
    ax.set_xlabel("Frame words per 100 words of the side's text (labels: articles with a "
                  "hit / articles where the side speaks)")
    ax.legend(loc="lower right", fontsize="small")
    return ax


@base.chart
def plot_keyness(table: pd.DataFrame, ax=None, top: int = 8):
    """The strongest keywords of each side over the corpus, as diverging bars of log ratio.

    ``table`` is :func:`helpers.corpus.keyness`.  Bars that are not ``reliable`` (too few
    uses, or a G² below the corpus bar) are faded and hatched; every bar is labelled with its
    counts (a:b) and the articles it comes from.  A line under the chart says how many terms
    are reliable.  Returns the Axes.
    """
    from helpers.corpus import G2_CRITICAL, KEYNESS_FLOOR

    compared = codebooks.compared_sides()
    side_a = table.attrs.get("side_a", compared[0])
    side_b = table.attrs.get("side_b", compared[1])
    ax = base.new_axes(ax, (8, 5.8), layout="constrained")
    if table.empty:
        return base.empty_message(ax, f"Keyness needs text from both {side_a} and {side_b}")
    chosen = pd.concat([table[table["key_for"] == side_a].head(top),
                        table[table["key_for"] == side_b].head(top)]).sort_values(
        "log_ratio", kind="stable")
    for y, row in enumerate(chosen.itertuples(index=False)):
        faint = not row.reliable
        ax.barh(y, row.log_ratio, color=style.side_colour(row.key_for), alpha=0.35 if faint else 1,
                hatch="//" if faint else None, edgecolor="white" if faint else None)
        ax.text(row.log_ratio, y, f" {row.count_a}:{row.count_b} in "
                f"{row.articles_a}:{row.articles_b} art. ", va="center",
                ha="left" if row.log_ratio > 0 else "right", fontsize="xx-small")
    ax.set_yticks(range(len(chosen)), chosen["term"])
    ax.axvline(0, color="#333333", linewidth=0.8)
    lim = max(1.0, chosen["log_ratio"].abs().max() * 1.6)
    ax.set_xlim(-lim, lim)
    reliable = int(table["reliable"].sum())
    ax.set_xlabel(f"Log ratio (← more {side_b} · more {side_a} →); labels: uses and articles, "
                  f"{side_a}:{side_b}\n{reliable:,} of {len(table):,} terms are used "
                  f"{KEYNESS_FLOOR}+ times with G² ≥ {G2_CRITICAL} (solid bars); faded bars "
                  "are not evidence", fontsize="small")
    return ax


@base.chart
def plot_by_group(table: pd.DataFrame, by: str, ax=None, value: str = "mean_share"):
    """Each compared side's mean share of voice per metadata group, with the group's size.

    ``table`` is :func:`helpers.corpus.share_summary` with ``by``.  Returns the Axes.
    """
    a, b = codebooks.compared_sides()
    data = table[table["side"].isin([a, b])] if len(table) else table
    groups = list(dict.fromkeys(data[by])) if len(data) else []
    ax = base.new_axes(ax, (8, max(2.8, 0.62 * len(groups) + 1.4)), layout="constrained")
    if not groups:
        return base.empty_message(ax, f"No groups of articles by {by}")
    for k, side in enumerate((a, b)):
        here = data[data["side"] == side].set_index(by)
        for y, group in enumerate(groups):
            share = float(here.loc[group, value]) * 100
            at = y - 0.2 + 0.4 * k
            ax.barh(at, share, height=0.38, color=style.side_colour(side),
                    label=side if y == 0 else None)
            ax.text(share, at, f" {share:.0f}%", va="center", fontsize="x-small")
    sizes = data.drop_duplicates(by).set_index(by)["articles"]
    ax.set_yticks(range(len(groups)), [f"{g}\n({base.count_label(int(sizes[g]), 'article')})"
                                       for g in groups], fontsize="small")
    ax.set_ylim(len(groups) - 0.5, -0.5)
    ax.set_xlim(0, max(10, data[value].max() * 100 * 1.3))
    ax.set_xlabel(f"Mean share of the article's words (%), articles grouped by {by}")
    ax.legend(loc="lower right", fontsize="small")
    return ax
