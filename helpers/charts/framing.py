"""Charts of how each side tells the story: names, frames, keywords and tone, in whose words.

Each ``plot_*`` takes the table of the same name in :mod:`helpers.framing` (or
:mod:`helpers.keyness`, :mod:`helpers.phrases`) and an optional ``ax``.  A side's own
quoted words are drawn **solid**, the reporter's wording of its claims **hatched**, the
narrator grey; every panel says what it counts and how many words it rests on.
:func:`comparison_figure` puts four panels on one slide.
"""

from __future__ import annotations

import pandas as pd

from helpers import codebooks, style
from helpers.charts import base
from helpers.keyness import G2_CRITICAL

__all__ = ["FEW_WORDS", "G2_CRITICAL", "HATCH", "MANY_DOTS", "comparison_figure",
           "plot_frames", "plot_keyness", "plot_naming", "plot_share", "plot_tone"]

#: The hatching of a side's reported words (the reporter's paraphrase of its claims).
HATCH = "////"
#: A side whose content has fewer words than this gets "few words" next to its n.
FEW_WORDS = 100


def _words_label(side: str, words: int) -> str:
    few = ", few words" if side != "narrator" and words < FEW_WORDS else ""
    return f"{side} ({base.count_label(int(words), 'word')}{few})"


def _below(ax, inches: float):
    """A transform ``inches`` below the Axes' bottom left corner (axes units otherwise)."""
    from matplotlib.transforms import offset_copy

    return offset_copy(ax.transAxes, fig=ax.figure, y=-inches, units="inches")


def _bar(ax, y, left, width, side, whose, height=0.6):
    colour = style.side_colour(side)
    if whose == "reported":
        return ax.barh(y, width, left=left, height=height, facecolor="white", edgecolor=colour,
                       hatch=HATCH, linewidth=1)
    return ax.barh(y, width, left=left, height=height, color=colour)


# ----------------------------------------------------------------------------- share
@base.chart
def plot_share(share: pd.DataFrame, ax=None):
    """Draw each side's words: quoted solid, reported hatched, the narrator grey.

    ``share`` is :func:`helpers.framing.share_of_voice` of one article.  Returns the Axes.
    """
    ax = base.new_axes(ax)
    if share.empty or share["words"].sum() == 0:
        return base.empty_message(ax, "No text to attribute")
    total = share["words"].sum()
    for y, row in enumerate(share.itertuples(index=False)):
        if row.side == "narrator":
            _bar(ax, y, 0, 100 * row.words / total, row.side, "quoted")
        else:
            _bar(ax, y, 0, 100 * row.quoted_words / total, row.side, "quoted")
            _bar(ax, y, 100 * row.quoted_words / total, 100 * row.reported_words / total,
                 row.side, "reported")
        detail = "" if row.side == "narrator" else \
            f": {row.quoted_words:,} quoted, {row.reported_words:,} reported"
        ax.text(100 * row.words / total, y, f" {row.share:.0%} ({row.words:,} words{detail})",
                va="center", fontsize="small")
    ax.set_yticks(range(len(share)), share["side"])
    ax.invert_yaxis()
    ax.set_xlim(0, min(100, 100 * share["share"].max() * 2.3))
    ax.set_xlabel(f"% of the article's {total:,} words: the words of each side's claims\n"
                  "solid: quoted, the side's own words · hatched: reported, the reporter's "
                  "wording", fontsize="small")
    return ax


