"""What a notebook shows that is not a chart: styled tables, the annotated article, explorers.

* :func:`style_kwic`: a concordance laid out the classic way (a pandas Styler);
* :func:`annotated_html`: the article with every actor mention highlighted in its side's
  colour (also saved as ``figures/<id>/article_annotated.html``);
* three live explorers for JupyterLab (ipywidgets): :func:`kwic_explorer`,
  :func:`annotated_explorer` and :func:`voice_explorer`.

>>> from helpers import display
>>> display.ids_phrase([3, 8], "sentence")
'sentences 3 and 8'
>>> display.ids_phrase(range(1, 31), "paragraph", most=5)
'paragraphs 1, 2, 3, 4, 5 and 25 more'
"""

from __future__ import annotations

import html
import re
from bisect import bisect_left, bisect_right

import pandas as pd

from helpers import codebooks, style, terms
from helpers.article import PARAGRAPH_SEPARATOR, Article

__all__ = ["EXPLORER_ROWS", "KWIC_SHOWN", "annotated_explorer", "annotated_html", "fill_output",
           "ids_phrase", "kwic_explorer", "style_kwic", "voice_explorer"]


def ids_phrase(ids, noun: str | None = None, most: int = 10) -> str:
    """Name ids the way a sentence does: "sentence 4", "sentences 1, 4 and 7".

    A long article can have hundreds of ties: past ``most`` ids only the first ``most`` are
    named, "and 25 more".  ``noun`` (singular) goes in front, made plural when there are two
    or more; without it just the numbers are returned.
    """
    names = [str(i) for i in ids]
    if not names:
        return f"no {noun}s" if noun else "none"
    lead = "" if noun is None else f"{noun} " if len(names) == 1 else f"{noun}s "
    if len(names) == 1:
        return lead + names[0]
    if len(names) > most:
        return f"{lead}{', '.join(names[:most])} and {len(names) - most:,} more"
    return f"{lead}{', '.join(names[:-1])} and {names[-1]}"


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


#: Concordance lines :func:`style_kwic` shows; the concordance table itself keeps them all.
KWIC_SHOWN = 50


def style_kwic(concordance: pd.DataFrame, max_rows: int | None = KWIC_SHOWN):
    """Return a pandas Styler that shows a concordance the classic way.

    Left context right-aligned, keyword bold and centred, right context left-aligned.  A
    Styler shows every row it is given (pandas' display limit does not apply to it), so
    only the first ``max_rows`` lines are styled, with a caption saying how many there are
    (``None``: all of them).

    Returns
    -------
    pandas.io.formats.style.Styler
        The columns ``sentence_id``, ``left``, ``keyword``, ``right``, without the index.
    """
    shown = concordance[["sentence_id", "left", "keyword", "right"]]
    cut = max_rows is not None and len(shown) > max_rows
    if cut:
        shown = shown.head(max_rows)
    # A Styler writes cell text into HTML as it is: escape it, so an article containing
    # "<svg onload=…>" shows those characters instead of running them.
    styler = (shown.style.format(escape="html").hide(axis="index")
              .set_properties(subset=["left"], **{"text-align": "right"})
              .set_properties(subset=["keyword"], **{"text-align": "center",
                                                    "font-weight": "bold"})
              .set_properties(subset=["right"], **{"text-align": "left"}))
    if cut:
        styler = styler.set_caption(f"The first {max_rows:,} of {len(concordance):,} lines "
                                    "(the concordance table holds them all)")
    return styler


def kwic_explorer(tokens_or_sentences, term: str = "balloon", window: int = 5):
    """Build a live concordance: a text box, a window slider, a sort menu and a regex switch.

    Returns
    -------
    ipywidgets.VBox
        Display it in JupyterLab; the table below the controls follows every change.
    """
    import ipywidgets as widgets

    tok = terms._as_tokens(tokens_or_sentences)
    box = widgets.Text(value=term, description="Term", continuous_update=False,
                       placeholder="word, phrase or regex")
    slider = widgets.IntSlider(value=window, min=1, max=15, description="Window")
    # ipywidgets reads an option whose value is None as "nothing selected", so the menu
    # would show blank: "text" stands for kwic's sort=None.
    order = widgets.Dropdown(options=[("text order", "text"), ("left word", "left"),
                                      ("right word", "right")], value="text", description="Sort by")
    is_regex = widgets.Checkbox(value=False, description="regex")
    out = widgets.Output()

    def refresh(*_):
        try:
            table = terms.kwic(tok, box.value, slider.value, regex=is_regex.value,
                         sort=None if order.value == "text" else order.value)
        except (ValueError, re.error) as err:
            fill_output(out, f"Cannot search: {err}")
            return
        fill_output(out, f"{len(table)} match(es) for {box.value!r}",
                          style_kwic(table) if len(table) else None)

    for control in (box, slider, order, is_regex):
        control.observe(refresh, names="value")
    refresh()
    return widgets.VBox([widgets.HBox([box, is_regex]), widgets.HBox([slider, order]), out])






