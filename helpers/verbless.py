"""Attributions with no speech verb: a transcript's label, a claim noun, a colon.

* **A transcript answer** opens its paragraph with the speaker's label ("MR. PRICE: …",
  "GEN. HALVORSEN: …"): :func:`label_source` reads the label as the source of the paragraph.
* **A claim noun with a that-clause** after an actor's possessive ("Washington's claim that
  …"), after a body named as its modifier ("a State Department statement that …") or before
  one after "from" ("a statement from the ministry that …"): :func:`possessive_claims`
  attributes the clause to that actor.
* **A quotation after a colon** with no cue ("Blinken was blunt: “…”"):
  :func:`colon_quotations` gives it to the subject before the colon.

:mod:`helpers.speakers` finds the attributions around a speech verb and calls these for the
rest."""

from __future__ import annotations

import re

from helpers import sources
from helpers.cues import Lexicon
from helpers.register import Register
from helpers.sources import _outside, _source_span, _subject

__all__ = ["colon_quotations", "label_source", "possessive_claims"]


#: A transcript's speaker label opening a paragraph: "GEN. HALVORSEN:", "MR. PRICE:", "Ryder:".
_LABEL = re.compile(r"(?P<label>[A-Z][A-Za-z.'’ -]{0,40}?[A-Za-z.]):\s+(?=\S)")
#: Labels that are the reporters' side of a transcript, not a speaker.
_QUESTION_LABELS = frozenset({"q", "question", "reporter", "moderator"})


def label_source(text: str, mentions, lex: Lexicon, register: Register) -> dict | None:
    """The speaker of a transcript answer: the label that opens a paragraph ("GEN. HALVORSEN:
    …"), as a voice of ``text`` (its first sentence) whose content is the rest.

    A label is a speaker when it names one named before ("GEN. HALVORSEN:", "Ryder:"), or, in
    capitals, when it opens with a title or a role ("MR. PRICE:", "SPOKESPERSON LIN:"); a
    run-in heading ("NOTE:", "Update:") is not read as one.  The label's side
    is an earlier speaker's with that surname, else what its words say ("SPOKESPERSON LIN:"
    in a story filed from Beijing).  "Q:" is the reporter asking: None.
    """
    found = _LABEL.match(text)
    if not found or found.group("label").lower().rstrip(".") in _QUESTION_LABELS:
        return None
    label = found.group("label")
    capitals = label.upper() == label
    surname = label.split()[-1].strip(".")
    earlier = register.by_name((surname,))
    if earlier is not None:
        side, actor, why = earlier.side, earlier.actor, f"earlier speaker {earlier.written}"
    elif capitals and (label.split()[0].lower().rstrip(".") in lex.title_abbreviations
                       or label.split()[0].lower() in lex.role_nouns):
        # "MR. PRICE:", "SECRETARY BLINKEN:", "SPOKESPERSON LIN:"; not "NOTE:" or "UPDATE:".
        written = " ".join(w if len(w) <= 2 else w.title() for w in label.split())
        toks = _outside(written, [])
        if not toks:
            return None
        side, actor, why = sources.resolve(written, toks, 0, len(toks) - 1, [], [
            m for m in mentions if m.end <= len(label)], lex, register)
    else:
        return None
    colon = found.end("label")
    return {"speaker": label, "np_start": 0, "np_end": len(label), "cue": ":",
            "cue_start": colon, "cue_end": colon + 1, "side": side, "actor": actor,
            "layout": "transcript", "rule": f"speaker label '{label}' of a transcript answer; "
                                            f"{why}",
            "content_start": found.end(), "content_end": len(text)}


_TIME_AFTER = re.compile(r"\s+(?:on|last|this|early|late)\s+\w+$")


class _Owner:
    """A claim's owner as written ("the PRC Ministry of Foreign Affairs"), with the actor
    mention inside it."""

    def __init__(self, start, end, mention):
        self.start, self.end = start, end
        self.side, self.actor, self.rule = mention.side, mention.actor, mention.rule


