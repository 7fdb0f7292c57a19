"""The house look of every chart, set in code (not a named style), and each side's colour.

The sides and their colours live in ``data/sides.csv`` (Okabe–Ito, safe for the common kinds
of colour blindness: vermillion for China, blue for the United States, greys for the narrator
and everyone else); edit that file to change them everywhere.  Importing this module changes
nothing: chart code draws inside ``house_style()``, and a notebook that wants its own charts
in the same look calls ``apply()`` once.

>>> from helpers.style import side_colour
>>> side_colour("China"), side_colour("United States"), side_colour("anyone else")
('#D55E00', '#0072B2', '#BBBBBB')
"""

from __future__ import annotations

import matplotlib as mpl

from helpers import codebooks

#: Colour for charts that are about no side in particular (term frequency, sentence length).
NEUTRAL = "#4D4D4D"
#: Okabe–Ito's further colours, for categories that are not sides (frames, terms).
PALETTE = ["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#CC79A7", "#000000"]

#: The fonts an SVG names for its text, in order: DejaVu Sans (which draws the PNG, since it
#: ships with Matplotlib) where it is installed, else the metric-compatible Liberation Sans
#: (LibreOffice's own), Arial (Windows, macOS) or Helvetica, else any sans-serif.  Inkscape
#: (through Pango) and LibreOffice Draw take the first one the machine has.
FONT_STACK = ["DejaVu Sans", "Liberation Sans", "Arial", "Helvetica"]

RC = {
    "figure.figsize": (8, 4.5),        # 16:9, a slide
    "figure.dpi": 100,
    "savefig.dpi": 200,
    "savefig.bbox": "tight",
    "savefig.pad_inches": 0.15,
    # DejaVu Sans ships with Matplotlib: the PNG has the same glyphs on every machine.  The
    # generic family lets the SVG name the whole stack ('DejaVu Sans', …, sans-serif) without
    # a "font not found" warning for the fonts this machine lacks.
    "font.family": "sans-serif",
    "font.sans-serif": FONT_STACK,
    "font.size": 11,
    "axes.titlesize": 13,
    "axes.titleweight": "bold",
    "axes.titlelocation": "left",
    "axes.labelsize": 11,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": False,
    "legend.frameon": False,
    "svg.fonttype": "none",            # text as <text>, editable in Inkscape and LibreOffice
    "svg.hashsalt": "framing-workbook",  # fixed ids, so the SVG is the same bytes every save
}


def _colours(column: str) -> dict[str, str]:
    return {row["side"]: row[column] for row in codebooks.side_table()}


def side_colour(side: str) -> str:
    """Return the colour of a side in ``data/sides.csv``; any other label gets ``other``'s."""
    colours = _colours("colour")
    return colours.get(side, colours[codebooks.other_side()])


def side_colours(column: str = "colour") -> dict[str, str]:
    """Return ``{side: colour}`` from ``data/sides.csv`` (``column``: colour, tint, underline,
    text_colour)."""
    return _colours(column)


def rc() -> dict:
    """The house rcParams, with the colour cycle starting at the two compared sides."""
    first, second = (side_colour(s) for s in codebooks.compared_sides())
    return {**RC, "axes.prop_cycle": mpl.cycler(color=[first, second, *PALETTE])}


def house_style():
    """A ``matplotlib.rc_context`` with the house look; your rcParams come back after it."""
    return mpl.rc_context(rc())


def apply() -> None:
    """Set the house look for the rest of the session (notebooks call it once, in their
    setup cell, so your own charts match the workbook's)."""
    mpl.rcParams.update(rc())