_CSS = """
.actor-annotated { font-family: Georgia, "Times New Roman", serif; font-size: 18px;
  line-height: 1.7; color: #1a1a1a; max-width: 46em; }
.actor-annotated h1 { font-family: Helvetica, Arial, sans-serif; font-size: 1.4em;
  margin: 0 0 0.2em; }
.actor-annotated .source { font-family: Helvetica, Arial, sans-serif; font-size: 0.75em;
  color: #555; margin: 0 0 1em; }
.actor-annotated .legend { font-family: Helvetica, Arial, sans-serif; font-size: 0.8em;
  margin: 0 0 1.2em; padding: 0.5em 0.8em; border: 1px solid #ddd; border-radius: 4px; }
.actor-annotated .legend span.key { margin-right: 1.2em; white-space: nowrap; }
.actor-annotated p { margin: 0 0 0.9em; }
.actor-annotated .para { font-family: Helvetica, Arial, sans-serif; font-size: 0.65em;
  color: #888; margin-right: 0.5em; }
.actor-annotated mark { padding: 0 0.12em; border-radius: 2px; color: inherit; }
.actor-annotated mark.in-quote { font-style: italic; }
"""


def _side_class(side: str) -> str:
    return "side-" + re.sub(r"[^a-z]+", "-", side.lower()).strip("-")


def annotated_html(article: Article, mention_table: pd.DataFrame, *,
                   standalone: bool = True, max_paragraphs: int | None = None) -> str:
    """Return the article as HTML with every mention highlighted in its side's colour.

    Each highlight has a tooltip (``title``) with the actor, side, kind and rule; a legend
    counts the mentions per side.  The HTML has no scripts and loads nothing from the web;
    the same input gives the same string.

    Parameters
    ----------
    article
        The loaded article (its body is what the mention offsets point into).
    mention_table
        The table from :func:`mentions` for this article (other articles' rows are ignored).
    standalone
        ``True``: a whole HTML document, to save as a file.  ``False``: a ``<div>`` whose
        styles apply only inside it, to show in a notebook.
    max_paragraphs
        Show only the first ``max_paragraphs`` paragraphs, with a line saying how many there
        are (the legend still counts the whole article's mentions): a notebook cannot show
        a book-length article.  ``None``: every paragraph.

    Returns
    -------
    str
    """
    body = article.body
    own = (mention_table[mention_table["article_id"] == article.id].sort_values("start")
           if not mention_table.empty else mention_table)
    sides = codebooks.actor_sides()
    tints, underlines = style.side_colours("tint"), style.side_colours("underline")
    side_css = "".join(
        f".actor-annotated .{_side_class(s)} {{ background: {tints[s]}; "
        f"border-bottom: 3px solid {underlines[s]}; }}\n" for s in sides)
    counts = own["side"].value_counts() if not own.empty else pd.Series(dtype="int64")
    legend = " ".join(
        f'<span class="key"><mark class="{_side_class(s)}">{html.escape(s)}</mark> '
        f"{int(counts.get(s, 0))} mention{'s' if counts.get(s, 0) != 1 else ''}</span>"
        for s in sides)
    legend += ('<br><span class="key">Hover over a highlight to see the actor and the rule; '
               "<i>italic</i> = inside a quotation.</span>")

    paragraphs_html = []
    start = 0
    marks = list(own[["start", "end", "actor", "name", "side", "kind", "rule", "in_quote"]]
                 .itertuples(index=False)) if not own.empty else []
    mark_starts = [m.start for m in marks]  # sorted: ``own`` is sorted by start
    shown = article.paragraphs if max_paragraphs is None else article.paragraphs[:max_paragraphs]
    for number, paragraph in enumerate(shown, start=1):
        end = start + len(paragraph)
        pieces, cursor = [], start
        # Only the marks that start inside this paragraph: looking at every mark for every
        # paragraph took minutes on a long article.
        for m in marks[bisect_left(mark_starts, start):bisect_right(mark_starts, end)]:
            if m.start < start or m.end > end:
                continue
            pieces.append(html.escape(body[cursor:m.start]))
            tip = f"{m.name} ({m.actor}) · {m.side} · {m.kind} · {m.rule}"
            if m.in_quote:
                tip += " · in a quotation"
            classes = _side_class(m.side) + (" in-quote" if m.in_quote else "")
            pieces.append(f'<mark class="{classes}" title="{html.escape(tip)}">'
                          f"{html.escape(body[m.start:m.end])}</mark>")
            cursor = m.end
        pieces.append(html.escape(body[cursor:end]))
        paragraphs_html.append(f'<p><span class="para">¶{number}</span>{"".join(pieces)}</p>')
        start = end + len(PARAGRAPH_SEPARATOR)
    hidden = len(article.paragraphs) - len(shown)
    if hidden:
        paragraphs_html.append(
            f'<p class="source">… {hidden:,} more paragraph{"s" if hidden != 1 else ""} not '
            f"shown here: paragraphs 1–{len(shown):,} of {len(article.paragraphs):,}.</p>")

    title = html.escape(article.title or article.id)
    styles = f"<style>{_CSS}{side_css}</style>\n"
    fragment = (
        '<div class="actor-annotated">\n' + ("" if standalone else styles)
        + f"<h1>{title}</h1>\n"
        f'<p class="source">{html.escape(article.source_line)} · actor mentions found with '
        f"the workbook's codebook (data/actors.csv)</p>\n"
        f'<div class="legend">{legend}</div>\n' + "\n".join(paragraphs_html) + "\n</div>\n"
    )
    if not standalone:
        return fragment
    return ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            f"<title>Actors · {title}</title>\n{styles}</head>\n<body>\n{fragment}</body>\n</html>\n")


