"""The coding widget: code an article's sentences and quotations by hand, one row at a time.

A :class:`CodingSession` holds a coding sheet (:mod:`helpers.agreement`) and where the coder
is; every code is written to the sheet's file at once (atomically), so closing the notebook
loses nothing and the next session starts at the first row not coded yet.  The rules' answer
for a row stays hidden until that row is coded.  :func:`coding_widget` puts a session into
JupyterLab (ipywidgets): the row in its context, one button per code, and a key box: type
``1``–``4`` or a code's first letter and press Enter.

>>> import pandas as pd
>>> units = pd.DataFrame({"article_id": ["a"] * 2, "unit_id": ["S1", "S2"],
...                       "unit": ["sentence"] * 2, "sentence_id": [1, 2], "quote_id": [pd.NA] * 2,
...                       "start": [0, 10], "end": [9, 20], "text": ["One says.", "Two acts."]})
>>> session = CodingSession(units, path=None)
>>> session.code("c"), session.position, session.coded()
('China', 1, 1)
"""

from __future__ import annotations

import html
from pathlib import Path

import pandas as pd

from helpers import agreement, codebooks

__all__ = ["CodingSession", "coding_widget"]


class CodingSession:
    """A coder's place in a sheet: which row, which codes; saved on every change.

    Parameters
    ----------
    unit_table
        From :func:`helpers.agreement.units`.
    path
        The sheet's file (:func:`helpers.agreement.sheet_path`); read when it exists, written
        on every code.  ``None`` keeps the codes in memory only.
    coder
        The coder's name, written into the sheet.
    rules
        From :func:`helpers.agreement.rule_codes`: the answer shown once a row is coded.

    Raises
    ------
    helpers.agreement.SheetError
        When the file exists but cannot be read (one sentence naming the file and the row).
    """

    def __init__(self, unit_table: pd.DataFrame, path: str | Path | None, coder: str = "",
                 rules: pd.DataFrame | None = None):
        self.units = unit_table.reset_index(drop=True)
        self.path = None if path is None else Path(path)
        filled = agreement.read_sheet(self.path, self.units) if self.path and self.path.exists() \
            else None
        self.sheet = agreement.sheet(self.units, coder=coder, filled=filled)
        if filled is not None:  # rows of the same article beyond these units are written back
            self.sheet.attrs["outside"] = filled.attrs.get("outside")
        if coder:
            self.sheet["coder"] = coder
        self.rules = None if rules is None else rules.set_index("unit_id")
        self.position = self.next_uncoded(0)
        self.last: int | None = None  # the row coded last, whose answer the widget shows

    # -- where
    def coded(self) -> int:
        """How many rows have a code (``?`` counts: the coder decided it is undecidable)."""
        return int((self.sheet["code"] != "").sum())

    def next_uncoded(self, start: int | None = None) -> int:
        """The first row at or after ``start`` (default: after this one) with no code yet,
        else the first uncoded row from the top, else the last row."""
        start = self.position + 1 if start is None else start
        empty = [k for k, code in enumerate(self.sheet["code"]) if code == ""]
        later = [k for k in empty if k >= start]
        return later[0] if later else empty[0] if empty else len(self.sheet) - 1

    def go(self, step: int) -> int:
        """Move ``step`` rows (±1), staying inside the sheet; return the new position."""
        self.position = min(max(self.position + step, 0), len(self.sheet) - 1)
        return self.position

    # -- what
    def unit(self, position: int | None = None) -> dict:
        """The row at ``position`` (default: here) of the units, with its code."""
        k = self.position if position is None else position
        return {**self.units.iloc[k].to_dict(), "code": self.sheet.at[k, "code"]}

    def code(self, typed: str, advance: bool = True) -> str:
        """Code this row with what was typed (:func:`helpers.agreement.parse_code`), save the
        sheet, and move to the next uncoded row; return the code.

        Raises ``ValueError`` with what to type instead, and changes nothing, for a key that
        is no code.
        """
        unit = self.unit()
        code = agreement.parse_code(typed, unit["unit"])
        if not code:
            raise ValueError("nothing typed: type a code's number or first letter")
        self.sheet.at[self.position, "code"] = code
        self.last = self.position
        self.save()
        if advance:
            self.position = self.next_uncoded()
        return code

    def save(self) -> Path | None:
        return None if self.path is None else agreement.save_sheet(self.sheet, self.path)

    def answer(self, position: int | None = None) -> dict | None:
        """The rules' answer for a row, or ``None`` while that row has no code (hidden)."""
        k = self.position if position is None else position
        unit = self.unit(k)
        if not unit["code"] or self.rules is None or unit["unit_id"] not in self.rules.index:
            return None
        found = self.rules.loc[unit["unit_id"]].to_dict()
        agree = None if unit["code"] == agreement.UNDECIDABLE else found["code"] == unit["code"]
        return {**found, "agree": agree}


# ------------------------------------------------------------------------------ the widget

_QUESTION = {"sentence": "Whose claim does this sentence report?",
             "quotation": "Whose words are in the highlighted quotation?"}
_HELP = {"sentence": "the narrator: the reporter's own account, or only a third party speaks",
         "quotation": "narrator: no side's quotation (a title or a scare quote)"}


def _keys(unit: str) -> str:
    names = agreement.codes(unit)
    return " · ".join(f"{k} {name}" for k, name in enumerate(names, start=1)) + " · ? undecidable"