# ----------------------------------------------------------------------------- naming
@base.chart
def plot_naming(table: pd.DataFrame, ax=None, sides: tuple[str, ...] | None = None,
                empty: str = "The object-name codebook found no names in this article"):
    """Draw a names × sides grid: the count of each name in each side's words.

    A side's cell is split: quoted uses on the left (solid), reported on the right
    (hatched); the narrator's cell is grey.  Rows are grouped by connotation (or, for the
    noun phrases of :func:`helpers.phrases.phrase_table`, by the side that uses them).
    Returns the Axes.
    """
    from matplotlib.patches import Rectangle

    sides = base.sides_in(table["side"] if len(table) else [], sides)
    n_rows = max(1, table["name"].nunique()) if len(table) else 1
    ax = base.new_axes(ax, (8, 0.45 * n_rows + 1.8))
    if table.empty:
        return base.empty_message(ax, empty)
    grid = (table.pivot_table(index=["connotation", "name"], columns=["side", "whose"],
                              values="count", aggfunc="sum", fill_value=0).sort_index())
    order = list(dict.fromkeys(table["connotation"]))
    grid = grid.reindex(sorted(grid.index, key=lambda k: (order.index(k[0]), k[1])))

    def count(counts, side, whose):
        return int(counts.get((side, whose), 0))

    for y, ((connotation, _name), counts) in enumerate(grid.iterrows()):
        for x, side in enumerate(sides):
            parts = [("narrator", count(counts, side, "narrator"), x - 0.32, 0.64)] \
                if side == "narrator" else \
                [("quoted", count(counts, side, "quoted"), x - 0.34, 0.33),
                 ("reported", count(counts, side, "reported"), x + 0.01, 0.33)]
            if not any(n for _, n, _, _ in parts):
                ax.add_patch(Rectangle((x - 0.08, y - 0.08), 0.16, 0.16, color="#E5E5E5"))
                continue
            colour = style.side_colour(side)
            for whose, n, left, width in parts:
                if not n:
                    continue
                solid = whose != "reported"
                ax.add_patch(Rectangle((left, y - 0.36), width, 0.72, zorder=3, linewidth=1,
                                       facecolor=colour if solid else "white", edgecolor=colour,
                                       hatch=None if solid else HATCH))
                ax.text(left + width / 2, y, str(n), ha="center", va="center", zorder=4,
                        color="white" if solid else "#222222", fontsize="small",
                        fontweight="bold",
                        bbox=None if solid else {"facecolor": "white", "edgecolor": "none",
                                                 "pad": 0.5})
        ax.text(len(sides) - 0.45, y, connotation, va="center", fontsize="x-small",
                color="#666666")
    ax.set_xticks(range(len(sides)), [s.replace(" ", "\n") for s in sides])
    ax.xaxis.tick_top()
    headline_only = set(table.groupby("name")["sentence_ids"].agg(
        lambda ids: all(i == "0" for i in ";".join(ids).split(";"))).loc[lambda x: x].index)
    ax.set_yticks(range(len(grid)), [f"{name} (headline)" if name in headline_only else name
                                     for _, name in grid.index])
    ax.set_xlim(-0.6, len(sides) + 0.9)
    ax.set_ylim(len(grid) - 0.5, -0.5)
    ax.tick_params(length=0)
    for spine in ax.spines.values():
        spine.set_visible(False)
    return ax


# ----------------------------------------------------------------------------- frames
def _fired(profile: pd.DataFrame) -> tuple[list[str], list[str]]:
    """Frames with a hit for some side, and the rest (in lexicon order)."""
    totals = profile.groupby("frame", sort=False)["hits"].sum()
    return ([f for f, n in totals.items() if n], [f for f, n in totals.items() if not n])


@base.chart
def plot_frames(profile: pd.DataFrame, ax=None, sides: tuple[str, ...] | None = None):
    """Draw frame hits per 100 words of each side's text, for the frames that fire.

    Each bar is split: hits in the side's quotations solid, in its reported content
    hatched; the hit count is printed, and the legend gives each side's words.  The frames
    no side uses are named in one line under the chart.  Returns the Axes.
    """
    if sides is None:
        present = set(profile["side"]) if len(profile) else set()
        sides = [s for s in (*codebooks.compared_sides(), "other", "narrator") if s in present] or [
            *codebooks.compared_sides(), "narrator"]
    fired, silent = _fired(profile) if len(profile) else ([], [])
    ax = base.new_axes(ax, (8, 0.55 * max(len(fired), 3) + 2))
    if not fired:
        return base.empty_message(ax, "No frame-lexicon words in this article")
    height = 0.8 / len(sides)
    words = profile.groupby("side")["side_words"].first()
    for n, side in enumerate(sides):
        here = profile[profile["side"] == side].set_index("frame").reindex(fired)
        n_words = int(words.get(side, 0))
        for i, frame in enumerate(fired):
            y = i + (n - (len(sides) - 1) / 2) * height
            row = here.loc[frame]
            if not n_words:
                continue
            if side == "narrator":
                _bar(ax, y, 0, 100 * row["hits"] / n_words, side, "quoted", height)
            else:
                q, r = 100 * row["quoted"] / n_words, 100 * row["reported"] / n_words
                _bar(ax, y, 0, q, side, "quoted", height)
                _bar(ax, y, q, r, side, "reported", height)
            ax.text(100 * row["hits"] / n_words, y, f" {int(row['hits'])}", va="center",
                    fontsize="x-small")
    from matplotlib.patches import Patch

    handles = [Patch(color=style.side_colour(s), label=_words_label(s, words.get(s, 0))
                     if words.get(s, 0) else f"{s} (no text)") for s in sides]
    handles += [Patch(facecolor="white", edgecolor="#777777", hatch=HATCH,
                      label="hatched: reported, not quoted")]
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(0, 0), ncol=3,
              bbox_transform=_below(ax, 0.75), fontsize="x-small", frameon=False)
    ax.set_yticks(range(len(fired)), [f.replace(" and ", " &\n", 1) if len(f) > 22 else f
                                      for f in fired])
    ax.invert_yaxis()
    ax.set_xlim(0, ax.get_xlim()[1] * 1.15)
    ax.set_xlabel("Frame words per 100 words of each side's content (number = hits)")
    if silent:
        lines, line = [], "No hits: "
        for k, frame in enumerate(silent):   # wrapped by hand: the text stays in the figure
            piece = frame + (", " if k < len(silent) - 1 else "")
            if len(line) + len(piece) > 95:
                lines.append(line.rstrip())
                line = ""
            line += piece
        ax.text(0, 0, "\n".join([*lines, line]), transform=_below(ax, 1.35), fontsize="x-small",
                color="#555555", va="top")
    return ax


