"""Charts of how each side tells the story: names of the object, frames, keywords, tone.

Each ``plot_*`` takes the table of the same name in :mod:`helpers.framing` and an optional
``ax``; :func:`comparison_figure` puts four panels on one slide.
"""

from __future__ import annotations

import pandas as pd

from helpers import codebooks, style
from helpers.charts import base, voices

__all__ = ["G2_CRITICAL", "MANY_DOTS", "comparison_figure", "plot_frames", "plot_keyness",
           "plot_naming", "plot_tone"]


@base.chart
def plot_naming(table: pd.DataFrame, ax=None, sides: tuple[str, ...] | None = None):
    """Draw a names × sides grid: a square in the side's colour with the count, where used.

    Rows are grouped by connotation, so the reader sees at a glance which side uses the
    surveillance names and which the civilian ones.  The columns are China, the United
    States and the narrator, and ``other`` when its clauses name the object (or ``sides``).
    Returns the Axes.
    """
    sides = base.sides_in(table["side"] if len(table) else [], sides)
    n_rows = max(1, table["name"].nunique()) if len(table) else 1
    ax = base.new_axes(ax, (8, 0.45 * n_rows + 1.6))
    if table.empty:
        return base.empty_message(ax, "The object-name codebook found no names in this article")
    grid = (table.pivot_table(index=["connotation", "name"], columns="side", values="count",
                              aggfunc="sum", fill_value=0)
            .reindex(columns=list(sides), fill_value=0).sort_index())
    from matplotlib.patches import Rectangle

    for y, ((connotation, _name), counts) in enumerate(grid.iterrows()):
        for x, side in enumerate(sides):
            n = int(counts[side])
            if n:  # rectangles in data units scale with the axes, so cells never overlap
                ax.add_patch(Rectangle((x - 0.32, y - 0.36), 0.64, 0.72,
                                       color=style.side_colour(side), zorder=3))
                ax.text(x, y, str(n), ha="center", va="center", color="white", fontsize="medium",
                        fontweight="bold", zorder=4)
            else:
                ax.add_patch(Rectangle((x - 0.08, y - 0.08), 0.16, 0.16, color="#E5E5E5"))
        ax.text(len(sides) - 0.45, y, connotation, va="center", fontsize="x-small",
                color="#666666")
    ax.set_xticks(range(len(sides)), sides)
    ax.xaxis.tick_top()
    headline_only = set(table.groupby("name")["sentence_ids"].agg(
        lambda ids: all(i == "0" for i in ";".join(ids).split(";"))).loc[lambda x: x].index)
    ax.set_yticks(range(len(grid)), [f"{name} (headline)" if name in headline_only else name
                                     for _, name in grid.index])
    ax.set_xlim(-0.6, len(sides) + 0.6)
    ax.set_ylim(len(grid) - 0.5, -0.5)
    ax.tick_params(length=0)
    for spine in ax.spines.values():
        spine.set_visible(False)
    return ax


@base.chart
def plot_frames(profile: pd.DataFrame, ax=None, sides: tuple[str, ...] | None = None):
    """Draw frame hits per 100 words by side (grouped bars, hit counts printed); return the Axes.

    The sides are those of ``profile`` (China, the United States, ``other`` when present, the
    narrator), or ``sides``.  A side with no text has no rate: it gets no number (a printed
    0 is a real zero) and the legend says "no text".
    """
    if sides is None:
        present = set(profile["side"]) if len(profile) else set()
        sides = [s for s in (*codebooks.compared_sides(), "other", "narrator") if s in present] or [
            *codebooks.compared_sides(), "narrator"]
    ax = base.new_axes(ax)
    if profile.empty or profile["hits"].sum() == 0:
        return base.empty_message(ax, "No frame-lexicon words in this article")
    frames = list(dict.fromkeys(profile["frame"]))
    height = 0.8 / len(sides)
    for n, side in enumerate(sides):
        here = profile[profile["side"] == side].set_index("frame").reindex(frames)
        ys = [i + (n - (len(sides) - 1) / 2) * height for i in range(len(frames))]
        rates = here["per_100_words"]
        ax.barh(ys, rates.fillna(0), height=height, color=style.side_colour(side),
                label=f"{side} (no text)" if rates.isna().all() else side)
        for y, rate, hits in zip(ys, rates, here["hits"].fillna(0), strict=True):
            if rate == rate:  # not NaN: the side has text, so 0 is a real zero
                ax.text(rate, y, f" {int(hits)}", va="center", fontsize="x-small")
    ax.set_yticks(range(len(frames)), [f.replace(" and ", " &\n", 1) if len(f) > 22 else f
                                       for f in frames])
    ax.invert_yaxis()
    ax.set_xlabel("Frame words per 100 words of the side's text (number = hits)")
    ax.legend(loc="best")  # lower right on the default article; elsewhere off the bars
    return ax


#: G² above this is "significant at p < 0.05" for one degree of freedom.
G2_CRITICAL = 3.84


