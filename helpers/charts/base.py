"""What every chart shares: new axes in the house style, the empty-chart message, labels.

Every ``plot_*`` function in :mod:`helpers.charts` takes a table and an optional ``ax``,
draws, and returns the Axes; it never shows or saves (``figures.save`` does that).  Decorated
with :func:`chart`, a plot function that makes its own figure draws it in the house style
(:data:`helpers.style.RC`) inside a ``matplotlib.rc_context``, so calling it leaves your own
``rcParams`` as they were; given an ``ax``, it draws in that figure's style.

>>> import matplotlib
>>> matplotlib.use("Agg")
>>> from helpers.charts import base
>>> base.count_label(1, "word"), base.count_label(12400, "word")
('1 word', '12,400 words')
"""

from __future__ import annotations

import functools
import inspect

import matplotlib as mpl

from helpers import codebooks, style


def chart(plot):
    """Decorate a ``plot_*(table, ax=None, …)`` function: a new figure gets the house style.

    Only a call that makes its own figure (``ax`` None) is drawn inside
    ``rc_context(style.RC)``; a given Axes keeps its figure's look, so a caller that sets a
    larger font for a whole figure (:func:`helpers.charts.framing.comparison_figure`) keeps it.
    """
    signature = inspect.signature(plot)

    @functools.wraps(plot)
    def draw(*args, **kwargs):
        if signature.bind_partial(*args, **kwargs).arguments.get("ax") is None:
            with mpl.rc_context(style.rc()):
                return plot(*args, **kwargs)
        return plot(*args, **kwargs)

    return draw


def new_axes(ax=None, size: tuple[float, float] = (8, 4.5), *, layout: str | None = None):
    """Return ``ax``, or the Axes of a new figure of ``size`` inches (width, height)."""
    if ax is None:
        import matplotlib.pyplot as plt

        _, ax = plt.subplots(figsize=size, layout=layout)
    return ax


def empty_message(ax, message: str):
    """Say in the chart's own space that there is nothing to draw, hide the axes, return them.

    Every stage's plot functions use it ("No direct quotations in this article"), so an
    article that lacks what a chart needs gets a sentence instead of an empty frame.
    """
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes,
            fontsize=12, color="#555555", wrap=True)
    ax.set_axis_off()
    return ax


def count_label(n: int, noun: str) -> str:
    """``3 words``, ``1 word``, ``12,400 words``."""
    return f"{n:,} {noun}{'' if n == 1 else 's'}"


def text_colour(side: str) -> str:
    """A side's colour for text: the light grey of ``other`` is too faint for letters."""
    return style.side_colour(side) if side in codebooks.compared_sides() else "#707070"


def side_legend(ax, sides, **kwargs) -> None:
    """A legend of coloured patches for the ``sides`` present, in the codebook's order."""
    from matplotlib.patches import Patch

    present = set(sides)
    handles = [Patch(color=style.side_colour(s), label=s) for s in codebooks.actor_sides()
               if s in present]
    if handles:
        ax.legend(handles=handles, **kwargs)


def add_source(fig, text: str) -> None:
    """Write a small source line (e.g. ``article.source_line``) under everything in the figure.

    The line goes below the lowest label the figure already has (x-axis label, tick labels),
    so it never overlaps them, whatever the figure's height.
    """
    renderer = fig.canvas.get_renderer()
    lowest = fig.get_tightbbox(renderer).y0 / fig.get_figheight()  # inches -> figure fraction
    fig.text(0.01, min(lowest, 0.0) - 0.01, text, ha="left", va="top", fontsize=8,
             color="#555555")


def sides_in(present, sides: tuple[str, ...] | None) -> list[str]:
    """The sides to draw: ``sides`` if given, else China, the US, ``other`` and the narrator,
    ``other`` only when it is in ``present``."""
    if sides is not None:
        return list(sides)
    present = set(present)
    return [s for s in (*codebooks.compared_sides(), "other", "narrator") if s != "other" or s in present]