def annotated_explorer(article: Article, mention_table: pd.DataFrame,
                       max_paragraphs: int | None = 200):
    """Build a live annotated article: choose the sides and the actors to highlight.

    Returns
    -------
    ipywidgets.VBox
        Two multiple-choice lists (sides, actors) and the article below them, redrawn with
        :func:`annotated_html` on every change.  Display it in JupyterLab.
    """
    import ipywidgets as widgets
    from IPython.display import HTML

    own = mention_table[mention_table["article_id"] == article.id]
    counts = own.groupby(["actor", "name"]).size().sort_values(ascending=False)
    side_choice = widgets.SelectMultiple(options=sorted(own["side"].unique()),
                                         value=tuple(sorted(own["side"].unique())),
                                         description="Sides", rows=3)
    actor_choice = widgets.SelectMultiple(
        options=[(f"{name} ({n})", actor) for (actor, name), n in counts.items()],
        value=tuple(actor for actor, _ in counts.index), description="Actors", rows=6)
    out = widgets.Output()

    def refresh(*_):
        shown = own[own["side"].isin(side_choice.value) & own["actor"].isin(actor_choice.value)]
        fill_output(out, f"{len(shown)} of {len(own)} mentions highlighted",
                          HTML(annotated_html(article, shown, standalone=False,
                                              max_paragraphs=max_paragraphs)))

    side_choice.observe(refresh, names="value")
    actor_choice.observe(refresh, names="value")
    refresh()
    return widgets.VBox([widgets.HBox([side_choice, actor_choice]), out])


#: Rows the voice explorer shows at most (the table it filters keeps them all).
EXPLORER_ROWS = 50


def voice_explorer(voice_table: pd.DataFrame):
    """Build a live voice table: pick a side and a cue, and see the clauses that match.

    Returns
    -------
    ipywidgets.VBox
        Display it in JupyterLab; the table below the menus follows every change.
    """
    import ipywidgets as widgets

    sides = ["all", *dict.fromkeys(voice_table["side"])]
    cues = ["all", *sorted({c.lower() for c in voice_table["cue"] if c})]
    side_menu = widgets.Dropdown(options=sides, value="all", description="Side")
    cue_menu = widgets.Dropdown(options=cues, value="all", description="Cue")
    out = widgets.Output()

    def refresh(*_):
        shown = voice_table
        if side_menu.value != "all":
            shown = shown[shown["side"] == side_menu.value]
        if cue_menu.value != "all":
            shown = shown[shown["cue"].str.lower() == cue_menu.value]
        fill_output(
            out, f"{len(shown)} of {len(voice_table)} rows"
            + (f"; the first {EXPLORER_ROWS} shown" if len(shown) > EXPLORER_ROWS else ""),
            shown[["sentence_id", "clause_id", "side", "speaker", "cue", "text"]]
            .head(EXPLORER_ROWS))

    side_menu.observe(refresh, names="value")
    cue_menu.observe(refresh, names="value")
    refresh()
    return widgets.VBox([widgets.HBox([side_menu, cue_menu]), out])