def _context_html(session: CodingSession, texts: dict, starts: dict) -> str:
    unit = session.unit()
    sid = int(unit["sentence_id"])
    here = texts.get(sid, unit["text"])
    if unit["unit"] == "quotation":
        a = max(0, int(unit["start"]) - starts[sid])
        b = min(len(here), int(unit["end"]) - starts[sid])
        body = (html.escape(here[:a]) + '<mark style="background:#FFE8A3">' +
                html.escape(here[a:b]) + "</mark>" + html.escape(here[b:]))
    else:
        body = html.escape(here)
    before = html.escape(texts.get(sid - 1, ""))
    after = html.escape(texts.get(sid + 1, ""))
    grey = 'style="color:#707070;font-size:90%;margin:0.2em 0"'
    return (f'<div style="max-width:60em;line-height:1.45">'
            f'<p {grey}>{before}</p>'
            f'<p style="font-size:110%;border-left:4px solid #999;padding-left:0.6em;margin:0.4em 0">'
            f'{body}</p><p {grey}>{after}</p></div>')


def _answer_html(session: CodingSession, position: int) -> str:
    found = session.answer(position)
    unit = session.unit(position)
    if found is None:
        return ""
    mark = "—" if found["agree"] is None else "✓ same as yours" if found["agree"] else \
        f"✗ you coded {unit['code']}"
    who = "; ".join(x for x in (f"speaker: {found['speaker']}" if found["speaker"] else "",
                                f"cue: {found['cue']}" if found["cue"] else "") if x)
    return (f"<div><b>{html.escape(unit['unit_id'])}, the rules:</b> {html.escape(found['code'])} "
            f"{html.escape(mark)}{' (' + html.escape(who) + ')' if who else ''}<br>"
            f"<span style='color:#555;font-size:90%'>rule: {html.escape(found['rule'])}</span></div>")


def coding_widget(unit_table: pd.DataFrame, sentence_table: pd.DataFrame, path: str | Path,
                  coder: str, rules: pd.DataFrame | None = None):
    """Build the coding widget for JupyterLab; return an ``ipywidgets.VBox``.

    Its ``session`` attribute is the :class:`CodingSession` behind it.  A sheet that cannot be
    read gives a widget that says why in one sentence (and never overwrites that file).
    """
    import ipywidgets as widgets

    try:
        session = CodingSession(unit_table, path, coder, rules)
    except agreement.SheetError as err:
        box = widgets.VBox([widgets.HTML(f"<b>Cannot go on coding:</b> {html.escape(str(err))}")])
        box.session = None
        return box
    progress = widgets.HTML()
    context = widgets.HTML()
    question = widgets.HTML()
    buttons = widgets.ToggleButtons(options=[], value=None, style={"button_width": "11em"})
    key = widgets.Text(value="", placeholder="key, then Enter", continuous_update=False,
                       description="Code", layout=widgets.Layout(width="16em"))
    back = widgets.Button(description="◀ Back", layout=widgets.Layout(width="7em"))
    forward = widgets.Button(description="Next ▶", layout=widgets.Layout(width="7em"))
    uncoded = widgets.Button(description="Next uncoded", layout=widgets.Layout(width="9em"))
    message = widgets.HTML()
    answer = widgets.HTML()
    state = {"busy": False}
    texts = dict(zip(sentence_table["sentence_id"], sentence_table["text"], strict=True))
    starts = dict(zip(sentence_table["sentence_id"], sentence_table["start"], strict=True))

    def show(last: int | None = None) -> None:
        unit = session.unit()
        state["busy"] = True
        try:
            names = agreement.codes(unit["unit"])
            buttons.options = [(f"{k} {n}", n) for k, n in enumerate(names, start=1)] + \
                [("? undecidable", agreement.UNDECIDABLE)]
            buttons.value = unit["code"] or None
        finally:
            state["busy"] = False
        where = codebooks.shown(session.path) if session.path else "memory only"
        progress.value = (f"<b>{unit['unit_id']}</b> · row {session.position + 1} of "
                          f"{len(session.sheet)} · <b>{session.coded()}</b> coded · saved to "
                          f"<code>{html.escape(where)}</code>")
        context.value = _context_html(session, texts, starts)
        question.value = (f"<b>{_QUESTION[unit['unit']]}</b> <span style='color:#555'>"
                          f"(keys: {html.escape(_keys(unit['unit']))}; {_HELP[unit['unit']]})</span>")
        shown = [k for k in (last, session.position) if k is not None]
        answer.value = "".join(_answer_html(session, k) for k in dict.fromkeys(shown))

    def take(typed: str) -> None:
        try:
            session.code(typed)
        except ValueError as err:
            message.value = f"<span style='color:#B00'>{html.escape(str(err))}</span>"
            return
        message.value = ""
        show(last=session.last)

    def on_key(change) -> None:
        if change["new"].strip():
            take(change["new"])
            key.value = ""

    def on_button(change) -> None:
        if not state["busy"] and change["new"] is not None:
            take(change["new"])

    def move(step: int | None) -> None:
        if step is None:
            session.position = session.next_uncoded()
        else:
            session.go(step)
        message.value = ""
        show()

    key.observe(on_key, names="value")
    buttons.observe(on_button, names="value")
    back.on_click(lambda _: move(-1))
    forward.on_click(lambda _: move(1))
    uncoded.on_click(lambda _: move(None))
    show()
    box = widgets.VBox([progress, context, question, buttons,
                        widgets.HBox([key, back, forward, uncoded]), message, answer])
    box.add_class("framing-coding")
    box.session = session
    return box