# ----------------------------------------------------------------------------- keyness
@base.chart
def plot_keyness(table: pd.DataFrame, ax=None, top: int = 8, floor: int = 3):
    """Draw the strongest keywords of each side as bars of signed G², by ``key_for``.

    The bar points to the side whose normalised frequency is higher and its length is the
    four-term G²; the dashed lines are 3.84 (p < 0.05 for one test; no correction for the
    many tests of the table).  Bars resting on fewer than ``floor`` tokens, or with G² below
    3.84, are faded and hatched; every bar is labelled with its counts (a:b) and Hardie's
    log ratio (``*``: a zero count taken as 0.5).  Returns the Axes.
    """
    ax = base.new_axes(ax, (8, 5.5))
    compared = codebooks.compared_sides()
    side_a = table.attrs.get("side_a", compared[0])
    side_b = table.attrs.get("side_b", compared[1])
    if table.empty:
        return base.empty_message(ax, f"Keyness needs text from both {side_a} and {side_b}")
    keyed = table[table["key_for"].notna()]
    chosen = pd.concat([keyed[keyed["key_for"] == side_a].head(top),
                        keyed[keyed["key_for"] == side_b].head(top)])
    signed = [g if k == side_a else -g for g, k in zip(chosen["g2"], chosen["key_for"],
                                                        strict=True)]
    chosen = chosen.assign(signed=signed).sort_values(["signed", "term"])
    for y, row in enumerate(chosen.itertuples(index=False)):
        small = row.total < floor or row.g2 < G2_CRITICAL
        ax.barh(y, row.signed, color=style.side_colour(row.key_for),
                alpha=0.35 if small else 1, hatch="//" if small else None,
                edgecolor="white" if small else None)
        star = "*" if row.zero_corrected else ""
        ax.text(row.signed, y, f" {row.count_a}:{row.count_b}, LR {row.log_ratio:+.1f}{star} ",
                va="center", ha="left" if row.signed > 0 else "right", fontsize="x-small")
    ax.set_yticks(range(len(chosen)), chosen["term"])
    ax.axvline(0, color="#333333", linewidth=0.8)
    for x in (G2_CRITICAL, -G2_CRITICAL):
        ax.axvline(x, color="#999999", linewidth=0.8, linestyle="--")
    lim = max(G2_CRITICAL * 1.6, chosen["g2"].max() * 1.6)
    ax.set_xlim(-lim, lim)
    size_a, size_b = table.attrs.get("size_a", 0), table.attrs.get("size_b", 0)
    ax.set_xlabel(f"← key for {side_b} ({size_b:,} content words) · key for {side_a} "
                  f"({size_a:,} content words) →\n"
                  "G², four-term, no multiple-comparison correction (dashed: 3.84)\n"
                  f"labels: count {side_a}:{side_b} and Hardie's log ratio; * a zero count "
                  "taken as 0.5, which can reverse the sign of a 1:0 ratio", fontsize="small")
    return ax


# ----------------------------------------------------------------------------- tone
#: Above this many pieces on one side, :func:`plot_tone` draws small, faint dots.
MANY_DOTS = 200


