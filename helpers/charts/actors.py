"""Charts of the actor tables: mentions per actor, sides through the story, co-occurrence.

Every bar and name is in its side's colour (``data/sides.csv``).
"""

from __future__ import annotations

import pandas as pd

from helpers import codebooks, style
from helpers.actors import actor_counts
from helpers.charts import base

__all__ = ["MAX_PARAGRAPH_BARS", "PARAGRAPH_GROUPS", "plot_actor_mentions", "plot_cooccurrence",
           "plot_side_by_paragraph"]


@base.chart
def plot_actor_mentions(mention_table: pd.DataFrame, ax=None, *, top: int | None = None):
    """Draw mentions per actor as horizontal bars, most mentioned on top, coloured by side.

    Parameters
    ----------
    mention_table
        The table from :func:`mentions` (one row per mention).
    ax
        Axes to draw on; a new figure sized to the number of actors when ``None``.
    top
        Draw only the ``top`` most mentioned actors.

    Returns
    -------
    matplotlib.axes.Axes
    """
    counts = actor_counts(mention_table)
    if top is not None:
        counts = counts.head(top)
    ax = base.new_axes(ax, (8, max(3.0, 0.34 * len(counts) + 1.4)), layout="constrained")
    if counts.empty:
        return base.empty_message(ax, "No actor mentions found: check the codebook.")
    colours = [style.side_colour(s) for s in counts["side"]]
    ax.barh(counts["name"], counts["mentions"], color=colours)
    ax.invert_yaxis()
    for y, n in enumerate(counts["mentions"]):
        ax.text(n, y, f" {n:,}", va="center", fontsize=9)
    ax.set_xlabel("Mentions")
    ax.margins(x=0.08)
    ax.xaxis.get_major_locator().set_params(integer=True)
    base.side_legend(ax, counts["side"], loc="best", title="Side")
    return ax


#: Above this many paragraphs, :func:`plot_side_by_paragraph` draws groups of paragraphs.
MAX_PARAGRAPH_BARS = 60


#: How many groups of consecutive paragraphs it then draws.
PARAGRAPH_GROUPS = 50