@base.chart
def plot_keyness(table: pd.DataFrame, ax=None, top: int = 8, floor: int = 3):
    """Draw the strongest keywords of each side as diverging bars of log ratio.

    Bars resting on fewer than ``floor`` tokens, or with G² below 3.84, are drawn faded and
    hatched; every bar is labelled with its counts (a:b), so a reader sees how little some of
    them rest on.
    """
    ax = base.new_axes(ax, (8, 5.5))
    compared = codebooks.compared_sides()
    side_a = table.attrs.get("side_a", compared[0])
    side_b = table.attrs.get("side_b", compared[1])
    if table.empty:
        return base.empty_message(ax, f"Keyness needs text from both {side_a} and {side_b}")
    chosen = pd.concat([
        table[table["key_for"] == side_a].head(top),
        table[table["key_for"] == side_b].head(top),
    ]).sort_values("log_ratio")
    for y, row in enumerate(chosen.itertuples(index=False)):
        small = row.total < floor or row.g2 < G2_CRITICAL
        ax.barh(y, row.log_ratio, color=style.side_colour(row.key_for), alpha=0.35 if small else 1,
                hatch="//" if small else None, edgecolor="white" if small else None)
        ax.text(row.log_ratio, y, f" {row.count_a}:{row.count_b} ", va="center",
                ha="left" if row.log_ratio > 0 else "right", fontsize="x-small")
    ax.set_yticks(range(len(chosen)), chosen["term"])
    ax.axvline(0, color="#333333", linewidth=0.8)
    ax.set_xlabel(f"Log ratio (← more {side_b} · more {side_a} →); labels: count {side_a}:{side_b}")
    lim = max(1.0, chosen["log_ratio"].abs().max() * 1.35)
    ax.set_xlim(-lim, lim)
    return ax


#: Above this many voices on one side, :func:`plot_tone` draws small, faint dots.
MANY_DOTS = 200


@base.chart
def plot_tone(scored: pd.DataFrame, ax=None, sides: tuple[str, ...] | None = None):
    """Draw each voice's VADER compound score as a dot, by side, with the side's mean.

    Every side with a voice gets a row (``other`` too), unless ``sides`` says which.  A side
    with more than :data:`MANY_DOTS` voices gets small, faint dots spread wider, so where
    they pile up shows.
    """
    ax = base.new_axes(ax)
    sides = base.sides_in(scored["side"] if len(scored) else [], sides)
    present = [s for s in sides if (scored["side"] == s).any()]
    if not present:
        return base.empty_message(ax, "No voices to score")
    for y, side in enumerate(present):
        here = scored[scored["side"] == side]
        many = len(here) > MANY_DOTS
        jitter = [((i % 21 - 10) * 0.028 if many else (i % 5 - 2) * 0.06)
                  for i in range(len(here))]
        ax.scatter(here["compound"], [y + j for j in jitter], color=style.side_colour(side),
                   s=6 if many else 40, alpha=0.15 if many else 0.8, zorder=3,
                   linewidths=0 if many else None)
        mean = here["compound"].mean()
        ax.plot([mean, mean], [y - 0.3, y + 0.3], color="#222222", linewidth=2, zorder=4)
        ax.text(1.02, y, f"mean {mean:+.2f} (n={len(here):,})", va="center", fontsize="small",
                transform=ax.get_yaxis_transform())
    ax.set_yticks(range(len(present)), present)
    ax.invert_yaxis()
    ax.axvline(0, color="#999999", linewidth=0.8, linestyle="--")
    ax.set_xlim(-1.05, 1.05)
    ax.set_xticks([-1, -0.5, 0, 0.5, 1])
    ax.set_xlabel("VADER compound score per voice (−1 negative … +1 positive)")
    return ax


def comparison_figure(share: pd.DataFrame, names: pd.DataFrame, profile: pd.DataFrame,
                      scored: pd.DataFrame, title: str, source: str):
    """Return one figure with the two sides side by side: voice, names, frames, tone."""
    import matplotlib.pyplot as plt

    # Drawn at a larger base size: this figure is shown whole on one slide.
    with style.house_style(), plt.rc_context({"font.size": 14, "axes.titlesize": 16}):
        fig, axes = plt.subplots(2, 2, figsize=(16, 10),
                                 gridspec_kw={"hspace": 0.45, "wspace": 0.6})
        voices.plot_share_of_voice(share, axes[0, 0]).set_title("Who gets the words")
        plot_naming(names, axes[0, 1]).set_title("What each side calls the object", pad=30)
        plot_frames(profile, axes[1, 0]).set_title("Frames per 100 words of each side's text")
        plot_tone(scored, axes[1, 1]).set_title("Tone of each voice (VADER)")
        fig.suptitle(title, x=0.02, ha="left", fontsize=18, fontweight="bold")
        fig.text(0.02, 0.0, source, ha="left", va="top", fontsize="small", color="#555555")
    return fig
