"""The house look of every chart: one colour per side, set in code (not a named style).

Colours are Okabe–Ito, safe for the common kinds of colour blindness: vermillion for China,
blue for the United States, grey for the narrator and everyone else.  ``apply()`` sets
Matplotlib's rcParams once; ``helpers.figures`` calls it, so a notebook never has to.

>>> from helpers.style import SIDE_COLOURS
>>> SIDE_COLOURS["China"], SIDE_COLOURS["United States"]
('#D55E00', '#0072B2')
"""

from __future__ import annotations

import matplotlib as mpl

SIDE_COLOURS = {
    "China": "#D55E00",          # Okabe–Ito vermillion
    "United States": "#0072B2",  # Okabe–Ito blue
    "narrator": "#999999",       # grey
    "other": "#BBBBBB",          # light grey
}
#: Colour for charts that are about no side in particular (term frequency, sentence length).
NEUTRAL = "#4D4D4D"
#: Okabe–Ito's further colours, for categories that are not sides (frames, terms).
PALETTE = ["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#CC79A7", "#000000"]

SIDES = ("China", "United States", "narrator", "other")

RC = {
    "figure.figsize": (8, 4.5),        # 16:9, a slide
    "figure.dpi": 100,
    "savefig.dpi": 200,
    "savefig.bbox": "tight",
    "savefig.pad_inches": 0.15,
    "font.family": "DejaVu Sans",      # ships with Matplotlib: same glyphs on every machine
    "font.size": 11,
    "axes.titlesize": 13,
    "axes.titleweight": "bold",
    "axes.titlelocation": "left",
    "axes.labelsize": 11,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": False,
    "axes.prop_cycle": mpl.cycler(color=[SIDE_COLOURS["China"], SIDE_COLOURS["United States"],
                                         *PALETTE]),
    "legend.frameon": False,
    "svg.fonttype": "path",            # text as outlines: the SVG looks the same everywhere
    "svg.hashsalt": "framing-workbook",  # fixed ids, so the SVG is the same bytes every save
}


def apply() -> None:
    """Set the workbook's rcParams (idempotent)."""
    mpl.rcParams.update(RC)


def side_colour(side: str) -> str:
    """Return the colour of a side (``China``, ``United States``, ``narrator``, ``other``)."""
    return SIDE_COLOURS.get(side, SIDE_COLOURS["other"])


def empty_message(ax, message: str):
    """Say in the chart's own space that there is nothing to draw, hide the axes, return them.

    Every stage's plot functions use it ("No direct quotations in this article"), so an
    article that lacks what a chart needs gets a sentence instead of an empty frame.
    """
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes,
            fontsize=12, color="#555555", wrap=True)
    ax.set_axis_off()
    return ax


def fill_output(out, line: str, obj=None) -> None:
    """Replace what an ipywidgets ``Output`` shows: one line of text and, optionally, an object.

    The explorers set the widget's outputs directly rather than capturing prints with
    ``with out:``, because that capture can stall a headless run (the notebook client waits
    for messages that never come), and because the shown text can then be read back in tests
    from ``out.outputs``.
    """
    out.outputs = ()
    out.append_stdout(line + "\n")
    if obj is not None:
        out.append_display_data(obj)