def possessive_claims(text, toks, found, mentions, lex) -> list[dict]:
    """ "Washington's claim that the firms supplied Russia", "a State Department statement
    that the sale was lawful", "a statement from the ministry that …": a claim noun after an
    actor's possessive, after a body named as its modifier, or before a body after "from" or
    "by", with a that-clause, attributes the clause to that actor."""
    out = []
    for k in range(2, len(toks) - 1):
        tok = toks[k]
        if tok.word not in lex.claim_nouns or toks[k + 1].word not in ("that", "by", "from"):
            continue
        if toks[k + 1].word != "that":
            owner = []
        elif toks[k - 1].word == "'s":   # "Washington's claim that …"
            owner = [m for m in mentions if m.end == toks[k - 1].start and m.kind != "demonym"]
        else:   # "a U.S. State Department statement that …": the body as a modifier
            owner = [m for m in mentions if m.end == toks[k - 1].end and m.kind != "demonym"
                     and m.kind in ("agency", "country", "military")]
        if not owner and toks[k + 1].word in ("by", "from"):
            # "a statement from the PRC Ministry of Foreign Affairs on Tuesday that …": the
            # body after "from" or "by", then the that-clause within a few words
            after = [m for m in mentions if toks[k + 1].end < m.start <= toks[k + 1].end + 5
                     and m.kind in ("agency", "country", "military")]
            that = next((n for n in range(k + 2, min(len(toks), k + 14))
                         if toks[n].word == "that" or toks[n].punct), None)
            if after and that is not None and toks[that].word == "that":
                written = _TIME_AFTER.sub("", text[toks[k + 2].start:toks[that - 1].end])
                owner = [_Owner(toks[k + 2].start, toks[k + 2].start + len(written),
                                after[0])]
                k = that - 1
        if not owner or any(v["cue_start"] == tok.start for v in found):
            continue
        m = owner[0]
        start = toks[k + 1].end + 1
        end = len(text.rstrip(" .”\"’"))
        for t in toks[k + 2:]:
            if t.token in (",", ";") or t.word in lex.clause_breaks:
                end = t.start
                break
        out.append({"speaker": text[m.start:m.end], "np_start": m.start, "np_end": m.end,
                    "cue": tok.token, "cue_start": tok.start, "cue_end": tok.end,
                    "side": m.side, "actor": m.actor, "layout": "possessive claim",
                    "rule": f"claim '{tok.token}' of {m.actor} with a that-clause ({m.rule})",
                    "content_start": start, "content_end": max(start, end)})
    return out


def colon_quotations(text, toks, quoted, found, mentions, lex, register) -> list[dict]:
    """A quotation after a colon, with no cue: its source is the subject before the colon
    ("Blinken was blunt: “…”").  As CoreNLP's quote attribution does, the verb next to the
    quotation need not be a speech verb."""
    out = []
    for a, b in quoted:
        head = text[:a].rstrip()
        if not head.endswith(":") or any(v["content_start"] <= a < v["content_end"] + 1
                                         for v in found):
            continue
        np_range = _subject([t for t in toks if t.end <= len(head)], lex)
        if np_range is None:
            continue
        span = _source_span(toks, np_range, quoted)
        if span is None:
            continue
        lo, hi = span
        side, actor, why = sources.resolve(text, toks, lo, hi, [], mentions, lex, register)
        colon = len(head) - 1
        out.append({"speaker": text[toks[lo].start:toks[hi].end], "np_start": toks[lo].start,
                    "np_end": toks[hi].end, "cue": ":", "cue_start": colon,
                    "cue_end": colon + 1, "side": side, "actor": actor,
                    "layout": "quotation after a colon",
                    "rule": f"quotation after a colon, source the subject; {why}",
                    "content_start": a, "content_end": b})
    return out
