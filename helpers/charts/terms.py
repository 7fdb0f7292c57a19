"""Charts of the term tables: frequencies, n-grams, collocations and dispersion.

Bars resting on fewer than ``floor`` occurrences are drawn faded, and the legend says so:
in one article most words are seen once or twice, and ranking them says little.
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from helpers import style
from helpers.charts import base
from helpers.terms import FLOOR

__all__ = ["MAX_PARAGRAPH_BANDS", "plot_collocations", "plot_dispersion", "plot_ngrams",
           "plot_term_frequency"]


_FADED_ALPHA = 0.35


#: Above this many paragraphs the dispersion plot stops shading and numbering each one.
MAX_PARAGRAPH_BANDS = 60




def _one_article(table: pd.DataFrame, article_id: str | None) -> pd.DataFrame:
    if not len(table):
        return table
    article_id = article_id if article_id is not None else table["article_id"].iloc[0]
    return table[table["article_id"] == article_id]


def _floor_legend(ax, floor: int, colour: str, extra: str | None = None,
                  values: pd.Series | None = None) -> None:
    """The legend of the faded bars, in the emptiest corner, or under the chart when every
    bar reaches past half its width (``values``) and no corner is free."""
    from matplotlib.patches import Patch

    handles = [Patch(color=colour, label=f"seen {floor} times or more"),
               Patch(color=colour, alpha=_FADED_ALPHA,
                     label=f"seen fewer than {floor} times: too few to rank")]
    if extra:
        handles.append(Patch(color="none", label=extra))
    crowded = values is not None and len(values) > 3 and values.min() > ax.get_xlim()[1] / 2
    if crowded:
        ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(0, 0), borderaxespad=4,
                  fontsize=9, handlelength=1.2)
    else:
        ax.legend(handles=handles, loc="best", fontsize=9, handlelength=1.2)


def _bars(ax, table: pd.DataFrame, value: str, label: str, colour: str, floor: int,
          annotations: list[str]):
    """Horizontal bars, first row on top, faded where ``count`` is below ``floor``."""
    y = range(len(table))
    below = (table["count"] < floor).tolist()
    ax.barh(list(y), table[value], color=colour)
    for patch, faded in zip(ax.patches, below, strict=True):
        patch.set_alpha(_FADED_ALPHA if faded else 1.0)
    ax.set_yticks(list(y), table[label].tolist())
    ax.invert_yaxis()
    if len(table) < 3:  # one or two bars stay as slim as in a longer chart, not a block
        ax.set_ylim(2.5, -0.5)
    top = table[value].max() if len(table) else 1
    for k, (v, note) in enumerate(zip(table[value], annotations, strict=True)):
        ax.text(v + top * 0.01, k, " " + note, va="center", fontsize=9, color="#333333")
    ax.set_xlim(0, top * 1.18)
    ax.tick_params(axis="y", length=0)


def _thousands(ax) -> None:
    """Large numbers on the x axis: commas and at most five ticks, so the labels never touch.

    Axes that end below 10,000 are left as Matplotlib draws them.
    """
    if ax.get_xlim()[1] < 10_000:
        return
    from matplotlib.ticker import MaxNLocator, StrMethodFormatter

    ax.xaxis.set_major_locator(MaxNLocator(nbins=5, integer=True))
    ax.xaxis.set_major_formatter(StrMethodFormatter("{x:,.0f}"))


def _cut(table: pd.DataFrame, top: int) -> tuple[pd.DataFrame, str | None]:
    """The first ``top`` rows, and a note on how many rows tied with the last one were cut."""
    shown = table.head(top)
    if len(table) <= top or not len(shown):
        return shown, None
    last = shown["count"].iloc[-1]
    left_out = int((table["count"].iloc[top:] == last).sum())
    more = int((table["count"].iloc[top:] < last).sum())
    parts = []
    if left_out:
        parts.append(f"{left_out} more with {last}")
    if more:
        parts.append(f"{more} with fewer")
    return shown, "not shown: " + ", ".join(parts)


@base.chart
def plot_term_frequency(freq: pd.DataFrame, ax=None, *, top: int = 20, floor: int = FLOOR,
                        article_id: str | None = None, colour: str = style.NEUTRAL):
    """Draw the ``top`` terms of :func:`term_frequency` as horizontal bars, most frequent on top.

    Bars below ``floor`` are faded; a second axis on top reads per 1,000 words; the legend
    says how many terms did not fit.  Draws one article (the first, or ``article_id``).

    Returns
    -------
    matplotlib.axes.Axes
        The Axes drawn on (a new figure's when ``ax`` is None); nothing is shown or saved.
    """
    table = _one_article(freq, article_id)
    shown, note = _cut(table, top)
    ax = base.new_axes(ax, (8.0, max(3.0, 0.34 * len(shown) + 1.6)))
    if not len(shown):
        return base.empty_message(ax, "No content words to count.")
    _bars(ax, shown, "count", "label", colour, floor, [f"{c:,}" for c in shown["count"]])
    _thousands(ax)
    words = float(shown["count"].iloc[0] * 1000 / shown["per_1000"].iloc[0])
    secondary = ax.secondary_xaxis("top", functions=(lambda c: c * 1000 / words,
                                                     lambda r: r * words / 1000))
    secondary.set_xlabel("per 1,000 words", fontsize=9, color="#555555")
    secondary.tick_params(labelsize=9, colors="#555555")
    ax.set_xlabel("Occurrences in the article")
    ax.set_title(f"The {len(shown)} most frequent content words", pad=12)
    _floor_legend(ax, floor, colour, note, shown["count"])
    return ax


@base.chart
def plot_ngrams(table: pd.DataFrame, ax=None, *, top: int = 10, min_count: int = 2,
                floor: int = FLOOR, n: int | None = None, article_id: str | None = None,
                colour: str = style.NEUTRAL):
    """Draw the ``top`` n-grams of :func:`ngrams` as horizontal bars; returns the Axes.

    N-grams seen fewer than ``min_count`` times are left out (in a short article most occur
    once, and ten of them picked from a tie say nothing); the legend says how many.  With
    nothing left, the panel says so instead.

    Returns
    -------
    matplotlib.axes.Axes
        The Axes drawn on (a new figure's when ``ax`` is None); nothing is shown or saved.
    """
    table = _one_article(table, article_id)
    n = n if n is not None else (int(table["n"].iloc[0]) if len(table) else 2)
    name = {2: "bigrams", 3: "trigrams"}.get(n, f"{n}-grams")
    rare = int((table["count"] < min_count).sum()) if len(table) else 0
    kept = table[table["count"] >= min_count] if len(table) else table
    shown, note = _cut(kept, top)
    ax = base.new_axes(ax, (8.0, max(3.0, 0.34 * len(shown) + 1.6)))
    ax.set_title({2: "Bigrams (two words)", 3: "Trigrams (three words)"}.get(n, name.capitalize()))
    if not len(shown):
        times = "twice" if min_count == 2 else f"{min_count} times"
        fewer = "only once" if min_count == 2 else f"fewer than {min_count} times"
        # Say which n-grams were counted: :func:`ngrams` applies its edge rule, without
        # which some would repeat ("of both countries").
        message = (f"No {name[:-1]} that passes the edge rule\noccurs {times} or more: "
                   f"all {rare} occur {fewer}." if rare else f"No {name} to count.")
        return base.empty_message(ax, message)
    if rare:
        fewer = f"{rare} seen once" if min_count == 2 else (
            f"{rare} seen fewer than {min_count} times")
        note = f"{note}; {fewer}" if note else f"not shown: {fewer}"
    _bars(ax, shown, "count", "label", colour, floor, [f"{c:,}" for c in shown["count"]])
    ax.xaxis.get_major_locator().set_params(integer=True)
    _thousands(ax)
    ax.set_xlabel("Occurrences")
    _floor_legend(ax, floor, colour, note, shown["count"])
    return ax


@base.chart
def plot_collocations(table: pd.DataFrame, ax=None, *, measure: str = "llr", top: int = 10,
                      floor: int = FLOOR, article_id: str | None = None,
                      colour: str = style.NEUTRAL):
    """Draw the ``top`` pairs of :func:`collocations` ranked by ``"llr"`` or ``"pmi"``.

    Each bar is labelled with its score and, after ×, how often the pair occurs; pairs
    below ``floor`` are faded.

    Returns
    -------
    matplotlib.axes.Axes
        The Axes drawn on (a new figure's when ``ax`` is None); nothing is shown or saved.
    """
    if measure not in ("llr", "pmi"):
        raise ValueError('measure must be "llr" or "pmi"')
    table = _one_article(table, article_id)
    ax = base.new_axes(ax, (8.0, max(3.0, 0.34 * min(top, len(table)) + 1.6)))
    if not len(table):
        return base.empty_message(ax, "No word pair occurs often enough to score.")
    # Scores equal on paper can differ in the last bits; ties go to the more frequent pair.
    shown = (table.assign(_score=table[measure].round(9))
             .sort_values(["_score", "count", "bigram"], ascending=[False, False, True])
             .head(top))
    _bars(ax, shown, measure, "label", colour, floor,
          [f"{v:,.1f}  (×{c:,})" for v, c in zip(shown[measure], shown["count"], strict=True)])
    top_value = shown[measure].max()
    ax.set_xlim(0, top_value * 1.35)
    _thousands(ax)
    ax.set_xlabel("log-likelihood (G²)" if measure == "llr" else "PMI (bits)")
    ax.set_title("By log-likelihood" if measure == "llr" else "By PMI")
    return ax


@base.chart
def plot_dispersion(hits: pd.DataFrame, sentences: pd.DataFrame, ax=None, *,
                    terms: Iterable[str] | None = None, colours: dict[str, str] | None = None,
                    article_id: str | None = None):
    """Draw an x-ray of where each term occurs: one row per term, one tick per occurrence.

    The x axis counts words from the start of the article; every other paragraph is shaded
    (the shading changes halfway between a paragraph's last word and the next one's first, so
    a tick on either word stands in its own paragraph) and the paragraph numbers run along
    the top.  An article of more than :data:`MAX_PARAGRAPH_BANDS` paragraphs is not shaded;
    the top axis then marks where a few evenly spaced paragraphs start.  Ticks are thin, so
    words two apart stay two ticks.  ``terms`` fixes the rows (a term with no hit keeps an
    empty row); ``colours`` maps a term to its colour (default NEUTRAL); the count of each
    term is written at the right.

    Returns
    -------
    matplotlib.axes.Axes
        The Axes drawn on (a new figure's when ``ax`` is None); nothing is shown or saved.
    """
    sentences = _one_article(sentences, article_id)
    art = article_id if article_id is not None else (
        sentences["article_id"].iloc[0] if len(sentences) else None)
    hits = hits[hits["article_id"] == art] if len(hits) else hits
    rows = list(dict.fromkeys(terms)) if terms is not None else list(
        dict.fromkeys(hits["term"]) if len(hits) else [])
    ax = base.new_axes(ax, (10.0, max(3.0, 0.34 * len(rows) + 1.6)))
    if not len(sentences) or not rows:
        return base.empty_message(ax, "Nothing to place: no sentences or no terms.")
    colours = colours or {}
    ends = sentences.groupby("paragraph_id", sort=True)["n_words"].sum().cumsum()
    total = int(ends.iloc[-1])
    starts = [0, *ends.iloc[:-1].tolist()]
    for k, term in enumerate(rows):
        x = hits.loc[hits["term"] == term, "word_index"] if len(hits) else []
        ax.vlines(x, k - 0.38, k + 0.38, color=colours.get(term, style.NEUTRAL), linewidth=1.2)
        ax.text(1.01, k, f"{len(x):,}", transform=ax.get_yaxis_transform(), va="center",
                fontsize=9, color="#333333")
    ax.text(1.01, -0.75, "n", transform=ax.get_yaxis_transform(), va="center", fontsize=9,
            color="#555555", fontweight="bold")
    if not len(hits):
        ax.text(0.5, 0.5, "None of these terms occurs in this article.", ha="center",
                va="center", transform=ax.transAxes, fontsize=12, color="#555555",
                bbox={"facecolor": "white", "edgecolor": "none"})
    many = len(ends) > MAX_PARAGRAPH_BANDS
    if not many:
        for n, (first, last) in enumerate(zip(starts, ends, strict=True)):
            if n % 2:
                ax.axvspan(first + 0.5, last + 0.5, color="#EEEEEE", linewidth=0, zorder=0)
    ax.set_yticks(range(len(rows)), rows)
    ax.set_ylim(len(rows) - 0.5, -0.5)
    pad = max(2.0, total * 0.01)  # keep a tick on the first or last word off the spines
    ax.set_xlim(1 - pad, total + pad)
    ax.tick_params(axis="y", length=0)
    top_axis = ax.secondary_xaxis("top")
    if many:
        # Thousands of bands and labels would be a grey blur and take minutes to draw: mark
        # where a few evenly spaced paragraphs start instead.
        from matplotlib.ticker import MaxNLocator

        picked = [int(n) for n in MaxNLocator(nbins=8, integer=True).tick_values(1, len(ends))
                  if 1 <= n <= len(ends)]
        top_axis.set_ticks([starts[n - 1] + 0.5 for n in picked],
                           [f"{ends.index[n - 1]:,}" for n in picked])
        top_axis.tick_params(length=3, labelsize=8, colors="#555555")
        top_axis.set_xlabel(f"paragraph (of {len(ends):,}; ticks mark where each starts)",
                            fontsize=9, color="#555555")
    else:
        top_axis.set_ticks([(a + b) / 2 for a, b in zip(starts, ends, strict=True)],
                           [str(p) for p in ends.index])
        top_axis.tick_params(length=0, labelsize=8, colors="#555555")
        top_axis.set_xlabel("paragraph", fontsize=9, color="#555555")
    ax.set_xlabel(f"Position in the article (word 1 to {total:,})")
    _thousands(ax)
    ax.set_title("Where the terms fall in the article", pad=10)
    return ax