@base.chart
def plot_side_by_paragraph(table: pd.DataFrame, ax=None, *,
                           max_bars: int = MAX_PARAGRAPH_BARS, groups: int = PARAGRAPH_GROUPS):
    """Draw mentions per side in each paragraph as stacked bars, in story order.

    ``table`` is :func:`side_by_paragraph`'s (one article).  An article of more than
    ``max_bars`` paragraphs is drawn as ``groups`` groups of consecutive paragraphs of
    (nearly) equal size, one bar each, and the axis says so.  Returns the Axes.
    """
    ax = base.new_axes(ax, (8, 4.5), layout="constrained")
    if table.empty or table["mentions"].sum() == 0:
        return base.empty_message(ax, "No actor mentions to place in the story.")
    wide = (table.pivot_table(index="paragraph_id", columns="side", values="mentions",
                              aggfunc="sum", fill_value=0)
            .reindex(columns=[s for s in codebooks.actor_sides() if s in set(table["side"])], fill_value=0))
    grouped = len(wide) > max_bars
    if grouped:
        import numpy as np

        parts = [part for part in np.array_split(np.arange(len(wide)), groups) if len(part)]
        first = [int(wide.index[part[0]]) for part in parts]
        last = [int(wide.index[part[-1]]) for part in parts]
        wide = pd.DataFrame([wide.iloc[part].sum() for part in parts],
                            index=range(1, len(parts) + 1))
    bottom = pd.Series(0, index=wide.index)
    for side in wide.columns:
        if wide[side].sum() == 0:
            continue
        ax.bar(wide.index, wide[side], bottom=bottom, color=style.side_colour(side),
               label=side, width=0.75)
        bottom = bottom + wide[side]
    if grouped:
        shown = list(range(0, len(wide), max(1, len(wide) // 6)))
        ax.set_xticks([k + 1 for k in shown], [f"{first[k]:,}–{last[k]:,}" for k in shown],
                      fontsize=9)
        sizes = sorted({b - a + 1 for a, b in zip(first, last, strict=True)})
        size = f"{sizes[0]:,}" if len(sizes) == 1 else f"{sizes[0]:,}–{sizes[-1]:,}"
        ax.set_xlabel(f"Paragraphs, in {len(wide)} groups of {size} "
                      f"(of {last[-1]:,} paragraphs; story order →)")
    elif len(wide) <= 25:
        ax.set_xticks(list(wide.index))
    else:
        ax.xaxis.get_major_locator().set_params(integer=True)
    if not grouped:
        ax.set_xlabel("Paragraph (story order →)")
    ax.set_ylabel("Mentions")
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.legend(title="Side", loc="upper right", ncols=3)
    ax.set_ylim(0, bottom.max() * 1.3 + 0.5)
    return ax


@base.chart
def plot_cooccurrence(table: pd.DataFrame, ax=None):
    """Draw :func:`cooccurrence`'s table as a heat map with the counts in the cells.

    Actor names are coloured by side.  The diagonal (sentences mentioning the actor at all)
    is hatched, its number on a white patch, so the eye goes to the pairs.  A new figure
    (``ax`` None) is sized so the cells come out square, with room for a title and no blank
    band between the labels and whatever is added below them.  Returns the Axes.
    """
    import numpy as np
    from matplotlib.patches import Rectangle

    names = list(dict.fromkeys(table["name_a"])) if not table.empty else []
    created = ax is None
    ax = base.new_axes(ax, (8, max(3.5, 0.42 * len(names) + 1.8)), layout="constrained")
    if len(names) < 2:
        return base.empty_message(ax, "Fewer than two actors: nothing co-occurs.")
    sides = dict(zip(table["name_a"], table["side_a"], strict=False))
    matrix = (table.pivot(index="name_a", columns="name_b", values="sentences")
              .reindex(index=names, columns=names))
    values = matrix.to_numpy(dtype=float)
    off = values.copy()
    np.fill_diagonal(off, np.nan)
    peak = max(3.0, np.nanmax(off))  # a single shared sentence stays a light cell
    ax.imshow(np.ma.masked_invalid(off), cmap="Greys", vmin=0, vmax=peak * 1.15,
              aspect="auto" if created else "equal")
    # Five digits do not fit in a cell: above 9,999 every count of 1,000 or more is shown
    # in thousands ("12k", "2.2k"); the CSV keeps the exact numbers.
    compact = np.nanmax(values) >= 10_000

    def shown(n: int) -> str:
        if not compact or n < 1000:
            return str(n)
        return f"{n / 1000:.0f}k" if n >= 9950 else f"{n / 1000:.1f}k"

    for i in range(len(names)):
        for j in range(len(names)):
            n = int(values[i, j])
            if i == j:
                ax.add_patch(Rectangle(
                    (j - 0.5, i - 0.5), 1, 1, fill=False, edgecolor="#999999", hatch="///",
                    linewidth=0))
                ax.text(j, i, shown(n), ha="center", va="center", fontsize=9, color="#222222",
                        bbox={"boxstyle": "round,pad=0.25", "facecolor": "white",
                              "edgecolor": "none"})
            elif n:
                ax.text(j, i, shown(n), ha="center", va="center", fontsize=9,
                        color="white" if n > peak * 0.55 else "black")
    ax.set_xticks(range(len(names)), names, rotation=45, ha="right", rotation_mode="anchor")
    ax.set_yticks(range(len(names)), names)
    for label in [*ax.get_xticklabels(), *ax.get_yticklabels()]:
        label.set_color(base.text_colour(sides.get(label.get_text(), "other")))
    ax.tick_params(length=0)
    for spine in ax.spines.values():
        spine.set_visible(False)
    ax.set_xticks(np.arange(-0.5, len(names)), minor=True)
    ax.set_yticks(np.arange(-0.5, len(names)), minor=True)
    ax.grid(which="minor", color="white", linewidth=1.5)
    ax.tick_params(which="minor", length=0)
    if created:
        _fit_square_cells(ax, len(names))
    return ax


def _fit_square_cells(ax, n: int, *, width: float = 8.0, largest_cell: float = 0.6,
                      title_room: float = 0.45) -> None:
    """Size a constrained-layout figure so that ``ax`` holds ``n`` × ``n`` square cells.

    The labels around a heat map take room that depends on the names, so the figure is laid
    out, measured and resized (the labels keep their size, so this settles in two rounds).
    Cells fill ``width`` inches, but are never wider than ``largest_cell``; ``title_room``
    inches are added on top for the title the caller sets.
    """
    fig = ax.figure
    for _ in range(3):
        fig.draw_without_rendering()
        box = ax.get_position()
        label_width = fig.get_figwidth() * (1 - box.width)
        label_height = fig.get_figheight() * (1 - box.height)
        cell = min(largest_cell, (width - label_width) / n)
        size = (label_width + n * cell, label_height + n * cell)
        if abs(size[0] - fig.get_figwidth()) < 0.01 and abs(size[1] - fig.get_figheight()) < 0.01:
            break
        fig.set_size_inches(*size)
    fig.set_figheight(fig.get_figheight() + title_room)