@base.chart
def plot_tone(scored: pd.DataFrame, ax=None, sides: tuple[str, ...] | None = None):
    """Draw each piece's VADER compound score as a dot, by side, with the side's mean.

    A side's quoted pieces are filled dots, its reported pieces hollow; the label gives the
    mean, the pieces and the words, and how many pieces hold no rated word (score 0).
    Returns the Axes.
    """
    ax = base.new_axes(ax)
    sides = base.sides_in(scored["side"] if len(scored) else [], sides)
    present = [s for s in sides if (scored["side"] == s).any()]
    if not present:
        return base.empty_message(ax, "No voices to score")
    for y, side in enumerate(present):
        here = scored[scored["side"] == side]
        many = len(here) > MANY_DOTS
        colour = style.side_colour(side)
        jitter = [((i % 21 - 10) * 0.028 if many else (i % 5 - 2) * 0.07)
                  for i in range(len(here))]
        hollow = (here["whose"] == "reported").tolist()
        ax.scatter(here["compound"], [y + j for j in jitter], s=6 if many else 44,
                   facecolors=["white" if h else colour for h in hollow], edgecolors=colour,
                   alpha=0.15 if many else 0.9, zorder=3, linewidths=0 if many else 1.5)
        mean = here["compound"].mean()
        ax.plot([mean, mean], [y - 0.3, y + 0.3], color="#222222", linewidth=2, zorder=4)
        zero = int((here["compound"] == 0).sum())
        ax.text(1.02, y, f"mean {mean:+.2f}\n{base.count_label(len(here), 'piece')}, "
                f"{int(here['n_words'].sum()):,} words\n{zero:,} with no rated word",
                va="center", fontsize="x-small", transform=ax.get_yaxis_transform())
    ax.set_yticks(range(len(present)), present)
    ax.invert_yaxis()
    ax.axvline(0, color="#999999", linewidth=0.8, linestyle="--")
    ax.set_xlim(-1.05, 1.05)
    ax.set_xticks([-1, -0.5, 0, 0.5, 1])
    ax.set_xlabel("VADER compound score per piece (−1 negative … +1 positive);\n"
                  "filled: quoted, hollow: reported", fontsize="small")
    return ax


# ----------------------------------------------------------------------------- comparison
def comparison_figure(share: pd.DataFrame, names: pd.DataFrame, profile: pd.DataFrame,
                      scored: pd.DataFrame, title: str, source: str,
                      names_note: str | None = None):
    """Return one figure with the two sides side by side: words, names, frames, tone.

    ``names`` is the topic codebook's naming table, or (when it names nothing in the sides'
    words) the noun-phrase table of :mod:`helpers.phrases`; ``names_note`` then says so in
    the panel's title.
    """
    import matplotlib.pyplot as plt

    fired, _ = _fired(profile) if len(profile) else ([], [])
    n_names = max(1, names["name"].nunique()) if len(names) else 1
    height = max(11.0, 4.2 + 0.42 * max(n_names, 2 * len(fired)) + 4.5)
    # Drawn at a larger base size: this figure is shown whole on one slide.
    with style.house_style(), plt.rc_context({"font.size": 14, "axes.titlesize": 15}):
        fig = plt.figure(figsize=(18, height))
        grid = fig.add_gridspec(2, 2, height_ratios=[max(n_names, 4), max(2 * len(fired), 5)],
                                hspace=0.55, wspace=0.75, top=1 - (3.1 if names_note else 2.6) / height,
                                bottom=2.5 / height,
                                right=0.9)
        plot_share(share, fig.add_subplot(grid[0, 0])).set_title(
            "Who gets the words\nwords of each side's claims: quoted solid, reported hatched",
            loc="left")
        naming_title = "What each side calls the object\n" + (
            names_note or "topic codebook; left: quoted, right: reported")
        plot_naming(names, fig.add_subplot(grid[0, 1])).set_title(
            naming_title, pad=34, loc="left")
        plot_frames(profile, fig.add_subplot(grid[1, 0])).set_title(
            "Frames in each side's content\nhits per 100 words of its claims", loc="left")
        plot_tone(scored, fig.add_subplot(grid[1, 1])).set_title(
            "Tone of each side's words (VADER)\none dot per quoted or reported piece",
            loc="left")
        fig.suptitle(title, x=0.02, ha="left", fontsize=18, fontweight="bold")
        fig.text(0.02, 0.01, source, ha="left", va="bottom", fontsize="small", color="#555555")
    return fig
